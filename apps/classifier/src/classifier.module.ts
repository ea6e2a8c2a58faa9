import { type DynamicModule, Module } from '@nestjs/common';
import { ArticleStoreModule } from '@newsflow/article-store';
import { CLASSIFIER_REVISION, ClassifyArticles } from '@newsflow/stage-classify';

import type { ClassifierSettings } from './classifier-settings';
import { NormalisedArticlesController } from './normalised-articles.controller';

@Module({})
export class ClassifierModule {
  static register(settings: ClassifierSettings): DynamicModule {
    return {
      module: ClassifierModule,
      imports: [ArticleStoreModule.forRoot({ databaseUrl: settings.DATABASE_URL, applyMigrations: true })],
      controllers: [NormalisedArticlesController],
      providers: [ClassifyArticles, { provide: CLASSIFIER_REVISION, useValue: settings.CLASSIFIER_REVISION }],
    };
  }
}
