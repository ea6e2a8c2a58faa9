import { type DynamicModule, Module } from '@nestjs/common';
import { NormaliseArticles } from '@newsflow/stage-normalise';

import { SubmittedArticlesController } from './submitted-articles.controller';

@Module({})
export class NormalizerModule {
  static register(): DynamicModule {
    return { module: NormalizerModule, controllers: [SubmittedArticlesController], providers: [NormaliseArticles] };
  }
}
