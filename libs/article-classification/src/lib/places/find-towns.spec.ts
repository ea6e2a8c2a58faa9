import { tokenize } from '../text/tokenize';
import { detectPlaces } from './detect-places';

const countries = (text: string) =>
  detectPlaces(tokenize(text))
    .filter((p) => p.kind === 'country')
    .map((p) => p.code)
    .sort();

describe('towns of the gazetteer', () => {
  it('read a domestic story from its towns and regions, in any case form', () => {
    expect(countries('Пожежа сталася в Новосибирске вчора.')).toEqual(['RU']);
    expect(countries('Дожди прошли в Краснодарском крае.')).toEqual(['RU']);
    expect(countries('Die Polizei hat in Köln und Düsseldorf sieben Verdächtige festgenommen.')).toEqual(['DE']);
    expect(countries('Patients at the hospital trust in Leeds waited, and in Leeds the NHS said so.')).toEqual(['GB']);
    expect(countries('Rozmowy odbyły się w Gdańsku, a potem w Gdańsku znowu.')).toEqual(['PL']);
  });

  it('need a second mention or other evidence below a million inhabitants', () => {
    expect(countries('Rozmowy odbyły się w Gdańsku.')).toEqual([]);
    expect(countries('Концерт відбувся у Ніжині.')).toEqual([]);
    expect(countries('Концерт відбувся у Ніжині, а потім у Ніжині знову.')).toEqual(['UA']);
  });

  it('leave common words, articles, people and names of things alone', () => {
    expect(countries('Er wohnt hier und isst das Essen in Essen.')).toEqual([]);
    expect(countries('He met Victoria Beckham, and Victoria smiled.')).toEqual([]);
    expect(countries('Наш мэр, Антон Чехов, сказал, что Чехов устал.')).toEqual([]);
    expect(countries('Shares rose after the IPO of the firm.')).toEqual([]);
    expect(countries('Gewitter in Bayern und Baden-Württemberg erwartet.')).toEqual([]);
  });

  it('match the indeclinable Cyrillic name of a town abroad letter for letter, never as a stem of a common noun', () => {
    expect(countries('Об этом говорили и в Советах.')).toEqual([]);
    expect(countries('Самолёт вылетел в Торонто утром.')).toEqual(['CA']);
  });

  it('take a name several countries share only where one of them is evidenced', () => {
    expect(countries('They travelled to Victoria last year.')).toEqual([]);
  });
});
