import { formsDeclinedFrom, isDeclinedFrom } from './base-form';

describe('the form a name declines from', () => {
  it('finds consonant, soft and -й names under their case forms', () => {
    expect(isDeclinedFrom(['Жозефа', 'Ренара'], ['Жозеф', 'Ренар'])).toBe(true);
    expect(isDeclinedFrom(['Гнатюком'], ['Гнатюк'])).toBe(true);
    expect(isDeclinedFrom(['Базиля'], ['Базиль'])).toBe(true);
    expect(isDeclinedFrom(['Андрієм'], ['Андрій'])).toBe(true);
    expect(isDeclinedFrom(['Мирославом', 'Гладким'], ['Мирослав', 'Гладкий'])).toBe(true);
  });

  it('takes only the instrumental -м after a vowel, so a vocative is no root', () => {
    expect(isDeclinedFrom(['Данилом'], ['Данило'])).toBe(true);
    expect(isDeclinedFrom(['Зіновією'], ['Зіновіє'])).toBe(false);
    expect(isDeclinedFrom(['Стефаною'], ['Стефано'])).toBe(false);
  });

  it('says nothing between case forms that both change the ending, or the same form, or other lengths', () => {
    expect(isDeclinedFrom(['Стефани'], ['Стефана'])).toBe(false);
    expect(isDeclinedFrom(['Жозеф'], ['Жозефа'])).toBe(false);
    expect(isDeclinedFrom(['Ренар'], ['Ренар'])).toBe(false);
    expect(isDeclinedFrom(['Ренара'], ['Жозеф', 'Ренар'])).toBe(false);
  });

  it('counts the forms declined from one', () => {
    const forms = [
      ['Жозеф', 'Ренар'],
      ['Жозефа', 'Ренара'],
      ['Жозефом', 'Ренаром'],
    ];
    expect(formsDeclinedFrom(['Жозеф', 'Ренар'], forms)).toBe(2);
    expect(formsDeclinedFrom(['Жозефа', 'Ренара'], forms)).toBe(0);
  });
});
