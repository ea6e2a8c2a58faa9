import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type ArticleWithdrawal, Topics } from '@newsflow/contracts';
import { brokerTime, type ConsumedBatch, type EventOutcome, outcomesOf } from '@newsflow/messaging';
import { WithdrawArticles } from '@newsflow/stage-index';

@Controller()
export class ArticleWithdrawalsController {
  constructor(private readonly withdrawArticles: WithdrawArticles) {}

  @EventPattern(Topics.articleWithdrawal)
  async onWithdrawn(@Payload() batch: ConsumedBatch<ArticleWithdrawal>): Promise<EventOutcome[]> {
    const results = await this.withdrawArticles.execute(
      batch.events.map((event) => ({ id: event.payload.id, receivedAt: brokerTime(event) })),
    );
    return outcomesOf(results, () => []);
  }
}
