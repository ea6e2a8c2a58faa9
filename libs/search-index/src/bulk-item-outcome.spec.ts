import type { estypes } from '@elastic/elasticsearch';

import { bulkItemOutcome } from './bulk-item-outcome';

const item = (status: number, type?: string): estypes.BulkResponseItem => ({
  _index: 'newsflow-articles-v1',
  status,
  ...(type ? { error: { type, reason: `${type} happened` } } : {}),
});

describe('bulkItemOutcome', () => {
  it('reports an accepted document as written', () => {
    expect(bulkItemOutcome('a', item(201))).toEqual({ id: 'a', outcome: 'written' });
  });

  it('reports an equal or newer indexed version as stale', () => {
    expect(bulkItemOutcome('a', item(409, 'version_conflict_engine_exception')).outcome).toBe('stale');
  });

  it.each(['mapper_parsing_exception', 'document_parsing_exception', 'illegal_argument_exception'])(
    'reports %s as rejected, with the reason',
    (type) => {
      expect(bulkItemOutcome('a', item(400, type))).toEqual({
        id: 'a',
        outcome: 'rejected',
        reason: `${type}: ${type} happened`,
      });
    },
  );

  it.each([
    [429, 'es_rejected_execution_exception'],
    [503, 'unavailable_shards_exception'],
    [500, 'es_rejected_execution_exception'],
    [500, 'node_not_connected_exception'],
  ])('reports %s %s as transient', (status, type) => {
    expect(bulkItemOutcome('a', item(status, type)).outcome).toBe('transient');
  });
});
