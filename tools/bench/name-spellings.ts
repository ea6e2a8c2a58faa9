/**
 * Recall of the spellings people type for names written in Cyrillic, on a scratch index of real Elasticsearch.
 * Indexes one short Cyrillic-script article and one English article per person of PRESS_SPELLINGS, then
 * searches each press spelling (English, German, French, other English print), the BGN/PCGN and ISO 9
 * romanisations of the surname, and the Cyrillic surname (for the English article), through the search API's
 * own request building, with and without the name keys. A hit counts when the person's article is on the first
 * page (10); "unrelated" counts the articles about other people a query returns.
 *
 *   ELASTICSEARCH_URL=http://127.0.0.1:9200 bash tools/run-ts.sh tools/bench/name-spellings.ts
 */
import { createHash } from 'node:crypto';

import { Client } from '@elastic/elasticsearch';
import type { ClassifiedArticle } from '@newsflow/contracts';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';
import {
  articleAlias,
  articleSearchQuery,
  ArticleSearchWriter,
  provisionArticleIndex,
  toArticleSearchResult,
} from '@newsflow/search-index';
import { toSearchRequest } from '@newsflow/stage-search';

import { loadLabelledSet } from '../article-classification/labelled-set';
import { PRESS_SPELLINGS, type PressSpellings } from './names/press-spellings';
import { bgnPcgn, iso9 } from './names/romanisations';

const URL = process.env['ELASTICSEARCH_URL'] ?? `http://127.0.0.1:${process.env['ELASTICSEARCH_PORT'] ?? '9200'}`;
const PREFIX = 'newsflow-bench-names';

const TEMPLATES: Record<PressSpellings['language'], (name: string, genitive: string) => [string, string]> = {
  uk: (name, genitive) => [
    `${name} зустрівся з журналістами`,
    `Сьогодні ${name} відповів на запитання преси. Заяву ${genitive} обговорюють експерти.`,
  ],
  ru: (name, genitive) => [
    `${name} встретился с журналистами`,
    `Сегодня ${name} ответил на вопросы прессы. Заявление ${genitive} обсуждают эксперты.`,
  ],
  sr: (name, genitive) => [
    `${name} разговарао са новинарима`,
    `Данас је ${name} одговорио на питања новинара. Изјаву ${genitive} анализирају стручњаци.`,
  ],
  bg: (name, genitive) => [
    `${name} се срещна с журналисти`,
    `Днес ${name} отговори на въпросите на медиите. Изявлението на ${genitive} се обсъжда.`,
  ],
};

/** People absent from the articles: whatever they return is another person's article or a real mention. */
const ABSENT = [
  'Zhirinovsky',
  'Kasyanov',
  'Avakov',
  'Turchynov',
  'Groysman',
  'Arestovych',
  'Kiselyov',
  'Surkov',
  'Patrushev',
  'Nabiullin',
  'Medinsky',
  'Shmyrov',
  'Zolotov',
  'Yavlinsky',
  'Klimkin',
  'Жириновский',
  'Аваков',
  'Турчинов',
  'Сурков',
  'Патрушев',
];

/** Ordinary words: their hits should not grow, since the keys are matched exactly. */
const ORDINARY = [
  'police',
  'market',
  'election',
  'minister',
  'weather',
  'bank',
  'school',
  'energy',
  'court',
  'port',
  'Regierung',
  'Polizei',
  'gouvernement',
  'вибори',
  'суд',
  'уряд',
  'полиция',
  'банк',
  'школа',
  'энергия',
];

/** Queries with no article to find: only their hits count. */
const NO_TARGET = new Set(['ordinary words', 'absent people']);

const surname = (name: string) => name.split(/\s+/).at(-1) ?? name;
const idOf = (text: string) => createHash('md5').update(text).digest('hex');

function article(id: string, language: string, title: string, body: string): ClassifiedArticle {
  const base = classifiedArticleFixture();
  const words = body.split(/\s+/).length;
  return classifiedArticleFixture({
    id,
    version: 1,
    text: {
      ...base.text,
      title,
      paragraphs: [body],
      language: { code: language, confidence: 1 },
      passages: [{ paragraph: 0, language, confidence: 1 }],
      stats: { ...base.text.stats, words },
    },
    classification: { ...base.classification, storyId: id, people: [], organisations: [], places: [] },
  });
}

function articlesOf(person: PressSpellings): { cyrillic: ClassifiedArticle; latin: ClassifiedArticle } {
  const [title, body] = TEMPLATES[person.language](person.cyrillic, person.genitive);
  const en = person.en;
  const latinBody = `On Tuesday ${en} answered questions from the press. Experts are discussing ${surname(en)}'s statement.`;
  return {
    cyrillic: article(idOf(`cyrillic ${person.cyrillic}`), person.language, title, body),
    latin: article(idOf(`latin ${person.cyrillic}`), 'en', `${en} meets reporters`, latinBody),
  };
}

