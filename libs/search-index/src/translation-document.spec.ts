import type { TranslatedArticle } from '@newsflow/contracts';

import { withTranslation } from './translation-document';

const translation = (targetLanguage: string, title: string): TranslatedArticle => ({
  id: 'a'.repeat(32),
  version: 7,
  sourceLanguage: 'uk',
  targetLanguage,
  provider: 'apertium',
  pair: `ukr|${targetLanguage}`,
  title,
  paragraphs: ['one', 'two'],
  contentHash: 'b'.repeat(64),
  translatedAt: '2026-12-01T10:00:00.000Z',
  search: { stems: `${targetLanguage}-stem`, translit: `${targetLanguage}-translit` },
});

describe('withTranslation', () => {
  it('keeps the translations already there and makes all of them searchable', () => {
    const first = withTranslation(undefined, translation('ru', 'Заголовок'));
    const both = withTranslation(first.translations, translation('en', 'Headline'));
    expect(both.translation_languages).toEqual(['en', 'ru']);
    expect(both.translated_title).toEqual(['Headline', 'Заголовок']);
    expect(both.translated_body).toEqual(['one\n\ntwo', 'one\n\ntwo']);
    expect(both.translated_stems).toBe('en-stem ru-stem');
  });

  it('replaces an earlier translation into the same language', () => {
    const first = withTranslation(undefined, translation('ru', 'Старый'));
    const again = withTranslation(first.translations, translation('ru', 'Новый'));
    expect(again.translated_title).toEqual(['Новый']);
  });
});
