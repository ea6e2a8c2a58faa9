import { scanPlaces } from '../places/detect-places';
import { tokenize } from '../text/tokenize';
import { detectOrganisations } from './detect-organisations';

const detect = (text: string, language: string) => {
  const tokens = tokenize(text);
  return detectOrganisations(tokens, text, language, scanPlaces(tokens).hits).organisations;
};

describe('detectOrganisations', () => {
  it('qualifies a ministry by the country named after it and folds bare mentions into it', () => {
    const orgs = detect('Міністерство закордонних справ Казахстану заявило. Речник МЗС додав.', 'uk');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({
      name: 'Міністерство закордонних справ Казахстану',
      abbreviation: 'МЗС Казахстану',
      countryCode: 'KZ',
      mentions: 2,
      translit: 'Ministerstvo zakordonnykh sprav Kazakhstanu',
    });
  });

  it('recognises abbreviations and inflected names of international bodies', () => {
    const orgs = detect('Відповідно до Статуту ООН і рішень Організації Об’єднаних Націй, а також ЄС.', 'uk');
    expect(orgs.map((o) => [o.name, o.abbreviation, o.mentions])).toEqual([
      ["Організація Об'єднаних Націй", 'ООН', 2],
      ['Європейський Союз', 'ЄС', 1],
    ]);
  });

  it('marks news agencies', () => {
    const orgs = detect('передає Укрінформ з посиланням на Reuters', 'uk');
    expect(orgs.map((o) => [o.name, o.category])).toEqual([
      ['Reuters', 'news-agency'],
      ['Укрінформ', 'news-agency'],
    ]);
  });

  it('qualifies by a preceding adjective in English', () => {
    const orgs = detect('The Russian Foreign Ministry said on Monday.', 'en');
    expect(orgs[0]).toMatchObject({ name: 'Foreign Ministry (Russia)', abbreviation: 'MFA', countryCode: 'RU' });
  });

  it('picks up quoted names after an organisation noun', () => {
    const orgs = detect('Керівник компанії «Зелена енергія» заявив.', 'uk');
    expect(orgs.map((o) => o.name)).toEqual(['Зелена енергія']);
    const media = detect('Как пишет газета «Вестник», телеканал «Вечер» и группа «Ливень» спорят.', 'ru');
    expect(media.map((o) => o.name)).toEqual(['Вестник', 'Вечер', 'Ливень']);
  });

  it('gives a contracted name as the abbreviation of a body', () => {
    expect(detect('Госдума приняла закон.', 'ru')[0]).toMatchObject({
      name: 'Государственная дума',
      abbreviation: 'Госдума',
    });
  });

  it('leaves a known name that is part of a hyphened compound, but not one hyphened to a place', () => {
    expect(detect('Холдинг «Газпром-медиа» купил канал.', 'ru').map((o) => o.name)).toEqual(['Газпром-медиа']);
    expect(detect('Саміт Україна-НАТО відбувся.', 'uk').map((o) => o.abbreviation)).toContain('НАТО');
  });
});
