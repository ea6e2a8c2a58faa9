import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ArticleContracts, type NormalisedArticle, Topics } from '@newsflow/contracts';
import { type ConsumedBatch, type EventOutcome, outcomesOf, outgoing } from '@newsflow/messaging';
import { ClassifyArticles } from '@newsflow/stage-classify';

@Controller()
export class NormalisedArticlesController {
  constructor(private readonly classifyArticles: ClassifyArticles) {}

  @EventPattern(Topics.normalisedArticle)
  async onNormalised(@Payload() batch: ConsumedBatch<NormalisedArticle>): Promise<EventOutcome[]> {
    const results = await this.classifyArticles.execute(batch.events.map((event) => ({ article: event.payload })));
    return outcomesOf(results, (classified, position) => [
      outgoing(ArticleContracts.classifiedArticle, {
        key: classified.id,
        payload: classified,
        correlationId: batch.events[position].envelope?.correlation_id,
      }),
    ]);
  }
}
