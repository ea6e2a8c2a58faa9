import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The one copy of the seed in the repository, which the pipeline command also submits. */
const SEED_FILE = join(__dirname, '../../../../samples/articles/seed-uk-kazakhstan-referendums.json');

export interface SeedSubmission {
  source: string;
  url: string;
  language: string;
  /** A Ukrainian news page copied as text: title first, boilerplate after the article. */
  text: string;
}

export const readSeedSubmission = (): SeedSubmission => JSON.parse(readFileSync(SEED_FILE, 'utf8'));

export const seedPageText = (): string => readSeedSubmission().text;
