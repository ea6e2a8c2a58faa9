import { Client } from '@elastic/elasticsearch';
import {
  ArticleRepository,
  createArticleDataSource,
  runArticleMigrations,
  StoryRepository,
} from '@newsflow/article-store';
import {
  ArticleContracts,
  ArticleRejectedError,
  ClassifiedArticleSchema,
  decodeEvent,
  type NormalisedArticle,
  NormalisedArticleSchema,
} from '@newsflow/contracts';
import { articleAlias, ArticleSearchWriter, provisionArticleIndex } from '@newsflow/search-index';
import { ClassifyArticles } from '@newsflow/stage-classify';
import { normalise } from '@newsflow/stage-normalise';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';

import { freshDatabase } from './support/fresh-database';
import { stack } from './support/stack-env';

// The property's own database and index: generated articles stay out of the pipeline's search results.
const SLOT = Number(process.env['NEWSFLOW_TEST_SLOT'] ?? '0');
const DATABASE = `newsflow_boundary_${SLOT}`;
const INDEX_PREFIX = 'newsflow-boundary-test';

// Any UTF-16 code unit (every control character, lone surrogates), plus real prose so that many articles survive
// text extraction and reach the stores.
const codeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 40,
});
const prose = fc.constantFrom(
  'Президент Казахстану Касим-Жомарт Токаєв оголосив референдум.',
  'The harbour in Odesa reopened on Monday after repairs.',
  'Le gouvernement a annoncé un nouveau budget à Paris.',
  'Rząd w Warszawie przyjął nowy budżet.',
  '📰 Breaking: «Energoatom» said — “all is well”…',
);
const hostileText = fc
  .array(fc.oneof(codeUnits, prose, fc.string({ unit: 'binary', maxLength: 20 })), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(' '));
const dateBetween = (min: number, max: number) => fc.integer({ min, max }).map((time) => new Date(time).toISOString());
const anyDate = fc.oneof(
  { arbitrary: dateBetween(Date.UTC(1900, 0, 1), Date.now()), weight: 6 },
  { arbitrary: dateBetween(Date.UTC(-1000, 0, 1), Date.UTC(9999, 11, 31)), weight: 1 },
  { arbitrary: fc.constantFrom('0000-01-01T00:00:00Z', '2999-01-01T00:00:00Z'), weight: 1 },
);
const submission = fc.record(
  {
    source: fc.oneof({ arbitrary: fc.constant('wire'), weight: 3 }, { arbitrary: codeUnits, weight: 1 }),
    guid: codeUnits,
    title: hostileText,
    text: hostileText,
    html: fc
      .tuple(hostileText, hostileText)
      .map(([title, body]) => `<html><head><title>${title}</title></head><body><p>${body}</p></body></html>`),
    url: fc.oneof(
      fc.webUrl(),
      codeUnits.map((path) => `https://example.com/${path}`),
    ),
    language: fc.constantFrom('uk', 'en', 'xx', 'de'),
    publishedAt: anyDate,
  },
  { requiredKeys: ['source'] },
);

describe('whatever the boundary accepts, PostgreSQL and Elasticsearch store', () => {
  let dataSource: DataSource;
  let elasticsearch: Client;
  let articles: ArticleRepository;
  let search: ArticleSearchWriter;
  let classifier: ClassifyArticles;

  beforeAll(async () => {
    dataSource = await createArticleDataSource(await freshDatabase(stack.databaseUrl, DATABASE)).initialize();
    await runArticleMigrations(dataSource);
    elasticsearch = new Client({ node: stack.elasticsearchUrl });
    await elasticsearch.indices.delete({ index: `${INDEX_PREFIX}-*`, allow_no_indices: true });
    await provisionArticleIndex(elasticsearch, INDEX_PREFIX);
    articles = new ArticleRepository(dataSource);
    classifier = new ClassifyArticles(new StoryRepository(dataSource), 1);
    search = new ArticleSearchWriter(elasticsearch, { url: stack.elasticsearchUrl, indexPrefix: INDEX_PREFIX });
  });

  afterAll(async () => {
    await elasticsearch?.indices.delete({ index: `${INDEX_PREFIX}-*`, allow_no_indices: true });
    await elasticsearch?.close();
    await dataSource?.destroy();
  });

  // The normalizer's and classifier's own code makes each article; only the Kafka hops between them are left out.
  it('stores every generated raw-topic submission that passes the consumer gate, unchanged', async () => {
    let stored = 0;
    let clock = Date.now();
    await fc.assert(
      fc.asyncProperty(submission, async (candidate) => {
        // The bytes a newsroom system would put on the raw topic: lone surrogates travel as JSON escapes.
        const decoded = decodeEvent(ArticleContracts.rawArticle, {
          value: Buffer.from(JSON.stringify(candidate)),
          headers: {},
        });
        if (!decoded.ok) return;
        let normalised: NormalisedArticle;
        try {
          normalised = normalise({ submission: decoded.payload, receivedAt: new Date((clock += 1)), sentAt: null });
        } catch (error) {
          if (error instanceof ArticleRejectedError) return; // dead-lettered at once with its reason, as designed
          throw error;
        }
        const [classified] = await classifier.execute([{ article: NormalisedArticleSchema.parse(normalised) }]);
        if (classified.status === 'rejected') throw classified.reason;
        const article = ClassifiedArticleSchema.parse(classified.value);
        const [row] = await articles.upsertMany([article]);
        expect(row.outcome).toBe('written');
        const [indexed] = await search.upsert([article]);
        expect(indexed.outcome).toBe('written');
        expect(await articles.findById(article.id)).toEqual(article);
        stored += 1;
      }),
      { numRuns: 150 },
    );
    // The property says nothing if hardly anything reached the stores.
    expect(stored).toBeGreaterThan(30);
    await elasticsearch.indices.refresh({ index: articleAlias(INDEX_PREFIX) });
    const { count } = await elasticsearch.count({ index: articleAlias(INDEX_PREFIX) });
    expect(count).toBeGreaterThan(0);
  });
});
