import { readSeedSubmission } from '@newsflow/article-text/testing';

/** The bundled seed page: a Ukrainian news page copied as text, with its share prompt, headlines and footer. */
export const seedSubmission = readSeedSubmission();

const lines = seedSubmission.text
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);
const boilerplateStart = lines.findIndex((line) => line.startsWith('Поділитися'));

/** The lines a reader sees after the article ends: share prompt, related and top headlines, footer. */
export const seedBoilerplateLines = lines.slice(boilerplateStart);
