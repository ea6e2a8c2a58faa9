import { Logger } from '@nestjs/common';

import { answerProblem } from './answer-check';
import type { TranslationAnswer, TranslationProvider } from './provider';
import { TranslationProviderUnavailableError, TranslationRefusedError } from './translation-errors';

/**
 * Chooses a provider per language pair, in the configured fallback order, and checks each answer.
 * Returns null when no provider offers the pair or every one refused it (the article is complete
 * without that translation); throws TranslationProviderUnavailableError when a provider that
 * offers the pair is down and none other answered, so the article is translated later.
 */
export class TranslationRouter {
  private readonly logger = new Logger(TranslationRouter.name);

  constructor(
    private readonly providers: TranslationProvider[],
    /** `source|target` (ISO 639-1) or `*` → provider names in order of preference. */
    private readonly order: Record<string, string[]>,
  ) {}

  private candidates(source: string, target: string): TranslationProvider[] {
    const names = this.order[`${source}|${target}`] ?? this.order['*'] ?? this.providers.map((p) => p.name);
    return names.flatMap((name) => this.providers.filter((provider) => provider.name === name));
  }

  async translate(source: string, target: string, texts: string[]): Promise<TranslationAnswer | null> {
    let outage: TranslationProviderUnavailableError | null = null;
    for (const provider of this.candidates(source, target)) {
      try {
        if (!(await provider.supports(source, target))) continue;
        const answer = await provider.translate({ source, target, texts });
        const problem = answerProblem(texts, answer.texts);
        if (!problem) return answer;
        this.logger.warn({ provider: provider.name, pair: answer.pair, problem }, 'translation answer refused');
      } catch (error) {
        if (error instanceof TranslationProviderUnavailableError) outage = error;
        else if (error instanceof TranslationRefusedError)
          this.logger.warn({ provider: provider.name, reason: error.message }, 'translation refused');
        else throw error;
      }
    }
    if (outage) throw outage;
    return null;
  }
}
