import type { FacetName } from '@newsflow/search-index';
import { eventually } from '@newsflow/test-harness';

import { getArticle, postArticle, search } from './support/newsflow-client';
import { seedSubmission } from './support/seed';
import { storedOrganisations } from './support/storage-probe';

const seedBody = seedSubmission.text.split('Поділитися публікацією:')[0];

describe('what the seed is about, and its copies collapsed into one story', () => {
  const run = Date.now();
  let original: string;
  let copy: string;
  let otherStory: string;

  beforeAll(async () => {
    original = await postArticle({ ...seedSubmission, source: `outlet-a-${run}`, guid: `a-${run}` });
    // A second outlet republishes the wire story: an edited headline, one changed paragraph, its own footer.
    const edited = seedBody
      .replace(
        'Казахстан не визнає російських псевдореферендумів',
        'МЗС Казахстану: Астана не визнає російських псевдореферендумів',
      )
      .replace(
        'Лідери західних країн вже заявили, що будь-які російські псевдореферендуми в Україні будуть нелегітимними.',
        'Раніше лідери країн Заходу наголосили, що так звані референдуми не матимуть жодної юридичної сили.',
      );
    copy = await postArticle({
      source: `outlet-b-${run}`,
      guid: `b-${run}`,
      text: `${edited}\nПоширити\n© Outlet B ${run}`,
    });
    otherStory = await postArticle({
      source: `outlet-c-${run}`,
      guid: `c-${run}`,
      title: 'Казахстан і Узбекистан підписали угоду про водні ресурси',
      text:
        'Президенти Казахстану та Узбекистану підписали в Ташкенті угоду про спільне використання водних ресурсів басейну Сирдар’ї.\n\n' +
        'Документ передбачає обмін даними про стік річок і спільне фінансування ремонту гідроспоруд, повідомила пресслужба уряду.\n\n' +
        'Сторони також домовилися провести наступну зустріч міжурядової комісії восени в Астані.',
    });
    await eventually(async () => {
      for (const id of [original, copy, otherStory]) expect((await getArticle(id)).status).toBe(200);
    });
  });

  it('shows the seed with its topics, places, people and organisations as facets', async () => {
    // PostgreSQL has the article before Elasticsearch makes it searchable (refresh interval).
    const { reply, hit } = await eventually(async () => {
      const found = await search({ q: 'Смадіяров', country: 'KZ', size: '100' });
      const seed = found.body.items.find((item) => item.id === original);
      expect(seed).toBeDefined();
      return { reply: found, hit: seed };
    });
    expect(hit!.topics).toContain('medtop:11000000');
    expect(hit!.countries).toEqual(expect.arrayContaining(['KZ', 'UA', 'RU']));
    for (const stripped of ['IR', 'IL', 'PS', 'LB', 'QA']) expect(hit!.countries).not.toContain(stripped);
    expect(hit!.people).toEqual(expect.arrayContaining(['Айбек Смадіяров', 'Касим-Жомарт Токаєв']));
    expect(hit!.organisations).toEqual(
      expect.arrayContaining([
        'Reuters',
        'Укрінформ',
        'Міністерство закордонних справ Казахстану',
        expect.stringMatching(/^Організація Об.єднаних Націй$/),
      ]),
    );
    const ninjs = (await getArticle(original)).body as { organisations: { name: string; literal?: string }[] };
    expect(ninjs.organisations.map((organisation) => organisation.literal)).toEqual(
      expect.arrayContaining(['ООН', 'МЗС Казахстану']),
    );
    const facetValues = (name: FacetName) => reply.body.facets[name].map((facet) => facet.value);
    expect(facetValues('topics')).toContain('medtop:11000000');
    expect(facetValues('people')).toContain('Айбек Смадіяров');
    expect(facetValues('organisations')).toContain('Укрінформ');
    expect(facetValues('organisationCategories')).toEqual(expect.arrayContaining(['news-agency', 'government']));
  });

  it("carries each organisation's category and country into PostgreSQL and ninjs", async () => {
    const ministry = expect.objectContaining({
      abbreviation: 'МЗС Казахстану',
      countryCode: 'KZ',
      category: 'government',
    });
    const agency = expect.objectContaining({ name: 'Reuters', category: 'news-agency' });
    expect(await storedOrganisations(original)).toEqual(expect.arrayContaining([ministry, agency]));
    const ninjs = (await getArticle(original)).body as { newsflow: { organisations: unknown[] } };
    expect(ninjs.newsflow.organisations).toEqual(expect.arrayContaining([ministry, agency]));
  });

  it('gives the republished copy the same story and a different story another', async () => {
    const story = async (id: string) =>
      ((await getArticle(id)).body as { newsflow: { storyId: string } }).newsflow.storyId;
    expect(await story(copy)).toBe(await story(original));
    expect(await story(otherStory)).not.toBe(await story(original));
  });

  it('collapses the copies into one result when asked', async () => {
    const storyId = ((await getArticle(original)).body as { newsflow: { storyId: string } }).newsflow.storyId;
    await eventually(async () => {
      const expanded = await search({ q: 'Смадіяров', size: '100' });
      expect(expanded.body.items.filter((item) => item.storyId === storyId).length).toBeGreaterThanOrEqual(2);
    });
    const collapsed = await search({ q: 'Смадіяров', size: '100', collapse: 'story' });
    expect(collapsed.body.items.filter((item) => item.storyId === storyId)).toHaveLength(1);
    expect(collapsed.body.stories).toBe(collapsed.body.items.length);
  });
});
