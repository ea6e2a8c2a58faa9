import { Controller } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import { type ArticleSubmission, Topics } from '@newsflow/contracts';
import { CheckedEvent, type ConsumedEvent } from '@newsflow/messaging';
import { NormaliseArticle } from '@newsflow/stage-normalise';

@Controller()
export class SubmittedArticlesController {
  constructor(private readonly normaliseArticle: NormaliseArticle) {}

  @EventPattern(Topics.rawArticle)
  async onSubmitted(@CheckedEvent() event: ConsumedEvent<ArticleSubmission>): Promise<void> {
    await this.normaliseArticle.execute(event);
  }
}
