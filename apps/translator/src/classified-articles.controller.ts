import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ArticleContracts, type ClassifiedArticle, Topics } from '@newsflow/contracts';
import { type ConsumedBatch, type EventOutcome, outcomesOf, outgoing } from '@newsflow/messaging';
import { TranslateArticle } from '@newsflow/stage-translate';

/** Runs beside the indexer on the same topic, in its own group: indexing never waits for a translation. */
@Controller()
export class ClassifiedArticlesController {
  constructor(private readonly translateArticle: TranslateArticle) {}

  @EventPattern(Topics.classifiedArticle)
  async onClassified(@Payload() batch: ConsumedBatch<ClassifiedArticle>): Promise<EventOutcome[]> {
    const results = await Promise.allSettled(
      batch.events.map((event) => this.translateArticle.execute({ article: event.payload })),
    );
    return outcomesOf(results, (translations, position) =>
      translations.map((translation) =>
        outgoing(ArticleContracts.translatedArticle, {
          key: translation.id,
          payload: translation,
          correlationId: batch.events[position].envelope?.correlation_id,
        }),
      ),
    );
  }
}
