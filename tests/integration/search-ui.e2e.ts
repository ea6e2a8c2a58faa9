import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

import { eventually } from '@newsflow/test-harness';
import type { Browser, Dialog, Page } from 'playwright-core';

import { launchBrowser, screenshotPath, seriousAccessibilityViolations } from './support/browser';
import { getArticle, postArticle, search } from './support/newsflow-client';
import { seedBoilerplateLines, seedSubmission } from './support/seed';
import { stack } from './support/stack-env';

const run = Date.now().toString(36);
const seedHeadline = seedSubmission.text.split('\n')[0].trim();

async function searchable(params: Record<string, string>, id: string) {
  await eventually(async () => {
    expect((await search(params)).body.items.map((item) => item.id)).toContain(id);
  });
}

describe('the search UI in a real browser', () => {
  let browser: Browser;
  let page: Page;
  const dialogs: Dialog[] = [];
  let seedId: string;

  beforeAll(async () => {
    mkdirSync(dirname(screenshotPath('x')), { recursive: true });
    browser = await launchBrowser();
    seedId = await postArticle({ ...seedSubmission, source: `ui-seed-${run}`, guid: `ui-seed-${run}` });
    await searchable({ q: 'Токаєв', source: `ui-seed-${run}` }, seedId);
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog);
      void dialog.dismiss();
    });
  });

  afterEach(() => page.close());
  afterAll(() => browser?.close());

  it('finds the seed by "Токаєв", narrows by country and topic, opens it and follows a person chip', async () => {
    await page.goto(`${stack.searchUrl}/?q=${encodeURIComponent('Токаєв')}&source=ui-seed-${run}&hl=en`);
    const hit = page.locator('.hit', { has: page.locator(`a[href^="/articles/${seedId}"]`) });
    await hit.waitFor();
    expect((await hit.locator('h2').innerText()).trim()).toBe(seedHeadline);
    const results = await page.locator('main').innerText();
    for (const line of seedBoilerplateLines.slice(0, 8)) expect(results).not.toContain(line);

    await page
      .locator('.facet', { hasText: 'Country' })
      .getByRole('button', { name: /^Kazakhstan \d+$/ })
      .click();
    await page.waitForURL(/country=KZ/);
    await page
      .locator('.facet', { hasText: 'Topic' })
      .getByRole('button', { name: /^politics \d+$/ })
      .click();
    await page.waitForURL(/topic=medtop%3A11000000/);
    await hit.waitFor();
    expect(await page.getByRole('button', { name: 'Remove filter Kazakhstan' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Remove filter politics' }).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('search'), fullPage: true });

    await hit.locator('h2 a').click();
    await page.waitForURL(new RegExp(`/articles/${seedId}`));
    await page.locator('h1').waitFor();
    expect((await page.locator('h1').innerText()).trim()).toBe(seedHeadline);
    const body = await page.locator('.body').innerText();
    for (const line of seedBoilerplateLines) expect(body).not.toContain(line);
    const person = page.locator('.article-facts a.chip', { hasText: 'Айбек Смадіяров' });
    await person.waitFor();
    await page.locator('.provenance').waitFor();
    await page.screenshot({ path: screenshotPath('article'), fullPage: true });

    await person.click();
    await page.waitForURL((url) => url.searchParams.get('person') === 'Айбек Смадіяров');
    await page.locator(`.hit a[href^="/articles/${seedId}"]`).waitFor();
    expect(await page.getByRole('button', { name: 'Remove filter Айбек Смадіяров' }).count()).toBe(1);
  });

  it('shows a story of two reports once, with "1 more report", expanding in place', async () => {
    const marker = `storymark${run}`;
    const paragraphs = [
      `Уряд Молдови оголосив програму ${marker} з відновлення зрошувальних каналів у південних районах країни.`,
      'Програма передбачає ремонт насосних станцій, очищення каналів і встановлення лічильників води для фермерів.',
      'Міністр сільського господарства заявив, що перші роботи почнуться навесні, а фінансування надасть Світовий банк.',
      'Фермери південних районів роками скаржилися на посуху і брак води для поливу виноградників та садів.',
    ];
    const first = await postArticle({
      source: `ui-wire-a-${run}`,
      guid: `a-${run}`,
      title: `Молдова відновить зрошувальні канали ${marker}`,
      text: paragraphs.join('\n\n'),
    });
    const second = await postArticle({
      source: `ui-wire-b-${run}`,
      guid: `b-${run}`,
      title: `Молдова відремонтує канали на півдні ${marker}`,
      text: [...paragraphs.slice(0, 3), 'Фермери давно скаржилися на посуху.'].join('\n\n'),
    });
    await searchable({ q: marker }, first);
    await searchable({ q: marker }, second);

    await page.goto(`${stack.searchUrl}/?q=${marker}&hl=en`);
    await page.locator('.hit').first().waitFor();
    expect(await page.locator('.hit').count()).toBe(1);
    const expand = page.locator('.hit .story button');
    expect(await expand.innerText()).toBe('1 more report of this story');
    expect(await expand.getAttribute('aria-expanded')).toBe('false');
    await expand.click();
    expect(await expand.getAttribute('aria-expanded')).toBe('true');
    const other = page.locator('.hit .reports a');
    await other.first().waitFor();
    expect(await other.count()).toBe(1);
    const shown = (await page.locator('.hit h2 a').getAttribute('href'))!.includes(first) ? second : first;
    expect(await other.getAttribute('href')).toContain(`/articles/${shown}`);
    expect(await page.locator('.hit').count()).toBe(1);
  });

  it('renders markup and a javascript: link from an article as inert text', async () => {
    const marker = `xssmark${run}`;
    const id = await postArticle({
      source: `ui-hostile-${run}`,
      title: `Hostile <img src=x onerror="window.__xss='title'"> headline ${marker}`,
      text: [
        `A paragraph with <script>window.__xss='script'</script> and <img src=x onerror="window.__xss='img'"> ${marker}.`,
        'Visit <a href="javascript:window.__xss=\'link\'">javascript:window.__xss=1</a> for more.',
      ].join('\n\n'),
    });
    await searchable({ q: marker }, id);
    const injected = async () => ({
      flag: await page.evaluate(() => (globalThis as unknown as { __xss?: string }).__xss),
      elements: await page.locator('#root img, #root script, #root iframe, a[href^="javascript:"]').count(),
    });

    await page.goto(`${stack.searchUrl}/?q=${marker}&hl=en`);
    await page.locator('.hit').first().waitFor();
    expect(await page.locator('.hit h2').innerText()).toContain('<img src=x');
    expect(await injected()).toEqual({ flag: undefined, elements: 0 });

    await page.locator('.hit h2 a').click();
    await page.locator('h1').waitFor();
    await page.locator('.provenance').waitFor();
    expect(await page.locator('h1').innerText()).toContain('onerror');
    expect(await injected()).toEqual({ flag: undefined, elements: 0 });
    expect(dialogs).toHaveLength(0);
  });

  it('announces a newly posted article in the live view without a reload', async () => {
    const marker = `livemark${run}`;
    await page.goto(`${stack.searchUrl}/?q=${marker}&hl=en`);
    await page.getByText('No articles match this search.').waitFor();
    await page.evaluate(() => ((globalThis as unknown as { samePage: boolean }).samePage = true));
    // The live view asks for arrivals after its first answer; post only once it is listening.
    await page.waitForResponse((response) => response.url().includes('/v1/search/updates'));

    const id = await postArticle({
      source: `ui-live-${run}`,
      title: `Breaking ${marker}`,
      text: `A new article arrives while the journalist is watching ${marker}.`,
    });
    const banner = page.getByRole('button', { name: /^1 new article/ });
    await banner.waitFor({ timeout: 60_000 });
    await banner.click();
    await page.locator(`.hit a[href^="/articles/${id}"]`).waitFor();
    expect(await page.evaluate(() => (globalThis as unknown as { samePage?: boolean }).samePage)).toBe(true);
  });

  it('has no serious or critical accessibility violation on the search and article pages', async () => {
    await page.goto(`${stack.searchUrl}/?q=${encodeURIComponent('Токаєв')}&country=KZ&hl=uk`);
    await page.locator('.hit').first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.goto(`${stack.searchUrl}/articles/${seedId}?hl=uk`);
    await page.locator('.provenance').waitFor();
    await page.locator('.article-facts .reports, .article-facts p').first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('serves the UI with a Content-Security-Policy that forbids inline script', async () => {
    const response = await fetch(`${stack.searchUrl}/articles/${seedId}`);
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toContain('unsafe-inline');
    expect((await getArticle(seedId)).status).toBe(200);
  });

  it.each([
    ['/v1/search?sort=date', 'sort'],
    ['/v1/search?from=2026-11-30&to=2026-11-01', 'to'],
    ['/v1/search?story=abc', 'story'],
    ['/v1/search/updates?since=yesterday', 'since'],
    ['/v1/labels?locale=de', 'locale'],
  ])('answers %s with 400 naming %s', async (path, parameter) => {
    const response = await fetch(`${stack.searchUrl}${path}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { path: string }[] };
    expect(body.errors.map((error) => error.path)).toContain(parameter);
  });

  it('answers an unknown story with 404 and a malformed one with 400', async () => {
    expect((await fetch(`${stack.searchUrl}/v1/stories/${'0'.repeat(32)}`)).status).toBe(404);
    expect((await fetch(`${stack.searchUrl}/v1/stories/not-a-story`)).status).toBe(400);
  });
});
