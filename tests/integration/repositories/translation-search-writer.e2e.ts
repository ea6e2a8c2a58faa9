import '../support/stack-env';

import { Client } from '@elastic/elasticsearch';
import type { TranslatedArticle } from '@newsflow/contracts';
import { classifiedArticleFixture } from '@newsflow/contracts/testing';
import { ArticleSearchWriter, provisionArticleIndex, TranslationSearchWriter } from '@newsflow/search-index';

import { stack } from '../support/stack-env';

/** An index of its own, so the apps' index keeps only what the pipeline wrote. */
const INDEX_PREFIX = `${stack.indexPrefix}-translations`;
const options = { url: stack.elasticsearchUrl, indexPrefix: INDEX_PREFIX };

const translation = (id: string, version: number, targetLanguage: string, title: string): TranslatedArticle => ({
  id,
  version,
  sourceLanguage: 'uk',
  targetLanguage,
  provider: 'apertium',
  pair: `ukr|${targetLanguage}`,
  title,
  paragraphs: [`${title}.`],
  contentHash: 'a'.repeat(64),
  translatedAt: new Date().toISOString(),
  search: { stems: title.toLowerCase(), translit: title.toLowerCase() },
});

describe('TranslationSearchWriter on Elasticsearch', () => {
  const client = new Client({ node: stack.elasticsearchUrl });
  const articles = new ArticleSearchWriter(client, options);
  const writer = new TranslationSearchWriter(client, options);
  const id = (n: number) => n.toString(16).padStart(32, '0');

  const stored = async (articleId: string) =>
    client.get<{ translation_languages: string[]; translated_title: string[] }>({
      index: `${INDEX_PREFIX}-articles`,
      id: articleId,
    });

  beforeAll(async () => {
    const indices = await client.cat.indices({ index: `${INDEX_PREFIX}-*`, format: 'json' });
    for (const { index } of indices) if (index) await client.indices.delete({ index });
    await provisionArticleIndex(client, INDEX_PREFIX);
  });

  afterAll(() => client.close());

  it('gives an article both of its translations in one update, before any refresh', async () => {
    await articles.upsert([classifiedArticleFixture({ id: id(1), version: 5 })]);
    const before = await stored(id(1));

    const results = await writer.addAll([
      translation(id(1), 5, 'en', 'Council met'),
      translation(id(1), 5, 'ru', 'Совет'),
    ]);

    expect(results.map((result) => result.outcome)).toEqual(['written', 'written']);
    const after = await stored(id(1));
    expect(after._source?.translation_languages).toEqual(['en', 'ru']);
    expect(after._source?.translated_title).toEqual(['Council met', 'Совет']);
    expect(after._seq_no).toBe((before._seq_no ?? 0) + 1);
  });

  it('answers each translation of a batch on its own: written, stale, or waiting for its article', async () => {
    await articles.upsert([classifiedArticleFixture({ id: id(2), version: 7 })]);

    const results = await writer.addAll([
      translation(id(2), 6, 'en', 'Older version'),
      translation(id(2), 7, 'en', 'Current version'),
      translation(id(2), 8, 'ru', 'Newer version'),
      translation(id(3), 1, 'en', 'Never indexed'),
    ]);

    expect(results.map((result) => result.outcome)).toEqual(['stale', 'written', 'article-behind', 'article-behind']);
    expect((await stored(id(2)))._source?.translated_title).toEqual(['Current version']);
  });

  it('keeps the later of two translations into one language, in the order given', async () => {
    await articles.upsert([classifiedArticleFixture({ id: id(4), version: 3 })]);

    await writer.addAll([translation(id(4), 3, 'en', 'First wording'), translation(id(4), 3, 'en', 'Second wording')]);

    expect((await stored(id(4)))._source?.translated_title).toEqual(['Second wording']);
  });
});
