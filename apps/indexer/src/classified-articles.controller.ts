import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type ClassifiedArticle, Topics } from '@newsflow/contracts';
import { type ConsumedBatch, type EventOutcome, outcomesOf } from '@newsflow/messaging';
import { IndexArticles } from '@newsflow/stage-index';

@Controller()
export class ClassifiedArticlesController {
  constructor(private readonly indexArticles: IndexArticles) {}

  @EventPattern(Topics.classifiedArticle)
  async onClassified(@Payload() batch: ConsumedBatch<ClassifiedArticle>): Promise<EventOutcome[]> {
    const results = await this.indexArticles.execute(batch.events.map((event) => ({ article: event.payload })));
    return outcomesOf(results, () => []);
  }
}
