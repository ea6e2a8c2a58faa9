import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestMicroservice } from '@nestjs/microservices';
import { Logger } from 'nestjs-pino';

import { articleConsumerOptions } from './consuming/article-consumer-options';
import { ConsumedEventGate } from './consuming/consumed-event-gate.interceptor';

/** The settings every pipeline stage reads from its environment. */
export interface PipelineStageSettings {
  KAFKA_BROKERS: string[];
  KAFKA_TOPIC_PARTITIONS: number;
  HTTP_HOST: string;
  HTTP_PORT: number;
}

/**
 * Starts a stage as one process: a Kafka consumer (with the contract gate on the microservice
 * itself) plus a small HTTP server for health and metrics.
 */
export async function startPipelineStage(
  stage: string,
  module: DynamicModule,
  settings: PipelineStageSettings,
): Promise<void> {
  const app = await NestFactory.create(module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  // Deferred, because a connected microservice is sealed at once and would ignore the gate.
  const consumer = app.connectMicroservice(
    articleConsumerOptions({
      stage,
      brokers: settings.KAFKA_BROKERS,
      topicPartitions: settings.KAFKA_TOPIC_PARTITIONS,
    }),
    { deferInitialization: true },
  ) as NestMicroservice;
  consumer.useGlobalInterceptors(app.get(ConsumedEventGate));
  // The app and the microservice share one container: its lifecycle hooks must run only once, in app.init().
  consumer.setIsInitHookCalled(true);
  await app.init();
  await app.startAllMicroservices();
  await app.listen(settings.HTTP_PORT, settings.HTTP_HOST);
  app.get(Logger).log(`${stage} consuming from ${settings.KAFKA_BROKERS.join(',')}, health on ${await app.getUrl()}`);
}
