import { z } from 'zod';

const hostPort = /^[^\s:,]+:\d{1,5}$/;

/** Environment fragments that the apps compose into their own settings. */
export const KafkaSettings = {
  KAFKA_BROKERS: z
    .string({ message: 'is required, e.g. 127.0.0.1:9092' })
    .transform((value) => value.split(',').map((broker) => broker.trim()))
    .pipe(z.array(z.string().regex(hostPort, 'each broker must be host:port')).min(1)),
  KAFKA_TOPIC_PARTITIONS: z.coerce.number().int().min(1).max(256).default(3),
};

/** Stages that consume. Another group than the stage's own (`newsflow-<stage>`) serves a replay. */
export const ConsumerSettings = {
  KAFKA_CONSUMER_GROUP: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,249}$/, "Kafka's group id characters only (letters, digits, . _ -), at most 249")
    .optional(),
};

export const HttpSettings = {
  HTTP_PORT: z.coerce.number().int().min(0).max(65535),
  HTTP_HOST: z.string().default('127.0.0.1'),
};

export const DatabaseSettings = {
  DATABASE_URL: z
    .string({ message: 'is required, e.g. postgres://postgres@127.0.0.1:5432/newsflow' })
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
};

export const ElasticsearchSettings = {
  ELASTICSEARCH_URL: z.url({ message: 'is required, e.g. http://127.0.0.1:9200' }),
  ELASTICSEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case letters, digits, _ and - only')
    .default('newsflow'),
};

export const LogSettings = {
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
};
