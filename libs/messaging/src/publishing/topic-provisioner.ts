import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Topics } from '@newsflow/contracts';
import type { Kafka } from 'kafkajs';

import { keepTrying } from '../keep-trying';
import { KAFKA, MESSAGING_OPTIONS, type MessagingOptions } from '../messaging-options';

/** Topics whose events version articles: submissions and withdrawals. */
const BROKER_CLOCK_TOPICS = new Set<string>([Topics.rawArticle, Topics.articleWithdrawal]);

/**
 * Creates the article topics that do not exist yet. The broker's auto-creation stays off so that
 * a misspelt topic name fails loudly instead of creating a topic nobody reads.
 */
@Injectable()
export class TopicProvisioner implements OnModuleInit {
  private readonly logger = new Logger(TopicProvisioner.name);

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.options.connectInBackground) return this.provision();
    keepTrying('creating the topics', () => this.provision(), this.logger);
  }

  private async provision(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = Object.values(Topics).filter((topic) => !existing.has(topic));
      if (missing.length === 0) return;
      await admin
        .createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({
            topic,
            numPartitions: this.options.topicPartitions,
            replicationFactor: 1,
            // The broker's clock, not the sender's, stamps what newsroom systems publish: it versions articles.
            configEntries: BROKER_CLOCK_TOPICS.has(topic)
              ? [{ name: 'message.timestamp.type', value: 'LogAppendTime' }]
              : [],
          })),
        })
        .catch((error: Error) => {
          if (!/already exists/i.test(error.message)) throw error;
        });
      this.logger.log(`created topics ${missing.join(', ')}`);
    } finally {
      await admin.disconnect();
    }
  }
}
