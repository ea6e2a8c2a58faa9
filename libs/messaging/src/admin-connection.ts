import type { Admin, Kafka } from 'kafkajs';

/** One Kafka admin client, connected on first use and again after a failed connect or a disconnect. */
export class AdminConnection {
  private admin: Promise<Admin> | null = null;

  constructor(private readonly kafka: Kafka) {}

  connected(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      this.admin = admin.connect().then(() => admin);
      this.admin.catch(() => (this.admin = null));
    }
    return this.admin;
  }

  async disconnect(): Promise<void> {
    const admin = this.admin;
    this.admin = null;
    await admin?.then((connected) => connected.disconnect()).catch(() => undefined);
  }
}
