import type { CachedTranslation, CacheKey, TranslationRepository } from '@newsflow/article-store';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';
import type { TranslationRouter } from '@newsflow/translation';

import { TranslateArticle } from './translate-article';

function memoryCache() {
  const entries = new Map<string, CachedTranslation>();
  const key = (k: CacheKey) => `${k.contentHash}|${k.sourceLanguage}|${k.targetLanguage}`;
  return {
    cached: async (k: CacheKey) => entries.get(key(k)) ?? null,
    remember: async (k: CacheKey, t: CachedTranslation) => void entries.set(key(k), t),
  } as unknown as TranslationRepository;
}

function countingRouter() {
  const calls: string[] = [];
  const router = {
    async translate(source: string, target: string, texts: string[]) {
      calls.push(`${source}|${target}`);
      if (target === 'de') return null;
      return { provider: 'apertium', pair: `${source}|${target}`, texts: texts.map((text) => `${target}:${text}`) };
    },
  } as unknown as TranslationRouter;
  return { router, calls };
}

describe('TranslateArticle', () => {
  const article = classifiedArticleFixture();
  const own = article.text.language.code;

  it('translates title and paragraphs into every target but the article’s own language', async () => {
    const { router, calls } = countingRouter();
    const translated = await new TranslateArticle(memoryCache(), router, [own, 'ru']).execute({ article });
    expect(calls).toEqual([`${own}|ru`]);
    expect(translated).toHaveLength(1);
    expect(translated[0]).toMatchObject({
      id: article.id,
      version: article.version,
      sourceLanguage: own,
      targetLanguage: 'ru',
      title: `ru:${article.text.title}`,
      paragraphs: article.text.paragraphs.map((p) => `ru:${p}`),
    });
    expect(translated[0].search.stems.length).toBeGreaterThan(0);
  });

  it('asks no provider again for a text it has translated before (redelivery)', async () => {
    const { router, calls } = countingRouter();
    const translate = new TranslateArticle(memoryCache(), router, ['ru']);
    const first = await translate.execute({ article });
    const again = await translate.execute({ article });
    expect(calls).toHaveLength(1);
    expect(again[0].paragraphs).toEqual(first[0].paragraphs);
  });

  it('leaves out a pair no provider translates', async () => {
    const { router } = countingRouter();
    expect(await new TranslateArticle(memoryCache(), router, ['de']).execute({ article })).toEqual([]);
  });

  it('sends nothing for an article whose language is unknown', async () => {
    const { router, calls } = countingRouter();
    const unknown = { ...article, text: { ...article.text, language: { code: 'und', confidence: 0 } } };
    expect(await new TranslateArticle(memoryCache(), router, ['ru', 'en']).execute({ article: unknown })).toEqual([]);
    expect(calls).toEqual([]);
  });
});
