import { detectArticleLanguage } from './passages';

describe('detectArticleLanguage', () => {
  const paragraphs = [
    'Міністр закордонних справ провів переговори з колегами з країн Балтії у Вільнюсі.',
    '“We stand firmly with our partners and will keep supporting them for as long as it takes,” the statement reads.',
    'Після зустрічі сторони підписали спільну декларацію про співпрацю в енергетиці.',
  ];

  it('keeps the article language when one paragraph quotes English', () => {
    const result = detectArticleLanguage('Переговори у Вільнюсі', paragraphs);
    expect(result.language.code).toBe('uk');
    expect(result.passages.map((passage) => passage.language)).toEqual(['uk', 'en', 'uk']);
  });

  it('flags an article written in a script no detector knows', () => {
    const result = detectArticleLanguage(null, ['ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ']);
    expect(result).toMatchObject({ language: { code: 'und' }, unsupportedScript: true });
  });
});
