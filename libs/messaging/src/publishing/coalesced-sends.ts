import type { TopicMessages } from 'kafkajs';

interface Waiting {
  topicMessages: TopicMessages[];
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * An idempotent producer keeps one request in flight, so concurrent callers would queue one
 * request each. Instead, whatever arrives while a request is in flight leaves together in the
 * next one: a burst of single articles costs a few round trips, not one each, and a lone article
 * is sent at once. Every caller learns the fate of the request that carried its messages.
 */
export class CoalescedSends {
  private waiting: Waiting[] = [];
  private sending = false;

  constructor(private readonly send: (topicMessages: TopicMessages[]) => Promise<unknown>) {}

  enqueue(topicMessages: TopicMessages[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ topicMessages, resolve, reject });
      if (!this.sending) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.sending = true;
    while (this.waiting.length > 0) {
      const carried = this.waiting;
      this.waiting = [];
      try {
        await this.send(merged(carried.flatMap((waiting) => waiting.topicMessages)));
        for (const waiting of carried) waiting.resolve();
      } catch (error) {
        for (const waiting of carried) waiting.reject(error);
      }
    }
    this.sending = false;
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
