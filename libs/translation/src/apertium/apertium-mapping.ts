import { z } from 'zod';

import { apertiumCode } from '../language-pairs';
import { serbianLatin } from '../serbian-latin';

const TranslateReply = z.object({
  responseData: z.object({ translatedText: z.string() }),
  responseStatus: z.literal(200),
});
const PairsReply = z.object({
  responseData: z.array(z.object({ sourceLanguage: z.string(), targetLanguage: z.string() })),
});
const ErrorReply = z.object({ status: z.literal('error'), code: z.number(), explanation: z.string().optional() });

export function apertiumPair(source: string, target: string): string | undefined {
  const from = apertiumCode(source);
  const to = apertiumCode(target);
  return from && to && from !== to ? `${from}|${to}` : undefined;
}

/** APY's form body for one text; unknown words come back as they are rather than marked with `*`. */
export function apertiumTranslateForm(pair: string, source: string, text: string): URLSearchParams {
  // The hbs→eng pair analyses Latin script only.
  const q = pair.startsWith('hbs|') && source === 'sr' ? serbianLatin(text) : text;
  return new URLSearchParams({ langpair: pair, q, markUnknown: 'no' });
}

export type ApertiumTranslation = { kind: 'text'; text: string } | { kind: 'pair-failed' | 'error'; detail: string };

/**
 * APY answers a pair whose pipeline crashed with 503 "internal error" (Debian 12's ukr→rus tagger
 * does so for every text): that pair is broken, not the service.
 */
export function readApertiumTranslation(status: number, body: unknown): ApertiumTranslation {
  const ok = TranslateReply.safeParse(body);
  if (status === 200 && ok.success) return { kind: 'text', text: ok.data.responseData.translatedText };
  const error = ErrorReply.safeParse(body);
  const detail = `HTTP ${status}${error.success && error.data.explanation ? `: ${error.data.explanation}` : ''}`;
  const pairFailed = status === 503 && error.success && error.data.explanation === 'internal error';
  return { kind: pairFailed ? 'pair-failed' : 'error', detail };
}

export function readApertiumPairs(body: unknown): Set<string> {
  const reply = PairsReply.parse(body);
  return new Set(reply.responseData.map((pair) => `${pair.sourceLanguage}|${pair.targetLanguage}`));
}
