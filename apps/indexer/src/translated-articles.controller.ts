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
    const results: PromiseSettledResult<unknown>[] = [];
    // In offset order: two translations of one article into one language must land in order.
    for (const event of batch.events) {
      results.push(
        await this.applyTranslation.execute({ translation: event.payload }).then(
          (value) => ({ status: 'fulfilled', value }) as const,
          (reason: unknown) => ({ status: 'rejected', reason }) as const,
        ),
      );
    }
    return outcomesOf(results, () => []);
  }
}
