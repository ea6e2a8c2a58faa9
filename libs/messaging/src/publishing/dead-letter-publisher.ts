import { Inject, Injectable, Logger } from '@nestjs/common';
import { ArticleContracts, type FieldError } from '@newsflow/contracts';

import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging-options';
import { EventPublisher, outgoing, type OutgoingEvent } from './event-publisher';

export interface FailedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  headers: Record<string, string>;
  value: Buffer | null;
}

/** Dead letters keep the original bytes and where they came from, so they can be inspected and replayed. */
@Injectable()
export class DeadLetterPublisher {
  private readonly logger = new Logger(DeadLetterPublisher.name);

  constructor(
    private readonly publisher: EventPublisher,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async publish(message: FailedMessage, reason: string, errors: FieldError[] = []): Promise<void> {
    await this.publisher.publishAll([this.letter(message, reason, errors)]);
  }

  /** The dead letter as an event, so that it can travel in the same send as a batch's other outputs. */
  letter(message: FailedMessage, reason: string, errors: FieldError[] = []): OutgoingEvent {
    this.logger.warn(
      { topic: message.topic, partition: message.partition, offset: message.offset, key: message.key, reason, errors },
      'dead-lettering message',
    );
    return outgoing(ArticleContracts.deadLetter, {
      key: message.key ?? `${message.topic}/${message.partition}/${message.offset}`,
      correlationId: message.headers['correlation_id'],
      payload: {
        reason,
        errors,
        stage: this.options.stage,
        topic: message.topic,
        partition: message.partition,
        offset: message.offset,
        key: message.key,
        headers: message.headers,
        originalValueBase64: (message.value ?? Buffer.alloc(0)).toString('base64'),
        failedAt: new Date().toISOString(),
      },
    });
  }
}
