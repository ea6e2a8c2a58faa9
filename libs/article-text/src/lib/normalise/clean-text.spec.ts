import { cleanDisplayText } from './clean-text';

describe('cleanDisplayText', () => {
  it('composes to NFC', () => {
    expect(cleanDisplayText('I\u0308жак')).toBe('Ïжак');
  });

  it('removes invisible characters and turns odd spaces into plain ones', () => {
    expect(cleanDisplayText('об\u00adлас\u200bть\u00a0і\u202fміста\ufeff')).toBe('область і міста');
  });

  it('decodes HTML entities', () => {
    expect(cleanDisplayText('Tom &amp; Jerry&nbsp;&#8212; &laquo;хіт&raquo;')).toBe('Tom & Jerry — «хіт»');
  });

  it('keeps the author’s apostrophes and quotes for display', () => {
    expect(cleanDisplayText("м’яч, обʼєкт, п'ять, «так»")).toBe("м’яч, обʼєкт, п'ять, «так»");
  });

  it('keeps paragraph breaks but collapses runs of blank lines and spaces', () => {
    expect(cleanDisplayText('  один   два \r\n\r\n\r\n\r\nтри  ')).toBe('один два\n\nтри');
  });
});
