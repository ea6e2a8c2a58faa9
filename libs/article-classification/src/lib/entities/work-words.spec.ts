import { peopleIn } from './testing/people-in';

const names = (text: string) => peopleIn(text, 'uk', 'places');

describe('a lone name after a noun of a work', () => {
  it('is the author, named once', () => {
    expect(names('Увечері вона читала новели Стефаника.')).toEqual(['Стефаник']);
    expect(names('У залі висіли полотна Мурашка і гравюри Нарбута.').sort()).toEqual(['Мурашко', 'Нарбут']);
  });

  it('is not a place, nor a name after some other noun', () => {
    expect(names('Він привіз картини Львова і Києва.')).toEqual([]);
    expect(names('Вона довго дивилася на Нарбута.')).toEqual([]);
  });
});
