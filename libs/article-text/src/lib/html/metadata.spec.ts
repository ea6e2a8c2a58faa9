import { stripSiteName } from './metadata';

describe('stripSiteName', () => {
  it('drops the site name at either end', () => {
    expect(stripSiteName('Port strike ends | Harbour Times', ['Harbour Times'])).toBe('Port strike ends');
    expect(stripSiteName('Укрінформ - Уряд ухвалив бюджет', ['Укрінформ'])).toBe('Уряд ухвалив бюджет');
  });

  it('keeps separators that belong to the headline', () => {
    expect(stripSiteName('Казахстан не визнає референдумів – МЗС', ['Укрінформ'])).toBe(
      'Казахстан не визнає референдумів – МЗС',
    );
  });
});
