import { tokenize } from '../text/tokenize';
import { findQuotedOrgs } from './quoted-orgs';

const quoted = (text: string, language: string) =>
  findQuotedOrgs(text, tokenize(text), () => false, language).map((o) => `${o.name} x${o.mentions}`);

describe('findQuotedOrgs', () => {
  it('takes a name after a head noun', () => {
    expect(quoted('Керівник компанії «Зелена енергія» заявив.', 'uk')).toEqual(['Зелена енергія x1']);
  });

  it('takes a short capitalised name alone, its case forms as one', () => {
    expect(quoted('Договор подписали «Лесоторг» и «Мост Пром». Позже «Лесоторга» не стало.', 'ru')).toEqual([
      'Лесоторг x2',
      'Мост Пром x1',
    ]);
  });

  it('takes a sentence-case name alone only when it is quoted again', () => {
    expect(quoted('Акции «Лесной торг» выросли, а «Красные бабочки» вышли. «Лесной торг» закрылся.', 'ru')).toEqual([
      'Лесной торг x2',
    ]);
  });

  it('leaves a work after its own noun, a punctuated slogan, and English quotations', () => {
    expect(quoted('Вийшов фільм «Гамлет», і знову фільм «Гамлет».', 'uk')).toEqual([]);
    expect(quoted('Он крикнул «Стой, кто идёт!», и снова «Стой, кто идёт!».', 'ru')).toEqual([]);
    expect(quoted('They sang "Blue Moon" and later "Blue Moon" again.', 'en')).toEqual([]);
  });
});
