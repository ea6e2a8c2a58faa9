import { Inject, Injectable, Logger } from '@nestjs/common';
import { BaseRpcContext, type CustomTransportStrategy, Server } from '@nestjs/microservices';
import { contractForTopic, decodeEvent, headerText } from '@newsflow/contracts';
import { StageMetrics } from '@newsflow/observability';
import { type ArticleSpan, contextFromHeaders, startArticleSpan, withinArticles } from '@newsflow/tracing';
import { type Context, context } from '@opentelemetry/api';
import type { Admin, Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import { lastValueFrom } from 'rxjs';

import { AdminConnection } from '../admin-connection';
import { KAFKA, MESSAGING_OPTIONS, type MessagingOptions } from '../messaging-options';
import { DeadLetterPublisher, type FailedMessage } from '../publishing/dead-letter-publisher';
import { EventPublisher } from '../publishing/event-publisher';
import { type AttemptRecord, decodeAttempts, encodeAttempts, nextAttempt } from './attempt-memory';
import { type MessageResult, planBatch } from './batch-plan';
import type { ConsumedBatch, ConsumedEvent, EventOutcome } from './consumed-event';
import { ConsumerHealth } from './consumer-health';
import { classifyFailure } from './failure-kind';

const MAX_ATTEMPTS = 5;
const DEFAULT_BATCH_SIZE = 100;
const RETRY_DELAY_MS = 250;
const OUTAGE_DELAY_MS = 500;
const MAX_OUTAGE_DELAY_MS = 5_000;
const HEARTBEAT_EVERY_MS = 3_000;
/**
 * What one fetch may bring in: a partition's share covers a full batch of ~10 KB articles, and
 * the whole response stays a few MiB however long the backlog in Kafka is. kafkajs fetches a
 * broker again only once the batches of the previous fetch are handled, so this bounds what a
 * stage holds (the backlog stays in Kafka: back-pressure, not buffering).
 */
const FETCH_BYTES_PER_PARTITION = 1024 * 1024;
const FETCH_BYTES = 4 * 1024 * 1024;

/**
 * One consumer group and the topics it reads. A stage's background topics get a lane (and group)
 * of their own: kafkajs fetches again only when every batch of the last fetch is handled, so in a
 * shared consumer a slow background batch would hold back the stage's fresh articles.
 */
interface Lane {
  group: string;
  topics: string[];
  consumer: Consumer | null;
}

/** The Nest context of a batch handler: `[topic, partition]`. */
export class KafkaBatchContext extends BaseRpcContext<[string, number]> {}

type Tools = Pick<EachBatchPayload, 'resolveOffset' | 'heartbeat' | 'pause' | 'commitOffsetsIfNecessary' | 'isRunning'>;

/**
 * A Nest transport that hands each handler (declared with @EventPattern(topic)) a batch of
 * contract-checked events from one partition, in offset order, and turns the handler's
 * per-event outcomes into one producer send and one offset commit.
 *
 * Guarantees: offsets are committed only after a batch's outputs and dead letters are
 * acknowledged; an invalid or rejected message is dead-lettered without failing its batch; a
 * transient failure pauses the partition and retries for as long as it lasts, never
 * dead-lettering; any other failure is retried a bounded number of times, counted in the commit
 * metadata so the count survives restarts. A batch whose first message has failed before is
 * retried one message at a time, which isolates a poison message within a few seconds.
 */
@Injectable()
export class KafkaBatchTransport extends Server implements CustomTransportStrategy {
  private readonly log = new Logger(KafkaBatchTransport.name);
  private lanes: Lane[] = [];
  private readonly admin: AdminConnection;
  private readonly remembered = new Map<string, AttemptRecord | null>();
  /** Per partition, the offset whose first attempt this process recorded ahead, with the commit of the batch before. */
  private readonly armed = new Map<string, string>();
  private readonly outageRetries = new Map<string, number>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly articleSpans = new WeakMap<KafkaMessage, ArticleSpan>();
  private closed = false;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly publisher: EventPublisher,
    private readonly deadLetters: DeadLetterPublisher,
    private readonly metrics: StageMetrics,
    private readonly health: ConsumerHealth,
  ) {
    super();
    this.admin = new AdminConnection(kafka);
  }

  get groupId(): string {
    return this.options.group ?? `newsflow-${this.options.stage}`;
  }

  /** The group of the stage's background topics (MessagingOptions.backgroundTopics). */
  get backgroundGroupId(): string {
    return `${this.groupId}-background`;
  }

  /** Answers at once: joining the groups can take many seconds, and the process must look alive meanwhile. */
  listen(callback: () => void): void {
    const background = new Set(this.options.backgroundTopics ?? []);
    const topics = [...this.messageHandlers.keys()];
    this.lanes = [
      { group: this.groupId, topics: topics.filter((topic) => !background.has(topic)), consumer: null },
      { group: this.backgroundGroupId, topics: topics.filter((topic) => background.has(topic)), consumer: null },
    ].filter((lane) => lane.topics.length > 0);
    for (const lane of this.lanes) this.health.expectGroup(lane.group);
    callback();
    for (const lane of this.lanes) void this.join(lane);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    await Promise.all(this.lanes.map((lane) => lane.consumer?.disconnect()));
    await this.admin.disconnect();
  }

  on(): void {
    // kafkajs events are handled inside the transport; there is nothing to subscribe to from outside.
  }

  unwrap<T>(): T {
    return this.lanes[0]?.consumer as T;
  }

  private async join(lane: Lane): Promise<void> {
    for (let attempt = 1; !this.closed; attempt += 1) {
      try {
        await this.start(lane);
        return;
      } catch (error) {
        this.health.crashed(lane.group, (error as Error).message);
        this.log.warn(
          { group: lane.group, attempt, error: (error as Error).message },
          'could not join the consumer group, retrying',
        );
        await this.sleep(Math.min(OUTAGE_DELAY_MS * 2 ** attempt, MAX_OUTAGE_DELAY_MS));
      }
    }
  }

  private async start(lane: Lane): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: lane.group,
      allowAutoTopicCreation: false,
      sessionTimeout: 30_000,
      heartbeatInterval: HEARTBEAT_EVERY_MS,
      maxWaitTimeInMs: 100,
      maxBytesPerPartition: FETCH_BYTES_PER_PARTITION,
      maxBytes: FETCH_BYTES,
      retry: { initialRetryTime: 300, retries: 10 },
    });
    lane.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      this.forgetAttempts(lane.topics);
      this.health.joinedGroup(lane.group);
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.health.crashed(lane.group, payload.error.message);
      if (!payload.restart && !this.closed) void consumer.disconnect().then(() => this.join(lane));
    });
    const admin = await this.admin.connected();
    if (lane.group !== this.groupId) await this.carryOffsetsOver(admin, lane);
    await consumer.connect();
    await consumer.subscribe({ topics: lane.topics, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.topicPartitions,
      eachBatch: (payload) => this.eachBatch(payload),
    });
  }

  /**
   * A topic that moves to the background lane continues where the stage's group left it, instead of
   * reading the topic again from the beginning. Only a group with no offsets on the topic takes them;
   * if another instance is doing the same (the group is then not empty), its copy stands.
   */
  private async carryOffsetsOver(admin: Admin, lane: Lane): Promise<void> {
    for (const topic of lane.topics) {
      const [own] = await admin.fetchOffsets({ groupId: lane.group, topics: [topic] });
      if (own.partitions.some(({ offset }) => Number(offset) >= 0)) continue;
      const [stage] = await admin.fetchOffsets({ groupId: this.groupId, topics: [topic] });
      const partitions = stage.partitions.filter(({ offset }) => Number(offset) >= 0);
      if (partitions.length === 0) continue;
      await admin
        .setOffsets({
          groupId: lane.group,
          topic,
          partitions: partitions.map(({ partition, offset }) => ({ partition, offset })),
        })
        .then(() =>
          this.log.log({ group: lane.group, topic }, 'background group continues from the stage group offsets'),
        )
        .catch((error: Error) =>
          this.log.warn({ group: lane.group, topic, error: error.message }, 'offsets not carried over'),
        );
    }
  }

  /** After a rebalance another member may have worked on these partitions: read their attempts again. */
  private forgetAttempts(topics: string[]): void {
    for (const where of [...this.remembered.keys(), ...this.armed.keys()]) {
      if (topics.some((topic) => where.startsWith(`${topic}/`))) {
        this.remembered.delete(where);
        this.armed.delete(where);
      }
    }
  }

  private groupOf(topic: string): string {
    return this.lanes.find((lane) => lane.topics.includes(topic))?.group ?? this.groupId;
  }

  private async eachBatch({ batch, ...tools }: EachBatchPayload): Promise<void> {
    let remaining = batch.messages;
    const size = this.options.batchSize ?? DEFAULT_BATCH_SIZE;
    while (remaining.length > 0 && tools.isRunning() && !this.closed) {
      const processed = await this.processChunk(batch.topic, batch.partition, remaining.slice(0, size), tools);
      if (processed === null) return;
      remaining = remaining.slice(processed);
    }
  }

  /** Returns how many messages are finished, or null when the partition was paused to retry. */
  private async processChunk(
    topic: string,
    partition: number,
    messages: KafkaMessage[],
    tools: Tools,
  ): Promise<number | null> {
    const where = `${topic}/${partition}`;
    const remembered = await this.recall(topic, partition);
    const first = messages[0].offset;
    const armedAhead = this.armed.get(where) === first;
    this.armed.delete(where);
    const attempt = armedAhead ? 1 : nextAttempt(remembered, first);
    if (attempt > MAX_ATTEMPTS) {
      // Earlier processes stopped (killed, out of memory, frozen) while on this message: do not start it again.
      const reason = `stage stopped ${attempt - 1} times while processing this message${remembered?.reason ? ` (last error: ${remembered.reason})` : ''}`;
      await this.finish(
        topic,
        partition,
        messages,
        { accepted: 1, publish: [], deadLetters: [{ index: 0, reason, errors: [] }], stop: null },
        tools,
      );
      return 1;
    }
    // A message that failed before is retried alone, so one poison message cannot hold a whole batch.
    const chunk = attempt > 1 ? messages.slice(0, 1) : messages;
    if (!armedAhead) {
      await this.remember(topic, partition, { offset: first, attempts: attempt, reason: remembered?.reason }, tools);
    }
    this.metrics.consumed(this.options.stage, attempt > 1 ? 0 : chunk.length);

    const started = performance.now();
    const heartbeat = setInterval(() => void tools.heartbeat().catch(() => undefined), HEARTBEAT_EVERY_MS);
    let results: MessageResult[];
    try {
      results = await this.run(topic, partition, chunk);
    } finally {
      clearInterval(heartbeat);
    }
    const plan = planBatch(results, attempt, MAX_ATTEMPTS);
    try {
      await this.finish(topic, partition, chunk, plan, tools);
    } catch (error) {
      const failure = classifyFailure(error);
      this.log.warn({ where, error: failure.reason }, 'could not publish a batch, retrying it');
      await this.stopAt(
        topic,
        partition,
        chunk,
        0,
        failure.kind === 'transient' ? 'transient' : 'retry',
        attempt,
        failure.reason,
        tools,
      );
      return null;
    }
    this.metrics.observeBatch(this.options.stage, (performance.now() - started) / 1000, Math.max(plan.accepted, 1));
    if (!plan.stop) {
      this.outageRetries.delete(where);
      this.health.dependencyWorking(where);
      return chunk.length;
    }
    if (plan.accepted > 0) this.health.dependencyWorking(where);
    await this.stopAt(
      topic,
      partition,
      chunk,
      plan.stop.index,
      plan.stop.kind,
      plan.stop.attempts,
      plan.stop.reason,
      tools,
    );
    return null;
  }

  /** Publishes a batch's outputs and dead letters in one send, then commits past what is finished. */
  private async finish(
    topic: string,
    partition: number,
    messages: KafkaMessage[],
    plan: ReturnType<typeof planBatch>,
    tools: Tools,
  ): Promise<void> {
    const letters = plan.deadLetters.map((letter) => {
      const message = messages[letter.index];
      const trace = this.traceOf(message);
      const event = context.with(trace, () =>
        this.deadLetters.letter(this.failedMessage(topic, partition, message), letter.reason, letter.errors),
      );
      return { ...event, trace };
    });
    await this.publisher.publishAll([...plan.publish, ...letters]);
    for (const event of [...plan.publish, ...letters]) this.metrics.produced(this.options.stage, event.contract.topic);
    this.metrics.count(this.options.stage, 'dead-lettered', letters.length);
    this.metrics.count(this.options.stage, 'done', plan.accepted - letters.length);
    if (plan.accepted === 0) return;
    const last = messages[plan.accepted - 1].offset;
    tools.resolveOffset(last);
    await this.commitAndArmNext(topic, partition, (BigInt(last) + 1n).toString(), tools);
  }

  /**
   * Commits past a finished batch and, in the same request, records the first attempt of the
   * message after it, which saves each batch a round trip to the group coordinator. If this
   * process stops before starting that message, the next one counts an attempt that never ran:
   * the message is then tried alone once, and at worst dead-lettered one crash early.
   */
  private async commitAndArmNext(topic: string, partition: number, next: string, tools: Tools): Promise<void> {
    await this.commit(topic, partition, next, { offset: next, attempts: 1 }, tools);
    this.armed.set(`${topic}/${partition}`, next);
  }

  /** Keeps the failing message uncommitted, remembers the attempt, and pauses the partition for a while. */
  private async stopAt(
    topic: string,
    partition: number,
    messages: KafkaMessage[],
    index: number,
    kind: 'transient' | 'retry',
    attempts: number,
    reason: string,
    tools: Tools,
  ): Promise<void> {
    const where = `${topic}/${partition}`;
    const offset = messages[index].offset;
    await this.remember(
      topic,
      partition,
      { offset, attempts: kind === 'transient' ? 0 : attempts, reason },
      tools,
    ).catch((error: Error) => this.log.warn({ where, error: error.message }, 'could not record the attempt'));
    let delay: number;
    if (kind === 'transient') {
      const outages = (this.outageRetries.get(where) ?? 0) + 1;
      this.outageRetries.set(where, outages);
      this.health.dependencyFailing(where, reason);
      delay = Math.min(OUTAGE_DELAY_MS * 2 ** (outages - 1), MAX_OUTAGE_DELAY_MS);
      this.metrics.count(this.options.stage, 'retried', messages.length - index);
    } else {
      delay = RETRY_DELAY_MS * 2 ** (attempts - 1);
      this.metrics.count(this.options.stage, 'failed');
      this.metrics.count(this.options.stage, 'retried');
    }
    this.log.warn({ where, offset, kind, attempts, delayMs: delay, reason }, 'pausing partition before a retry');
    const resume = tools.pause();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed) resume();
    }, delay);
    this.timers.add(timer);
  }

  private async run(topic: string, partition: number, messages: KafkaMessage[]): Promise<MessageResult[]> {
    const results: (MessageResult | null)[] = [];
    const valid: { index: number; event: ConsumedEvent<unknown> }[] = [];
    const contract = contractForTopic(topic);
    for (const [index, message] of messages.entries()) {
      const span = this.startSpan(topic, partition, message);
      if (!contract) {
        results.push(rejected(`no contract for topic ${topic}`));
        span.end(`no contract for topic ${topic}`);
        continue;
      }
      const decoded = decodeEvent(contract, { value: message.value, headers: message.headers ?? {} });
      if (!decoded.ok) {
        results.push(rejected(decoded.reason, decoded.errors));
        span.end(decoded.reason);
        continue;
      }
      results.push(null);
      valid.push({
        index,
        event: {
          payload: decoded.payload,
          envelope: decoded.envelope,
          key: message.key?.toString() ?? null,
          offset: message.offset,
          timestamp: Number(message.timestamp),
          trace: span,
        },
      });
    }
    const outcomes = await this.handle(
      topic,
      partition,
      valid.map((v) => v.event),
    );
    valid.forEach(({ index, event }, position) => {
      const result = continueTrace(toResult(outcomes[position]), event.trace.context);
      results[index] = result;
      this.articleSpans.get(messages[index])?.end(result.ok ? undefined : result.failure.reason);
    });
    return results as MessageResult[];
  }

  /** Each article of a batch gets its own span, in the trace its message carried. */
  private startSpan(topic: string, partition: number, message: KafkaMessage): ArticleSpan {
    const headers = headerText(message.headers ?? {});
    const key = message.key?.toString() ?? null;
    const span = startArticleSpan(`process ${topic}`, headers, headers.ce_subject ?? key, {
      'messaging.system': 'kafka',
      'messaging.operation.type': 'process',
      'messaging.destination.name': topic,
      'messaging.destination.partition.id': String(partition),
      'messaging.consumer.group.name': this.groupOf(topic),
      'messaging.kafka.offset': Number(message.offset),
      ...(key === null ? {} : { 'messaging.kafka.message.key': key }),
    });
    this.articleSpans.set(message, span);
    return span;
  }

  private traceOf(message: KafkaMessage): Context {
    return this.articleSpans.get(message)?.context ?? contextFromHeaders(headerText(message.headers ?? {}));
  }

  /** Runs the handler on the whole batch; if it throws for a reason that is not an outage, runs it per event. */
  private async handle(topic: string, partition: number, events: ConsumedEvent<unknown>[]): Promise<EventOutcome[]> {
    if (events.length === 0) return [];
    try {
      return await this.invoke(topic, partition, events);
    } catch (error) {
      if (events.length === 1 || classifyFailure(error).kind === 'transient') {
        return events.map(() => ({ ok: false, error }));
      }
      const outcomes: EventOutcome[] = [];
      for (const event of events) {
        outcomes.push(
          ...(await this.invoke(topic, partition, [event]).catch((e: unknown) => [{ ok: false as const, error: e }])),
        );
      }
      return outcomes;
    }
  }

  private async invoke(topic: string, partition: number, events: ConsumedEvent<unknown>[]): Promise<EventOutcome[]> {
    const handler = this.getHandlerByPattern(topic);
    if (!handler) throw new Error(`no handler for topic ${topic}`);
    const batch: ConsumedBatch<unknown> = { topic, partition, events };
    const outcomes = (await withinArticles(
      events.map((event) => event.trace),
      async () =>
        lastValueFrom(this.transformToObservable(await handler(batch, new KafkaBatchContext([topic, partition])))),
    )) as EventOutcome[];
    if (!Array.isArray(outcomes) || outcomes.length !== events.length) {
      throw new Error(
        `handler for ${topic} answered ${Array.isArray(outcomes) ? outcomes.length : 'no'} outcomes for ${events.length} events`,
      );
    }
    return outcomes;
  }

  private async recall(topic: string, partition: number): Promise<AttemptRecord | null> {
    const where = `${topic}/${partition}`;
    if (this.remembered.has(where)) return this.remembered.get(where) ?? null;
    const admin = await this.admin.connected();
    const [offsets] = await admin.fetchOffsets({ groupId: this.groupOf(topic), topics: [topic] });
    for (const stored of offsets?.partitions ?? []) {
      this.remembered.set(`${topic}/${stored.partition}`, decodeAttempts(stored.metadata));
    }
    return this.remembered.get(where) ?? null;
  }

  private async remember(topic: string, partition: number, record: AttemptRecord, tools: Tools): Promise<void> {
    this.armed.delete(`${topic}/${partition}`);
    await this.commit(topic, partition, record.offset, record, tools);
  }

  private async commit(topic: string, partition: number, offset: string, record: AttemptRecord | null, tools: Tools) {
    await tools.commitOffsetsIfNecessary({
      topics: [{ topic, partitions: [{ partition, offset, ...(record ? { metadata: encodeAttempts(record) } : {}) }] }],
    });
    this.remembered.set(`${topic}/${partition}`, record);
  }

  private failedMessage(topic: string, partition: number, message: KafkaMessage): FailedMessage {
    return {
      topic,
      partition,
      offset: message.offset,
      key: message.key?.toString() ?? null,
      headers: headerText(message.headers ?? {}),
      value: message.value,
    };
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }
}

function rejected(reason: string, errors: { path: string; message: string }[] = []): MessageResult {
  return { ok: false, failure: { kind: 'rejected', reason, errors } };
}

/** What a handler publishes for an article continues that article's trace. */
function continueTrace(result: MessageResult, trace: Context): MessageResult {
  if (!result.ok) return result;
  return { ...result, publish: result.publish.map((event) => ({ ...event, trace: event.trace ?? trace })) };
}

function toResult(outcome: EventOutcome): MessageResult {
  if (!outcome.ok) return { ok: false, failure: classifyFailure(outcome.error) };
  try {
    for (const event of outcome.publish) event.contract.schema.parse(event.payload);
  } catch (error) {
    return { ok: false, failure: classifyFailure(error) };
  }
  return outcome;
}
