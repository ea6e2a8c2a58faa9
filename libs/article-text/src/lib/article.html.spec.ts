import { extractArticle } from './article';

describe('extractArticle on HTML', () => {
  const html = `<html><head><title>Нова лінія метро – Київ Сьогодні</title><meta property="og:site_name" content="Київ Сьогодні"></head><body>
<nav><a href="/">Головна</a><a href="/news">Новини</a></nav>
<article><h1>Нова лінія метро</h1>
<p>Київська міська рада затвердила проєкт нової лінії метро на Виноградар, будівництво почнеться наступного року.</p>
<p>“We are ready to finance the first stage of the project,” the bank's representative said after the meeting.</p>
<p>Вартість першої черги оцінюють у дванадцять мільярдів гривень, повідомили в мерії.</p></article>
<footer>© 2024 Київ Сьогодні</footer></body></html>`;

  it('prefers html over text and strips the site name from the title', () => {
    const article = extractArticle({ html, text: 'ignored text that is not the article at all, really.' });
    expect(article.title).toBe('Нова лінія метро');
    expect(article.extraction.method).toBe('html');
    expect(article.paragraphs).toHaveLength(3);
  });

  it('marks the English quotation as an en passage of a uk article', () => {
    const article = extractArticle({ html });
    expect(article.language.code).toBe('uk');
    expect(article.passages.map((passage) => passage.language)).toEqual(['uk', 'en', 'uk']);
  });
});
