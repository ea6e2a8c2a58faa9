import { classifyArticle } from '../classify-article';
import { tokenize } from '../text/tokenize';
import { namesTheField } from './role-lexicon';

function readsAsField(stem: string, word: string): boolean {
  const [token] = tokenize(word);
  return namesTheField({ canonical: stem, lastStem: stem, lastNominative: stem }, token);
}

const rolesIn = (text: string) =>
  classifyArticle({ title: '', language: 'uk', paragraphs: [text], body: text }).people.map((p) => [p.name, p.role]);

describe('namesTheField', () => {
  it('reads a role stem with the endings of a noun in -ія as the field or office', () => {
    expect(readsAsField('фотограф', 'фотографії')).toBe(true);
    expect(readsAsField('філософ', 'філософією')).toBe(true);
    expect(readsAsField('философ', 'философии')).toBe(true);
  });

  it('keeps the role itself in any case, and adjectival roles', () => {
    expect(readsAsField('фотограф', 'фотографа')).toBe(false);
    expect(readsAsField('філософ', 'філософом')).toBe(false);
    expect(readsAsField('командующ', 'командующий')).toBe(false);
    expect(readsAsField('підозрюван', 'підозрюваній')).toBe(false);
  });

  it('gives no role to a name after the field', () => {
    expect(rolesIn('Вона довго гортала фотографії Степана Гнатюка на старому диску.')).toEqual([
      ['Степан Гнатюк', null],
    ]);
    expect(rolesIn('Вона довго говорила з фотографом Степаном Гнатюком.')).toEqual([['Степан Гнатюк', 'фотограф']]);
  });
});
