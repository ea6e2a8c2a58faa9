import { caseFormKey, surnameKey } from './case-form-key';

const sameKey = (language: string, ...words: string[]) =>
  expect(new Set(words.map((word) => caseFormKey(word, language))).size).toBe(1);

describe('caseFormKey', () => {
  it('brings Ukrainian and Russian case forms of names and nouns together', () => {
    sameKey('uk', 'токаєв', 'токаєва', 'токаєвим', 'токаєву');
    sameKey('uk', 'зеленський', 'зеленського', 'зеленському');
    sameKey('uk', 'територія', 'території', 'територіях', 'територій');
  });

  it('removes only noun endings where a stemmer would also merge verb tenses', () => {
    sameKey('en', 'rates', 'rate');
    sameKey('en', "smith's", 'smith');
    expect(caseFormKey('raises', 'en')).not.toBe(caseFormKey('raised', 'en'));
  });

  it('keeps words of a language it has no endings for', () => {
    expect(caseFormKey('referendumit', 'fi')).toBe('referendumit');
  });
});

describe('surnameKey', () => {
  const sameSurname = (...words: string[]) => expect(new Set(words.map(surnameKey)).size).toBe(1);

  it('is shared by case forms, without eating the surname suffix', () => {
    sameSurname('токаєв', 'токаєва', 'токаєвим');
    sameSurname('зеленського', 'зеленський');
    sameSurname('петров', 'петрова', 'петрову');
    sameSurname("smith's", 'smith');
  });
});
