import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { articleConsumerOptions } from './consuming/article-consumer-options';
import { ConsumedEventGate } from './consuming/consumed-event-gate.interceptor';
import type { MessagingOptions } from './messaging-options';

export interface PipelineStageOptions extends MessagingOptions {
  httpHost: string;
  httpPort: number;
}

/**
 * Starts a stage as one process: a Kafka consumer (with the contract gate on the microservice
 * itself) plus a small HTTP server for health and metrics.
 */
export async function startPipelineStage(module: DynamicModule, options: PipelineStageOptions): Promise<void> {
  const app = await NestFactory.create(module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const consumer = app.connectMicroservice(articleConsumerOptions(options));
  consumer.useGlobalInterceptors(app.get(ConsumedEventGate));
  await app.init();
  await app.startAllMicroservices();
  await app.listen(options.httpPort, options.httpHost);
  app.get(Logger).log(`${options.stage} consuming from ${options.brokers.join(',')}, health on ${await app.getUrl()}`);
}
