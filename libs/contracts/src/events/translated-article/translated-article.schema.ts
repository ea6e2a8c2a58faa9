import { z } from 'zod';

import { LanguageCode } from '../fields';

/** The source of a translation: which engine, for which language pair, as configured. */
export const TranslationProviderName = z.enum(['apertium', 'libretranslate', 'deepl']);

/**
 * One article's headline and body in one target language. `version` is the article version that
 * was translated: writers apply it only while that version is the stored one, so a translation of
 * an older revision never lands on a newer one. Paragraphs align one to one with the source's.
 */
export const TranslatedArticleSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{32}$/),
    version: z.number().int().positive(),
    sourceLanguage: LanguageCode,
    targetLanguage: LanguageCode,
    provider: TranslationProviderName,
    /** The provider's own name for the pair, e.g. `ukr|rus` for Apertium. */
    pair: z.string().min(1).max(64),
    title: z.string().max(2_000).nullable(),
    paragraphs: z.array(z.string().max(100_000)).max(2_000),
    /** SHA-256 of the source text, the translation cache's key together with the pair. */
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    translatedAt: z.iso.datetime({ offset: true }),
    /** Search terms of the translation, analysed in the target language as bodies are. */
    search: z.object({ stems: z.string(), translit: z.string() }).strict(),
  })
  .strict();

export type TranslatedArticle = z.infer<typeof TranslatedArticleSchema>;
export type TranslationProviderName = z.infer<typeof TranslationProviderName>;
