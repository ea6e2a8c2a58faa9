import { DatabaseReadiness } from '@newsflow/article-store';
import { defineStage } from '@newsflow/messaging';
import { ElasticsearchReadiness } from '@newsflow/search-index';

import { IndexerModule } from './indexer.module';
import { loadIndexerSettings } from './indexer-settings';

export const stage = defineStage({
  settings: loadIndexerSettings,
  module: IndexerModule.register,
  readiness: [DatabaseReadiness, ElasticsearchReadiness],
});
