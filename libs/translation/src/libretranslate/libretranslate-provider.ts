import { httpCall } from '../http-call';
import type { TranslationAnswer, TranslationProvider, TranslationRequest } from '../provider';
import { refusalOrOutage } from '../refusal-or-outage';
import { TranslationRefusedError } from '../translation-errors';
import { libreTranslateBody, readLibreTranslatePairs, readLibreTranslateReply } from './libretranslate-mapping';

export interface LibreTranslateOptions {
  url: string;
  apiKey?: string;
  timeoutMs: number;
}

/** A LibreTranslate server (https://libretranslate.com/docs): `/languages`, `/translate`. */
export class LibreTranslateProvider implements TranslationProvider {
  readonly name = 'libretranslate' as const;
  private pairs: Promise<Set<string>> | null = null;

  constructor(private readonly options: LibreTranslateOptions) {}

  async supports(source: string, target: string): Promise<boolean> {
    this.pairs ??= httpCall(this.name, `${this.options.url}/languages`, { method: 'GET' }, this.options.timeoutMs).then(
      (reply) =>
        reply.status === 200 ? readLibreTranslatePairs(reply.body) : refusalOrOutage(this.name, 'languages', reply),
    );
    return (await this.pairs.catch((error: unknown) => ((this.pairs = null), Promise.reject(error)))).has(
      `${source}|${target}`,
    );
  }

  async translate(request: TranslationRequest): Promise<TranslationAnswer> {
    const pair = `${request.source}|${request.target}`;
    const reply = await httpCall(
      this.name,
      `${this.options.url}/translate`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(libreTranslateBody(request.source, request.target, request.texts, this.options.apiKey)),
      },
      this.options.timeoutMs,
    );
    if (reply.status !== 200) return refusalOrOutage(this.name, pair, reply);
    const texts = readLibreTranslateReply(reply.body);
    if (!texts) throw new TranslationRefusedError(this.name, pair, 'the answer has no translatedText list');
    return { provider: this.name, pair, texts };
  }
}
