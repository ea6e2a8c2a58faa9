import { tokenize } from '../text/tokenize';
import { capsSurnames } from './caps-surnames';

const surnames = (text: string) => {
  const tokens = tokenize(text);
  return [...capsSurnames(tokens, 'uk')].map((k) => tokens[k].text);
};

describe('capsSurnames', () => {
  it('takes a word in capitals beside a given name for a surname, on either side', () => {
    expect(surnames('заявив Роман БОГАЧОВ, а ПЕТРЕНКО Іван мовчав')).toEqual(['БОГАЧОВ', 'ПЕТРЕНКО']);
  });

  it('leaves abbreviations and capitals away from a given name alone', () => {
    expect(surnames('Про це повідомило МЗС, а НАБУ мовчить')).toEqual([]);
  });
});
