import { cutAt } from './cut';

describe('cutAt', () => {
  it('keeps a short text whole', () => {
    expect(cutAt('Київ', 10)).toBe('Київ');
  });

  it('cuts at the limit', () => {
    expect(cutAt('abcdef', 3)).toBe('abc');
  });

  it('never leaves half of a surrogate pair', () => {
    expect(cutAt('ab😀cd', 3)).toBe('ab');
    expect(cutAt('ab😀cd', 4)).toBe('ab😀');
  });
});