interface Tally {
  queries: number;
  found: number;
  unrelated: number;
  misses: string[];
}

async function main(): Promise<void> {
  const client = new Client({ node: URL });
  const writer = new ArticleSearchWriter(client, { url: URL, indexPrefix: PREFIX });
  for (const { index } of await client.cat.indices({ index: `${PREFIX}-*`, format: 'json' }))
    if (index) await client.indices.delete({ index });
  await provisionArticleIndex(client, PREFIX);
  const pairs = PRESS_SPELLINGS.map(articlesOf);
  // Our own labelled articles (many languages, many names) stand in for the rest of an archive.
  const archive = [...loadLabelledSet('labelled'), ...loadLabelledSet('holdout')].map((labelled) =>
    article(idOf(`archive ${labelled.id}`), labelled.language, labelled.title, labelled.body),
  );
  await writer.upsert([...pairs.flatMap(({ cyrillic, latin }) => [cyrillic, latin]), ...archive]);
  const alias = articleAlias(PREFIX);
  await client.indices.refresh({ index: alias });

  const tallies = new Map<string, Tally>();
  async function measure(label: string, q: string, wanted: string, own: string[], withKeys: boolean): Promise<void> {
    const request = { ...toSearchRequest({ q, size: 10 }), ...(withKeys ? {} : { nameKeys: [] }) };
    const response = await client.search(articleSearchQuery(alias, request));
    const items = toArticleSearchResult(response as never, 1, 10).items;
    const key = `${label}\t${withKeys ? 'after' : 'before'}`;
    const tally = tallies.get(key) ?? { queries: 0, found: 0, unrelated: 0, misses: [] };
    tally.queries += 1;
    const found = items.some((item) => item.id === wanted);
    if (found) tally.found += 1;
    else tally.misses.push(q);
    tally.unrelated += items.filter((item) => !own.includes(item.id)).length;
    tallies.set(key, tally);
  }

  for (const [index, person] of PRESS_SPELLINGS.entries()) {
    const { cyrillic, latin } = pairs[index];
    const cyrillicSurname = surname(person.cyrillic);
    const queries: [string, string, string][] = [
      ['English press', surname(person.en), cyrillic.id],
      ['German press', surname(person.de), cyrillic.id],
      ['French press', surname(person.fr), cyrillic.id],
      ...(person.extra ?? []).map((spelling): [string, string, string] => [
        'other English print',
        spelling,
        cyrillic.id,
      ]),
      ['BGN/PCGN', bgnPcgn(cyrillicSurname, person.language), cyrillic.id],
      ['ISO 9', iso9(cyrillicSurname), cyrillic.id],
      ['English full name', person.en, cyrillic.id],
      ['Cyrillic → English article', cyrillicSurname, latin.id],
      ['Cyrillic genitive → English article', person.genitive, latin.id],
    ];
    for (const [label, q, wanted] of queries) {
      await measure(label, q, wanted, [cyrillic.id, latin.id], false);
      await measure(label, q, wanted, [cyrillic.id, latin.id], true);
    }
  }

  for (const q of ORDINARY) {
    await measure('ordinary words', q, '', [], false);
    await measure('ordinary words', q, '', [], true);
  }
  for (const q of ABSENT) {
    await measure('absent people', q, '', [], false);
    await measure('absent people', q, '', [], true);
  }

  process.stdout.write(
    `${PRESS_SPELLINGS.length} people, ${pairs.length * 2} articles about them and ${archive.length} others; first page of 10\n`,
  );
  process.stdout.write('spelling\tqueries\trecall before\trecall after\tunrelated hits per query (before/after)\n');
  const labels = [...new Set([...tallies.keys()].map((key) => key.split('\t')[0]))];
  for (const label of labels) {
    const before = tallies.get(`${label}\tbefore`) as Tally;
    const after = tallies.get(`${label}\tafter`) as Tally;
    const recall = (tally: Tally) => (NO_TARGET.has(label) ? '-' : (tally.found / tally.queries).toFixed(3));
    const noise = (tally: Tally) => (tally.unrelated / tally.queries).toFixed(2);
    process.stdout.write(
      `${label}\t${after.queries}\t${recall(before)}\t${recall(after)}\t${noise(before)}/${noise(after)}\n`,
    );
    if (
      process.env['SHOW_MISSES'] &&
      after.misses.length > 0 &&
      label !== 'absent people' &&
      label !== 'ordinary words'
    )
      process.stdout.write(`  missed: ${after.misses.join(', ')}\n`);
  }
  for (const { index } of await client.cat.indices({ index: `${PREFIX}-*`, format: 'json' }))
    if (index) await client.indices.delete({ index });
  await client.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
