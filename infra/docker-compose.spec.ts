import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { parse } from 'yaml';

const root = join(__dirname, '..');

/** dclint checks a file against the Compose specification's schema plus its error-level rules. */
function lintCompose(file: string) {
  return spawnSync(
    process.execPath,
    [join(dirname(require.resolve('dclint/package.json')), 'bin', 'dclint.cjs'), '--quiet', '--color=false', file],
    {
      encoding: 'utf8',
    },
  );
}

const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true });

describe('docker-compose.yml', () => {
  it('is valid against the Compose specification', () => {
    const lint = lintCompose(join(root, 'docker-compose.yml'));
    expect(lint.stdout + lint.stderr).not.toMatch(/error/);
    expect(lint.status).toBe(0);
  });

  it('would catch a file that breaks the specification', () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'compose-')), 'docker-compose.yml');
    writeFileSync(broken, 'services:\n  web:\n    image: nginx\n    restartt: always\n');
    const lint = lintCompose(broken);
    expect(lint.status).not.toBe(0);
    expect(lint.stdout).toContain('invalid-schema');
  });

  it('builds every app from the one app image recipe, naming the app', () => {
    // Every process; the search UI is static files that search-api's image carries.
    const apps = readdirSync(join(root, 'apps')).filter((app) => existsSync(join(root, 'apps', app, 'src', 'main.ts')));
    expect(apps).toContain('search-api');
    for (const app of apps) {
      expect(compose.services[app]?.build).toMatchObject({ dockerfile: 'infra/app/Dockerfile', args: { APP: app } });
    }
    const recipe = readFileSync(join(root, 'infra', 'app', 'Dockerfile'), 'utf8');
    expect(recipe).toContain('nx run "$APP:build"');
    expect(recipe).toContain('dist/apps/$APP');
  });

  it('uses the engine majors that the local harness tests against', () => {
    const pom = readFileSync(join(root, 'infra', 'local', 'pom.xml'), 'utf8');
    const kafka = /<kafka\.version>(\d+)\./.exec(pom)?.[1];
    const elasticsearch = /<elasticsearch\.version>(\d+)\./.exec(pom)?.[1];
    expect(compose.services.kafka.image).toMatch(new RegExp(`^apache/kafka:${kafka}\\.`));
    expect(compose.services.elasticsearch.image).toMatch(new RegExp(`elasticsearch:${elasticsearch}\\.`));
    expect(compose.services.postgres.image).toMatch(/^postgres:15/);
  });

  it('gives every app the settings it validates at start-up', () => {
    for (const app of ['normalizer', 'classifier', 'indexer']) {
      expect(Object.keys(compose.services[app].environment)).toEqual(
        expect.arrayContaining(['KAFKA_BROKERS', 'HTTP_PORT']),
      );
    }
  });

  it('runs Prometheus and Grafana with the files in infra/observability', () => {
    const mounts = [...compose.services.prometheus.volumes, ...compose.services.grafana.volumes]
      .map((volume: string) => volume.split(':')[0])
      .filter((source: string) => source.startsWith('./'));
    expect(mounts.length).toBe(4);
    for (const source of mounts) expect(existsSync(join(root, source))).toBe(true);
    expect(compose.services.prometheus.image).toMatch(/^prom\/prometheus:v2\./);
  });

  it('sends every app traces to Jaeger over OTLP/HTTP, with the standard variables', () => {
    expect(compose.services.jaeger.image).toMatch(/^jaegertracing\/jaeger:2\./);
    expect(compose.services.jaeger.ports).toEqual(expect.arrayContaining(['127.0.0.1:16686:16686']));
    for (const app of ['ingest', 'normalizer', 'classifier', 'indexer', 'search-api']) {
      expect(compose.services[app].environment.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://jaeger:4318');
    }
  });
});
