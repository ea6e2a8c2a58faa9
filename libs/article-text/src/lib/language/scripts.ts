import { CYRILLIC_FIRST, CYRILLIC_LAST } from '../morphology/script';

/** Writing systems told apart before any statistics: a script decides the candidate languages. */
export type ScriptName = 'Latin' | 'Cyrillic' | 'Greek' | 'Other';

export interface ScriptProfile {
  dominant: ScriptName | null;
  letters: number;
  counts: Record<ScriptName, number>;
}

export function scriptOf(code: number): ScriptName | null {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'Latin';
  if (code < 0xc0) return null;
  if (code <= 0x24f && code !== 0xd7 && code !== 0xf7) return 'Latin';
  if (code >= CYRILLIC_FIRST && code <= CYRILLIC_LAST) return 'Cyrillic';
  if (code >= 0x370 && code <= 0x3ff) return 'Greek';
  if (code >= 0x1e00 && code <= 0x1eff) return 'Latin';
  if (code >= 0x1f00 && code <= 0x1fff) return 'Greek';
  // Modifier letter apostrophe belongs to Ukrainian words, not to another script.
  if (code === 0x2bc) return null;
  return /\p{L}/u.test(String.fromCodePoint(code)) ? 'Other' : null;
}

export function profileScripts(text: string): ScriptProfile {
  const counts: Record<ScriptName, number> = { Latin: 0, Cyrillic: 0, Greek: 0, Other: 0 };
  let letters = 0;
  for (const char of text) {
    const script = scriptOf(char.codePointAt(0) ?? 0);
    if (script) {
      counts[script] += 1;
      letters += 1;
    }
  }
  let dominant: ScriptName | null = null;
  for (const name of Object.keys(counts) as ScriptName[]) {
    if (counts[name] > 0 && (dominant === null || counts[name] > counts[dominant])) dominant = name;
  }
  return { dominant, letters, counts };
}
