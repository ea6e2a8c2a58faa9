import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { GroupOffset, OffsetSnapshot, OffsetSource, PartitionOffsets } from '@newsflow/observability';
import type { Admin, Kafka } from 'kafkajs';

import { KAFKA } from '../messaging-options';

const GROUP_PREFIX = 'newsflow-';
const TOPIC_PREFIX = 'news.';

/** Reads end offsets of the newsflow topics and committed offsets of the newsflow consumer groups. */
@Injectable()
export class KafkaOffsetSource implements OffsetSource, OnModuleDestroy {
  private admin: Promise<Admin> | null = null;

  constructor(@Inject(KAFKA) private readonly kafka: Kafka) {}

  async read(): Promise<OffsetSnapshot> {
    const admin = await this.connected();
    try {
      const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(TOPIC_PREFIX));
      const partitions: PartitionOffsets[] = (
        await Promise.all(
          topics.map(async (topic) =>
            (await admin.fetchTopicOffsets(topic)).map((p) => ({
              topic,
              partition: p.partition,
              low: Number(p.low),
              high: Number(p.high),
            })),
          ),
        )
      ).flat();
      const groupIds = (await admin.listGroups()).groups
        .map((g) => g.groupId)
        .filter((id) => id.startsWith(GROUP_PREFIX));
      const groups: GroupOffset[] = (
        await Promise.all(
          groupIds.map(async (group) =>
            (await admin.fetchOffsets({ groupId: group, topics })).flatMap(({ topic, partitions: committed }) =>
              committed.map((p) => ({ group, topic, partition: p.partition, committed: Number(p.offset) })),
            ),
          ),
        )
      ).flat();
      // A group that has never committed on a topic is not subscribed to it: no lag to report there.
      const subscribed = new Set(groups.filter((g) => g.committed >= 0).map((g) => `${g.group}/${g.topic}`));
      return { partitions, groups: groups.filter((g) => subscribed.has(`${g.group}/${g.topic}`)) };
    } catch (error) {
      await this.disconnect();
      throw error;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.disconnect();
  }

  private connected(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      this.admin = admin.connect().then(() => admin);
      this.admin.catch(() => (this.admin = null));
    }
    return this.admin;
  }

  private async disconnect(): Promise<void> {
    const admin = this.admin;
    this.admin = null;
    await admin?.then((a) => a.disconnect()).catch(() => undefined);
  }
}
