import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..', '..');

export interface EngineEndpoints {
  kafkaBrokers: string;
  elasticsearchUrl: string;
  databaseUrl: string;
  /** Apertium APY for the translator (infra/local/apertium.sh, APERTIUM_PORT). */
  apertiumUrl: string;
}

function envLines(output: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const match of output.matchAll(/^export (\w+)=(.*)$/gm)) values[match[1]] = match[2].replace(/^['"]|['"]$/g, '');
  return values;
}

/**
 * Starts (or reuses) the local Kafka, Elasticsearch and Apertium APY and makes sure the PostgreSQL
 * database exists. Everything goes through infra/local, the same scripts a developer runs by hand.
 */
export function startEngines(database: string): EngineEndpoints {
  const script = join(repoRoot, 'infra', 'local', 'engines.sh');
  execFileSync('bash', [script, 'start'], { stdio: 'inherit', cwd: repoRoot });
  const engines = envLines(execFileSync('bash', [script, 'env'], { encoding: 'utf8', cwd: repoRoot }));
  const databaseUrl = process.env['DATABASE_URL'] ?? `postgres://postgres@127.0.0.1:5432/${database}`;
  execFileSync('bash', [join(repoRoot, 'infra', 'local', 'postgres.sh'), 'ensure', database], {
    stdio: 'inherit',
    cwd: repoRoot,
  });
  const apertium = join(repoRoot, 'infra', 'local', 'apertium.sh');
  execFileSync('bash', [apertium, 'start'], { stdio: 'inherit', cwd: repoRoot });
  const apertiumUrl = execFileSync('bash', [apertium, 'url'], { encoding: 'utf8', cwd: repoRoot }).trim();
  return {
    kafkaBrokers: engines['KAFKA_BROKERS'],
    elasticsearchUrl: engines['ELASTICSEARCH_URL'],
    databaseUrl,
    apertiumUrl,
  };
}
