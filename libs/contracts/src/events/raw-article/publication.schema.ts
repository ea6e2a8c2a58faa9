import { z } from 'zod';

/** Whether an article may be shown: a withdrawn (killed) one is kept as history but never searchable. */
export const PubStatusSchema = z.enum(['usable', 'withdrawn']);
export type PubStatus = z.infer<typeof PubStatusSchema>;

/** An embargo is announced ahead of time, but not years ahead: a year bounds a mistyped date. */
export const EMBARGO_HORIZON_MS = 366 * 24 * 60 * 60 * 1000;

export function embargoDateTime() {
  return z.iso
    .datetime({ offset: true, abort: true })
    .refine((value) => Date.parse(value) <= Date.now() + EMBARGO_HORIZON_MS, {
      message: 'must be within a year from now',
    });
}
