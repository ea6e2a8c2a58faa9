import { givenNamePart, surnameIndex } from './name-order';

describe('name order', () => {
  it("finds the surname first in the registers' order and last otherwise", () => {
    expect(surnameIndex(['Труфанова', 'Лілія', 'Сергіївна'], 'uk')).toBe(0);
    expect(surnameIndex(['Лілія', 'Труфанова'], 'uk')).toBe(1);
    expect(surnameIndex(['М.', 'Грушевський'], 'uk')).toBe(1);
  });

  it('finds the given name wherever it stands', () => {
    expect(givenNamePart(['Ткачук', 'Ігор', 'Борисович'], 'uk')).toBe('Ігор');
    expect(givenNamePart(['Махмудов', 'Тельман'], 'uk')).toBe('Махмудов');
  });
});
