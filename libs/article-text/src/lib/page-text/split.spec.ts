import { splitPageText } from './split';

describe('splitPageText', () => {
  const page = [
    'Startseite > Politik > Deutschland',
    'Menü',
    '',
    'Bundestag beschließt neues Gesetz zur Wärmeplanung',
    '12.03.2024, 14:35',
    'Von Anna Schmidt',
    '',
    'Der Bundestag hat am Dienstag ein Gesetz verabschiedet, das Kommunen zur Wärmeplanung verpflichtet.',
    '',
    'Städte mit mehr als 100.000 Einwohnern müssen ihre Pläne bis 2026 vorlegen, kleinere Gemeinden bis 2028.',
    '',
    'Kritik kam von der Opposition',
    '',
    'Die Opposition bemängelte, dass die Finanzierung der Pläne weiterhin ungeklärt sei und Kommunen überfordert würden.',
    '',
    'Lesen Sie auch:',
    'Heizungsgesetz: Was Eigentümer jetzt wissen müssen',
    'Wärmepumpen: Förderung wird verlängert',
    'Meistgelesen',
    'Politik',
    'Kanzler reist nach Paris',
    'Politik',
    'Neue Umfrage zur Europawahl',
    '© 2024 Beispiel Zeitung. Alle Rechte vorbehalten.',
  ].join('\n');

  it('finds title, byline and body between navigation and related links', () => {
    const result = splitPageText(page);
    expect(result.title).toBe('Bundestag beschließt neues Gesetz zur Wärmeplanung');
    expect(result.byline).toBe('Von Anna Schmidt');
    expect(result.paragraphs[0]).toMatch(/^Der Bundestag hat am Dienstag/);
    expect(result.paragraphs[result.paragraphs.length - 1]).toMatch(/überfordert würden\.$/);
  });

  it('keeps a subheading between paragraphs', () => {
    expect(splitPageText(page).paragraphs).toContain('Kritik kam von der Opposition');
  });

  it('counts what it removed by kind', () => {
    expect(splitPageText(page).removed).toMatchObject({
      related: 1,
      'top-news': 1,
      footer: 1,
      'section-label': 2,
      timestamp: 1,
    });
  });

  it('reports a bare body as unstructured', () => {
    const body =
      'Der Bundestag hat am Dienstag ein Gesetz verabschiedet.\n\nDie Opposition kritisierte die Finanzierung scharf.';
    expect(splitPageText(body)).toMatchObject({ title: null, structured: false, paragraphs: body.split('\n\n') });
  });

  it('takes the headline above page chrome, not the chrome', () => {
    const copied = [
      'Уряд схвалив програму підтримки фермерів у прикордонних громадах',
      'Слухати новину',
      '4 хв читання',
      '12 345 переглядів',
      '',
      'Уряд на засіданні у середу схвалив нову програму підтримки фермерів, які працюють у прикордонних громадах.',
      '',
      'Програма передбачає компенсацію частини витрат на пальне, добрива та ремонт техніки протягом двох років.',
    ].join('\n');
    expect(splitPageText(copied).title).toBe('Уряд схвалив програму підтримки фермерів у прикордонних громадах');
  });
});
