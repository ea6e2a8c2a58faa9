import { decodeEvent } from '../decode-event';
import { ArticleContracts } from '../event-contract';

// JSON escapes keep these bytes valid UTF-8: only the decoded strings hold NUL or lone surrogates.
const rawMessage = (json: string) => ({ value: Buffer.from(json, 'utf8'), headers: {} });

describe('the consumer gate applies the same input policy to messages that bypass ingest', () => {
  it('strips NUL and replaces lone surrogates in a raw-topic submission', () => {
    const decoded = decodeEvent(
      ArticleContracts.rawArticle,
      rawMessage('{"source":"wire","title":"A\\u0000B\\ud800","text":"Body\\u0000 \\udc00text."}'),
    );
    expect(decoded).toEqual({
      ok: true,
      envelope: null,
      payload: { source: 'wire', title: 'AB\ufffd', text: 'Body \ufffdtext.' },
    });
  });

  it('refuses a year-0000 publishedAt with its field path', () => {
    const decoded = decodeEvent(
      ArticleContracts.rawArticle,
      rawMessage('{"source":"wire","text":"Body.","publishedAt":"0000-01-01T00:00:00Z"}'),
    );
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.errors).toEqual([{ path: 'publishedAt', message: expect.stringContaining('1900') }]);
  });
});
