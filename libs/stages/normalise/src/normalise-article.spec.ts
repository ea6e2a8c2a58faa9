import { ArticleContracts, ArticleRejectedError, NormalisedArticleSchema } from '@newsflow/contracts';
import type { ConsumedEvent, EventPublisher } from '@newsflow/messaging';

import { NormaliseArticle } from './normalise-article';

type Submission = { source: string; guid?: string; text?: string; html?: string; publishedAt?: string };

function event(payload: Submission, ceTime?: string): ConsumedEvent<Submission> {
  return {
    payload,
    envelope: ceTime
      ? {
          ce_specversion: '1.0',
          ce_id: 'e-1',
          ce_type: ArticleContracts.rawArticle.type,
          ce_source: '/newsflow/ingest',
          ce_time: ceTime,
          'content-type': 'application/json',
          correlation_id: 'c-1',
        }
      : null,
    key: null,
    topic: ArticleContracts.rawArticle.topic,
    partition: 0,
    offset: '0',
    timestamp: Date.parse('2024-06-01T12:00:00Z'),
  };
}

describe('NormaliseArticle', () => {
  const published: { payload: unknown; correlationId?: string }[] = [];
  const publisher = {
    publish: async (_contract: unknown, outgoing: { payload: unknown; correlationId?: string }) =>
      void published.push(outgoing),
  } as unknown as EventPublisher;
  const normalise = new NormaliseArticle(publisher);

  beforeEach(() => (published.length = 0));

  it('publishes a contract-valid article versioned by the time it was received', async () => {
    const article = await normalise.execute(
      event(
        {
          source: 'cms',
          guid: 'g',
          text: 'Уряд України ухвалив нову програму підтримки малого бізнесу.\n\nПрограма діятиме до кінця року.',
        },
        '2024-06-01T10:00:00.000Z',
      ),
    );
    expect(NormalisedArticleSchema.safeParse(article).success).toBe(true);
    expect(article.version).toBe(Date.parse('2024-06-01T10:00:00.000Z'));
    expect(article.text.language.code).toBe('uk');
    expect(published).toEqual([expect.objectContaining({ payload: article, correlationId: 'c-1' })]);
  });

  it('falls back to the broker timestamp for a message published without an envelope', async () => {
    const article = await normalise.execute(
      event({ source: 'feed', text: 'The harbour reopened on Monday after repairs.' }),
    );
    expect(article.receivedAt).toBe('2024-06-01T12:00:00.000Z');
  });

  it('rejects a page with no article text so that it is dead-lettered, not retried', async () => {
    await expect(
      normalise.execute(event({ source: 'cms', html: '<html><body><nav>Home</nav></body></html>' })),
    ).rejects.toBeInstanceOf(ArticleRejectedError);
    expect(published).toEqual([]);
  });
});
