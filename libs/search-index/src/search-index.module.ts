import type { Client } from '@elastic/elasticsearch';
import { type DynamicModule, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';

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
            if (options.provision ?? true) {
              const { outdatedFields } = await provisionArticleIndex(client, options.indexPrefix);
              if (outdatedFields.length > 0)
                new Logger(SearchIndexModule.name).warn(
                  { outdatedFields },
                  'the search index maps these fields differently from this version; `npx nx run ops:cli -- reindex` adopts the new mapping',
                );
            }
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
