import fc from 'fast-check';

import { isSaneInstant } from '../../input-policy';
import { isStorableString } from '../../testing/storable';
import { ArticleSubmissionSchema, SubmissionLimits } from './article-submission.schema';

describe('ArticleSubmissionSchema', () => {
  it('accepts a minimal text submission', () => {
    expect(ArticleSubmissionSchema.safeParse({ source: 'cms', text: 'Hello' }).success).toBe(true);
  });

  it.each([
    [{ source: 'cms' }, 'text'],
    [{ source: 'cms', text: '   ', html: '' }, 'text'],
    [{ source: ' ', text: 'x' }, 'source'],
    [{ source: 'cms', text: 'x', url: 'ftp://example.com/a' }, 'url'],
    [{ source: 'cms', text: 'x', language: 'ukr' }, 'language'],
    [{ source: 'cms', text: 'x', publishedAt: '2024-13-01' }, 'publishedAt'],
    [{ source: 'cms', text: 'x'.repeat(SubmissionLimits.bodyLength + 1) }, 'text'],
  ])('rejects %j at %s', (submission, path) => {
    const result = ArticleSubmissionSchema.safeParse(submission);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('ArticleSubmissionSchema input policy', () => {
  const anyCodeUnits = fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    maxLength: 300,
  });
  const hostile = fc.oneof(anyCodeUnits, fc.string({ unit: 'binary', maxLength: 300 }));

  it('whatever it accepts holds only storable strings and a plausible date', () => {
    const submission = fc.record(
      {
        source: hostile,
        guid: hostile,
        title: hostile,
        text: hostile,
        html: hostile,
        url: fc.oneof(
          fc.webUrl(),
          hostile.map((value) => `https://example.com/${value}`),
        ),
        publishedAt: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      },
      { requiredKeys: ['source'] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(submission, (candidate) => {
        const parsed = ArticleSubmissionSchema.safeParse(candidate);
        if (!parsed.success) return;
        accepted += 1;
        for (const value of Object.values(parsed.data))
          expect(typeof value === 'string' && isStorableString(value)).toBe(true);
        if (parsed.data.publishedAt) expect(isSaneInstant(Date.parse(parsed.data.publishedAt))).toBe(true);
      }),
      { numRuns: 1000 },
    );
    // The property says nothing if hardly anything passes: a good share of generated submissions must be accepted.
    expect(accepted).toBeGreaterThan(100);
  });

  it('strips NUL and replaces lone surrogates rather than refusing the article', () => {
    const parsed = ArticleSubmissionSchema.parse({
      source: 'cms\u0000',
      title: 'T\ud800',
      text: 'Body\u0000 text\udc00.',
    });
    expect(parsed).toEqual({ source: 'cms', title: 'T\ufffd', text: 'Body text\ufffd.' });
  });

  it.each([
    [{ source: '\u0000\u0001', text: 'x' }, 'source'],
    [{ source: 'cms', text: '\u0000\u0000 ' }, 'text'],
    [{ source: 'cms', text: 'x', publishedAt: '0000-01-01T00:00:00Z' }, 'publishedAt'],
    [{ source: 'cms', text: 'x', publishedAt: '1899-12-31T23:59:59Z' }, 'publishedAt'],
    [{ source: 'cms', text: 'x', publishedAt: '2999-01-01T00:00:00Z' }, 'publishedAt'],
  ])('refuses %j at %s', (submission, path) => {
    const result = ArticleSubmissionSchema.safeParse(submission);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([path]);
  });

  it('reports a value that is no date-time once', () => {
    const result = ArticleSubmissionSchema.safeParse({ source: 'cms', text: 'x', publishedAt: 'yesterday' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['publishedAt', 'Invalid ISO datetime'],
    ]);
  });

  it('accepts a date from 1900 up to one day ahead', () => {
    const tomorrow = new Date(Date.now() + 23 * 60 * 60 * 1000).toISOString();
    for (const publishedAt of ['1900-01-01T00:00:00Z', tomorrow]) {
      expect(ArticleSubmissionSchema.safeParse({ source: 'cms', text: 'x', publishedAt }).success).toBe(true);
    }
  });
});
