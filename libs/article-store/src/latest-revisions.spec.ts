import { latestRevisions } from './latest-revisions';

describe('latestRevisions', () => {
  it('keeps the newest revision of each article, the first of equal versions', () => {
    const first = { id: 'a', version: 2 };
    const articles = [{ id: 'a', version: 1 }, first, { id: 'b', version: 5 }, { id: 'a', version: 2 }];
    const latest = latestRevisions(articles);
    expect([...latest.keys()]).toEqual(['a', 'b']);
    expect(latest.get('a')).toBe(first);
    expect(latest.get('b')).toEqual({ id: 'b', version: 5 });
  });
});
