import { z } from 'zod';

import { Confidence, CountryCode } from '../fields';
import { NormalisedArticleSchema } from '../normalised-article/normalised-article.schema';
import { ClassifierRevisionSchema } from './classifier-revision';

export const SubjectLabelSchema = z
  .object({
    code: z.string().regex(/^medtop:\d{8}$/),
    name: z.string(),
    confidence: Confidence,
    evidence: z.array(z.string()),
    parent: z.string().optional(),
  })
  .strict();

export const PlaceMentionSchema = z
  .object({
    code: z.string().min(2),
    kind: z.enum(['country', 'region', 'city']),
    name: z.string(),
    countryCode: CountryCode,
    confidence: Confidence,
    evidence: z.array(z.string()),
  })
  .strict();

export const PersonMentionSchema = z
  .object({
    name: z.string().min(1),
    translit: z.string(),
    role: z.string().nullable(),
    mentions: z.number().int().min(1),
    confidence: Confidence,
  })
  .strict();

/** News agencies are sources more than subjects; a consumer may facet or filter on the category. */
export const OrganisationCategorySchema = z.enum(['news-agency', 'government', 'international', 'company', 'other']);

export const OrganisationMentionSchema = z
  .object({
    name: z.string().min(1),
    abbreviation: z.string().nullable(),
    translit: z.string(),
    mentions: z.number().int().min(1),
    confidence: Confidence,
    /** Country the organisation belongs to when the text says so (a foreign ministry). */
    countryCode: CountryCode.optional(),
    /** Optional so that events written before the field existed still pass. */
    category: OrganisationCategorySchema.optional(),
  })
  .strict();

export const ClassificationSchema = z
  .object({
    subjects: z.array(SubjectLabelSchema),
    places: z.array(PlaceMentionSchema),
    people: z.array(PersonMentionSchema),
    organisations: z.array(OrganisationMentionSchema),
    keywords: z.array(z.string()),
    storyId: z.string().min(1),
    /** The classifier revision that produced this; absent in events written before revisions existed (1). */
    revision: ClassifierRevisionSchema.optional(),
  })
  .strict();

/** A normalised article with what it is about; this is what the indexer stores. */
export const ClassifiedArticleSchema = NormalisedArticleSchema.extend({
  classification: ClassificationSchema,
}).strict();

export type SubjectLabel = z.infer<typeof SubjectLabelSchema>;
export type PlaceMention = z.infer<typeof PlaceMentionSchema>;
export type PersonMention = z.infer<typeof PersonMentionSchema>;
export type OrganisationMention = z.infer<typeof OrganisationMentionSchema>;
export type OrganisationCategory = z.infer<typeof OrganisationCategorySchema>;
export type Classification = z.infer<typeof ClassificationSchema>;
export type ClassifiedArticle = z.infer<typeof ClassifiedArticleSchema>;
