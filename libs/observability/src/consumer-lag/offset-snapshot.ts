/** Kafka's own offsets at one moment: where each partition ends, and where each group has committed. */
export interface PartitionOffsets {
  topic: string;
  partition: number;
  /** Offset of the oldest message still kept. */
  low: number;
  /** Offset the next message will get. */
  high: number;
}

export interface GroupOffset {
  group: string;
  topic: string;
  partition: number;
  /** Next offset the group will read; -1 when it has committed nothing on this partition yet. */
  committed: number;
}

export interface OffsetSnapshot {
  partitions: PartitionOffsets[];
  groups: GroupOffset[];
}

export interface OffsetSource {
  read(): Promise<OffsetSnapshot>;
}

export const OFFSET_SOURCE = Symbol('OFFSET_SOURCE');
