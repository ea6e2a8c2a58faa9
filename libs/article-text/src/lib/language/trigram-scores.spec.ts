import { francAll } from 'franc';

import { trigramScores } from './trigram-scores';

const SAMPLES = [
  'Казахстан не визнає можливої анексії Росією захоплених територій України',
  'Министерство иностранных дел заявило в понедельник, что 23-27 сентября пройдут выборы.',
  'The ferry left the harbour at 7:30 with 212 passengers on board, the operator said.',
  'Die Bundesregierung will die Bundeswehr modernisieren, sagte der Minister am Montag.',
  'Łódź i Kraków przygotowują się do wyborów samorządowych.',
  'Премиерът на България обяви нови мерки — и още, и още!',
  'שלום עולם, זהו טקסט בעברית',
  '東京で大きな地震がありました。',
  'Ελληνικά κείμενα για δοκιμή',
  '12345 !!! ???',
  'a',
  'İstanbul  \n\t  ŞEHİR',
];
const ONLY = [
  ['ukr', 'rus', 'bel', 'bul', 'srp', 'mkd'],
  ['eng', 'deu', 'fra', 'pol'],
  ['heb', 'jpn', 'cmn', 'ell'],
  [],
];

describe('trigramScores', () => {
  it.each(SAMPLES)('scores %j exactly as franc does', (sample) => {
    for (const only of ONLY) expect(trigramScores(sample, only)).toEqual(francAll(sample, { only, minLength: 1 }));
  });

  it('scores long text on its first 2048 characters, as franc does', () => {
    const long = `${'Україна і Польща домовилися про транзит зерна. '.repeat(60)}${'The end. '.repeat(400)}`;
    expect(trigramScores(long, ONLY[0])).toEqual(francAll(long, { only: ONLY[0], minLength: 1 }));
  });

  it('names no language for empty text', () => {
    expect(trigramScores('', ONLY[0])).toEqual([['und', 1]]);
  });
});
