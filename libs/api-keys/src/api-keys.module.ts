import { type DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { API_KEY_POLICY, ApiKeyGuard, type ApiKeyPolicy, KEY_RATE_LIMIT } from './api-key.guard';
import { ApiKeyRepository } from './api-key.repository';
import { PostgresKeyRateLimit } from './key-rate-limit';

@Module({})
export class ApiKeysModule {
  /**
   * When keys are required the app must also import the article store's global DataSource; a
   * limit of requests per minute is counted per key across all the app's instances.
   */
  static forRoot(policy: ApiKeyPolicy & { requestsPerMinute?: number }): DynamicModule {
    const { requestsPerMinute, ...guardPolicy } = policy;
    const stored = policy.required
      ? [
          ApiKeyRepository,
          ...(requestsPerMinute
            ? [
                {
                  provide: KEY_RATE_LIMIT,
                  useFactory: (dataSource: DataSource) => new PostgresKeyRateLimit(dataSource, requestsPerMinute),
                  inject: [DataSource],
                },
              ]
            : []),
        ]
      : [];
    return {
      module: ApiKeysModule,
      providers: [{ provide: API_KEY_POLICY, useValue: guardPolicy }, ...stored, ApiKeyGuard],
      exports: [ApiKeyGuard, API_KEY_POLICY, ...stored],
    };
  }
}
