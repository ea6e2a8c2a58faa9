import { stemUkrainian } from './ukrainian-stemmer';

const sameStem = (...words: string[]): void => {
  expect(new Set(words.map(stemUkrainian)).size).toBe(1);
};

describe('stemUkrainian', () => {
  it('conflates case forms of surnames', () => sameStem('Токаєв', 'Токаєва', 'Токаєву', 'Токаєвим', 'Токаєві'));
  it('conflates noun cases and numbers', () =>
    sameStem('референдум', 'референдуму', 'референдуми', 'референдумів', 'референдумами'));
  it('handles -ія nouns', () => sameStem('територія', 'території', 'територій', 'територією', 'територіями'));
  it('handles adjectives', () => sameStem('територіальний', 'територіальна', 'територіальної', 'територіальному'));
  it('handles past-tense verbs', () => sameStem('заявив', 'заявила', 'заявило', 'заявили'));
  it('handles the і/о alternation of -ість', () => sameStem('стабільність', 'стабільності', 'стабільністю'));
  it('ignores the apostrophe form', () => sameStem("м'ясо", 'мʼясо', 'м’ясо'));
  it('leaves short words and stems alone', () => {
    expect(stemUkrainian('ООН')).toBe('оон');
    expect(stemUkrainian('мотив')).toBe('мотив');
  });
});
