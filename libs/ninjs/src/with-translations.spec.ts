import { ArticleContracts } from '@newsflow/contracts';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';

import { NinjsSchema } from './ninjs.schema';
import { renderNinjs } from './render-ninjs';
import { withTranslations } from './with-translations';

describe('withTranslations', () => {
  const article = ArticleContracts.classifiedArticle.schema.parse(classifiedArticleFixture());
  const translated = withTranslations(renderNinjs(article), [
    {
      targetLanguage: 'ru',
      sourceLanguage: 'uk',
      version: article.version,
      provider: 'apertium',
      pair: 'ukr|rus',
      title: 'Заголовок',
      paragraphs: ['Первый.', 'Второй.'],
      translatedAt: '2026-12-01T10:00:00.000Z',
    },
  ]);

  it('adds the translation as a headline and a body with a translation role, still valid ninjs', () => {
    expect(translated.headlines).toContainEqual({
      role: 'translation:ru',
      contenttype: 'text/plain',
      value: 'Заголовок',
    });
    expect(translated.bodies).toContainEqual({
      role: 'translation:ru',
      contenttype: 'text/plain',
      value: 'Первый.\n\nВторой.',
    });
    const { newsflow: _newsflow, ...ninjs } = translated;
    expect(NinjsSchema.safeParse(ninjs).success).toBe(true);
  });

  it('says where each translation came from beside the ninjs', () => {
    expect(translated.newsflow.translations).toEqual([
      expect.objectContaining({
        targetLanguage: 'ru',
        provider: 'apertium',
        pair: 'ukr|rus',
        version: article.version,
      }),
    ]);
  });
});
