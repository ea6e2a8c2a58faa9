import { runService } from '@newsflow/config';
import { startPipelineStage } from '@newsflow/messaging';

import { NormalizerModule } from './normalizer.module';
import { loadNormalizerSettings } from './normalizer-settings';

runService('normalizer', async () => {
  const settings = loadNormalizerSettings();
  await startPipelineStage('normalizer', NormalizerModule.register(settings), settings);
});
