import { DatabaseReadiness } from '@newsflow/article-store';
import { defineStage } from '@newsflow/messaging';

import { NormalizerModule } from './normalizer.module';
import { loadNormalizerSettings } from './normalizer-settings';

export const stage = defineStage({
  settings: loadNormalizerSettings,
  module: NormalizerModule.register,
  readiness: [DatabaseReadiness],
});
