import { classifyCue } from './cues';

describe('classifyCue', () => {
  it.each([
    ['Поділитися публікацією:', 'share'],
    ['Читайте також', 'related'],
    ['Lesen Sie auch:', 'related'],
    ['Головні новини', 'top-news'],
    ['Les plus lus', 'top-news'],
    ['Шукайте нас на Twitter', 'subscribe'],
    ['© Ukraine in Arabic, 2018. All Rights Reserved.', 'footer'],
    ['Wszelkie prawa zastrzeżone', 'footer'],
    ['Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая, вы соглашаетесь.', 'cookie'],
  ])('labels "%s" as %s', (line, kind) => {
    expect(classifyCue(line)?.kind).toBe(kind);
  });

  it('tells a bare label from a label introducing content', () => {
    expect(classifyCue('Read also:')).toEqual({ kind: 'related', label: true });
    expect(classifyCue('Read also: Minister resigns after audit')).toEqual({ kind: 'related', label: false });
  });

  it('leaves prose that merely starts like a label', () => {
    expect(classifyCue('Shares in the company fell by 4% on Monday after the report.')).toBeNull();
    expect(classifyCue('Головне – це мир, сказав президент на зустрічі з журналістами.')).toBeNull();
    expect(classifyCue('Home owners in the region will receive compensation from the state budget.')).toBeNull();
  });
});
