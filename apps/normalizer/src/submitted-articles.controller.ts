import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ArticleContracts, type ArticleSubmission, Topics, type WireDocument } from '@newsflow/contracts';
import {
  brokerTime,
  type ConsumedBatch,
  type ConsumedEvent,
  type EventOutcome,
  outcomesOf,
  outgoing,
} from '@newsflow/messaging';
import { KeepSubmissions, type NormaliseDocumentCommand, NormaliseDocuments } from '@newsflow/stage-normalise';

type RawPayload = ArticleSubmission | WireDocument;

function commandFor(event: ConsumedEvent<RawPayload>): NormaliseDocumentCommand {
  return { payload: event.payload, receivedAt: brokerTime(event), sentAt: event.envelope?.ce_time ?? null };
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
