import { z } from 'zod';

import { saneDateTime, storable } from '../../input-policy';
import { embargoDateTime, PubStatusSchema } from './publication.schema';
import { SenderConceptsSchema } from './sender-concepts.schema';

/** Size limits protect every later stage; the HTTP body limit is checked before this schema. */
export const SubmissionLimits = {
  sourceLength: 200,
  urlLength: 2048,
  guidLength: 1024,
  titleLength: 1000,
  bodyLength: 2_000_000,
} as const;

const nonBlank = (max: number) =>
  storable(
    z
      .string()
      .max(max)
      .refine((value) => value.trim().length > 0, { message: 'must not be blank' }),
  );

/**
 * What a newsroom system sends, over HTTP or straight onto the raw topic. Unknown fields are
 * rejected so that a typo in a field name is reported instead of silently dropping content.
 * Every string passes the storable-text policy and the date must be plausible, so whatever this
 * accepts PostgreSQL and Elasticsearch can store.
 */
export const ArticleSubmissionSchema = z
  .object({
    source: nonBlank(SubmissionLimits.sourceLength),
    url: storable(z.url({ protocol: /^https?$/ }).max(SubmissionLimits.urlLength)).optional(),
    guid: nonBlank(SubmissionLimits.guidLength).optional(),
    title: storable(z.string().max(SubmissionLimits.titleLength)).optional(),
    text: storable(z.string().max(SubmissionLimits.bodyLength)).optional(),
    html: storable(z.string().max(SubmissionLimits.bodyLength)).optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "uk"')
      .optional(),
    publishedAt: saneDateTime().optional(),
    /** The sender's own subject and place tags (ninjs, NewsML-G2, feed categories). */
    subjects: SenderConceptsSchema.optional(),
    places: SenderConceptsSchema.optional(),
    /** 'withdrawn' kills the article: a newer version that takes it out of search and keeps it as history. */
    pubStatus: PubStatusSchema.optional(),
    /** Stored at once, searchable only from this instant on. */
    embargoedUntil: embargoDateTime().optional(),
  })
  .strict()
  .superRefine((submission, ctx) => {
    const hasBody = [submission.text, submission.html].some((body) => body !== undefined && body.trim() !== '');
    if (!hasBody) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'text or html is required and must not be blank' });
    }
  });

export type ArticleSubmission = z.infer<typeof ArticleSubmissionSchema>;
