import { scanPlaces } from '../places/detect-places';
import { tokenize } from '../text/tokenize';
import { detectOrganisations } from './detect-organisations';
import { detectPeople } from './detect-people';

function people(text: string, language: string) {
  const tokens = tokenize(text);
  const placeHits = scanPlaces(tokens).hits;
  const { spans } = detectOrganisations(tokens, text, language, placeHits);
  const blocked = new Set<number>();
  for (const s of [...placeHits, ...spans]) for (let k = s.first; k <= s.last; k += 1) blocked.add(k);
  return detectPeople({ tokens, text, language, blocked, orgSpans: spans, titleParagraphs: 0 });
}

describe('detectPeople', () => {
  it('normalises a genitive name after a genitive role and keeps the role', () => {
    expect(people('позицію президента країни Олександра Петренка про мир', 'uk')).toEqual([
      { name: 'Олександр Петренко', translit: 'Oleksandr Petrenko', role: 'президент', mentions: 1, confidence: 0.75 },
    ]);
  });

  it('merges a later surname-only mention and takes the role with its organisation', () => {
    const [person] = people('заявив речник МЗС Богдан Ковальчук. «Так», – сказав Ковальчук.', 'uk');
    expect(person).toMatchObject({ name: 'Богдан Ковальчук', role: 'речник МЗС', mentions: 2 });
  });

  it('names a person by the form the other mentions decline from when no cue shows the case', () => {
    const found = people(
      'Вчора про Жозефа Ренара писали всі, і книги Жозефа Ренара читали, а сам Жозеф Ренар мовчав.',
      'uk',
    );
    expect(found.map((p) => [p.name, p.mentions])).toEqual([['Жозеф Ренар', 3]]);
  });

  it('counts a person called by first name only once, however often the text names her', () => {
    const found = people('Вдома сиділа Марія. Потім прийшла Марія, і Марії було весело.', 'uk');
    expect(found.map((p) => [p.name, p.mentions])).toEqual([['Марія', 3]]);
  });

  it('reads a surname set in capitals beside a given name, and writes it as a name', () => {
    expect(people('Про це заявив Роман БОГАЧОВ на брифінгу.', 'uk').map((p) => p.name)).toEqual(['Роман Богачов']);
  });

  it('accepts speakers next to a verb of saying in English and German', () => {
    expect(people('"We are ready," Anna Lindqvist said on Monday.', 'en').map((p) => p.name)).toEqual([
      'Anna Lindqvist',
    ]);
    expect(people('Das sei falsch, sagte Kanzler Markus Brenner.', 'de').map((p) => [p.name, p.role])).toEqual([
      ['Markus Brenner', 'Kanzler'],
    ]);
  });

  it('does not take German capitalised nouns or headline Title Case for names', () => {
    expect(people('Die Deutsche Bahn meldete Verspätungen im Fernverkehr.', 'de')).toEqual([]);
  });

  it('finds two-word names mid-sentence without cues in Russian', () => {
    expect(people('Встреча прошла при участии Марины Соколовой и других.', 'ru').map((p) => p.name)).toEqual([
      'Марина Соколова',
    ]);
  });

  it('takes English military titles as roles and leaves article-led or possessive runs alone', () => {
    const found = people(
      "Colonel Meredith H. Shade led the Western Front push after Grant's Overland Campaign.",
      'en',
    ).map((p) => [p.name, p.role]);
    expect(found).toEqual([['Meredith H. Shade', 'colonel']]);
  });

  it('takes a lone name that recurs mid-sentence, but not a place after a preposition or a capitalised common noun', () => {
    expect(
      people('Вранці прийшла Зірка. Потім і сама Зірка сіла, а мама дала Зірці хліба.', 'uk').map((p) => p.name),
    ).toEqual(['Зірка']);
    expect(people('Он жил в Ленинграде. Потом снова в Ленинграде.', 'ru')).toEqual([]);
    expect(people('Пришла Медиа. Потом снова пришла Медиа и другие медиа.', 'ru')).toEqual([]);
  });

  it('takes no recurring lone word the text also writes in lower case in another case form', () => {
    const story = 'Вранці прийшла Буря. Потім і сама Буря сіла, а мама дала Бурі хліба.';
    expect(people(story, 'uk').map((p) => p.name)).toEqual(['Буря']);
    expect(people(`${story} Без бурі нудно.`, 'uk')).toEqual([]);
  });

  it('takes a known given name beside a capitalised word as a person, even opening a sentence', () => {
    expect(people('Новини дня. Ігоря Коско знову покликали до суду.', 'uk').map((p) => p.name)).toEqual(['Ігор Коско']);
  });

  it('reads adjective-shaped pairs without a given name as places, not people', () => {
    expect(people('Люди з’їхалися на Нагірний Карабах та під Печерську Лавру.', 'uk')).toEqual([]);
    expect(people('Того дня Народного Руху не стало.', 'uk')).toEqual([]);
  });

  it('takes a lone given name mid-sentence as the person of that first name', () => {
    const found = people('Ігоря Коско знову покликали до суду. Потім Ігорю дали слово, а Наталя мовчала.', 'uk');
    expect(found.map((p) => [p.name, p.mentions])).toEqual([
      ['Ігор Коско', 2],
      ['Наталя', 1],
    ]);
  });

  it('takes a first name opening a sentence as its subject, but not one in another case', () => {
    expect(people('Олена заїхала на ринок. Ігоря там не було.', 'uk').map((p) => p.name)).toEqual(['Олена']);
  });

  it('reads a lone surname by an ending only surnames have, in the nominative', () => {
    const found = people('Тому спроба Андруховича є подвигом, а з Коваленком ніхто не говорив про Берлін.', 'uk');
    expect(found.map((p) => p.name)).toEqual(['Андрухович', 'Коваленко']);
  });

  it('keeps English relatives with different first names apart', () => {
    const found = people('Daniel Near was a political figure. He was the son of John Near and grew up there.', 'en');
    expect(found.map((p) => p.name).sort()).toEqual(['Daniel Near', 'John Near']);
  });

  it('takes no abstract noun after a role for a person, but keeps given names that end like one', () => {
    expect(people('Вчера директор Ассоциации заявил, что рынок растет.', 'ru')).toEqual([]);
    expect(people('Об этом вчера сказала Ксения.', 'ru').map((p) => p.name)).toEqual(['Ксения']);
  });

  it('takes no person from a street named after one or from a town after a preposition', () => {
    expect(people('Роботи тривають на вул. Олеся Гончара у Києві.', 'uk')).toEqual([]);
    expect(people('Він був засновником Партії регіонів у Краматорську.', 'uk')).toEqual([]);
  });

  it('takes no sentence-opening pronoun before an adjective for a first name', () => {
    expect(people('Яким прекрасним був той день.', 'uk')).toEqual([]);
  });

  it('counts a person named surname first, as registers do, once', () => {
    const found = people('Засновником є Труфанова Лілія Сергіївна. Компанією керує Лілія Труфанова.', 'uk');
    expect(found.map((p) => [p.name, p.mentions])).toEqual([['Труфанова Лілія Сергіївна', 2]]);
  });

  it('takes no noun with a plural genitive for a name: their cases disagree', () => {
    expect(
      people('Это решение Съезда Советов было принято, а Сергея Иванова там не было.', 'ru').map((p) => p.name),
    ).toEqual(['Сергей Иванов']);
  });

  it('counts a given name and patronymic alone as the person who bears them', () => {
    const found = people('Ипполит Матвеевич Воробьянинов вышел. Потом Ипполит Матвеевич сел.', 'ru');
    expect(found.map((p) => [p.name, p.mentions])).toEqual([['Ипполит Матвеевич Воробьянинов', 2]]);
  });

  it('takes no common word without a given name after a role for a person', () => {
    expect(people('He began in Miami as a young Actor / Model working many jobs.', 'en')).toEqual([]);
    expect(people('На переговорах заявил представитель Южной Кореи, что мир близок.', 'ru')).toEqual([]);
  });

  it('reads no role in a function word that looks like its case form', () => {
    expect(people('Это миропорядок после Второй мировой войны, отметила канцлер.', 'ru')).toEqual([]);
  });

  it('joins a surname in a soft sign to its case forms', () => {
    const found = people(
      'Писав тоді Микола Гоголь багато. Аксаков запитував Гоголя про комедію, і Гоголь мовчав.',
      'uk',
    );
    expect(found.map((p) => [p.name, p.mentions])).toEqual([['Микола Гоголь', 3]]);
  });

  it('takes no tail of a quoted or hyphenated organisation for a person', () => {
    expect(people('Глава «Газпром-Медиа» раскритиковал, сказал глава «СТС Медиа» вчера.', 'ru')).toEqual([]);
  });

  it('takes a name after a kind of place for the place, unless it ends like a surname', () => {
    expect(people('Абэ отметил на встрече с мэром города Немуро, что мир нужен.', 'ru')).toEqual([]);
    const found = people('Как сообщил начальник полиции города Санжар Адилов, изъяты ноутбуки.', 'ru');
    expect(found.map((p) => p.name)).toEqual(['Санжар Адилов']);
  });

  it('leaves out a sentence-opening word before a given name', () => {
    expect(people('Новини дня. Тоді Людмила пішла додому.', 'uk').map((p) => p.name)).toEqual(['Людмила']);
  });

  it('reads no given name in a word the text also writes in lower case', () => {
    expect(people('Наша віра міцна, і Віра в перемогу теж.', 'uk')).toEqual([]);
  });

  it('reads English runs with a common word as titles, bands and places, and a given name as a person', () => {
    expect(people('Fans of Linkin Park and Killing Joke met at Bowling Green.', 'en')).toEqual([]);
    expect(people('Sheriff Don Eslinger met Neve Campbell.', 'en').map((p) => p.name)).toEqual([
      'Don Eslinger',
      'Neve Campbell',
    ]);
  });
});
