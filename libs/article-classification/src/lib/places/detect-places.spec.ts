import { tokenize } from '../text/tokenize';
import { detectPlaces, isTownName } from './detect-places';

const countries = (text: string) =>
  detectPlaces(tokenize(text))
    .filter((p) => p.kind === 'country')
    .map((p) => p.code)
    .sort();

describe('detectPlaces', () => {
  it('recognises Ukrainian case forms of names', () => {
    expect(countries('Делегація Казахстану прибула. Влада Казахстаном керує. Казахстан заявив.')).toEqual(['KZ']);
    expect(countries('Він був в Україні, а потім говорив про Росію.')).toEqual(['RU', 'UA']);
  });

  it('recognises abbreviations, adjectives and demonyms', () => {
    expect(countries('Претензії РФ відкинули.')).toEqual(['RU']);
    // The dataset's territories name their country in parentheses (Віргінські Острови (США)); that is not their name.
    expect(countries('У США заявили про допомогу.')).toEqual(['US']);
    expect(countries('Президент США заявил, что Госдеп поможет.')).toEqual(['US']);
    expect(countries('На Віргінських Островах пройшли вибори.')).toEqual(['VI']);
    expect(countries('Уряд відкинув претензії казахстанських і американських посадовців.')).toEqual(['KZ', 'US']);
    expect(countries('Українці та поляки зібралися.')).toEqual(['PL', 'UA']);
    expect(countries('російсько-українського конфлікту')).toEqual(['RU', 'UA']);
  });

  it('handles other languages', () => {
    expect(countries('Die Bundesregierung in Deutschland kritisierte Russlands Vorgehen.')).toEqual(['DE', 'RU']);
    expect(countries('Le président de la France a rencontré le chancelier allemand.')).toEqual(['DE', 'FR']);
    expect(countries('Premier Polski spotkał się z prezydentem Ukrainy.')).toEqual(['PL', 'UA']);
    expect(countries('The United States and Russia held talks.')).toEqual(['RU', 'US']);
  });

  it('handles Serbian in both alphabets, Bulgarian and Arabic', () => {
    expect(countries('Председник Србије разговарао је са представницима Немачке о гасу.')).toEqual(['DE', 'RS']);
    expect(countries('Predsednik Srbije razgovarao je sa predstavnicima Nemačke o gasu.')).toEqual(['DE', 'RS']);
    expect(countries('Премиерът на България обсъди доставките на газ с Германия.')).toEqual(['BG', 'DE']);
    expect(countries('وصل وزير الخارجية إلى ألمانيا لبحث العلاقات مع روسيا.')).toEqual(['DE', 'RU']);
  });

  it('maps region adjectives only next to a region word', () => {
    const places = detectPlaces(tokenize('референдуми на територіях Херсонської і Запорізької областей'));
    expect(
      places
        .filter((p) => p.kind === 'region')
        .map((p) => p.code)
        .sort(),
    ).toEqual(['UA-23', 'UA-65']);
    expect(detectPlaces(tokenize('херсонський кавун'))).toEqual([]);
  });

  it('derives the country from a city with lower confidence', () => {
    const places = detectPlaces(tokenize('Переговори відбулися в Києві.'));
    expect(places.map((p) => p.code)).toEqual(['UA', 'city:ua:kyiv']);
    expect(places[0].confidence).toBeLessThan(0.5);
  });

  it('does not read common words or given names as countries', () => {
    expect(countries('Того ж дня Michael Jordan played. Latin America grows.')).toEqual([]);
    expect(countries('мала країна')).toEqual([]);
  });

  it('tells whether words are the whole name of a town', () => {
    expect(isTownName(['milton', 'keynes'])).toBe(true);
    expect(isTownName(['leeds'])).toBe(true);
    expect(isTownName(['keynes'])).toBe(false);
    expect(isTownName(['quarterback'])).toBe(false);
  });
});
