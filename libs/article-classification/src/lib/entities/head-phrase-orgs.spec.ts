import { tokenize } from '../text/tokenize';
import { findHeadPhraseOrgs } from './head-phrase-orgs';

const names = (text: string, language = 'en') =>
  findHeadPhraseOrgs(tokenize(text), new Set(), 0, language).organisations.map((o) => o.name);

describe('findHeadPhraseOrgs', () => {
  it('finds capitalised phrases with an organisation head word', () => {
    expect(
      names('The research was funded by the European Research Council and the Rapid Support Forces denied it.'),
    ).toEqual(['European Research Council', 'Rapid Support Forces']);
    expect(names('Исследователи Назарбаев Университета разработали тест.', 'ru')).toEqual(['Назарбаев Университета']);
    expect(names('Назарбаев Университет разработал тест.', 'ru')).toEqual(['Назарбаев Университет']);
  });

  it('ignores single words, people and headlines', () => {
    expect(names('Universities warn. Anna Smith said.')).toEqual([]);
    expect(findHeadPhraseOrgs(tokenize('Central Bank Raises Rates'), new Set(), 1, 'en').organisations).toEqual([]);
  });
});
