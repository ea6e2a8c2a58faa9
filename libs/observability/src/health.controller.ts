import { Controller, Get, Header, HttpException, HttpStatus, Inject } from '@nestjs/common';

import { READINESS_CHECKS, type ReadinessCheck } from './readiness-check';
import { StageMetrics } from './stage-metrics';

@Controller()
export class HealthController {
  constructor(
    @Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[],
    private readonly metrics: StageMetrics,
  ) {}

  @Get('health/live')
  live() {
    return { status: 'ok' };
  }

  @Get('health/ready')
  async ready() {
    const results = await Promise.all(
      this.checks.map(async (readiness) => {
        try {
          await readiness.check();
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
