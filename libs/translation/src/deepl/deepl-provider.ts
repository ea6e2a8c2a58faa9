import { httpCall } from '../http-call';
import type { TranslationAnswer, TranslationProvider, TranslationRequest } from '../provider';
import { refusalOrOutage } from '../refusal-or-outage';
import { TranslationRefusedError } from '../translation-errors';
import { deeplBody, readDeeplLanguages, readDeeplReply } from './deepl-mapping';

export interface DeeplOptions {
  /** https://api-free.deepl.com or https://api.deepl.com */
  url: string;
  apiKey: string;
  timeoutMs: number;
}

/** DeepL API v2 (https://developers.deepl.com/docs/api-reference/translate). */
export class DeeplProvider implements TranslationProvider {
  readonly name = 'deepl' as const;
  private languages: Promise<{ source: Set<string>; target: Set<string> }> | null = null;

  constructor(private readonly options: DeeplOptions) {}

  async supports(source: string, target: string): Promise<boolean> {
    this.languages ??= Promise.all([this.languageList('source'), this.languageList('target')]).then(
      ([sources, targets]) => ({ source: sources, target: targets }),
    );
    const known = await this.languages.catch((error: unknown) => ((this.languages = null), Promise.reject(error)));
    return known.source.has(source) && known.target.has(target);
  }

  async translate(request: TranslationRequest): Promise<TranslationAnswer> {
    const pair = `${request.source}|${request.target}`;
    const reply = await httpCall(
      this.name,
      `${this.options.url}/v2/translate`,
      {
        method: 'POST',
        headers: this.headers(),
        body: JSON.stringify(deeplBody(request.source, request.target, request.texts)),
      },
      this.options.timeoutMs,
    );
    if (reply.status !== 200) return refusalOrOutage(this.name, pair, reply);
    const texts = readDeeplReply(reply.body);
    if (!texts) throw new TranslationRefusedError(this.name, pair, 'the answer has no translations list');
    return { provider: this.name, pair, texts };
  }

  private async languageList(type: 'source' | 'target'): Promise<Set<string>> {
    const reply = await httpCall(
      this.name,
      `${this.options.url}/v2/languages?type=${type}`,
      { method: 'GET', headers: this.headers() },
      this.options.timeoutMs,
    );
    return reply.status === 200 ? readDeeplLanguages(reply.body) : refusalOrOutage(this.name, 'languages', reply);
  }

  private headers(): Record<string, string> {
    return { authorization: `DeepL-Auth-Key ${this.options.apiKey}`, 'content-type': 'application/json' };
  }
}
