import { z } from 'zod';

import { isSaneInstant, saneDateMessage } from './sane-date';
import { storableText } from './storable-text';

/** Cleans a string before its own checks run, so that limits and blank checks see what will be stored. */
export function storable<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess((value) => (typeof value === 'string' ? storableText(value) : value), schema);
}

/**
 * An ISO 8601 date-time with offset, within the sane range (checked against the clock at validation time). A value
 * that is no date-time at all gets that one error, not a second one about its range.
 */
export function saneDateTime() {
  return z.iso
    .datetime({ offset: true, abort: true })
    .refine((value) => isSaneInstant(Date.parse(value)), { message: saneDateMessage });
}
