import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { Topics, type TranslatedArticle } from '@newsflow/contracts';
import { type ConsumedBatch, type EventOutcome, outcomesOf } from '@newsflow/messaging';
import { ApplyTranslation } from '@newsflow/stage-index';

@Controller()
export class TranslatedArticlesController {
  constructor(private readonly applyTranslation: ApplyTranslation) {}

  @EventPattern(Topics.translatedArticle)
  async onTranslated(@Payload() batch: ConsumedBatch<TranslatedArticle>): Promise<EventOutcome[]> {
    const results = await this.applyTranslation.execute(batch.events.map((event) => ({ translation: event.payload })));
    return outcomesOf(results, () => []);
  }
}
