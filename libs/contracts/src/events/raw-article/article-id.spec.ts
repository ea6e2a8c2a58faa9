import { articleIdFor, canonicalArticleUrl } from './article-id';

describe('canonicalArticleUrl', () => {
  it('drops tracking parameters, fragments, www, trailing slashes and orders the query', () => {
    expect(canonicalArticleUrl('https://WWW.Example.com/news/1/?utm_source=x&b=2&a=1#comments')).toBe(
      'https://example.com/news/1?a=1&b=2',
    );
  });
});

describe('articleIdFor', () => {
  it('gives the same id for the same source and guid whatever the content', () => {
    expect(articleIdFor({ source: 'wire', guid: 'g1', text: 'one' })).toBe(
      articleIdFor({ source: 'wire', guid: 'g1', text: 'two' }),
    );
  });

  it('gives the same id for URLs that differ only in tracking noise', () => {
    const a = articleIdFor({ source: 'site', url: 'https://example.com/a?utm_medium=rss', text: 'x' });
    const b = articleIdFor({ source: 'site', url: 'https://www.example.com/a/', text: 'y' });
    expect(a).toBe(b);
  });

  it('separates sources and falls back to content without guid or url', () => {
    expect(articleIdFor({ source: 'a', guid: 'g', text: 'x' })).not.toBe(
      articleIdFor({ source: 'b', guid: 'g', text: 'x' }),
    );
    expect(articleIdFor({ source: 'a', text: 'x' })).not.toBe(articleIdFor({ source: 'a', text: 'y' }));
    expect(articleIdFor({ source: 'a', text: 'x' })).toMatch(/^[0-9a-f]{32}$/);
  });
});
