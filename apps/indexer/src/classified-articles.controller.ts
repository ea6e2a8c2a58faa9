import { Controller } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';
import { type ClassifiedArticle, Topics } from '@newsflow/contracts';
import { CheckedEvent, type ConsumedEvent } from '@newsflow/messaging';
import { IndexArticle } from '@newsflow/stage-index';

@Controller()
export class ClassifiedArticlesController {
  constructor(private readonly indexArticle: IndexArticle) {}

  @EventPattern(Topics.classifiedArticle)
  async onClassified(@CheckedEvent() event: ConsumedEvent<ClassifiedArticle>): Promise<void> {
    await this.indexArticle.execute(event);
  }
}
