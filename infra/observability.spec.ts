import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parse } from 'yaml';

const observability = join(__dirname, 'observability');

function promtool(...args: string[]) {
  const run = spawnSync('promtool', args, { cwd: observability, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('Prometheus config and alert rules', () => {
  beforeAll(() => {
    // promtool comes with Debian's prometheus package, which the script installs when missing.
    execFileSync('bash', [join(__dirname, 'local', 'prometheus.sh'), 'install'], { stdio: 'inherit' });
  }, 300_000);

  it.each(['prometheus.yml', 'prometheus.compose.yml'])('promtool accepts %s', (file) => {
    const check = promtool('check', 'config', file);
    expect(check.output).toContain('SUCCESS');
    expect(check.status).toBe(0);
  });

  it('promtool accepts the alert rules', () => {
    const check = promtool('check', 'rules', 'alerts.yml');
    expect(check.output).toContain('SUCCESS: 5 rules found');
    expect(check.status).toBe(0);
  });

  it('each alert fires on its made-up series (promtool test rules)', () => {
    const test = promtool('test', 'rules', 'alerts.test.yml');
    expect(test.output).toContain('SUCCESS');
    expect(test.status).toBe(0);
    const tested = parse(readFileSync(join(observability, 'alerts.test.yml'), 'utf8')).tests.flatMap(
      (t: { alert_rule_test: { alertname: string; exp_alerts: unknown[] }[] }) =>
        t.alert_rule_test.filter((a) => a.exp_alerts.length > 0).map((a) => a.alertname),
    );
    const alerts = parse(readFileSync(join(observability, 'alerts.yml'), 'utf8')).groups[0].rules.map(
      (r: { alert: string }) => r.alert,
    );
    expect(new Set(tested)).toEqual(new Set(alerts));
  });

  it('would catch a rule test that expects the wrong alert', () => {
    const wrong = join(mkdtempSync(join(tmpdir(), 'rules-')), 'wrong.test.yml');
    const tests = readFileSync(join(observability, 'alerts.test.yml'), 'utf8')
      .replace('- alerts.yml', `- ${join(observability, 'alerts.yml')}`)
      .replace('app: indexer, instance', 'app: classifier, instance');
    writeFileSync(wrong, tests);
    expect(promtool('test', 'rules', wrong).status).not.toBe(0);
  });

  it('gives every alert a runbook section in docs/runbook.md', () => {
    const runbook = readFileSync(join(__dirname, '..', 'docs', 'runbook.md'), 'utf8');
    const rules = parse(readFileSync(join(observability, 'alerts.yml'), 'utf8')).groups[0].rules;
    for (const rule of rules) {
      expect(runbook).toContain(`## ${rule.alert}\n`);
      expect(rule.annotations.runbook).toBe(`docs/runbook.md#${rule.alert.toLowerCase()}`);
    }
  });

  it('scrapes every app, on the ports the README gives', () => {
    const config = parse(readFileSync(join(observability, 'prometheus.yml'), 'utf8'));
    const targets = config.scrape_configs[0].static_configs.map(
      (c: { targets: string[]; labels: { app: string } }) => `${c.labels.app}=${c.targets[0]}`,
    );
    expect(targets).toEqual([
      'ingest=127.0.0.1:3000',
      'normalizer=127.0.0.1:3001',
      'classifier=127.0.0.1:3002',
      'indexer=127.0.0.1:3003',
      'search-api=127.0.0.1:3004',
      'translator=127.0.0.1:3005',
    ]);
  });
});
