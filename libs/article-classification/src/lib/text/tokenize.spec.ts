import { MAX_TOKENS } from '../limits';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('keeps apostrophes inside words and marks hyphen joins', () => {
    const tokens = tokenize("Прем'єр Касим-Жомарт сказав.");
    expect(tokens.map((t) => t.norm)).toEqual(["прем'єр", 'касим', 'жомарт', 'сказав']);
    expect(tokens[2].hyphenBefore).toBe(true);
    expect(tokens[1].hyphenBefore).toBe(false);
  });

  it('marks sentence, quotation and paragraph starts', () => {
    const tokens = tokenize('Перше речення. Друге «Цитата» слово\n\nАбзац');
    expect(tokens.filter((t) => t.sentenceStart).map((t) => t.text)).toEqual([
      'Перше',
      'Друге',
      'Цитата',
      'слово',
      'Абзац',
    ]);
    expect(tokens[tokens.length - 1].paragraph).toBe(1);
  });

  it('marks words written in capitals, not capitalised words or single letters', () => {
    expect(tokenize('NATO ЗСУ ПрАТ McDonald Київ X ĄĘ 5G').map((t) => t.upper)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  it('drops French elided articles but keeps Ukrainian apostrophes', () => {
    expect(tokenize("l'Élysée d'État м'яч").map((t) => t.norm)).toEqual(['élysée', 'état', "м'яч"]);
  });

  it('marks tokens separated from the previous one by spaces only', () => {
    expect(tokenize('Київській, Львівській та Одеській').map((t) => t.spaceBefore)).toEqual([false, false, true, true]);
  });

  it('runs a name on across an abbreviated Saint, Mount or Fort, but not across a sentence end', () => {
    const tokens = tokenize('She moved to St. Paul and then to Ft. Myers. Mt. Hood was next. He left. St Ives');
    const at = (word: string) => tokens.find((t) => t.text === word);
    expect([at('Paul'), at('Myers'), at('Hood')].map((t) => [t?.sentenceStart, t?.spaceBefore])).toEqual([
      [false, true],
      [false, true],
      [false, true],
    ]);
    expect(at('Mt')?.sentenceStart).toBe(true);
    expect(at('St') && tokens.filter((t) => t.text === 'St').map((t) => t.sentenceStart)).toEqual([false, true]);
  });

  it('normalises ё and apostrophe variants', () => {
    expect(tokenize('Соединённые об’єднані').map((t) => t.norm)).toEqual(['соединенные', "об'єднані"]);
  });

  it('caps the number of tokens on huge input', () => {
    expect(tokenize('я '.repeat(200_000)).length).toBe(MAX_TOKENS);
  });
});
