import { Inject, Injectable } from '@nestjs/common';
import type { ReadinessCheck } from '@newsflow/observability';
import type { Kafka } from 'kafkajs';

import { KAFKA } from './messaging-options';

@Injectable()
export class KafkaReadiness implements ReadinessCheck {
  readonly name = 'kafka';

  constructor(@Inject(KAFKA) private readonly kafka: Kafka) {}

  async check(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.describeCluster();
    } finally {
      await admin.disconnect();
    }
  }
}
