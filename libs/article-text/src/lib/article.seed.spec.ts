import { articleBody } from '@newsflow/contracts';

import { seedPageText } from '../testing';
import { extractArticle } from './article';
import { articleSearchTerms } from './search/article-search-terms';

describe('extractArticle on the seed page-text copy', () => {
  const article = extractArticle({ text: seedPageText() });

  it('takes the first line as the title', () => {
    expect(article.title).toBe(
      'Казахстан не визнає російських псевдореферендумів на захоплених територіях України – МЗС',
    );
  });

  it('keeps exactly the article, from the lead to the last paragraph', () => {
    expect(article.paragraphs[0]).toMatch(/^Казахстан не визнає можливої анексії/);
    expect(article.paragraphs[article.paragraphs.length - 1]).toMatch(/на їх область\.$/);
    expect(article.paragraphs).toHaveLength(9);
  });

  it('drops everything from the share prompt on', () => {
    for (const boilerplate of [
      'Поділитися',
      'Читайте також',
      'Головні новини',
      'Нетаньяху',
      'Twitter',
      'All Rights Reserved',
    ]) {
      expect(articleBody(article)).not.toContain(boilerplate);
    }
    expect(article.extraction).toMatchObject({ method: 'page-text' });
    expect(article.extraction.removed).toMatchObject({ share: 1, related: 1, footer: 1 });
  });

  it('is Ukrainian in every paragraph', () => {
    expect(article.language.code).toBe('uk');
    expect(article.passages.every((passage) => passage.language === 'uk')).toBe(true);
    expect(article.flags).toEqual([]);
  });

  it('lets a given title win while still removing the extracted one from the body', () => {
    const withTitle = extractArticle({ text: seedPageText(), title: 'Казахстан проти псевдореферендумів' });
    expect(withTitle.title).toBe('Казахстан проти псевдореферендумів');
    expect(articleBody(withTitle)).not.toContain('МЗС\n');
    expect(withTitle.paragraphs[0]).toMatch(/^Казахстан не визнає можливої анексії/);
  });

  it('makes names findable by stem and by Latin transliteration', () => {
    const search = articleSearchTerms(article);
    expect(search.stems.split(' ')).toEqual(expect.arrayContaining(['токаєв', 'референдум', 'смадіяров']));
    expect(search.translit.split(' ')).toEqual(expect.arrayContaining(['tokaiev', 'smadiiarov']));
  });
});
