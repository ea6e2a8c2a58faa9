import type { Kafka } from 'kafkajs';

export interface ReplayPlan {
  group: string;
  topic: string;
  from: string;
  partitions: { partition: number; offset: string; end: string; messages: number }[];
}

/**
 * Where a fresh consumer group must start on each partition to read a topic from a moment on:
 * the first offset at or after that time, or the partition's end when nothing came after it.
 */
export async function planReplay(kafka: Kafka, topic: string, fromMs: number, group: string): Promise<ReplayPlan> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (!(await admin.listTopics()).includes(topic)) throw new Error(`topic ${topic} does not exist`);
    const [committed] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    if (committed.partitions.some((p) => Number(p.offset) >= 0)) {
      throw new Error(`consumer group ${group} already has offsets on ${topic}: a replay needs a fresh group`);
    }
    const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, p.high]));
    const starts = await admin.fetchTopicOffsetsByTimestamp(topic, fromMs);
    const partitions = starts
      .map(({ partition, offset }) => {
        const end = ends.get(partition) ?? '0';
        const start = Number(offset) < 0 ? end : offset;
        return { partition, offset: start, end, messages: Number(BigInt(end) - BigInt(start)) };
      })
      .sort((a, b) => a.partition - b.partition);
    return { group, topic, from: new Date(fromMs).toISOString(), partitions };
  } finally {
    await admin.disconnect();
  }
}

/** Commits the plan's offsets for the fresh group; a stage started with that group reads from there. */
export async function applyReplay(kafka: Kafka, plan: ReplayPlan): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.setOffsets({
      groupId: plan.group,
      topic: plan.topic,
      partitions: plan.partitions.map(({ partition, offset }) => ({ partition, offset })),
    });
  } finally {
    await admin.disconnect();
  }
}
