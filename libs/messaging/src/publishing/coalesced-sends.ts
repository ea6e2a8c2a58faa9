import type { TopicMessages } from 'kafkajs';

interface Waiting {
  topicMessages: TopicMessages[];
  count: number;
  bytes: number;
  resolve(): void;
  reject(error: unknown): void;
}

/** Keeps one producer request well under the broker's `message.max.bytes` (16 MiB here). */
export const DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;

/**
 * An idempotent producer keeps one request in flight, so concurrent callers would queue one
 * request each. Instead, whatever arrives while a request is in flight leaves together in the
 * next one, up to `maxRequestBytes`: a burst of single articles costs a few round trips, not one
 * each, and a lone article is sent at once. Every caller learns the fate of the request that
 * carried its messages. `pendingMessages` tells callers how much is waiting, so they can push
 * back instead of letting the queue grow without bound.
 */
export class CoalescedSends {
  private waiting: Waiting[] = [];
  private sending = false;
  private pending = 0;

  constructor(
    private readonly send: (topicMessages: TopicMessages[]) => Promise<unknown>,
    private readonly maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES,
  ) {}

  /** Messages accepted by `enqueue` and not yet acknowledged or failed. */
  get pendingMessages(): number {
    return this.pending;
  }

  enqueue(topicMessages: TopicMessages[]): Promise<void> {
    const count = topicMessages.reduce((sum, { messages }) => sum + messages.length, 0);
    const bytes = topicMessages.reduce(
      (sum, { messages }) => sum + messages.reduce((size, { value }) => size + (value?.length ?? 0), 0),
      0,
    );
    this.pending += count;
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ topicMessages, count, bytes, resolve, reject });
      if (!this.sending) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.sending = true;
    while (this.waiting.length > 0) {
      const carried = this.takeRequest();
      try {
        await this.send(merged(carried.flatMap((waiting) => waiting.topicMessages)));
        for (const waiting of carried) waiting.resolve();
      } catch (error) {
        for (const waiting of carried) waiting.reject(error);
      } finally {
        this.pending -= carried.reduce((sum, waiting) => sum + waiting.count, 0);
      }
    }
    this.sending = false;
  }

  /** The oldest callers whose messages fit in one request; always at least one caller. */
  private takeRequest(): Waiting[] {
    let bytes = this.waiting[0].bytes;
    let taken = 1;
    while (taken < this.waiting.length && bytes + this.waiting[taken].bytes <= this.maxRequestBytes) {
      bytes += this.waiting[taken].bytes;
      taken += 1;
    }
    return this.waiting.splice(0, taken);
  }
}

/** One entry per topic, messages in arrival order, so per-key order holds within the request. */
function merged(topicMessages: TopicMessages[]): TopicMessages[] {
  const byTopic = new Map<string, TopicMessages>();
  for (const { topic, messages } of topicMessages) {
    const entry = byTopic.get(topic) ?? { topic, messages: [] };
    entry.messages.push(...messages);
    byTopic.set(topic, entry);
  }
  return [...byTopic.values()];
}
