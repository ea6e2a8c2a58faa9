import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seed: a Ukrainian news page copied as text, title first, boilerplate after the article. */
export const seedPageText = (): string => readFileSync(join(__dirname, 'seed-uk-page-text.txt'), 'utf8');
