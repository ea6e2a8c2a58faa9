import { peopleIn } from './testing/people-in';

const names = (text: string, language = 'uk') => peopleIn(text, language, 'places and organisations');

describe('detectPeople: names without a usual cue', () => {
  it('reads God and the figures of faiths as people, in the nominative', () => {
    expect(names('Старий молився Богу, а потім згадав Христа й Ісуса Христа.')).toEqual(['Ісус Христос', 'Бог']);
    expect(names('Наш бог — гроші, казав він.')).toEqual([]);
  });

  it('takes a lone -ський surname that ends its phrase, not one that qualifies a head', () => {
    expect(names('Тоді заарештували Костомарова, Гулака і Житецького.')).toContain('Житецький');
    expect(names('Нафту передали Бориславському і Долинському НПЗ на зберігання.')).toEqual([]);
  });

  it('takes a Russian-type surname alone and reads із with the instrumental as "with"', () => {
    expect(names('Увечері приїхав Павло разом із Орловим, а Орлов мовчав.')).toContain('Орлов');
    expect(names('Кордон на замку, — реготнув Михайлов.')).toEqual(['Михайлов']);
  });

  it('takes a lone name after a kinship or address word, and a title of art or rank', () => {
    expect(names('Поруч стояли брат Остапчук і пан Корнель.')).toEqual(['Корнель', 'Остапчук']);
    expect(names('Тоді до столиці прибув князь Абрезков.')).toEqual(['Абрезков']);
  });

  it('reads a vocative given name, even opening a sentence', () => {
    expect(names('Миколо, ходи сюди, — гукнула мати.')).toEqual(['Микола']);
  });

  it('takes a surname with two initials after it, grouped with the full name', () => {
    expect(names('Наказ підписав Гнатюк В. І. Пізніше Віктор Іванович Гнатюк пішов у відставку.')).toEqual([
      'Віктор Іванович Гнатюк',
    ]);
    expect(names('Договір уклали з мешканкою Полтави Сидоренко О. П. на рік.')).toEqual(['Сидоренко О. П.']);
  });

  it('takes surnames named once in a list beside a person, not a list opened by a discourse word', () => {
    expect(names('Він любив Богдана Лепкого, Стефаника і Черемшину.')).toEqual([
      'Богдан Лепкий',
      'Стефаника',
      'Черемшину',
    ]);
    expect(names('Нагадаємо, Остапчук підписав наказ.')).toEqual(['Остапчук']);
  });

  it('reads a character who mostly opens sentences as recurring when named mid-sentence too', () => {
    expect(names('Тарасик пішов до лісу. Тарасик довго блукав. Мати кликала Тарасика додому.')).toHaveLength(1);
    expect(names('Вітер дув. Вітер стих. Про вітер забули, а Вітер знову віяв.')).toEqual([]);
  });

  it('makes relatives named together two people with a singular surname each', () => {
    expect(new Set(names('Фірмою володіють Ганна і Богдан Савчуки та Ірина і Павло Котови.'))).toEqual(
      new Set(['Богдан Савчук', 'Ганна Савчук', 'Ірина Котова', 'Павло Котов']),
    );
  });
});

describe('detectPeople: names of something else', () => {
  it('reads clipped state bodies and abbreviations with an ending as no people', () => {
    expect(names('Це підтвердив начальник управління Держгеокадастру та представник ФОПа.')).toEqual([]);
    expect(names('Документи надіслали до Мінфіну, а Нацгвардії відмовили.')).toEqual([]);
  });

  it('drops a sentence-opening common word before a name, and reads capitalised pronouns as no people', () => {
    expect(names('Його дружина працювала. Дружина Оксана поділяє це захоплення.')).toEqual(['Оксана']);
    expect(names('Я знаю, що Ти всюди, і Тобі дякую.')).toEqual([]);
  });

  it('reads capitalised books, rites and feasts of faith as no people, however often they recur', () => {
    expect(names('Він читав Євангеліє і Біблію, а після Різдва знову читав Євангеліє та Біблію.')).toEqual([]);
  });

  it('reads a lone body or unit noun after a role as that body', () => {
    expect(names('Так вважає керівник Групи моніторингу і директор Будинку культури.')).toEqual([]);
  });

  it("reads a name after імені or ім. as a namesake, a street list's names as streets", () => {
    expect(names('Він вчився в університеті імені Тараса Шевченка і в ліцеї ім. Івана Франка.')).toEqual([]);
    expect(names('Ремонтують вулиці Зелену, Коперника та Богдана Хмельницького.')).toEqual([]);
  });

  it('reads a lone word mostly put after в or на as a place, a character met there once as a person', () => {
    expect(names('Він жив у Бродах, працював у Бродах, писав про Броди й вернувся до Бродів.')).toEqual([]);
    expect(names('Прийшла Ліда. Мама кликала Ліду, а Ліда мовчала. Він дивився на Ліду.')).toHaveLength(1);
  });
});

describe('detectPeople: nominative', () => {
  it("restores a woman's dative surname, a man's accusative and a lone given name with a cue", () => {
    expect(names('Подякували Владиславі Чайці за роботу.')).toEqual(['Владислава Чайка']);
    expect(names('Ми зустріли Миколу Северина на вокзалі.')).toEqual(['Микола Северин']);
    expect(names('Колись він сказав Марині, що поїде.')).toEqual(['Марина']);
  });

  it('reads a familiar form as a person, the same as the full name it comes from', () => {
    expect(names('Увечері до хати забігла Оксанка.')).toEqual(['Оксанка']);
    expect(names('Петро Гнатюк повернувся з поля. Петрик сів вечеряти.')).toEqual(['Петро Гнатюк']);
  });

  it('leaves a capitalised pronoun out of the name after it', () => {
    expect(names('Він вірив, що світ тримає Сам Господь.')).toEqual(['Господь']);
    expect(names('Вона віддала Себе Марині без останку.')).toEqual(['Марина']);
  });
});
