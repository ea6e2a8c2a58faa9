import { eventually } from '@newsflow/test-harness';

import { getArticle, postArticle, search } from './support/newsflow-client';
import { seedBoilerplateLines, seedSubmission } from './support/seed';
import { searchDocuments } from './support/storage-probe';

describe('the seed is indexed with a clean body and found across word forms and scripts', () => {
  let id: string;

  beforeAll(async () => {
    id = await postArticle({ ...seedSubmission, guid: `seed-quality-${Date.now()}` });
    await eventually(async () => expect((await getArticle(id)).status).toBe(200));
  });

  it('keeps no line of the page boilerplate in the indexed body', async () => {
    expect(seedBoilerplateLines.length).toBeGreaterThan(10);
    for (const line of seedBoilerplateLines) {
      const found = await searchDocuments({
        bool: { filter: [{ term: { id } }], must: [{ match_phrase: { body: line } }] },
      });
      expect({ line, found: found.length }).toEqual({ line, found: 0 });
    }
    const body = ((await getArticle(id)).body as { bodies: { value: string }[] }).bodies[0].value;
    expect(body.startsWith('Казахстан не визнає можливої анексії')).toBe(true);
    expect(body.endsWith('на їх область.')).toBe(true);
  });

  it.each([
    ['Токаєв', 'the nominative of a name that the body only has as Токаєва'],
    ['референдум', 'the singular of референдумів'],
    ['Smadiiarov', 'the official Latin transliteration of Смадіяров'],
    ['Tokaiev', 'the transliteration of Токаєв'],
    ['Tokayev', 'the English press spelling of Токаєв'],
    ['Tokajew', 'the German press spelling of Токаєв'],
  ])('is found by "%s" (%s)', async (query) => {
    const reply = await search({ q: query });
    expect(reply.status).toBe(200);
    expect(reply.body.items.map((item) => item.id)).toContain(id);
  });

  it('is not found by words that only its stripped headlines contain', async () => {
    const reply = await search({ q: 'Нетаньяху' });
    expect(reply.body.items.map((item) => item.id)).not.toContain(id);
  });
});
