import { articleSearchTerms } from './article-search-terms';

describe('articleSearchTerms', () => {
  const passage = (paragraph: number, language: string) => ({ paragraph, language, confidence: 0.9 });

  it('stems the title in the article language and each paragraph in its own passage language', () => {
    const terms = articleSearchTerms({
      title: 'Заява міністра',
      paragraphs: ['Міністр зробив заяву.', 'The ministers issued statements.'],
      language: { code: 'uk', confidence: 0.9 },
      passages: [passage(0, 'uk'), passage(1, 'en')],
    });
    const stems = terms.stems.split(' ');
    expect(stems.slice(0, 2)).toEqual(['заяв', 'міністр']);
    expect(stems).toEqual(expect.arrayContaining(['minist', 'statement']));
    expect(terms.translit.split(' ')).toEqual(expect.arrayContaining(['zaiava', 'ministra']));
  });

  it('reads an undetermined passage in the article language', () => {
    const uk = articleSearchTerms({
      title: null,
      paragraphs: ['Міністри'],
      language: { code: 'uk', confidence: 0.9 },
      passages: [passage(0, 'und')],
    });
    const ru = articleSearchTerms({
      title: null,
      paragraphs: ['Міністри'],
      language: { code: 'ru', confidence: 0.9 },
      passages: [passage(0, 'und')],
    });
    expect(uk.stems).toBe('міністр');
    expect(uk.translit).not.toBe(ru.translit);
  });
});
