import { tokenize } from '../text/tokenize';
import { detectPlaces } from './detect-places';

const countries = (text: string) =>
  detectPlaces(tokenize(text))
    .filter((p) => p.kind === 'country')
    .map((p) => p.code)
    .sort();

describe('country words that name a language or a thing', () => {
  it('are not evidence of the country when they name a language', () => {
    expect(countries('Texts in English, auf Deutsch und en français.')).toEqual([]);
    expect(countries('Інтерв’ю він дав українською, а не англійською.')).toEqual([]);
    expect(countries('Він розмовляє по-українськи.')).toEqual([]);
    expect(countries('Интервью на русском языке.')).toEqual([]);
    expect(countries('The Ukrainian-language edition sold out.')).toEqual([]);
    expect(countries('Mówi po polsku.')).toEqual([]);
    expect(countries('Talks were held in Russian.')).toEqual([]);
  });

  it('are not evidence inside the name of an event, an airline or a dish', () => {
    expect(countries('Djokovic won the Australian Open again.')).toEqual([]);
    expect(countries('He flew Turkish Airlines and ate French fries.')).toEqual([]);
  });

  it('still count where they speak of the country', () => {
    expect(countries('Переговори з російською стороною тривали.')).toEqual(['RU']);
    expect(countries('He said Russian troops advanced.')).toEqual(['RU']);
    expect(countries('Talks in Russia began.')).toEqual(['RU']);
    expect(countries('Українська делегація прибула до Польщі.')).toEqual(['PL', 'UA']);
  });
});
