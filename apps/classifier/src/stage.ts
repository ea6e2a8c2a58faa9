import { DatabaseReadiness } from '@newsflow/article-store';
import { defineStage } from '@newsflow/messaging';

import { ClassifierModule } from './classifier.module';
import { loadClassifierSettings } from './classifier-settings';

export const stage = defineStage({
  settings: loadClassifierSettings,
  module: ClassifierModule.register,
  readiness: [DatabaseReadiness],
});
