import type { Client } from '@elastic/elasticsearch';
import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';

import { ArticleArrivalsSearch } from './article-arrivals';
import { ArticleSearch } from './article-search';
import { ArticleSearchWriter } from './article-search-writer';
import { createElasticsearchClient } from './elasticsearch-client';
import { ElasticsearchReadiness } from './elasticsearch-readiness';
import { ELASTICSEARCH } from './search-index.tokens';
import { SEARCH_INDEX_OPTIONS, type SearchIndexOptions } from './search-index-options';
import { provisionArticleIndex } from './search-index-provisioner';
import { TranslationSearchWriter } from './translation-search-writer';

@Module({})
export class SearchIndexModule implements OnApplicationShutdown {
  constructor(@Inject(ELASTICSEARCH) private readonly client: Client) {}

  static forRoot(options: SearchIndexOptions): DynamicModule {
    return {
      module: SearchIndexModule,
      global: true,
      providers: [
        { provide: SEARCH_INDEX_OPTIONS, useValue: options },
        {
          provide: ELASTICSEARCH,
          useFactory: async () => {
            const client = createElasticsearchClient(options);
            if (options.provision ?? true) await provisionArticleIndex(client, options.indexPrefix);
            return client;
          },
        },
        ArticleSearchWriter,
        TranslationSearchWriter,
        ArticleSearch,
        ArticleArrivalsSearch,
        ElasticsearchReadiness,
      ],
      exports: [
        ArticleSearchWriter,
        TranslationSearchWriter,
        ArticleSearch,
        ArticleArrivalsSearch,
        ElasticsearchReadiness,
        ELASTICSEARCH,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}
