import { z } from 'zod';

/**
 * An editor's kill of an article by its id (`DELETE /v1/articles/:id`). The indexer turns it into
 * a newer version of the stored article, marked withdrawn; its version is the broker's log-append
 * time of this event, the same clock that versions submissions.
 */
export const ArticleWithdrawalSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{32}$/),
    requestedAt: z.iso.datetime({ offset: true }),
  })
  .strict();

export type ArticleWithdrawal = z.infer<typeof ArticleWithdrawalSchema>;
