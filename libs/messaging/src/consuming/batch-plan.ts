import type { FieldError } from '@newsflow/contracts';

import type { OutgoingEvent } from '../publishing/event-publisher';
import type { ClassifiedFailure } from './failure-kind';

/** What happened to one message of a batch, in offset order. */
export type MessageResult = { ok: true; publish: OutgoingEvent[] } | { ok: false; failure: ClassifiedFailure };

export interface DeadLetterPlan {
  index: number;
  reason: string;
  errors: FieldError[];
}

export interface BatchPlan {
  /** How many leading messages are finished (published or dead-lettered): their offsets may be committed. */
  accepted: number;
  publish: OutgoingEvent[];
  deadLetters: DeadLetterPlan[];
  /** Where the batch stops, and why: the partition pauses and this message is tried again. */
  stop: { index: number; kind: 'transient' | 'retry'; attempts: number; reason: string } | null;
}

/**
 * Decides, for a processed batch, what to publish, what to dead-letter and where to stop. A
 * transient failure stops the batch without counting an attempt; an unknown one counts, and is
 * dead-lettered once `maxAttempts` is reached. Messages after a stop wait, so that revisions of
 * an article keep their order. `firstAttempt` is the attempt number of the batch's first message.
 */
export function planBatch(results: MessageResult[], firstAttempt: number, maxAttempts: number): BatchPlan {
  const plan: BatchPlan = { accepted: 0, publish: [], deadLetters: [], stop: null };
  for (const [index, result] of results.entries()) {
    if (result.ok) {
      plan.publish.push(...result.publish);
    } else if (result.failure.kind === 'rejected') {
      plan.deadLetters.push({ index, reason: result.failure.reason, errors: result.failure.errors });
    } else if (result.failure.kind === 'transient') {
      plan.stop = { index, kind: 'transient', attempts: 0, reason: result.failure.reason };
      return plan;
    } else {
      const attempts = index === 0 ? firstAttempt : 1;
      if (attempts < maxAttempts) {
        plan.stop = { index, kind: 'retry', attempts, reason: result.failure.reason };
        return plan;
      }
      plan.deadLetters.push({
        index,
        reason: `gave up after ${attempts} attempts: ${result.failure.reason}`,
        errors: result.failure.errors,
      });
    }
    plan.accepted = index + 1;
  }
  return plan;
}
