import { DependencyUnavailableError } from '@newsflow/contracts';

import { isDependencyOutage } from './dependency-outage';

const named = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(name), { name, ...extra });

describe('isDependencyOutage', () => {
  it.each([
    ['our own DependencyUnavailableError', new DependencyUnavailableError('kafka', 'send timed out')],
    ['an Elasticsearch connection error', named('ConnectionError')],
    ['an Elasticsearch timeout', named('TimeoutError')],
    ['an Elasticsearch 503', named('ResponseError', { meta: { statusCode: 503 } })],
    ['an Elasticsearch 429', named('ResponseError', { meta: { statusCode: 429 } })],
    [
      'a missing search index',
      named('ResponseError', { meta: { statusCode: 404, body: { error: { type: 'index_not_found_exception' } } } }),
    ],
    ['a refused socket', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' })],
    [
      'a database not accepting connections',
      Object.assign(new Error('database "x" is not currently accepting'), { code: '55000' }),
    ],
    ['a database shutting down, wrapped by TypeORM', named('QueryFailedError', { driverError: { code: '57P01' } })],
    ['a Kafka connection error', named('KafkaJSConnectionError')],
    ['Kafka retries exhausted on a refused broker', named('KafkaJSNumberOfRetriesExceeded')],
    ['an outage in an AggregateError', new AggregateError([named('ConnectionError')])],
    ['pg-pool giving up', new Error('timeout exceeded when trying to connect')],
  ])('%s is an outage', (_case, error) => {
    expect(isDependencyOutage(error)).toBe(true);
  });

  it.each([
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'x')")],
    [
      'an Elasticsearch 400',
      named('ResponseError', { meta: { statusCode: 400, body: { error: { type: 'parsing_exception' } } } }),
    ],
    ['a constraint violation', named('QueryFailedError', { driverError: { code: '23505' } })],
    ['a value that is not an error', 'ECONNREFUSED'],
    ['null', null],
  ])('%s is not', (_case, error) => {
    expect(isDependencyOutage(error)).toBe(false);
  });

  it('stops on a cause cycle', () => {
    const error = new Error('loop') as Error & { cause?: unknown };
    error.cause = error;
    expect(isDependencyOutage(error)).toBe(false);
  });
});
