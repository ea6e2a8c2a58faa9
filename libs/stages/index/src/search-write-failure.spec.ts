import { ArticleRejectedError, DependencyUnavailableError } from '@newsflow/contracts';

import { searchWriteFailure } from './search-write-failure';

describe('searchWriteFailure', () => {
  it('dead-letters a refused document with Elasticsearch’s reason', () => {
    const failure = searchWriteFailure({ outcome: 'rejected', reason: 'mapper_parsing_exception: bad date' });
    expect(failure?.reason).toBeInstanceOf(ArticleRejectedError);
    expect((failure?.reason as Error).message).toBe('Elasticsearch refused it: mapper_parsing_exception: bad date');
  });

  it('retries back-pressure or an outage', () => {
    expect(searchWriteFailure({ outcome: 'transient' })?.reason).toBeInstanceOf(DependencyUnavailableError);
  });

  it('is no failure for a write that was taken or was stale', () => {
    expect(searchWriteFailure({ outcome: 'written' })).toBeNull();
    expect(searchWriteFailure({ outcome: 'stale' })).toBeNull();
  });
});
