import { peopleIn } from './testing/people-in';

const names = (text: string) => peopleIn(text, 'uk', 'places and organisations');

describe('detectPeople: plural roles and regions', () => {
  it('takes no lone word a few words after a plural role, nor one a clause before it', () => {
    expect(names('Він порівняв між собою поетами Польщі й Шотландії.')).toEqual([]);
    expect(names('Вони жили в Чилі, Шотландії, бо там багато поетів тоді жили.')).toEqual([]);
  });

  it('still takes a list that a plural role sums up', () => {
    expect(names('Бабуся казала, що знала Гнатюка, Ярмоленка, інших поетів.')).toContain('Гнатюк');
  });

  it('takes no region name after a role', () => {
    expect(names('Голова громади Буковинщини звернувся до міністра.')).toEqual([]);
  });
});
