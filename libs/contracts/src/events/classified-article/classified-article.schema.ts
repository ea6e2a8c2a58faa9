import { z } from 'zod';

import { NormalisedArticleSchema } from '../normalised-article/normalised-article.schema';

const Confidence = z.number().min(0).max(1);

export const SubjectLabelSchema = z.object({
  code: z.string().regex(/^medtop:\d{8}$/),
  name: z.string(),
  confidence: Confidence,
  evidence: z.array(z.string()),
  parent: z.string().optional(),
});

export const PlaceMentionSchema = z.object({
  code: z.string().min(2),
  kind: z.enum(['country', 'region', 'city']),
  name: z.string(),
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  confidence: Confidence,
  evidence: z.array(z.string()),
});

export const PersonMentionSchema = z.object({
  name: z.string().min(1),
  translit: z.string(),
  role: z.string().nullable(),
  mentions: z.number().int().min(1),
  confidence: Confidence,
});

export const OrganisationMentionSchema = z.object({
  name: z.string().min(1),
  abbreviation: z.string().nullable(),
  translit: z.string(),
  mentions: z.number().int().min(1),
  confidence: Confidence,
});

export const ClassificationSchema = z
  .object({
    subjects: z.array(SubjectLabelSchema),
    places: z.array(PlaceMentionSchema),
    people: z.array(PersonMentionSchema),
    organisations: z.array(OrganisationMentionSchema),
    keywords: z.array(z.string()),
    storyId: z.string().min(1),
  })
  .strict();

/** A normalised article with what it is about; this is what the indexer stores. */
export const ClassifiedArticleSchema = NormalisedArticleSchema.extend({
  classification: ClassificationSchema,
}).strict();

export type Classification = z.infer<typeof ClassificationSchema>;
export type ClassifiedArticle = z.infer<typeof ClassifiedArticleSchema>;
