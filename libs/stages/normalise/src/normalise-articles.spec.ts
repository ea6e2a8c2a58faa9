import { ArticleRejectedError, NormalisedArticleSchema } from '@newsflow/contracts';

import type { NormaliseCommand } from './normalise';
import normaliseInWorker from './normalise.worker';
import { NormaliseArticles, type TextWork } from './normalise-articles';

/** The worker's task run in this thread: the budget itself is tested in budgeted-workers.spec.ts. */
const inThisThread: TextWork = {
  runAll: (commands) => Promise.allSettled(commands.map(async (command) => normaliseInWorker(command))),
};

const command = (submission: NormaliseCommand['submission'], sentAt: string | null = null): NormaliseCommand => ({
  submission,
  receivedAt: new Date('2024-06-01T12:00:00.000Z'),
  sentAt,
});

describe('NormaliseArticles', () => {
  const normalise = new NormaliseArticles(inThisThread);

  it('returns a contract-valid article versioned by the time newsflow received it', async () => {
    const [result] = await normalise.execute([
      command(
        {
          source: 'cms',
          guid: 'g',
          text: 'Уряд України ухвалив нову програму підтримки малого бізнесу.\n\nПрограма діятиме до кінця року.',
        },
        '2999-01-01T00:00:00.000Z',
      ),
    ]);
    if (result.status !== 'fulfilled') throw result.reason;
    expect(NormalisedArticleSchema.safeParse(result.value).success).toBe(true);
    expect(result.value.version).toBe(Date.parse('2024-06-01T12:00:00.000Z'));
    expect(result.value.sentAt).toBe('2999-01-01T00:00:00.000Z');
    expect(result.value.text.language.code).toBe('uk');
  });

  it('settles each article on its own: a page without text is rejected, the next one is normalised', async () => {
    const [empty, fine] = await normalise.execute([
      command({ source: 'cms', html: '<html><body><nav>Home</nav></body></html>' }),
      command({ source: 'feed', text: 'The harbour reopened on Monday after repairs.' }),
    ]);
    expect(empty).toMatchObject({ status: 'rejected', reason: expect.any(ArticleRejectedError) });
    expect(fine).toMatchObject({ status: 'fulfilled', value: { receivedAt: '2024-06-01T12:00:00.000Z' } });
  });
});
