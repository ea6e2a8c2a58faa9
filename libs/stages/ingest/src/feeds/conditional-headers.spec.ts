import { conditionalHeaders } from './conditional-headers';

describe('conditionalHeaders', () => {
  it('asks back the ETag and Last-Modified the feed sent', () => {
    expect(conditionalHeaders({ etag: '"v2"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' })).toEqual({
      'if-none-match': '"v2"',
      'if-modified-since': 'Tue, 01 Dec 2026 10:00:00 GMT',
    });
  });

  it('sends only the validators it has, and none on a first poll', () => {
    expect(conditionalHeaders({ etag: 'W/"a"', lastModified: null })).toEqual({ 'if-none-match': 'W/"a"' });
    expect(conditionalHeaders({ etag: null, lastModified: null })).toEqual({});
  });
});
