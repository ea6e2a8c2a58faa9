import { jsonFeed, rss } from '@newsflow/wire-formats/testing';

import { polledFeedDocument } from './feed-document';

describe('polledFeedDocument', () => {
  it('reads a body as XML whatever the server labelled it, keeping the charset of the header', () => {
    const document = polledFeedDocument(Buffer.from(rss('t', 1)), 'text/html; charset=windows-1251', 'partner');
    expect(document).toMatchObject({ format: 'feed', mediaType: 'application/rss+xml', charset: 'windows-1251' });
    expect(document.source).toBe('partner');
  });

  it('tells a JSON Feed by its body, a BOM before it or not', () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(jsonFeed('t')))]);
    expect(polledFeedDocument(body, 'application/octet-stream', 'partner').mediaType).toBe('application/feed+json');
  });

  it('leaves the charset to the XML declaration when the header names none', () => {
    expect(polledFeedDocument(Buffer.from(rss('t', 1)), null, 'partner').charset).toBeNull();
  });
});
