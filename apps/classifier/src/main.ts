import { runService } from '@newsflow/config';
import { startPipelineStage } from '@newsflow/messaging';

import { ClassifierModule } from './classifier.module';
import { loadClassifierSettings } from './classifier-settings';

runService('classifier', async () => {
  const settings = loadClassifierSettings();
  await startPipelineStage('classifier', ClassifierModule.register(settings), settings);
});
