import { everyVersion, latestRevisions } from './latest-revisions';

const revision = (id: string, version: number, classifier?: number) => ({
  id,
  version,
  classification: classifier === undefined ? {} : { revision: classifier },
});

describe('latestRevisions', () => {
  it('keeps the newest revision of each article, the first of equal versions', () => {
    const first = revision('a', 2);
    const articles = [revision('a', 1), first, revision('b', 5), revision('a', 2)];
    const latest = latestRevisions(articles);
    expect([...latest.keys()]).toEqual(['a', 'b']);
    expect(latest.get('a')).toBe(first);
    expect(latest.get('b')).toEqual(revision('b', 5));
  });

  it('of one version, keeps the later classifier revision; a newer version beats any revision', () => {
    const reclassified = revision('a', 2, 2);
    expect(latestRevisions([revision('a', 2), reclassified, revision('a', 2, 1)]).get('a')).toBe(reclassified);
    const newer = revision('a', 3, 1);
    expect(latestRevisions([reclassified, newer]).get('a')).toBe(newer);
  });
});

describe('everyVersion', () => {
  it('keeps each version of an article once, at its newest classifier revision', () => {
    const reclassified = revision('a', 2, 2);
    const versions = everyVersion([
      revision('a', 1),
      revision('a', 2, 1),
      reclassified,
      revision('b', 1),
      revision('a', 1),
    ]);
    expect(versions).toEqual([revision('a', 1), reclassified, revision('b', 1)]);
  });
});
