import { Controller, Get, Header, HttpException, HttpStatus, Inject } from '@nestjs/common';

import { registerDependencyHealth } from './dependency-health';
import { READINESS_CHECKS, type ReadinessCheck } from './readiness-check';
import { StageMetrics } from './stage-metrics';

/** A dependency that does not answer a readiness check within this time counts as down. */
const CHECK_TIMEOUT_MS = 2_000;

function withinTimeout(check: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([check, timeout]).finally(() => clearTimeout(timer));
}

@Controller()
export class HealthController {
  constructor(
    @Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[],
    private readonly metrics: StageMetrics,
  ) {
    registerDependencyHealth(metrics.registry, checks);
  }

  @Get('health/live')
  live() {
    return { status: 'ok' };
  }

  @Get('health/ready')
  async ready() {
    const results = await Promise.all(
      this.checks.map(async (readiness) => {
        try {
          await withinTimeout(readiness.check());
          return { name: readiness.name, status: 'ok' };
        } catch (error) {
          return { name: readiness.name, status: 'down', error: (error as Error).message };
        }
      }),
    );
    const body = { status: results.every((r) => r.status === 'ok') ? 'ok' : 'down', checks: results };
    if (body.status !== 'ok') throw new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  async prometheus() {
    return this.metrics.registry.metrics();
  }
}
