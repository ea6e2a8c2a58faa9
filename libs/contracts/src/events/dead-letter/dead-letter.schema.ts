import { z } from 'zod';

/**
 * A message that a stage could not process, kept with its original bytes so that it can be
 * inspected and replayed after a fix. Nothing is dropped without one of these.
 */
export const DeadLetterSchema = z
  .object({
    reason: z.string().min(1),
    errors: z.array(z.object({ path: z.string(), message: z.string() })),
    stage: z.string().min(1),
    topic: z.string().min(1),
    partition: z.number().int().min(0),
    offset: z.string().regex(/^\d+$/),
    key: z.string().nullable(),
    headers: z.record(z.string(), z.string()),
    originalValueBase64: z.string(),
    failedAt: z.iso.datetime({ offset: true }),
  })
  .strict();

export type DeadLetter = z.infer<typeof DeadLetterSchema>;
