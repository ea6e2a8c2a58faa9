import { z } from 'zod';

/**
 * The part of IPTC ninjs 2.1 that newsflow emits, as strict as the standard itself: ninjs 2.x
 * forbids unknown properties everywhere, so these objects are strict too. Tests validate every
 * rendered article against it.
 */
const text = z.string();
const uri = z.url();
const dateTime = z.iso.datetime({ offset: true });
const typedText = z.object({ role: text.optional(), contenttype: text.optional(), value: text }).strict();
const concept = { name: text.optional(), rel: text.optional(), uri: uri.optional(), literal: text.optional() };

export const NinjsSchema = z
  .object({
    uri,
    type: z.enum(['text', 'audio', 'video', 'picture', 'graphic', 'composite', 'component']).optional(),
    representationtype: z.enum(['full', 'partial']).optional(),
    version: text.optional(),
    versioncreated: dateTime.optional(),
    contentcreated: dateTime.optional(),
    pubstatus: z.enum(['usable', 'withheld', 'canceled']).optional(),
    embargoed: dateTime.optional(),
    language: text.optional(),
    by: text.optional(),
    headlines: z.array(typedText).optional(),
    bodies: z
      .array(typedText.extend({ charcount: z.number().optional(), wordcount: z.number().optional() }).strict())
      .optional(),
    subjects: z
      .array(
        z
          .object({
            ...concept,
            creator: text.optional(),
            relevance: z.number().int().min(0).max(100).optional(),
            confidence: z.number().int().min(0).max(100).optional(),
          })
          .strict(),
      )
      .optional(),
    places: z.array(z.object(concept).strict()).optional(),
    people: z.array(z.object(concept).strict()).optional(),
    organisations: z.array(z.object(concept).strict()).optional(),
    infosources: z
      .array(
        z
          .object({ name: text.optional(), role: text.optional(), uri: uri.optional(), literal: text.optional() })
          .strict(),
      )
      .optional(),
    altids: z.array(z.object({ role: text.optional(), value: text.optional() }).strict()).optional(),
  })
  .strict();

export type Ninjs = z.infer<typeof NinjsSchema>;
