import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ArticleContracts, cloudEventHeaders, Topics, type TranslatedArticle } from '@newsflow/contracts';
import { NinjsSchema } from '@newsflow/ninjs';
import { eventually, repoRoot } from '@newsflow/test-harness';

import { json, KafkaProbe } from './support/kafka-probe';
import { getArticle, postArticle, search } from './support/newsflow-client';
import { seedSubmission } from './support/seed';

// The stack translates into en and ru (the harness's TRANSLATION_TARGETS) with the real Apertium APY.
interface TypedText {
  role: string;
  value: string;
}
interface ArticleReply {
  version: string;
  headlines: TypedText[];
  bodies: TypedText[];
  newsflow: { translations?: { targetLanguage: string; provider: string; pair: string; version: number }[] };
}

const run = Date.now();
const apertium = (command: 'start' | 'stop') =>
  execFileSync('bash', [join(repoRoot, 'infra', 'local', 'apertium.sh'), command], { cwd: repoRoot, stdio: 'pipe' });

async function article(id: string): Promise<ArticleReply> {
  const reply = await getArticle(id);
  expect(reply.status).toBe(200);
  return reply.body as unknown as ArticleReply;
}

/** Waits until the article (at least at `version`, when given) has a headline translated into `language`. */
async function translatedHeadline(id: string, language: string, timeoutMs = 60_000, version?: string) {
  return eventually(
    async () => {
      const current = await article(id);
      if (version) expect(current.version).toBe(version);
      const headline = current.headlines.find((h) => h.role === `translation:${language}`);
      expect(headline).toBeDefined();
      return { article: current, headline: headline!.value };
    },
    timeoutMs,
    500,
  );
}

function ukrainian(marker: string): Record<string, unknown> {
  return {
    source: 'e2e-translation',
    guid: `${marker}-${run}`,
    title: `Міністерство оголосило про нові правила ${marker}`,
    text: `Міністерство закордонних справ у понеділок оголосило про нові правила для журналістів ${marker}${run}.\n\nПравила почнуть діяти з наступного місяця.`,
  };
}

