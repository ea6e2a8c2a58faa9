import { tokenize } from '../text/tokenize';
import { findKindCueOrgs } from './kind-cue-orgs';

const found = (text: string, language = 'en') => {
  const result = findKindCueOrgs({ text, tokens: tokenize(text), blocked: new Set(), language });
  return { names: result.organisations.map((o) => [o.name, o.mentions]), spans: result.spans.length };
};

describe('findKindCueOrgs', () => {
  it('reads a capitalised name after a lower-case word for its kind', () => {
    expect(found('She toured with the folk band Paper Lanterns and the label Northgate Sound.').names).toEqual([
      ['Paper Lanterns', 1],
      ['Northgate Sound', 1],
    ]);
  });

  it('takes small words and a leading number inside the name, and a name set apart by a comma', () => {
    expect(found('A cover by the band 12 Steps to Dover. It was signed by punk band, Gravelmouth.').names).toEqual([
      ['12 Steps to Dover', 1],
      ['Gravelmouth', 1],
    ]);
  });

  it('reads every name listed after a plural kind word and "like", "including" or "such as"', () => {
    expect(
      found('He admired bands like The Kites, Paper Lanterns or Gravelmouth, and labels such as Northgate.').names,
    ).toEqual([
      ['The Kites', 1],
      ['Paper Lanterns', 1],
      ['Gravelmouth', 1],
      ['Northgate', 1],
    ]);
    expect(found('It signed companies including Sandvale and Tom Price Records.').names).toEqual([['Sandvale', 1]]);
  });

  it('marks later bare mentions of the name so that they are not read as people', () => {
    const result = found('The band Paper Lanterns formed in 2001. Paper Lanterns split in 2009.');
    expect(result.names).toEqual([['Paper Lanterns', 2]]);
    expect(result.spans).toBe(2);
  });

  it('does not read a person, a list, a compound or a year as the name', () => {
    expect(found('The club Peter Moore coached won. He joined the band Lanterns and Tom Vick left.').names).toEqual([
      ['Lanterns', 1],
    ]);
    expect(found('He was a second-team All-State pick for the team in 2004.').names).toEqual([]);
    expect(found('Die Band Paper Lanterns spielte.', 'de').names).toEqual([]);
  });
});
