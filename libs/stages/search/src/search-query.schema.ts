import { z } from 'zod';

const MAX_RESULT_WINDOW = 10_000;

/** Query parameters of GET /v1/search, checked before anything reaches Elasticsearch. */
export const SearchQuerySchema = z
  .object({
    q: z.string().max(500).optional(),
    lang: z
      .string()
      .regex(/^([a-z]{2}|und)$/, 'must be an ISO 639-1 code such as "uk"')
      .optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "KZ"')
      .transform((code) => code.toUpperCase())
      .optional(),
    topic: z
      .string()
      .regex(/^medtop:\d{8}$/, 'must be an IPTC media topic such as "medtop:11000000"')
      .optional(),
    person: z.string().min(1).max(200).optional(),
    organisation: z.string().min(1).max(200).optional(),
    page: z.coerce.number().int().min(1).default(1),
    size: z.coerce.number().int().min(1).max(100).default(10),
    collapse: z.enum(['story', 'none']).default('none'),
  })
  .strict()
  .refine((query) => query.page * query.size <= MAX_RESULT_WINDOW, {
    path: ['page'],
    message: `page × size must not exceed ${MAX_RESULT_WINDOW}`,
  });

export type SearchQuery = z.infer<typeof SearchQuerySchema>;
