import { Catch, type DynamicModule, Module, type RpcExceptionFilter, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestMicroservice } from '@nestjs/microservices';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { EarlyHttp, StageEntry } from '@newsflow/config';
import { HealthController, ObservabilityModule, READINESS_CHECKS, type ReadinessCheck } from '@newsflow/observability';
import express from 'express';
import { Logger } from 'nestjs-pino';
import { throwError } from 'rxjs';

import { ConsumerHealth } from './consuming/consumer-health';
import { KafkaBatchTransport } from './consuming/kafka-batch-transport';
import { KafkaReadiness } from './kafka-readiness';
import { MessagingModule } from './messaging.module';

/** The settings every pipeline stage reads from its environment. */
export interface StageSettings {
  KAFKA_BROKERS: string[];
  KAFKA_TOPIC_PARTITIONS: number;
  KAFKA_CONSUMER_GROUP?: string;
  HTTP_HOST: string;
  HTTP_PORT: number;
  LOG_LEVEL: string;
}

export interface StageDefinition<Settings extends StageSettings> {
  settings: () => Settings;
  /** The stage's own controllers, use cases and adapters; logs, metrics, Kafka and health come with the stage. */
  module: (settings: Settings) => DynamicModule;
  /** Dependencies besides Kafka that must answer before the stage is ready, e.g. the database. */
  readiness?: Type<ReadinessCheck>[];
  /** Topics consumed in a group of their own, so they never hold back the others (MessagingOptions). */
  backgroundTopics?: string[];
}

/** Handlers' errors reach the transport as thrown, so that it can classify them. */
@Catch()
class RethrowToTransport implements RpcExceptionFilter {
  catch(error: unknown) {
    return throwError(() => error);
  }
}

@Module({})
class StageModule {}

function stageModule<Settings extends StageSettings>(
  stage: string,
  settings: Settings,
  definition: StageDefinition<Settings>,
): DynamicModule {
  const readiness = [KafkaReadiness, ConsumerHealth, ...(definition.readiness ?? [])];
  return {
    module: StageModule,
    imports: [
      ObservabilityModule.forRoot({ service: stage, logLevel: settings.LOG_LEVEL }),
      MessagingModule.forRoot({
        stage,
        brokers: settings.KAFKA_BROKERS,
        group: settings.KAFKA_CONSUMER_GROUP,
        topicPartitions: settings.KAFKA_TOPIC_PARTITIONS,
        backgroundTopics: definition.backgroundTopics,
      }),
      definition.module(settings),
    ],
    controllers: [HealthController],
    providers: [{ provide: READINESS_CHECKS, useFactory: (...checks: ReadinessCheck[]) => checks, inject: readiness }],
  };
}

/**
 * A pipeline stage, named once in its app's main.ts (`runStage('normalizer', () => import('./stage'))`).
 * HTTP is already listening when it starts, so liveness answers while the stage connects; the
 * Kafka group join happens in the background and readiness waits for it and for the dependencies.
 */
export function defineStage<Settings extends StageSettings>(definition: StageDefinition<Settings>): StageEntry {
  return {
    async start(stage: string, http: EarlyHttp): Promise<void> {
      const settings = definition.settings();
      const server = express();
      const app = await NestFactory.create(stageModule(stage, settings, definition), new ExpressAdapter(server), {
        bufferLogs: true,
      });
      app.useLogger(app.get(Logger));
      app.enableShutdownHooks();
      const consumer = app.connectMicroservice(
        { strategy: app.get(KafkaBatchTransport) },
        { deferInitialization: true },
      ) as NestMicroservice;
      consumer.useGlobalFilters(new RethrowToTransport());
      // The app and the microservice share one container: its lifecycle hooks must run only once, in app.init().
      consumer.setIsInitHookCalled(true);
      await app.init();
      http.handOver(server);
      await app.startAllMicroservices();
      app
        .get(Logger)
        .log(
          `${stage} joining group ${app.get(KafkaBatchTransport).groupId} on ${settings.KAFKA_BROKERS.join(',')}, health on ${http.url}`,
        );
    },
  };
}
