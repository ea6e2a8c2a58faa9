import type { Client } from '@elastic/elasticsearch';
import { Inject, Injectable } from '@nestjs/common';
import type { ReadinessCheck } from '@newsflow/observability';

import { ELASTICSEARCH } from './search-index.tokens';

@Injectable()
export class ElasticsearchReadiness implements ReadinessCheck {
  readonly name = 'elasticsearch';

  constructor(@Inject(ELASTICSEARCH) private readonly client: Client) {}

  async check(): Promise<void> {
    // cluster.health rather than ping: the minimal distribution has no root endpoint.
    const health = await this.client.cluster.health({ timeout: '2s' });
    if (health.status === 'red') throw new Error('cluster status is red');
  }
}
