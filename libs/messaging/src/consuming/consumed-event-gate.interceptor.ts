import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  Logger,
  type NestInterceptor,
} from '@nestjs/common';
import type { KafkaContext } from '@nestjs/microservices';
import { ArticleRejectedError, contractForTopic, decodeEvent, headerText } from '@newsflow/contracts';
import { StageMetrics } from '@newsflow/observability';
import { catchError, defer, from, map, type Observable, tap, throwError } from 'rxjs';
import { ZodError } from 'zod';

import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging-options';
import { DeadLetterPublisher, type FailedMessage } from '../publishing/dead-letter-publisher';
import { rememberCheckedEvent } from './consumed-event';
import { DeliveryAttempts } from './delivery-attempts';

const MAX_DELIVERY_ATTEMPTS = 5;

/**
 * Registered on every consuming microservice. It checks each message against its topic's contract
 * before any handler runs, and decides what happens on failure: a rejected article goes to the
 * dead-letter topic at once; any other error is retried (the offset stays uncommitted) up to a
 * bound, then dead-lettered. Either way the partition keeps moving and nothing is lost.
 */
@Injectable()
export class ConsumedEventGate implements NestInterceptor {
  private readonly logger = new Logger(ConsumedEventGate.name);
  private readonly attempts = new DeliveryAttempts(MAX_DELIVERY_ATTEMPTS);

  constructor(
    private readonly deadLetters: DeadLetterPublisher,
    private readonly metrics: StageMetrics,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const kafka = context.switchToRpc().getContext<KafkaContext>();
    const message = kafka.getMessage();
    const failed: FailedMessage = {
      topic: kafka.getTopic(),
      partition: kafka.getPartition(),
      offset: message.offset,
      key: message.key === null || message.key === undefined ? null : String(message.key),
      headers: headerText(message.headers ?? {}),
      value: message.value as Buffer | null,
    };
    const messageId = `${failed.topic}/${failed.partition}/${failed.offset}`;

    const contract = contractForTopic(failed.topic);
    if (!contract) return this.deadLetter(failed, `no contract for topic ${failed.topic}`);

    const decoded = decodeEvent(contract, { value: failed.value, headers: failed.headers });
    if (!decoded.ok) return this.deadLetter(failed, decoded.reason, decoded.errors);

    rememberCheckedEvent(message, {
      payload: decoded.payload,
      envelope: decoded.envelope,
      key: failed.key,
      topic: failed.topic,
      partition: failed.partition,
      offset: failed.offset,
      timestamp: Number(message.timestamp),
    });

    const stopTimer = this.metrics.startTimer(this.options.stage);
    return next.handle().pipe(
      tap(() => {
        stopTimer();
        this.attempts.succeeded(messageId);
        this.metrics.count(this.options.stage, 'done');
      }),
      catchError((error: unknown) => {
        if (error instanceof ArticleRejectedError) return this.deadLetter(failed, error.reason, error.errors);
        if (error instanceof ZodError)
          return this.deadLetter(failed, `produced event breaks its contract: ${error.message}`);
        const { attempts, retry } = this.attempts.failed(messageId);
        if (!retry) {
          return this.deadLetter(
            failed,
            `gave up after ${attempts} attempts: ${(error as Error)?.message ?? String(error)}`,
          );
        }
        this.logger.warn({ messageId, attempts, error: (error as Error)?.message }, 'processing failed, will retry');
        this.metrics.count(this.options.stage, 'retried');
        return throwError(() => error);
      }),
    );
  }

  private deadLetter(failed: FailedMessage, reason: string, errors: { path: string; message: string }[] = []) {
    return defer(() => from(this.deadLetters.publish(failed, reason, errors))).pipe(
      tap(() => this.metrics.count(this.options.stage, 'dead-lettered')),
      map(() => undefined),
    );
  }
}
