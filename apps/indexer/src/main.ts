import { runService } from '@newsflow/config';
import { startPipelineStage } from '@newsflow/messaging';

import { IndexerModule } from './indexer.module';
import { loadIndexerSettings } from './indexer-settings';

runService('indexer', async () => {
  const settings = loadIndexerSettings();
  await startPipelineStage('indexer', IndexerModule.register(settings), settings);
});
