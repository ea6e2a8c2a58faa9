import { detectLanguage } from './detect';

describe('detectLanguage', () => {
  it.each([
    ['uk', 'Уряд схвалив нову програму підтримки фермерів у прикордонних громадах.'],
    ['ru', 'Правительство одобрило новую программу поддержки фермеров в приграничных районах.'],
    ['be', 'Урад ухваліў новую праграму падтрымкі фермераў у памежных раёнах.'],
    ['bg', 'Правителството одобри нова програма за подкрепа на фермерите в граничните райони.'],
    ['sr', 'Влада је усвојила нови програм подршке пољопривредницима у пограничним општинама.'],
    ['mk', 'Владата донесе нова програма за поддршка на земјоделците во пограничните општини.'],
    ['en', 'The government approved a new support programme for farmers in border districts.'],
    ['de', 'Die Regierung hat ein neues Förderprogramm für Landwirte in Grenzregionen beschlossen.'],
    ['fr', 'Le gouvernement a approuvé un nouveau programme de soutien aux agriculteurs frontaliers.'],
    ['pl', 'Rząd przyjął nowy program wsparcia dla rolników z gmin przygranicznych.'],
  ])('identifies %s', (code, text) => {
    expect(detectLanguage(text)).toEqual({ code, confidence: expect.any(Number) });
    expect(detectLanguage(text).confidence).toBeGreaterThan(0.5);
  });

  it('tells uk from ru on a short line by distinctive letters', () => {
    expect(detectLanguage('Він їде до Києва').code).toBe('uk');
    expect(detectLanguage('Он едет в Москву, это ясно').code).toBe('ru');
  });

  it('says und when there is too little to go on', () => {
    expect(detectLanguage('OK')).toEqual({ code: 'und', confidence: 0 });
    expect(detectLanguage('2024-05-01 12:30')).toEqual({ code: 'und', confidence: 0 });
    expect(detectLanguage('')).toEqual({ code: 'und', confidence: 0 });
  });

  it('says und for scripts no detector knows', () => {
    expect(detectLanguage('ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᏣᎳᎩ').code).toBe('und');
  });
});
