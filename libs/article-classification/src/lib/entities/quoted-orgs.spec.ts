import { tokenize } from '../text/tokenize';
import { findQuotedOrgs } from './quoted-orgs';

const quoted = (text: string, language: string) =>
  findQuotedOrgs(text, tokenize(text), () => false, language).map((o) => `${o.name} x${o.mentions}`);

describe('findQuotedOrgs', () => {
  it('takes a name after a head noun', () => {
    expect(quoted('Керівник компанії «Зелена енергія» заявив.', 'uk')).toEqual(['Зелена енергія x1']);
  });

  it('takes a name quoted again without a head noun, its case forms as one', () => {
    expect(quoted('Договор подписали «Лесоторг» и «Мостпром». Позже «Лесоторга» не стало.', 'ru')).toEqual([
      'Лесоторг x2',
    ]);
  });

  it('leaves a repeated slogan or title with punctuation, and English quotations', () => {
    expect(quoted('Он крикнул «Стой, кто идёт!», и снова «Стой, кто идёт!».', 'ru')).toEqual([]);
    expect(quoted('They sang "Blue Moon" and later "Blue Moon" again.', 'en')).toEqual([]);
  });
});
