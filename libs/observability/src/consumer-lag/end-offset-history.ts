/**
 * When each offset of one partition was first seen at the end of the partition. Kafka keeps no
 * arrival time for an offset that admin requests can read, so the collector remembers, at every
 * scrape, the end offset it saw; the age of the oldest unconsumed message is then the time since
 * the first scrape that saw an end beyond the group's committed offset. Its resolution is the
 * scrape interval, and right after the collector starts it is a lower bound.
 */
export class EndOffsetHistory {
  private readonly samples: { at: number; high: number }[] = [];

  constructor(private readonly limit = 10_000) {}

  observe(at: number, high: number): void {
    const last = this.samples.at(-1);
    if (last && last.high >= high) return;
    this.samples.push({ at, high });
    if (this.samples.length > this.limit) this.samples.shift();
  }

  /** Seconds since the message at `committed` (the next one the group reads) was first seen; 0 without lag. */
  ageSeconds(committed: number, now: number): number {
    const first = this.samples.find((sample) => sample.high > committed);
    return first ? Math.max(0, (now - first.at) / 1000) : 0;
  }

  /** Drops what no group needs any more: samples whose end every group has already read. */
  forgetUpTo(committed: number): void {
    while (this.samples.length > 1 && this.samples[1].high <= committed) this.samples.shift();
  }
}
