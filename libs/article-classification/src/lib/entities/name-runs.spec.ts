import { tokenize } from '../text/tokenize';
import { findNameRuns } from './name-runs';

const runs = (text: string, blocked: number[] = []) =>
  findNameRuns(tokenize(text), new Set(blocked)).map((r) => r.parts);

describe('findNameRuns', () => {
  it('joins hyphenated given names and stops at sentence ends', () => {
    expect(runs('позиції Касим-Жомарта Токаєва. Він')).toEqual([['Касим-Жомарта', 'Токаєва'], ['Він']]);
  });

  it('keeps lower-case particles inside names', () => {
    expect(runs('said Ursula von der Leyen today')).toEqual([['Ursula', 'von', 'der', 'Leyen']]);
  });

  it('drops runs that a place or facility word ends', () => {
    expect(runs('built near Lincoln Reservoir and Bridgton Junction by Carl Lind')).toEqual([['Carl', 'Lind']]);
  });

  it('reads the West as no name', () => {
    expect(runs('заявили представители Запада вчера')).toEqual([]);
  });

  it('leaves an honorific out of the name', () => {
    expect(runs('Об этом сказал Господин Булавинов')).toEqual([['Об'], ['Булавинов']]);
  });

  it('stops at commas and skips function words', () => {
    expect(
      findNameRuns(tokenize('Як повідомив Петро Іваненко, Марія'), new Set(), new Set(['як'])).map((r) => r.parts),
    ).toEqual([['Петро', 'Іваненко'], ['Марія']]);
  });

  it('skips blocked tokens, acronyms and over-long runs', () => {
    expect(runs('речник МЗС Айбек Смадіяров')).toEqual([['Айбек', 'Смадіяров']]);
    expect(runs('Aaa Bbb Ccc Ddd Eee Fff')).toEqual([]);
    expect(runs('the Rapid Support Forces said')).toEqual([]);
    expect(runs('Петро Іваненко', [0])).toEqual([['Іваненко']]);
  });
});
