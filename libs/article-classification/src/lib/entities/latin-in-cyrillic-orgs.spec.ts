import { tokenize } from '../text/tokenize';
import { findLatinInCyrillicOrgs } from './latin-in-cyrillic-orgs';

const names = (text: string, language: string) =>
  findLatinInCyrillicOrgs({ text, tokens: tokenize(text), blocked: new Set(), language }).organisations.map(
    (o) => o.name,
  );

describe('findLatinInCyrillicOrgs', () => {
  it('reads a name left in Latin letters in Russian or Ukrainian text as an organisation', () => {
    expect(names('Акции Access Industries и Mail.Ru Group купил фонд, Facebook промолчал.', 'ru')).toEqual([
      'Access Industries',
      'Mail.Ru Group',
      'Facebook',
    ]);
  });

  it('continues a name across a small joining word, but not into a lower-case word', () => {
    expect(names('Об этом пишут Corriere della Sera и аналитики Bank of America.', 'ru')).toEqual([
      'Corriere della Sera',
      'Bank of America',
    ]);
    expect(names('Сервис Google of course работает.', 'ru')).toEqual(['Google']);
  });

  it('keeps a place inside a Latin name and an apostrophe, but not a place alone', () => {
    const text = "Пишет The New York Times, торги провёл Sotheby's, встреча прошла в Washington.";
    const tokens = tokenize(text);
    const places = new Set(tokens.filter((t) => ['new', 'york', 'washington'].includes(t.norm)).map((t) => t.index));
    const found = findLatinInCyrillicOrgs({ text, tokens, blocked: places, language: 'ru', places });
    expect(found.organisations.map((o) => o.name)).toEqual(['The New York Times', "Sotheby's"]);
  });

  it('leaves out initials, roman numerals and English function words, and other languages', () => {
    expect(names('Письмо George H. подписал Людовик XIV, ответ: No.', 'ru')).toEqual([]);
    expect(names('Shares of Access Industries fell.', 'en')).toEqual([]);
  });
});
