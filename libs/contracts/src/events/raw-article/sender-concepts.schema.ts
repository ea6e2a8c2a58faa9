import { z } from 'zod';

import { storable } from '../../input-policy';

export const SenderConceptLimits = { perArticle: 100, nameLength: 200, codeLength: 200, uriLength: 2048 } as const;

/**
 * A subject or place as the sender tagged it (an IPTC qcode, a URI, a feed category). Kept as the
 * sender gave it and always shown as the sender's, beside what newsflow finds itself.
 */
export const SenderConceptSchema = z
  .object({
    name: storable(z.string().max(SenderConceptLimits.nameLength)).optional(),
    code: storable(z.string().max(SenderConceptLimits.codeLength)).optional(),
    uri: storable(z.string().max(SenderConceptLimits.uriLength)).optional(),
  })
  .strict()
  .refine((concept) => [concept.name, concept.code, concept.uri].some((value) => value && value.trim() !== ''), {
    message: 'needs a name, code or uri',
  });

export const SenderConceptsSchema = z.array(SenderConceptSchema).max(SenderConceptLimits.perArticle);

export type SenderConcept = z.infer<typeof SenderConceptSchema>;
