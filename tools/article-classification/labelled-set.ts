import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ArticleToClassify } from '@newsflow/article-classification';

export interface LabelledArticle extends ArticleToClassify {
  id: string;
  body: string;
  /** Articles sharing a story id are copies of one wire story; the others are each their own story. */
  story?: string;
  expected: {
    /** The primary IPTC top-level topic. */
    topic: string;
    topics: string[];
    countries: string[];
    people: string[];
    /** Each entry lists acceptable spellings separated by '|': a name or an abbreviation. */
    organisations: string[];
  };
}

/**
 * 'labelled' is the development set the rules were tuned on; 'holdout' was written afterwards and never tuned on,
 * so its figures are the honest ones.
 */
export type LabelledSetName = 'labelled' | 'holdout';

export function loadLabelledSet(name: LabelledSetName = 'labelled'): LabelledArticle[] {
  const directory = join(__dirname, name);
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => JSON.parse(readFileSync(join(directory, file), 'utf8')) as Omit<LabelledArticle, 'body'>[])
    .map((article) => ({ ...article, body: article.paragraphs.join('\n\n') }));
}
