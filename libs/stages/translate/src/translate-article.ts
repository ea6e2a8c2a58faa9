import { Inject, Injectable, Logger } from '@nestjs/common';
import { type CachedTranslation, TranslationRepository } from '@newsflow/article-store';
import { documentSearchTerms } from '@newsflow/article-text';
import type { ClassifiedArticle, TranslatedArticle } from '@newsflow/contracts';
import type { TranslationRouter } from '@newsflow/translation';

import { type TranslationPlan, translationPlan } from './translation-plan';

export const TRANSLATION_ROUTER = Symbol('TRANSLATION_ROUTER');
export const TRANSLATION_TARGETS = Symbol('TRANSLATION_TARGETS');

export interface TranslateCommand {
  article: ClassifiedArticle;
}

/**
 * Puts an article's headline and paragraphs into each target language a provider offers. A cached
 * translation of the same text is reused; a provider outage is thrown (the transport retries the
 * article later, never dead-letters it), while a pair nobody translates is simply left out.
 */
@Injectable()
export class TranslateArticle {
  private readonly logger = new Logger(TranslateArticle.name);

  constructor(
    private readonly translations: TranslationRepository,
    @Inject(TRANSLATION_ROUTER) private readonly router: TranslationRouter,
    @Inject(TRANSLATION_TARGETS) private readonly targets: readonly string[],
  ) {}

  async execute({ article }: TranslateCommand): Promise<TranslatedArticle[]> {
    const plan = translationPlan(article, this.targets);
    const translated: TranslatedArticle[] = [];
    for (const target of plan.targets) {
      const translation = await this.translation(plan, target);
      if (!translation) {
        this.logger.log(
          { id: article.id, pair: `${plan.sourceLanguage}|${target}` },
          'no provider translates this pair',
        );
        continue;
      }
      translated.push(toEvent(article, plan, target, translation));
    }
    return translated;
  }

  private async translation(plan: TranslationPlan, target: string): Promise<CachedTranslation | null> {
    const key = { contentHash: plan.contentHash, sourceLanguage: plan.sourceLanguage, targetLanguage: target };
    const cached = await this.translations.cached(key);
    if (cached) return cached;
    const answer = await this.router.translate(plan.sourceLanguage, target, plan.texts);
    if (!answer) return null;
    const [title, paragraphs] = plan.title === null ? [null, answer.texts] : [answer.texts[0], answer.texts.slice(1)];
    const translation = { provider: answer.provider, pair: answer.pair, title, paragraphs };
    await this.translations.remember(key, translation);
    return translation;
  }
}

function toEvent(
  article: ClassifiedArticle,
  plan: TranslationPlan,
  target: string,
  translation: CachedTranslation,
): TranslatedArticle {
  const text = [translation.title ?? '', ...translation.paragraphs].join('\n');
  return {
    id: article.id,
    version: article.version,
    sourceLanguage: plan.sourceLanguage,
    targetLanguage: target,
    provider: translation.provider,
    pair: translation.pair,
    title: translation.title,
    paragraphs: translation.paragraphs,
    contentHash: plan.contentHash,
    translatedAt: new Date().toISOString(),
    search: documentSearchTerms([{ text, language: target }]),
  };
}
