import { z } from 'zod';

const Reply = z.object({ translatedText: z.array(z.string()) });
const Languages = z.array(z.object({ code: z.string(), targets: z.array(z.string()).optional() }));

/** POST /translate body (LibreTranslate API): `q` as an array translates every paragraph in one call. */
export function libreTranslateBody(source: string, target: string, texts: string[], apiKey?: string) {
  return { q: texts, source, target, format: 'text', ...(apiKey ? { api_key: apiKey } : {}) };
}

export function readLibreTranslateReply(body: unknown): string[] | null {
  const reply = Reply.safeParse(body);
  return reply.success ? reply.data.translatedText : null;
}

/** GET /languages: each language with the targets it translates into. */
export function readLibreTranslatePairs(body: unknown): Set<string> {
  const pairs = new Set<string>();
  for (const language of Languages.parse(body))
    for (const target of language.targets ?? []) pairs.add(`${language.code}|${target}`);
  return pairs;
}
