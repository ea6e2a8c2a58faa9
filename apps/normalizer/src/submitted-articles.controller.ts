import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ArticleContracts, type ArticleSubmission, Topics, type WireDocument } from '@newsflow/contracts';
import { type ConsumedBatch, type ConsumedEvent, type EventOutcome, outcomesOf, outgoing } from '@newsflow/messaging';
import { KeepSubmissions, type NormaliseDocumentCommand, NormaliseDocuments } from '@newsflow/stage-normalise';

/**
 * The version clock: the broker's timestamp (log-append time on the raw topic), never later than
 * now, so that neither a sender's `ce_time` nor its producer clock can pin an article in the future.
 */
export function receivedAt(event: ConsumedEvent<unknown>, now = Date.now()): Date {
  return new Date(Math.min(Number.isFinite(event.timestamp) ? event.timestamp : now, now));
}

type RawPayload = ArticleSubmission | WireDocument;

function commandFor(event: ConsumedEvent<RawPayload>): NormaliseDocumentCommand {
  return { payload: event.payload, receivedAt: receivedAt(event), sentAt: event.envelope?.ce_time ?? null };
}

@Controller()
export class SubmittedArticlesController {
  constructor(
    private readonly normaliseDocuments: NormaliseDocuments,
    private readonly keepSubmissions: KeepSubmissions,
  ) {}

  @EventPattern(Topics.rawArticle)
  async onSubmitted(@Payload() batch: ConsumedBatch<RawPayload>): Promise<EventOutcome[]> {
    const results = await this.keepSubmissions.execute(
      await this.normaliseDocuments.execute(batch.events.map(commandFor)),
    );
    return outcomesOf(results, (articles, position) =>
      articles.map((article) =>
        outgoing(ArticleContracts.normalisedArticle, {
          key: article.id,
          payload: article,
          correlationId: batch.events[position].envelope?.correlation_id,
        }),
      ),
    );
  }
}
