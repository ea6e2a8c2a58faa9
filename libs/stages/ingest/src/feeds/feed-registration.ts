import { SubmissionLimits } from '@newsflow/contracts';
import { z } from 'zod';

import type { FeedIntervalLimits } from './feed-polling-settings';

export const FEED_URL_MAX_LENGTH = 2048;

/** `POST /v1/feeds`: an http(s) URL, the source its items are published as, and how often to poll it. */
export function feedRegistrationSchema(limits: FeedIntervalLimits) {
  return z
    .object({
      url: z.url({ protocol: /^https?$/, hostname: z.regexes.hostname }).max(FEED_URL_MAX_LENGTH),
      source: z.string().trim().min(1).max(SubmissionLimits.sourceLength).optional(),
      intervalSeconds: z
        .number()
        .int()
        .min(limits.minIntervalSeconds)
        .max(limits.maxIntervalSeconds)
        .default(Math.min(Math.max(300, limits.minIntervalSeconds), limits.maxIntervalSeconds)),
    })
    .strict();
}

export type FeedRegistration = z.infer<ReturnType<typeof feedRegistrationSchema>>;
