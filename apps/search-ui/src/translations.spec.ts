import type { Article } from './api';
import { articleTexts } from './translations';

describe('articleTexts', () => {
  it('gives the original first, then each translation with its headline and paragraphs', () => {
    const article = {
      headlines: [
        { role: 'main', value: 'Заголовок' },
        { role: 'translation:ru', value: 'Заголовок по-русски' },
      ],
      bodies: [
        { role: 'text', value: 'Перший.\n\nДругий.' },
        { role: 'translation:ru', value: 'Первый.\n\nВторой.' },
      ],
    } as Article;
    expect(articleTexts(article)).toEqual([
      { language: null, headline: 'Заголовок', paragraphs: ['Перший.', 'Другий.'] },
      { language: 'ru', headline: 'Заголовок по-русски', paragraphs: ['Первый.', 'Второй.'] },
    ]);
  });

  it('has only the original when nothing is translated yet', () => {
    const article = { headlines: [{ value: 'A' }], bodies: [{ value: 'B' }] } as Article;
    expect(articleTexts(article)).toEqual([{ language: null, headline: 'A', paragraphs: ['B'] }]);
  });
});
