import { extractMetadata, stripSiteName } from './metadata';
import { buildTree } from './tree';

describe('stripSiteName', () => {
  it('drops the site name at either end', () => {
    expect(stripSiteName('Port strike ends | Harbour Times', ['Harbour Times'])).toBe('Port strike ends');
    expect(stripSiteName('Укрінформ - Уряд ухвалив бюджет', ['Укрінформ'])).toBe('Уряд ухвалив бюджет');
  });

  it('keeps separators that belong to the headline', () => {
    expect(stripSiteName('Казахстан не визнає референдумів – МЗС', ['Укрінформ'])).toBe(
      'Казахстан не визнає референдумів – МЗС',
    );
  });

  it('never cuts a headline that mentions the site down to a section label', () => {
    expect(stripSiteName('Harbour Times reporters win award for port strike coverage | Local', ['Harbour Times'])).toBe(
      'Harbour Times reporters win award for port strike coverage | Local',
    );
  });
});

describe('extractMetadata headline', () => {
  const page = (head: string, body: string): string => `<html><head>${head}</head><body>${body}</body></html>`;

  it('skips a site-logo <h1> and a breadcrumb <h1> for the article headline', () => {
    const html = page(
      '<meta property="og:site_name" content="Harbour Times">',
      '<h1><a href="/">Harbour Times</a></h1><h1>News › Business › Ports</h1><article><h1>Port strike ends after three weeks</h1><p>Text.</p></article>',
    );
    expect(extractMetadata(buildTree(html)).title).toBe('Port strike ends after three weeks');
  });

  it('skips a listen widget and a reading-time line marked up as <h1>', () => {
    const html = page('', '<h1>Listen to this article</h1><h1>5 min read</h1><h1>Уряд схвалив бюджет на 2025 рік</h1>');
    expect(extractMetadata(buildTree(html)).title).toBe('Уряд схвалив бюджет на 2025 рік');
  });
});
