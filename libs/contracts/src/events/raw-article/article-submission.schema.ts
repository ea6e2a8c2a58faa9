import { z } from 'zod';

/** Size limits protect every later stage; the HTTP body limit is checked before this schema. */
export const SubmissionLimits = {
  sourceLength: 200,
  urlLength: 2048,
  guidLength: 1024,
  titleLength: 1000,
  bodyLength: 2_000_000,
} as const;

const nonBlank = (max: number) =>
  z
    .string()
    .max(max)
    .refine((value) => value.trim().length > 0, { message: 'must not be blank' });

/**
 * What a newsroom system sends, over HTTP or straight onto the raw topic. Unknown fields are
 * rejected so that a typo in a field name is reported instead of silently dropping content.
 */
export const ArticleSubmissionSchema = z
  .object({
    source: nonBlank(SubmissionLimits.sourceLength),
    url: z
      .url({ protocol: /^https?$/ })
      .max(SubmissionLimits.urlLength)
      .optional(),
    guid: nonBlank(SubmissionLimits.guidLength).optional(),
    title: z.string().max(SubmissionLimits.titleLength).optional(),
    text: z.string().max(SubmissionLimits.bodyLength).optional(),
    html: z.string().max(SubmissionLimits.bodyLength).optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "uk"')
      .optional(),
    publishedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .superRefine((submission, ctx) => {
    const hasBody = [submission.text, submission.html].some((body) => body !== undefined && body.trim() !== '');
    if (!hasBody) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'text or html is required and must not be blank' });
    }
  });

export type ArticleSubmission = z.infer<typeof ArticleSubmissionSchema>;
