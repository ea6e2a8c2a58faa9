import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { GroupOffset, OffsetSnapshot, OffsetSource, PartitionOffsets } from '@newsflow/observability';
import { type Admin, AssignerProtocol, type Kafka } from 'kafkajs';

import { AdminConnection } from '../admin-connection';
import { KAFKA } from '../messaging-options';

const GROUP_PREFIX = 'newsflow-';
const TOPIC_PREFIX = 'news.';

/** Reads end offsets of the newsflow topics and committed offsets of the newsflow consumer groups. */
@Injectable()
export class KafkaOffsetSource implements OffsetSource, OnModuleDestroy {
  private readonly admin: AdminConnection;

  constructor(@Inject(KAFKA) kafka: Kafka) {
    this.admin = new AdminConnection(kafka);
  }

  async read(): Promise<OffsetSnapshot> {
    const admin = await this.admin.connected();
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
      const subscribed = await subscriptions(admin, groupIds);
      // A group that has never committed on a topic is not subscribed to it: no lag to report there.
      // A running group reports only the topics its members read, so offsets left on a topic that
      // moved to another group (the indexer's background lane) do not read as a growing lag.
      const reported = (g: GroupOffset) => g.committed >= 0 && (subscribed.get(g.group)?.has(g.topic) ?? true);
      return { partitions, groups: groups.filter(reported) };
    } catch (error) {
      await this.admin.disconnect();
      throw error;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.admin.disconnect();
  }
}

/** The topics each running group's members subscribe to; a group without members is absent. */
async function subscriptions(admin: Admin, groupIds: string[]): Promise<Map<string, Set<string>>> {
  if (groupIds.length === 0) return new Map();
  const { groups } = await admin.describeGroups(groupIds);
  return new Map(
    groups
      .filter((group) => group.protocolType === 'consumer' && group.members.length > 0)
      .map((group) => [
        group.groupId,
        new Set(
          group.members.flatMap(
            (member) => AssignerProtocol.MemberMetadata.decode(member.memberMetadata)?.topics ?? [],
          ),
        ),
      ]),
  );
}
