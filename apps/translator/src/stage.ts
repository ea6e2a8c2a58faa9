import { DatabaseReadiness } from '@newsflow/article-store';
import { defineStage } from '@newsflow/messaging';

import { TranslatorModule } from './translator.module';
import { loadTranslatorSettings } from './translator-settings';

export const stage = defineStage({
  settings: loadTranslatorSettings,
  module: TranslatorModule.register,
  readiness: [DatabaseReadiness],
});
