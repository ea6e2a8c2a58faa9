import { peopleIn } from './testing/people-in';

const names = (text: string) => peopleIn(text, 'uk', 'places and organisations');

describe('detectPeople: speech verbs', () => {
  it('takes a lone name after a verb of saying in the past, as quotations are attributed', () => {
    expect(names('« Праця годує » , — казав Сенека . « Мовчи » , — відповів Лукіан .')).toEqual(['Лукіан', 'Сенека']);
  });

  it('takes no word that ends a quotation before ", — explains"', () => {
    expect(names('Цей птах живе в Чилі та Шотландії , – пояснив він .')).toEqual([]);
  });
});
