import { z } from 'zod';

/** Field types that several events share, so that one rule (a confidence, a language code) has one definition. */
export const Confidence = z.number().min(0).max(1);
export const LanguageCode = z.string().regex(/^([a-z]{2}|und)$/);
export const CountryCode = z.string().regex(/^[A-Z]{2}$/);
