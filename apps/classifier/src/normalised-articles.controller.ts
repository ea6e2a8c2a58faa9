import { Controller } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import { type NormalisedArticle, Topics } from '@newsflow/contracts';
import { CheckedEvent, type ConsumedEvent } from '@newsflow/messaging';
import { ClassifyArticle } from '@newsflow/stage-classify';

@Controller()
export class NormalisedArticlesController {
  constructor(private readonly classifyArticle: ClassifyArticle) {}

  @EventPattern(Topics.normalisedArticle)
  async onNormalised(@CheckedEvent() event: ConsumedEvent<NormalisedArticle>): Promise<void> {
    await this.classifyArticle.execute(event);
  }
}
