import { type DynamicModule, Module } from '@nestjs/common';
import { ArticleStoreModule } from '@newsflow/article-store';
import { TranslateArticle, TRANSLATION_ROUTER, TRANSLATION_TARGETS } from '@newsflow/stage-translate';

import { ClassifiedArticlesController } from './classified-articles.controller';
import { translationRouter } from './translation-providers';
import type { TranslatorSettings } from './translator-settings';

@Module({})
export class TranslatorModule {
  static register(settings: TranslatorSettings): DynamicModule {
    return {
      module: TranslatorModule,
      imports: [ArticleStoreModule.forRoot({ databaseUrl: settings.DATABASE_URL, applyMigrations: true })],
      controllers: [ClassifiedArticlesController],
      providers: [
        TranslateArticle,
        { provide: TRANSLATION_ROUTER, useValue: translationRouter(settings) },
        { provide: TRANSLATION_TARGETS, useValue: settings.TRANSLATION_TARGETS },
      ],
    };
  }
}
