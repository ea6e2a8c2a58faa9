import { DatabaseReadiness } from '@newsflow/article-store';
import { Topics } from '@newsflow/contracts';
import { defineStage } from '@newsflow/messaging';
import { ElasticsearchReadiness } from '@newsflow/search-index';

import { IndexerModule } from './indexer.module';
import { loadIndexerSettings } from './indexer-settings';

export const stage = defineStage({
  settings: loadIndexerSettings,
  module: IndexerModule.register,
  readiness: [DatabaseReadiness, ElasticsearchReadiness],
  // Translations arrive a second or more after their article, in bursts as the translator catches
  // up; in a group of their own they never delay a fresh article's way into search.
  backgroundTopics: [Topics.translatedArticle],
});
