import { eventually } from '@newsflow/test-harness';

import { postArticle, search } from './support/newsflow-client';

/**
 * Names are searched in the spelling the editor knows: the English, German or French press form, or a library
 * romanisation, finds a Cyrillic article (in any case form of the name), and a Cyrillic name finds an English one.
 */
describe('names are found in the spellings people type', () => {
  const run = Date.now();
  const ids: Record<'ukrainian' | 'russian' | 'english', string> = { ukrainian: '', russian: '', english: '' };
  const sources: Record<keyof typeof ids, string> = {
    ukrainian: `names-uk-${run}`,
    russian: `names-ru-${run}`,
    english: `names-en-${run}`,
  };

  beforeAll(async () => {
    ids.ukrainian = await postArticle({
      source: sources.ukrainian,
      guid: `names-uk-${run}`,
      title: 'Ющенко і Назарбаєв обговорили транзит зерна',
      text: [
        'Колишній президент України Віктор Ющенко зустрівся в Алмати з першим президентом Казахстану.',
        'Під час зустрічі Нурсултан Назарбаєв запропонував новий маршрут для транзиту зерна через Каспійське море.',
        'За словами Ющенка, переговори тривали понад три години, а сторони домовилися продовжити їх восени.',
      ].join('\n\n'),
    });
    ids.russian = await postArticle({
      source: sources.russian,
      guid: `names-ru-${run}`,
      title: 'Ходорковский выступил на форуме в Берлине',
      text: [
        'Бывший владелец нефтяной компании Михаил Ходорковский выступил на форуме независимых журналистов.',
        'Выступление Ходорковского продолжалось около часа, после чего он ответил на вопросы участников.',
        'Организаторы форума сообщили, что следующая встреча пройдёт весной в другом европейском городе.',
      ].join('\n\n'),
    });
    ids.english = await postArticle({
      source: sources.english,
      guid: `names-en-${run}`,
      title: 'Lavrov arrives in Ankara for grain talks',
      text: [
        'Foreign Minister Sergei Lavrov arrived in Ankara on Tuesday for talks on grain shipments across the Black Sea.',
        'Officials said the meeting would focus on insurance for cargo ships and on inspections in Turkish ports.',
        'Lavrov is expected to hold a press conference after the talks on Wednesday afternoon.',
      ].join('\n\n'),
    });
    // Stored is not yet searchable: wait until each article is in the search index under its own source.
    for (const article of Object.keys(ids) as (keyof typeof ids)[])
      await eventually(async () => {
        const reply = await search({ source: sources[article] });
        expect(reply.body.items.map((item) => item.id)).toContain(ids[article]);
      });
  });

  const found = async (q: string) => {
    const reply = await search({ q, size: '50' });
    expect(reply.status).toBe(200);
    return reply.body.items.map((item) => item.id);
  };

  type Article = keyof typeof ids;
  it.each<[string, Article, string]>([
    ['Nazarbayev', 'ukrainian', 'English press, for Назарбаєв'],
    ['Nasarbajew', 'ukrainian', 'German press'],
    ['Nazarbaïev', 'ukrainian', 'French press'],
    ['Yushchenko', 'ukrainian', 'English press, for Ющенко and Ющенка'],
    ['Juschtschenko', 'ukrainian', 'German press'],
    ['Iouchtchenko', 'ukrainian', 'French press'],
    ['Khodorkovsky', 'russian', 'English press, for Ходорковский'],
    ['Chodorkowski', 'russian', 'German press, where ch is х'],
    ['Hodorkovskij', 'russian', 'ISO 9 without its diacritics'],
    ['Nazarbayev Yushchenko', 'ukrainian', 'two names, each in press spelling'],
    ['Лавров', 'english', 'the Cyrillic name, for Lavrov'],
    ['Лаврова', 'english', 'an inflected Cyrillic name'],
  ])('"%s" finds the %s article (%s)', async (q, article) => {
    expect(await found(q)).toContain(ids[article]);
  });

  it('keeps each name to its own articles', async () => {
    const hits = await found('Nazarbayev');
    expect(hits).not.toContain(ids.russian);
    expect(hits).not.toContain(ids.english);
    expect(await found('Chodorkowski')).not.toContain(ids.ukrainian);
  });

  it('still requires every word: a press name with a word no article has finds nothing of these', async () => {
    const hits = await found('Nazarbayev Khodorkovsky');
    expect(hits).not.toContain(ids.ukrainian);
    expect(hits).not.toContain(ids.russian);
  });
});
