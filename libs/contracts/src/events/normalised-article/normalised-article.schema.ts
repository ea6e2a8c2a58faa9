import { z } from 'zod';

import { Confidence, LanguageCode } from '../fields';
import { PubStatusSchema } from '../raw-article/publication.schema';
import { SenderConceptsSchema } from '../raw-article/sender-concepts.schema';

export const LanguageGuessSchema = z.object({ code: LanguageCode, confidence: Confidence }).strict();

export const PassageSchema = z
  .object({ paragraph: z.number().int().min(0), language: LanguageCode, confidence: Confidence })
  .strict();

export const ArticleStatsSchema = z
  .object({
    characters: z.number().int().min(0),
    words: z.number().int().min(0),
    sentences: z.number().int().min(0),
    readingTimeMinutes: z.number().min(0),
  })
  .strict();

export const ExtractionMethodSchema = z.enum(['html', 'page-text', 'plain']);

/** What a page says about itself, beside its text. */
export const ArticleMetadataSchema = z
  .object({
    title: z.string().nullable(),
    byline: z.string().nullable(),
    publishedAt: z.string().nullable(),
    modifiedAt: z.string().nullable(),
    canonicalUrl: z.string().nullable(),
    leadImage: z.string().nullable(),
  })
  .strict();

export const CleanTextSchema = ArticleMetadataSchema.extend({
  /** The text, carried once: the body and the search forms are derived from it where they are needed. */
  paragraphs: z.array(z.string()),
  language: LanguageGuessSchema,
  passages: z.array(PassageSchema),
  stats: ArticleStatsSchema,
  extraction: z
    .object({
      method: ExtractionMethodSchema,
      confidence: Confidence,
      removed: z.record(z.string(), z.number().int().min(0)),
    })
    .strict(),
  flags: z.array(z.string()),
}).strict();

/**
 * An article after text extraction and language identification. `version` orders revisions of
 * the same article: writers never let a lower version overwrite a higher one.
 */
export const NormalisedArticleSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{32}$/),
    version: z.number().int().positive(),
    source: z.string().min(1),
    url: z.string().nullable(),
    guid: z.string().nullable(),
    receivedAt: z.iso.datetime({ offset: true }),
    /** When the sender says it sent the article (its `ce_time`): kept as data, never used to order revisions. */
    sentAt: z.iso.datetime({ offset: true }).nullable().optional(),
    publishedAt: z.iso.datetime({ offset: true }).nullable(),
    /** Absent means usable: events written before kills existed stay valid. */
    pubStatus: PubStatusSchema.optional(),
    /** Not searchable before this instant; absent or null means no embargo. */
    embargoedUntil: z.iso.datetime({ offset: true }).nullable().optional(),
    /** What the sender said about the article; its page text and HTML stay in PostgreSQL (article_sources). */
    original: z
      .object({
        title: z.string().nullable(),
        language: z.string().nullable(),
        /** The sender's own tags, present only when it gave some. */
        subjects: SenderConceptsSchema.optional(),
        places: SenderConceptsSchema.optional(),
      })
      .strict(),
    text: CleanTextSchema,
  })
  .strict();

export type NormalisedArticle = z.infer<typeof NormalisedArticleSchema>;
export type CleanText = z.infer<typeof CleanTextSchema>;
export type ArticleMetadata = z.infer<typeof ArticleMetadataSchema>;
export type LanguageGuess = z.infer<typeof LanguageGuessSchema>;
export type Passage = z.infer<typeof PassageSchema>;
export type ArticleStats = z.infer<typeof ArticleStatsSchema>;
export type ExtractionMethod = z.infer<typeof ExtractionMethodSchema>;
