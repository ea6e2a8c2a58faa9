import { CHARACTER_RUNS, run, unstorableStrings } from '@newsflow/contracts/testing';

import { classifyArticle } from './classify-article';
import type { ArticleClassification } from './types';

// Each call must finish: jest's timeout is the backstop, no timing is asserted.
const LONG = 200_000;
// Elasticsearch refuses a keyword term over 32,766 bytes; names and keywords are indexed as keywords.
const MAX_KEYWORD_BYTES = 32_766;

function expectWellFormed(classification: ArticleClassification): void {
  expect(unstorableStrings(classification)).toEqual([]);
  const confidences = [
    ...classification.subjects,
    ...classification.places,
    ...classification.people,
    ...classification.organisations,
  ].map((label) => label.confidence);
  for (const confidence of confidences) {
    expect(confidence).toBeGreaterThanOrEqual(0);
    expect(confidence).toBeLessThanOrEqual(1);
  }
  const keywords = [
    ...classification.keywords,
    ...classification.people.map((person) => person.name),
    ...classification.organisations.map((organisation) => organisation.name),
  ];
  for (const keyword of keywords) expect(Buffer.byteLength(keyword)).toBeLessThanOrEqual(MAX_KEYWORD_BYTES);
}

describe('classifyArticle on long runs of every character class', () => {
  it.each(Object.entries(CHARACTER_RUNS))('finishes on %s in the body, the title and one paragraph', (_name, unit) => {
    const text = run(unit, LONG);
    for (const language of ['uk', 'en', 'und']) {
      expectWellFormed(classifyArticle({ title: text.slice(0, 1000), body: text, paragraphs: [text], language }));
    }
  });

  it.each(['Ж', 'W'])('a single word of a million letters starting with %s is no name or keyword', (capital) => {
    const word = capital + (capital === 'Ж' ? 'ж' : 'w').repeat(1_000_000);
    const text = `${word} said that ${word} met ${word} in Kyiv. ${word} agreed.`;
    expectWellFormed(classifyArticle({ title: word, body: text, paragraphs: [text], language: 'en' }));
  });

  it('a million paragraphs of one word each', () => {
    const paragraphs = Array.from({ length: 1_000_000 }, (_, index) => `Word${index % 100}`);
    expectWellFormed(classifyArticle({ title: 'Start', body: paragraphs.join('\n\n'), paragraphs, language: 'en' }));
  });
});
