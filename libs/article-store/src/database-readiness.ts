import { Injectable } from '@nestjs/common';
import type { ReadinessCheck } from '@newsflow/observability';
import { DataSource } from 'typeorm';

@Injectable()
export class DatabaseReadiness implements ReadinessCheck {
  readonly name = 'postgresql';

  constructor(private readonly dataSource: DataSource) {}

  async check(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