describe('translation (Apertium APY, en and ru targets)', () => {
  const probe = new KafkaProbe();
  beforeAll(() => probe.connect());
  afterAll(async () => {
    apertium('start');
    await probe.disconnect();
  });

  it('makes the Ukrainian seed findable by a Russian word only its translation has, and carries the Russian headline', async () => {
    const id = await postArticle({ ...seedSubmission, guid: `seed-translation-${run}` });
    const { article: translated, headline } = await translatedHeadline(id, 'ru');
    expect(headline).toContain('Казахстан не признает');
    expect(translated.bodies.find((b) => b.role === 'translation:ru')?.value).toContain('понедельник');
    expect(translated.newsflow.translations).toEqual([
      expect.objectContaining({ targetLanguage: 'ru', provider: 'apertium', pair: 'ukr|rus' }),
    ]);
    const { newsflow: _newsflow, ...ninjs } = translated;
    expect(NinjsSchema.safeParse(ninjs).error?.issues ?? []).toEqual([]);

    const found = await eventually(async () => {
      const hit = (await search({ q: 'понедельник' })).body.items.find((item) => item.id === id);
      expect(hit).toBeDefined();
      return hit!;
    });
    expect(found.matchedTranslation).toBe(true);
    expect(found.translations).toEqual(['ru']);
    const own = (await search({ q: 'Смадіяров' })).body.items.find((item) => item.id === id);
    expect(own?.matchedTranslation).toBe(false);
  });

  it('gives a Serbian Cyrillic article an English headline and finds it by an English query', async () => {
    const sample = JSON.parse(readFileSync(join(repoRoot, 'samples', 'articles', 'sr-education-law.json'), 'utf8'));
    const id = await postArticle({ ...sample, guid: `sr-${run}` });
    const { headline } = await translatedHeadline(id, 'en');
    expect(headline).toMatch(/Serbia .*law on education/);
    const hit = await eventually(async () => {
      const found = (await search({ q: 'education' })).body.items.find((item) => item.id === id);
      expect(found).toBeDefined();
      return found!;
    });
    expect(hit.language).toBe('sr');
    expect(hit.matchedTranslation).toBe(true);
  });

  it('does not translate an article into its own language', async () => {
    const guid = `ownlanguage-${run}`;
    const id = await postArticle({
      source: 'e2e-translation',
      guid,
      title: 'Harbour reopens after storm',
      text: 'The harbour reopened on Monday after repairs to the breakwater were finished ahead of schedule.',
    });
    await eventually(async () => expect((await getArticle(id)).status).toBe(200));
    // A Ukrainian revision of the same article follows on the same partition: once its translation is
    // out, the translator has handled the English version before it.
    await postArticle({ ...ukrainian('ownlanguage'), guid });
    await translatedHeadline(id, 'ru');
    const translations = (await probe.readAll(Topics.translatedArticle))
      .filter((message) => message.key === id)
      .map((message) => json(message) as unknown as TranslatedArticle);
    expect(translations.map((t) => [t.sourceLanguage, t.targetLanguage])).toEqual([['uk', 'ru']]);
  });

  it('keeps indexing while Apertium is down, dead-letters nothing, and completes the translations after it returns', async () => {
    apertium('stop');
    const ids: string[] = [];
    try {
      for (const marker of ['outagea', 'outageb', 'outagec']) ids.push(await postArticle(ukrainian(marker)));
      for (const [n, marker] of ['outagea', 'outageb', 'outagec'].entries()) {
        await eventually(async () => {
          const hit = (await search({ q: `${marker}${run}` })).body.items.find((item) => item.id === ids[n]);
          expect(hit).toBeDefined();
          expect(hit!.translations).toEqual([]);
        }, 30_000);
      }
    } finally {
      apertium('start');
    }
    for (const id of ids) await translatedHeadline(id, 'ru', 120_000);
    const deadLetters = await probe.readAll(Topics.deadLetter);
    expect(deadLetters.filter((m) => m.key !== null && ids.includes(m.key))).toEqual([]);
  });

  it('never puts a translation of version 1 on version 2', async () => {
    const first = ukrainian('revision');
    const id = await postArticle(first);
    const v1 = (await translatedHeadline(id, 'ru')).article.version;
    await postArticle({ ...first, title: `Міністерство скасувало правила revision` });
    const v2 = await eventually(async () => {
      const current = await article(id);
      expect(current.version).not.toBe(v1);
      expect(current.headlines.find((h) => h.role === 'translation:ru')?.value).toContain('отменило');
      return current.version;
    });

    const late = (version: string, targetLanguage: string, title: string, stems: string): TranslatedArticle => ({
      id,
      version: Number(version),
      sourceLanguage: 'uk',
      targetLanguage,
      provider: 'apertium',
      pair: 'ukr|rus',
      title,
      paragraphs: ['Устаревший абзац.', 'Второй абзац.'],
      contentHash: 'a'.repeat(64),
      translatedAt: new Date().toISOString(),
      search: { stems, translit: '' },
    });
    const publish = (translation: TranslatedArticle) =>
      probe.publish(Topics.translatedArticle, {
        key: id,
        value: JSON.stringify(translation),
        headers: cloudEventHeaders({ type: ArticleContracts.translatedArticle.type, source: 'e2e', subject: id }),
      });
    await publish(late(v1, 'ru', `Устаревший перевод ${run}`, `устаревш${run}`));
    // Same key, same partition: once this one is applied, the late one before it has been handled.
    await publish(late(v2, 'be', `Барьер ${run}`, `барьер${run}`));
    const after = (await translatedHeadline(id, 'be', 60_000, v2)).article;
    expect(after.headlines.find((h) => h.role === 'translation:ru')?.value).toContain('отменило');
    expect(JSON.stringify(after)).not.toContain('Устаревший перевод');
    // The barrier's own terms find the article once search sees it, so the stale terms were checked after.
    await eventually(async () =>
      expect((await search({ q: `барьер${run}` })).body.items.map((item) => item.id)).toContain(id),
    );
    expect((await search({ q: `устаревш${run}` })).body.items.map((item) => item.id)).not.toContain(id);
  });
});
