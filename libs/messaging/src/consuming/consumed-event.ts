import type { CloudEventHeaders } from '@newsflow/contracts';
import type { ArticleTrace } from '@newsflow/tracing';

import type { OutgoingEvent } from '../publishing/event-publisher';

/** A consumed message after its contract check: handlers never see unchecked bytes. */
export interface ConsumedEvent<Payload> {
  payload: Payload;
  envelope: CloudEventHeaders | null;
  key: string | null;
  offset: string;
  /** Broker timestamp of the message, in epoch milliseconds. */
  timestamp: number;
  /** The article's span in its own trace, continued by whatever the handler publishes for it. */
  trace: ArticleTrace;
}

/** What a handler declared with @EventPattern(topic) receives: checked events of one partition, in order. */
export interface ConsumedBatch<Payload> {
  topic: string;
  partition: number;
  events: ConsumedEvent<Payload>[];
}

/**
 * A handler's answer for one event of its batch, at the same position: the events to publish for
 * it, or why it failed. The transport publishes every batch's outputs in one send and decides
 * what a failure means (dead letter, retry, pause).
 */
export type EventOutcome = { ok: true; publish: OutgoingEvent[] } | { ok: false; error: unknown };

export const published = (...events: OutgoingEvent[]): EventOutcome => ({ ok: true, publish: events });
export const failed = (error: unknown): EventOutcome => ({ ok: false, error });

/**
 * Maps a use case's settled results (one per command, in order) to outcomes, so that use cases
 * stay free of transport types.
 */
export function outcomesOf<Value>(
  results: PromiseSettledResult<Value>[],
  toEvents: (value: Value, position: number) => OutgoingEvent[],
): EventOutcome[] {
  return results.map((result, position) =>
    result.status === 'fulfilled' ? published(...toEvents(result.value, position)) : failed(result.reason),
  );
}

/**
 * The version clock: the broker's timestamp (log-append time on the topics that version articles),
 * never later than now, so that neither a sender's `ce_time` nor its producer clock can pin an
 * article in the future.
 */
export function brokerTime(event: ConsumedEvent<unknown>, now = Date.now()): Date {
  return new Date(Math.min(Number.isFinite(event.timestamp) ? event.timestamp : now, now));
}
