import { CANONICAL_APOSTROPHE, toSearchForm } from './search-form';

describe('toSearchForm', () => {
  it('gives every Ukrainian apostrophe one canonical form', () => {
    const forms = ["м'яч", 'м’яч', 'мʼяч', 'м`яч'].map(toSearchForm);
    expect(new Set(forms)).toEqual(new Set([`м${CANONICAL_APOSTROPHE}яч`]));
  });

  it('unifies quotes and dashes', () => {
    expect(toSearchForm('«Так» — „ja“ – “yes” − ok')).toBe('"Так" - "ja" - "yes" - ok');
  });

  it('leaves quotes around words alone when they are not apostrophes', () => {
    expect(toSearchForm('‘quoted’')).toBe("'quoted'");
  });
});
