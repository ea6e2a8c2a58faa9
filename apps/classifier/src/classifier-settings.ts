import {
  ConsumerSettings,
  DatabaseSettings,
  HttpSettings,
  KafkaSettings,
  loadConfig,
  LogSettings,
} from '@newsflow/config';
import { CLASSIFIER_REVISION_RANGE } from '@newsflow/contracts';
import { z } from 'zod';

const ClassifierOwnSettings = {
  /**
   * Bumped when the lexicons or rules change, so that a replay's re-classification of an article
   * supersedes the stored one (see docs/operations.md, "Re-classify after a lexicon change").
   */
  CLASSIFIER_REVISION: z.coerce
    .number()
    .int()
    .min(CLASSIFIER_REVISION_RANGE.min)
    .max(CLASSIFIER_REVISION_RANGE.max)
    .default(CLASSIFIER_REVISION_RANGE.min),
};

export function loadClassifierSettings(env: NodeJS.ProcessEnv = process.env) {
  return loadConfig(
    {
      ...KafkaSettings,
      ...ConsumerSettings,
      ...HttpSettings,
      ...DatabaseSettings,
      ...LogSettings,
      ...ClassifierOwnSettings,
    },
    env,
  );
}

export type ClassifierSettings = ReturnType<typeof loadClassifierSettings>;
