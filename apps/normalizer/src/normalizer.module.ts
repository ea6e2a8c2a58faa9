import { join } from 'node:path';

import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { ArticleStoreModule } from '@newsflow/article-store';
import {
  BudgetedWorkers,
  KeepSubmissions,
  NormaliseArticles,
  NormaliseDocuments,
  TEXT_WORK,
} from '@newsflow/stage-normalise';

import type { NormalizerSettings } from './normalizer-settings';
import { SubmittedArticlesController } from './submitted-articles.controller';

@Module({})
export class NormalizerModule implements OnApplicationShutdown {
  constructor(@Inject(TEXT_WORK) private readonly textWork: BudgetedWorkers<unknown, unknown>) {}

  static register(settings: NormalizerSettings): DynamicModule {
    return {
      module: NormalizerModule,
      imports: [ArticleStoreModule.forRoot({ databaseUrl: settings.DATABASE_URL, applyMigrations: true })],
      controllers: [SubmittedArticlesController],
      providers: [
        NormaliseArticles,
        NormaliseDocuments,
        KeepSubmissions,
        {
          provide: TEXT_WORK,
          useFactory: () =>
            new BudgetedWorkers(join(__dirname, 'text-worker.js'), {
              budgetMs: settings.NORMALIZER_ARTICLE_BUDGET_MS,
              threads: settings.NORMALIZER_THREADS,
              heapMb: settings.NORMALIZER_WORKER_HEAP_MB,
            }),
        },
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.textWork.close();
  }
}
