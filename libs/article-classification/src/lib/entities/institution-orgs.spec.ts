import { scanPlaces } from '../places/detect-places';
import { tokenize } from '../text/tokenize';
import { findInstitutionOrgs } from './institution-orgs';

const names = (text: string, language: string) => {
  const tokens = tokenize(text);
  const places = new Set(scanPlaces(tokens).spans.flatMap((s) => [s.first, s.last]));
  return findInstitutionOrgs(tokens, new Set(), places, language).organisations.map((o) => o.name);
};

describe('findInstitutionOrgs', () => {
  it('reads a head named by one capitalised genitive, and dumas and leagues by their adjective', () => {
    expect(
      names(
        'Закон прошёл в Совете Федерации, спектакль идёт в Театре Вахтангова, а депутаты Государственной думы молчат.',
        'ru',
      ),
    ).toEqual(['Совете Федерации', 'Театре Вахтангова', 'Государственной думы']);
    expect(names('Совет заседал в среду.', 'ru')).toEqual([]);
  });

  it('reads councils, courts and prosecutors by their qualifying adjectives and place', () => {
    expect(
      names(
        'Рішення Бердичівської міської ради оскаржили до Ужгородського міськрайонного суду Закарпатської області, а Спеціалізована антикорупційна прокуратура мовчить.',
        'uk',
      ),
    ).toEqual([
      'Бердичівська міська рада',
      'Ужгородський міськрайонний суд Закарпатської області',
      'Спеціалізована антикорупційна прокуратура',
    ]);
  });

  it('reads a capitalised head with its genitive qualifier but not with a verb', () => {
    expect(names("Міністерство охорони здоров'я України повідомило. Міністерство заявило інше.", 'uk')).toEqual([
      "Міністерство охорони здоров'я України",
    ]);
    expect(names('Решение Федеральной антимонопольной службы обжаловано.', 'ru')).toEqual([
      'Федеральной антимонопольной службы',
    ]);
  });

  it('joins two fields with "и" and reads plural genitives without an ending or in -ов', () => {
    expect(
      names(
        'Министерство образования и науки заявило, что Общество научных работников и Российской академии наук правы.',
        'ru',
      ),
    ).toEqual(['Министерство образования и науки', 'Общество научных работников', 'Российской академии наук']);
  });

  it('keeps the body a unit belongs to', () => {
    expect(names('Тендер оголосило Управління капітального будівництва Одеської міськради.', 'uk')).toEqual([
      'Управління капітального будівництва Одеської міськради',
    ]);
  });

  it('leaves generic phrases, role nouns and other languages alone', () => {
    expect(names('Львівська компанія виграла. Правляча партія мовчить. Радник Президента прийшов.', 'uk')).toEqual([]);
    expect(names('The City Council met.', 'en')).toEqual([]);
  });

  it('does not take a person after a council for its place', () => {
    expect(names('Голова Житомирської міської ради Олена Петренко сказала.', 'uk')).toEqual([
      'Житомирська міська рада',
    ]);
  });

  it('names a Ukrainian body in the genitive in the nominative and merges it with its nominative mentions', () => {
    const tokens = tokenize('Дослідники Київської школи економіки підрахували. Київська школа економіки додала.');
    const found = findInstitutionOrgs(tokens, new Set(), new Set(), 'uk').organisations;
    expect(found.map((o) => [o.name, o.mentions])).toEqual([['Київська школа економіки', 2]]);
    expect(names('Рішення Національного агентства з питань запобігання корупції.', 'uk')).toEqual([
      'Національне агентство',
    ]);
  });

  it('keeps a town after its abbreviated unit and stops at a reflexive verb', () => {
    const text = 'Позов розглянув Господарський суд м. Києва. Суд погодився з позивачем.';
    const tokens = tokenize(text);
    const kyiv = new Set(tokens.filter((t) => t.text === 'Києва').map((t) => t.index));
    expect(findInstitutionOrgs(tokens, new Set(), kyiv, 'uk').organisations.map((o) => o.name)).toEqual([
      'Господарський суд м. Києва',
    ]);
  });
});
