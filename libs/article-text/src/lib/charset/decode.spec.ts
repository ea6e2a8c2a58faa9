import iconv from 'iconv-lite';

import { ArticleTextError } from '../errors';
import { decodeArticleBytes } from './decode';

const uk = 'Казахстан не визнає можливої анексії територій України. Їхня позиція ґрунтується на Статуті ООН.';
const ru = 'Правительство одобрило новую программу поддержки фермеров в приграничных районах страны.';

describe('decodeArticleBytes', () => {
  it('decodes UTF-8 with and without a BOM', () => {
    expect(decodeArticleBytes(Buffer.from(uk, 'utf8'))).toEqual({ text: uk, charset: 'utf-8', doubtful: false });
    expect(decodeArticleBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(uk)])).text).toBe(uk);
  });

  it('honours a correct declaration', () => {
    expect(decodeArticleBytes(iconv.encode(uk, 'windows-1251'), 'windows-1251')).toEqual({
      text: uk,
      charset: 'windows-1251',
      doubtful: false,
    });
  });

  it('reads the charset from a meta tag', () => {
    const html = `<html><head><meta charset="koi8-r"></head><body><p>${ru}</p></body></html>`;
    expect(decodeArticleBytes(iconv.encode(html, 'koi8-r'))).toMatchObject({ charset: 'koi8-r', doubtful: false });
  });

  it.each(['windows-1251', 'koi8-u'])('sniffs undeclared %s Ukrainian', (charset) => {
    expect(decodeArticleBytes(iconv.encode(uk, charset))).toMatchObject({ text: uk, charset });
  });

  it('overrides a wrong declaration and says so', () => {
    const result = decodeArticleBytes(iconv.encode(ru, 'windows-1251'), 'koi8-r');
    expect(result).toEqual({ text: ru, charset: 'windows-1251', doubtful: true });
    const utf8 = decodeArticleBytes(Buffer.from(uk, 'utf8'), 'windows-1251');
    expect(utf8).toEqual({ text: uk, charset: 'utf-8', doubtful: true });
  });

  it('flags an unknown declared charset', () => {
    expect(decodeArticleBytes(Buffer.from('plain ascii text'), 'x-made-up')).toMatchObject({ doubtful: true });
  });

  it('refuses binary garbage', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256);
    expect(() => decodeArticleBytes(bytes)).toThrow(ArticleTextError);
  });
});
