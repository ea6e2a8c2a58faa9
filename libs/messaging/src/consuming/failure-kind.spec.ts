import { ArticleRejectedError, DependencyUnavailableError } from '@newsflow/contracts';
import { z } from 'zod';

import { classifyFailure } from './failure-kind';

const withProps = (message: string, props: Record<string, unknown>) => Object.assign(new Error(message), props);

describe('classifyFailure', () => {
  it.each([
    ['connection refused', withProps('connect ECONNREFUSED 127.0.0.1:9200', { code: 'ECONNREFUSED' })],
    ['a connection reset without a code', new Error('read ECONNRESET')],
    ['a socket timeout', withProps('timed out', { code: 'ETIMEDOUT' })],
    ['Elasticsearch unreachable', withProps('connect failed', { name: 'ConnectionError' })],
    ['an Elasticsearch request timeout', withProps('Request timed out', { name: 'TimeoutError' })],
    ['Elasticsearch 429', withProps('Too Many Requests', { name: 'ResponseError', meta: { statusCode: 429 } })],
    ['Elasticsearch 503', withProps('unavailable', { name: 'ResponseError', meta: { statusCode: 503 } })],
    ['a bulk item rejected for load', new Error('indexing article a failed: es_rejected_execution_exception: full')],
    ['a dependency a writer reported unavailable', new DependencyUnavailableError('elasticsearch', 'item 429')],
    [
      'PostgreSQL not accepting connections (57P03)',
      withProps('the database system is starting up', { code: '57P03' }),
    ],
    [
      'a database closed to connections',
      withProps('database "newsflow" is not currently accepting connections', { code: '55000' }),
    ],
    ['an administrator terminating the backend', withProps('terminating connection', { code: '57P01' })],
    ['a lost connection', new Error('Connection terminated unexpectedly')],
    ['a pool timeout', new Error('timeout exceeded when trying to connect')],
    ['a serialisation failure', withProps('could not serialize access', { code: '40001' })],
    ['a retriable Kafka error', withProps('There is no leader', { name: 'KafkaJSProtocolError', retriable: true })],
    ['an aggregate of refused addresses', new AggregateError([withProps('x', { code: 'ECONNREFUSED' })], '')],
    ['a wrapped cause', new Error('query failed', { cause: withProps('reset', { code: 'ECONNRESET' }) })],
  ])('treats %s as transient', (_, error) => {
    expect(classifyFailure(error).kind).toBe('transient');
  });

  it.each([
    ['an article the stage rejects', new ArticleRejectedError('no usable article text')],
    ['an output that breaks its contract', z.object({ id: z.string() }).safeParse({}).error],
    ['a NUL the database refuses', withProps('unsupported Unicode escape sequence', { code: '22P05' })],
    ['a constraint violation', withProps('violates check constraint', { code: '23514' })],
    ['a mapping rejection', new Error('indexing article a failed: document_parsing_exception: failed to parse')],
    ['an Elasticsearch 400', withProps('bad request', { name: 'ResponseError', meta: { statusCode: 400 } })],
  ])('dead-letters %s at once', (_, error) => {
    expect(classifyFailure(error).kind).toBe('rejected');
  });

  it.each([
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a thrown string', 'boom'],
    [
      'a Kafka error that will not heal',
      withProps('Message too large', { name: 'KafkaJSProtocolError', retriable: false }),
    ],
  ])('retries %s a bounded number of times', (_, error) => {
    expect(classifyFailure(error).kind).toBe('unknown');
  });

  it('keeps a rejection reason and its field errors', () => {
    const failure = classifyFailure(new ArticleRejectedError('bad title', [{ path: 'title', message: 'too long' }]));
    expect(failure).toEqual({
      kind: 'rejected',
      reason: 'bad title',
      errors: [{ path: 'title', message: 'too long' }],
    });
  });
});
