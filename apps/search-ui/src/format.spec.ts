import { relativeTime, safeWebUrl } from './format';

describe('safeWebUrl', () => {
  it.each([
    ['https://www.ukrinform.ua/rubric-world/3577.html', 'https://www.ukrinform.ua/rubric-world/3577.html'],
    ['http://example.org/a b', 'http://example.org/a%20b'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['//evil.example/x', null],
    [null, null],
  ])('%s → %s', (url, expected) => {
    expect(safeWebUrl(url)).toBe(expected);
  });
});

describe('relativeTime', () => {
  it('says how long ago, in the UI language', () => {
    const now = Date.parse('2026-12-01T12:00:00Z');
    expect(relativeTime('2026-12-01T09:00:00Z', 'en', now)).toBe('3 hours ago');
    expect(relativeTime('2026-11-30T12:00:00Z', 'uk', now)).toBe('учора');
  });
});
