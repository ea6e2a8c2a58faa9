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

  it('reads air forces, airports, churches and works as organisations', () => {
    expect(
      names(
        'Pilots of the Fourth Air Force left Sembach International Airport; Hinkley Locomotive Works built engines.',
      ),
    ).toEqual(['Fourth Air Force', 'Sembach International Airport', 'Hinkley Locomotive Works']);
  });

  it('starts a name with the abbreviation before it, and a club with its kind', () => {
    expect(names('They won the MAC East Division before FC Basel signed him; NASA said so.')).toEqual([
      'MAC East Division',
      'FC Basel',
    ]);
  });

  it('reads a long name whole after the post its holder has in it', () => {
    expect(names('Hoyt, Secretary of the New Jersey Department of Public Safety, resigned.')).toEqual([
      'New Jersey Department of Public Safety',
    ]);
  });

  it('keeps a place inside a name and joins "of the"', () => {
    const text = 'Scientists at the University of Texas and the University of the Witwatersrand met in Texas.';
    const tokens = tokenize(text);
    const texas = new Set(tokens.filter((t) => t.norm === 'texas').map((t) => t.index));
    expect(findHeadPhraseOrgs(tokens, texas, 0, 'en', texas).organisations.map((o) => o.name)).toEqual([
      'University of Texas',
      'University of the Witwatersrand',
    ]);
  });

  it('reads a plural name after "the" as a team or band, and ends a name at a possessive', () => {
    expect(names('He pitched for the Toronto Blue Jays, then the Falcons; Network Rail’s boss agreed.')).toEqual([
      'Toronto Blue Jays',
      'Falcons',
      'Network Rail',
    ]);
    expect(names("Canada's Liberal Party won; James Andrews said so.")).toEqual(['Liberal Party']);
  });

  it('leaves out a post or a person before "of" and joins two fields with "and"', () => {
    expect(
      names(
        'She became a Fellow of the American Physical Society and joined the Department of Physics and Astronomy. John Smith of the Mahavishnu Orchestra agreed.',
      ),
    ).toEqual(['American Physical Society', 'Department of Physics and Astronomy', 'Mahavishnu Orchestra']);
    expect(names('He studied at the Bank of Canada.')).toEqual(['Bank of Canada']);
  });

  it('reads a plural after its town as a team and keeps the number of a unit', () => {
    const text = 'He joined Boston Bruins after serving with the 65th Air Division and IV Corps.';
    const tokens = tokenize(text);
    const boston = new Set(tokens.filter((t) => t.text === 'Boston').map((t) => t.index));
    expect(findHeadPhraseOrgs(tokens, boston, 0, 'en', boston).organisations.map((o) => o.name)).toEqual([
      'Boston Bruins',
      '65th Air Division',
      'IV Corps',
    ]);
  });

  it('reads a plural after a town the place reader left alone as a team, but not a person or a place', () => {
    expect(names('He later coached the youth side of Leeds Rhinos and met Gary Jones.')).toEqual(['Leeds Rhinos']);
    expect(names('They bought a house near Leeds Hills.')).toEqual([]);
  });

  it('reads a plural name with its own "The" mid-sentence as a band or team, but not at a sentence start', () => {
    expect(names('The album was made by The Paper Lanterns in a week.')).toEqual(['The Paper Lanterns']);
    expect(names('The Paper Lanterns made it.')).toEqual([]);
  });

  it('reads a hall of fame named by its field, not a holder of a post', () => {
    expect(names('She entered the Canadian Curling Hall of Fame in 1990.')).toEqual(['Canadian Curling Hall of Fame']);
    expect(names('He was Keeper of the Royal Museum.')).toEqual(['Royal Museum']);
  });

  it('reads a named base as a body', () => {
    expect(names('The squadron moved to Kestrel Point Air Base in May.')).toEqual(['Kestrel Point Air Base']);
  });

  it('reads a masthead after its town as a newspaper', () => {
    expect(names('The story ran in the Leeds Examiner and the Kent Courier.')).toEqual([
      'Leeds Examiner',
      'Kent Courier',
    ]);
  });

  it('ignores single words, people and headlines', () => {
    expect(names('Universities warn. Anna Smith said.')).toEqual([]);
    expect(findHeadPhraseOrgs(tokenize('Central Bank Raises Rates'), new Set(), 1, 'en').organisations).toEqual([]);
  });
});
