import { eventually } from '@newsflow/test-harness';

import { getArticle, postArticle } from './support/newsflow-client';
import { restart } from './support/restarted-apps';

const story = async (id: string) => ((await getArticle(id)).body as { newsflow: { storyId: string } }).newsflow.storyId;

describe('story clusters live in PostgreSQL', () => {
  it('still puts a copy into its story after the classifier restarts', async () => {
    const run = Date.now();
    const paragraphs = [
      `Рятувальники ДСНС ліквідували пожежу на складі пального в Житомирській області, повідомили в управлінні служби ${run}.`,
      'Вогонь охопив площу близько трьохсот квадратних метрів, постраждалих немає, причини загоряння встановлюють слідчі поліції.',
      'До гасіння залучили понад сорок рятувальників і дванадцять одиниць техніки, рух трасою тимчасово обмежили.',
    ];
    const original = await postArticle({
      source: `wire-${run}`,
      guid: `w-${run}`,
      title: 'На Житомирщині загасили пожежу на складі пального',
      text: paragraphs.join('\n\n'),
    });
    await eventually(async () => expect((await getArticle(original)).status).toBe(200));

    await restart('classifier');

    const copy = await postArticle({
      source: `reprint-${run}`,
      guid: `r-${run}`,
      title: 'Пожежу на складі пального на Житомирщині загасили',
      text: [
        paragraphs[0],
        paragraphs[1],
        'Рух трасою поблизу складу тимчасово обмежували, зараз його відновлено.',
      ].join('\n\n'),
    });
    await eventually(async () => expect((await getArticle(copy)).status).toBe(200));
    expect(await story(copy)).toBe(await story(original));
  });
});
