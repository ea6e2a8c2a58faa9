import { eventually } from '@newsflow/test-harness';
import type { Browser } from 'playwright-core';

import { launchBrowser, seriousAccessibilityViolations } from './support/browser';
import { getArticle, postArticle } from './support/newsflow-client';
import { seedSubmission } from './support/seed';
import { stack } from './support/stack-env';

const run = Date.now().toString(36);

describe('the article page with a machine translation, in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('toggles between the original and the Russian translation', async () => {
    const id = await postArticle({ ...seedSubmission, guid: `ui-translation-${run}` });
    await eventually(async () => {
      const article = (await getArticle(id)).body as { headlines?: { role: string }[] };
      expect(article.headlines?.map((h) => h.role)).toContain('translation:ru');
    });
    const page = await browser.newPage({ locale: 'en-GB' });
    try {
      await page.goto(`${stack.searchUrl}/articles/${id}?hl=en`);
      const headline = page.locator('article h1');
      await headline.waitFor();
      expect(await headline.innerText()).toContain('Казахстан не визнає');

      await page.getByRole('button', { name: 'Russian (machine translation)' }).click();
      await eventually(async () => expect(await headline.innerText()).toContain('Казахстан не признает'));
      expect(await page.locator('article').getAttribute('lang')).toBe('ru');
      expect(await page.locator('.body').innerText()).toContain('понедельник');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Original' }).click();
      await eventually(async () => expect(await headline.innerText()).toContain('Казахстан не визнає'));
    } finally {
      await page.close();
    }
  });
});
