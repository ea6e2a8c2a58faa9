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
