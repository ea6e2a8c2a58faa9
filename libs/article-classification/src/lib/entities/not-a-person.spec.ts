import { tokenize } from '../text/tokenize';
import { findNameRuns } from './name-runs';
import {
  endsInPlural,
  followsArticle,
  hasCommonWord,
  hasInnerPossessive,
  isQuotedTitle,
  withoutPossessive,
} from './not-a-person';

const firstRun = (text: string) => {
  const tokens = tokenize(text);
  return { tokens, run: findNameRuns(tokens, new Set())[0] };
};

describe('not a person', () => {
  it('takes a run quoted whole for a title, not a run that merely follows a quotation', () => {
    const quoted = firstRun('ілюстрація до вірша « Іван Підкова » вийшла');
    expect(isQuotedTitle(quoted.run, quoted.tokens, 'ілюстрація до вірша « Іван Підкова » вийшла')).toBe(true);
    const text = '"We are ready," Anna Lindqvist said.';
    const tokens = tokenize(text);
    const speaker = { tokens, run: findNameRuns(tokens, new Set())[0] };
    expect(speaker.run.parts).toEqual(['Anna', 'Lindqvist']);
    expect(isQuotedTitle(speaker.run, speaker.tokens, text)).toBe(false);
  });

  it('takes a run after an English article for a place, event or work', () => {
    const led = firstRun('toured with the Mad Capsule Markets until');
    expect(followsArticle(led.run, led.tokens, 'en')).toBe(true);
    const plain = firstRun('met Anna Lindqvist on Monday');
    expect(followsArticle(plain.run, plain.tokens, 'en')).toBe(false);
  });

  it('reads an inner possessive as something owned and strips a final one', () => {
    expect(hasInnerPossessive(firstRun("fought in Grant's Overland Raid").run, 'en')).toBe(true);
    expect(hasInnerPossessive(firstRun("a cover of Kanye West's song").run, 'en')).toBe(false);
    expect(withoutPossessive(['Kanye', "West's"], 'en')).toEqual(['Kanye', 'West']);
  });

  it('reads English words with the endings of abstract nouns and adjectives as common words, not names', () => {
    expect(hasCommonWord(['Quantitative', 'Biology'], 'en')).toBe(true);
    expect(hasCommonWord(['Medical', 'Faculty'], 'en')).toBe(true);
    expect(hasCommonWord(['Dorothy', 'Hodgkin'], 'en')).toBe(false);
  });

  it('reads Ukrainian and Russian abstract nouns and -ной adjectives as common words, not surnames', () => {
    expect(hasCommonWord(['Совете', 'Федерации'], 'ru')).toBe(true);
    expect(hasCommonWord(['Майдан', 'Незалежності'], 'uk')).toBe(true);
    expect(hasCommonWord(['Інспекції'], 'uk') && hasCommonWord(['Київради'], 'uk')).toBe(true);
    expect(hasCommonWord(['Управління'], 'uk') && hasCommonWord(['Департамент'], 'uk')).toBe(true);
    expect(hasCommonWord(['Южной', 'Кореи'], 'ru')).toBe(true);
    expect(hasCommonWord(['Ирины', 'Фоминой'], 'ru')).toBe(false);
    expect(hasCommonWord(['Кость', 'Гордієнко'], 'uk')).toBe(false);
  });

  it('reads an English run ending in a plural as a team or band', () => {
    expect(endsInPlural(['Buffalo', 'Bisons'], 'en')).toBe(true);
    expect(endsInPlural(['Ross', 'Bass'], 'en')).toBe(false);
    expect(endsInPlural(['Іван', 'Петрус'], 'uk')).toBe(false);
  });
});
