import { z } from 'zod';

const Reply = z.object({
  translations: z.array(z.object({ text: z.string(), detected_source_language: z.string().optional() })),
});

/** DeepL's target codes are upper case; English needs a variant as a target. */
export function deeplTarget(target: string): string {
  return target === 'en' ? 'EN-GB' : target.toUpperCase();
}

/** POST /v2/translate body (JSON): one `text` entry per paragraph, answered in the same order. */
export function deeplBody(source: string, target: string, texts: string[]) {
  return {
    text: texts,
    source_lang: source.toUpperCase(),
    target_lang: deeplTarget(target),
    split_sentences: 'nonewlines',
  };
}

export function readDeeplReply(body: unknown): string[] | null {
  const reply = Reply.safeParse(body);
  return reply.success ? reply.data.translations.map((translation) => translation.text) : null;
}

/** GET /v2/languages?type=source|target: `[{language: "UK", name: "Ukrainian"}]`. */
export function readDeeplLanguages(body: unknown): Set<string> {
  return new Set(
    z
      .array(z.object({ language: z.string() }))
      .parse(body)
      .map((l) => l.language.toLowerCase().slice(0, 2)),
  );
}
