/** The extractors the Zyte benchmark compares: ours, and @mozilla/readability on linkedom as the baseline. */
import { Readability } from '@mozilla/readability';
import { articleBody } from '@newsflow/contracts';
import { parseHTML } from 'linkedom';

import { extractArticle } from '../../../libs/article-text/src';
import type { ZytePage } from './zyte';

export interface PageExtraction {
  body: string;
  title: string | null;
}

export type Extractor = (page: ZytePage) => PageExtraction;

const newsflow: Extractor = (page) => {
  try {
    const article = extractArticle({ html: page.html, url: page.url });
    return { body: articleBody(article), title: article.title };
  } catch {
    return { body: '', title: null };
  }
};

const readability: Extractor = (page) => {
  const { document } = parseHTML(page.html);
  const parsed = new Readability(document as unknown as Document).parse();
  return { body: parsed?.textContent ?? '', title: parsed?.title ?? null };
};

export const EXTRACTORS: Record<string, Extractor> = { newsflow, readability_linkedom: readability };
