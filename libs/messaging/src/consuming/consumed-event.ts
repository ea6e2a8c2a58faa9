import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { KafkaContext } from '@nestjs/microservices';
import type { CloudEventHeaders } from '@newsflow/contracts';

/** A consumed message after its contract check: handlers never see unchecked bytes. */
export interface ConsumedEvent<Payload> {
  payload: Payload;
  envelope: CloudEventHeaders | null;
  key: string | null;
  topic: string;
  partition: number;
  offset: string;
  /** Broker timestamp of the message, in epoch milliseconds. */
  timestamp: number;
}

const checkedEvents = new WeakMap<object, ConsumedEvent<unknown>>();

export function rememberCheckedEvent(message: object, event: ConsumedEvent<unknown>): void {
  checkedEvents.set(message, event);
}

/**
 * Injects the event that ConsumedEventGate checked. Without the gate there is no event, and the
 * handler fails instead of running on unvalidated input.
 */
export const CheckedEvent = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const message = context.switchToRpc().getContext<KafkaContext>().getMessage();
  const event = checkedEvents.get(message);
  if (!event) throw new Error('no checked event: is ConsumedEventGate registered on the microservice?');
  return event;
});
