import { classifyCue } from './cues';

describe('classifyCue', () => {
  it.each([
    ['Поділитися публікацією:', 'share'],
    ['Читайте також', 'related'],
    ['Lesen Sie auch:', 'related'],
    ['Головні новини', 'top-news'],
    ['Les plus lus', 'top-news'],
    ['Шукайте нас на Twitter', 'subscribe'],
    ['© Ukraine in Arabic, 2018. All Rights Reserved.', 'footer'],
    ['Wszelkie prawa zastrzeżone', 'footer'],
    ['Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая, вы соглашаетесь.', 'cookie'],
    ["DON'T MISS", 'related'],
    ['Leia também', 'related'],
    ['You may also like...', 'related'],
    ['Popular on Example News', 'top-news'],
    ['Tell us what YOU think...', 'comments'],
    ['Добавить отзыв', 'comments'],
    ['Filed under: Politics |', 'tags'],
    ['Advert', 'advertising'],
    ['Iklan', 'advertising'],
    ['Image 2 of 5', 'navigation'],
    ['1 - 5 of 36', 'navigation'],
  ])('labels "%s" as %s', (line, kind) => {
    expect(classifyCue(line)?.kind).toBe(kind);
  });

  it('tells a bare label from a label introducing content', () => {
    expect(classifyCue('Read also:')).toEqual({ kind: 'related', label: true });
    expect(classifyCue('Read also: Minister resigns after audit')).toEqual({ kind: 'related', label: false });
  });

  it.each([
    [
      'Ещё по теме: Власти Казани открыли новый мост через Казанку после трёх лет ремонта и реконструкции набережной',
      'related',
    ],
    [
      'Lire aussi : Le gouvernement présente un budget rectificatif pour financer la rénovation des écoles rurales',
      'related',
    ],
    [
      'Czytaj także: Sejm przyjął ustawę o transporcie publicznym w małych gminach i powiatach na wschodzie kraju',
      'related',
    ],
    [
      'Sign up for our morning newsletter and get the day’s most important stories delivered to your inbox.',
      'subscribe',
    ],
    ['Підпишіться на нашу розсилку, щоб отримувати головні новини дня.', 'subscribe'],
    ['Нашли ошибку? Выделите её и нажмите Ctrl+Enter.', 'footer'],
    ['Знайшли помилку? Виділіть її та натисніть Ctrl+Enter', 'footer'],
    ['Ставки на спорт: бонус 5000 гривень новим гравцям за першу ставку. 18+', 'advertising'],
    ['Bet now on the derby: best odds and a free bet for new customers', 'advertising'],
    ['Full statement in English: President meets European partners in Brussels', 'related'],
  ])('removes "%s" as %s', (line, kind) => {
    expect(classifyCue(line)).toEqual({ kind, label: false });
  });

  it('keeps prose about newsletters, betting and errors that asks nothing of the reader', () => {
    expect(
      classifyCue('The regulator fined the bookmaker for accepting bets from minors, the ministry said on Monday.'),
    ).toBeNull();
    expect(
      classifyCue('Редакция газеты выпускает ежедневную рассылку с 2015 года, рассказал главный редактор.'),
    ).toBeNull();
  });

  it('leaves prose that merely starts like a label', () => {
    expect(classifyCue('Shares in the company fell by 4% on Monday after the report.')).toBeNull();
    expect(classifyCue('Головне – це мир, сказав президент на зустрічі з журналістами.')).toBeNull();
    expect(classifyCue('Home owners in the region will receive compensation from the state budget.')).toBeNull();
    expect(classifyCue('Advertisers left the platform after the report, the company said.')).toBeNull();
    expect(classifyCue('Tagged bears were tracked across the valley for three winters by the team.')).toBeNull();
    expect(classifyCue('3 of 4 voters backed the plan')).toBeNull();
  });
});
