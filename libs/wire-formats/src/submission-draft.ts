import type { ArticleSubmissionSchema, SenderConcept } from '@newsflow/contracts';
import type { z } from 'zod';

/** What a mapper makes of one article: the submission's shape, checked against the contract afterwards. */
export type SubmissionDraft = z.input<typeof ArticleSubmissionSchema>;

/** Drops absent values so that an optional field is missing rather than `undefined` or empty. */
export function draft(fields: { [K in keyof SubmissionDraft]?: SubmissionDraft[K] | null }): SubmissionDraft {
  const kept = Object.entries(fields).filter(
    ([, value]) =>
      value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0),
  );
  return Object.fromEntries(kept) as SubmissionDraft;
}

export function concept(name?: string | null, code?: string | null, uri?: string | null): SenderConcept | null {
  const found: SenderConcept = {};
  if (name?.trim()) found.name = name.trim();
  if (code?.trim()) found.code = code.trim();
  if (uri?.trim()) found.uri = uri.trim();
  return Object.keys(found).length > 0 ? found : null;
}

export const present = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;
