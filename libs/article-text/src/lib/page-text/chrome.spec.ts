import { isPageChrome } from './chrome';

describe('isPageChrome', () => {
  it.each([
    'Listen to this article',
    'Слухати новину',
    'Прослушать статью',
    'Read aloud',
    '5 min read',
    'Читати 3 хв',
    'Время чтения: 4 минуты',
    '12 345 переглядів',
    '1.2K views',
    'News › Society › Health',
    'Головна / Новини / Суспільство',
    'USD 41,25 EUR 44,90 Київ +12°C',
  ])('recognises "%s"', (line) => {
    expect(isPageChrome(line)).toBe(true);
  });

  it.each([
    'Port strike ends after three weeks of talks',
    'Уряд схвалив нову програму підтримки фермерів',
    'Inflation falls to 3.2% as fuel prices ease',
    'Listening to farmers: the minister tours the south',
    'Гривня подешевшала до 41,25 за долар',
  ])('leaves the headline "%s"', (line) => {
    expect(isPageChrome(line)).toBe(false);
  });
});
