import { z } from 'zod';

const MAX_RESULT_WINDOW = 10_000;

const ArticleDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  message: 'must be an ISO date such as "2026-11-30" or a date-time with offset',
});

export const LocaleSchema = z.enum(['en', 'uk']).default('en');

/** Filters shared by the search and by its live updates. */
const filterFields = {
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
  source: z.string().min(1).max(200).optional(),
  // A story is named after the first article that started it.
  story: z
    .string()
    .regex(/^[0-9a-f]{32}$/, 'must be a 32-character story id')
    .optional(),
  from: ArticleDate.optional(),
  to: ArticleDate.optional(),
};

const fromNotAfterTo = (query: { from?: string; to?: string }) =>
  !query.from || !query.to || query.from.slice(0, 10) <= query.to.slice(0, 10);
const dateOrder = { path: ['to'], message: 'must not be before "from"' };

/** Query parameters of GET /v1/search, checked before anything reaches Elasticsearch. */
export const SearchQuerySchema = z
  .object({
    ...filterFields,
    page: z.coerce.number().int().min(1).default(1),
    size: z.coerce.number().int().min(1).max(100).default(10),
    collapse: z.enum(['story', 'none']).default('none'),
    sort: z.enum(['newest', 'relevance']).optional(),
    locale: LocaleSchema,
  })
  .strict()
  .refine((query) => query.page * query.size <= MAX_RESULT_WINDOW, {
    path: ['page'],
    message: `page × size must not exceed ${MAX_RESULT_WINDOW}`,
  })
  .refine(fromNotAfterTo, dateOrder);

export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** Query parameters of GET /v1/search/updates: the search's filters and the cursor of the last answer. */
export const ArrivalsQuerySchema = z
  .object({
    ...filterFields,
    since: z.iso.datetime({ offset: true, message: 'must be the cursor of the previous answer' }).optional(),
  })
  .strict()
  .refine(fromNotAfterTo, dateOrder);

export type ArrivalsQuery = z.infer<typeof ArrivalsQuerySchema>;
