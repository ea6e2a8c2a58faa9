import { extractArticle } from './article';
import { ArticleTextError, ArticleTextErrorCode } from './errors';
import { ArticleSource } from './types';

const failsWith = (source: ArticleSource, code: ArticleTextErrorCode): void => {
  let caught: unknown;
  try {
    extractArticle(source);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ArticleTextError);
  expect((caught as ArticleTextError).code).toBe(code);
};

const prose = 'Rada miasta zatwierdziła budżet na przyszły rok, zwiększając wydatki na transport publiczny i szkoły. ';

describe('extractArticle on bad input', () => {
  it('refuses empty and whitespace-only input', () => {
    failsWith({}, 'empty');
    failsWith({ text: '' }, 'empty');
    failsWith({ text: ' \n\t\u00a0 ', html: '   ' }, 'empty');
  });

  it('refuses a source that is not an object', () => {
    failsWith(null as unknown as ArticleSource, 'invalid-input');
  });

  it('refuses HTML without any article text', () => {
    failsWith(
      {
        html: '<html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>',
      },
      'no-article-text',
    );
  });

  it('refuses binary garbage passed as text', () => {
    const garbage = String.fromCharCode(...Array.from({ length: 2000 }, (_, index) => (index * 31) % 256));
    failsWith({ text: garbage }, 'binary');
  });

  it('cuts a 5 MB page and says so, within bounded time', () => {
    const html = `<html><body><article>${`<p>${prose}</p>`.repeat(50_000)}</article></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const article = extractArticle({ html });
    expect(article.flags).toContain('truncated-input');
    expect(article.language.code).toBe('pl');
  });

  it('gives a best-effort result with a flag for a script no detector knows', () => {
    const article = extractArticle({ text: 'ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᎠᏂᏴᏫᏯ. ᏣᎳᎩ ᎠᏕᎶᏆᏍᏗ ᎦᏬᏂᎯᏍᏗ ᎤᏬᏪᏳ ᎠᏂᏴᏫ.' });
    expect(article.language.code).toBe('und');
    expect(article.flags).toEqual(expect.arrayContaining(['unsupported-script', 'language-uncertain']));
  });

  it('keeps going on text with replacement characters, flagging them', () => {
    const article = extractArticle({ text: `${prose}Wiceprezydent \ufffd\ufffd powiedział, że to dobry budżet.` });
    expect(article.flags).toContain('replacement-characters');
  });
});
