import { Logger } from '@nestjs/common';

import { httpCall } from '../http-call';
import type { TranslationAnswer, TranslationProvider, TranslationRequest } from '../provider';
import { refusalOrOutage } from '../refusal-or-outage';
import { TranslationProviderUnavailableError, TranslationRefusedError } from '../translation-errors';
import { apertiumPair, apertiumTranslateForm, readApertiumPairs, readApertiumTranslation } from './apertium-mapping';

export interface ApertiumOptions {
  url: string;
  timeoutMs: number;
  /** How long a pair that crashed is left alone before it is tried again. */
  brokenPairPauseMs: number;
}

/** Apertium APY (`/listPairs`, `/translate`), the local rule-based engine. */
export class ApertiumProvider implements TranslationProvider {
  readonly name = 'apertium' as const;
  private readonly logger = new Logger(ApertiumProvider.name);
  private pairs: Promise<Set<string>> | null = null;
  private readonly brokenUntil = new Map<string, number>();

  constructor(private readonly options: ApertiumOptions) {}

  async supports(source: string, target: string): Promise<boolean> {
    const pair = apertiumPair(source, target);
    if (!pair || (this.brokenUntil.get(pair) ?? 0) > Date.now()) return false;
    return (await this.installedPairs()).has(pair);
  }

  async translate(request: TranslationRequest): Promise<TranslationAnswer> {
    const pair = apertiumPair(request.source, request.target);
    if (!pair) throw new TranslationRefusedError(this.name, `${request.source}|${request.target}`, 'no such pair');
    const texts: string[] = [];
    for (const text of request.texts)
      texts.push(text.trim() === '' ? text : await this.translateOne(pair, request.source, text));
    return { provider: this.name, pair, texts };
  }

  private async translateOne(pair: string, source: string, text: string): Promise<string> {
    const reply = await httpCall(
      this.name,
      `${this.options.url}/translate`,
      { method: 'POST', body: apertiumTranslateForm(pair, source, text) },
      this.options.timeoutMs,
    );
    const answer = readApertiumTranslation(reply.status, reply.body);
    if (answer.kind === 'text') return answer.text;
    if (answer.kind === 'pair-failed') {
      this.brokenUntil.set(pair, Date.now() + this.options.brokenPairPauseMs);
      this.logger.warn(
        { pair, detail: answer.detail, pauseMs: this.options.brokenPairPauseMs },
        `apertium pair ${pair} fails inside APY (see its log); treated as unavailable for a while`,
      );
      throw new TranslationRefusedError(this.name, pair, `the pair's pipeline failed (${answer.detail})`);
    }
    return refusalOrOutage(this.name, pair, reply);
  }

  private installedPairs(): Promise<Set<string>> {
    this.pairs ??= httpCall(this.name, `${this.options.url}/listPairs`, { method: 'GET' }, this.options.timeoutMs)
      .then((reply) => {
        if (reply.status !== 200)
          throw new TranslationProviderUnavailableError(this.name, `listPairs: HTTP ${reply.status}`);
        return readApertiumPairs(reply.body);
      })
      .catch((error: unknown) => {
        this.pairs = null;
        throw error;
      });
    return this.pairs;
  }
}
