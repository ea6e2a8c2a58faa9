import { NinjsSchema } from '@newsflow/ninjs';
import { eventually } from '@newsflow/test-harness';

import { getArticle, postArticle, search } from './support/newsflow-client';
import { seedSubmission } from './support/seed';

const seed = seedSubmission;

describe('the seed page, from ingest to search', () => {
  let id: string;

  beforeAll(async () => {
    id = await postArticle({ ...seed, guid: `seed-${Date.now()}` });
  });

  it('is found by a name from its body, tagged Ukrainian and about Kazakhstan', async () => {
    const found = await eventually(async () => {
      const reply = await search({ q: 'Смадіяров' });
      expect(reply.status).toBe(200);
      const hit = reply.body.items.find((item) => item.id === id);
      expect(hit).toBeDefined();
      return hit!;
    });
    expect(found.language).toBe('uk');
    expect(found.countries).toEqual(expect.arrayContaining(['KZ']));
    expect(found.snippet).toContain('<mark>');
  });

  it('is found by another word of its body, and filtered by language and country', async () => {
    const reply = await eventually(async () => {
      const byWord = await search({ q: 'суверенної', lang: 'uk', country: 'kz' });
      expect(byWord.body.items.map((item) => item.id)).toContain(id);
      return byWord;
    });
    expect(reply.body.facets['languages']).toEqual(expect.arrayContaining([expect.objectContaining({ value: 'uk' })]));
    expect(reply.body.facets['countries']).toEqual(expect.arrayContaining([expect.objectContaining({ value: 'KZ' })]));
    const wrongLanguage = await search({ q: 'Смадіяров', lang: 'en' });
    expect(wrongLanguage.body.items.map((item) => item.id)).not.toContain(id);
  });

  it('is served as valid ninjs with its clean body', async () => {
    const reply = await eventually(async () => {
      const article = await getArticle(id);
      expect(article.status).toBe(200);
      return article;
    });
    const { newsflow, ...ninjs } = reply.body as { newsflow: Record<string, unknown> };
    expect(NinjsSchema.safeParse(ninjs).error?.issues ?? []).toEqual([]);
    const bodies = ninjs as unknown as {
      bodies: { role: string; value: string }[];
      headlines: { role: string; value: string }[];
      language: string;
    };
    expect(bodies.language).toBe('uk');
    expect(bodies.headlines[0]).toMatchObject({ role: 'main', value: expect.stringContaining('Казахстан') });
    expect(bodies.bodies[0].role).toBe('text');
    expect(bodies.bodies[0].value).toContain('Смадіяров');
    expect(newsflow['storyId']).toEqual(expect.any(String));
  });

  it('answers 404 for an unknown article and 400 for a malformed id', async () => {
    expect((await getArticle('0'.repeat(32))).status).toBe(404);
    const malformed = await getArticle('not-an-id');
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('must be a 32-character article id');
  });
});
