import { analyse } from 'chardet';
import iconv from 'iconv-lite';

import { ArticleTextError } from '../errors';
import { mojibakeScore } from './plausibility';

export interface DecodedText {
  text: string;
  charset: string;
  /** True when the declaration was wrong or absent and the guess is not clear-cut: a human should look. */
  doubtful: boolean;
}

/** Bytes sniffed: enough for chardet and for the mojibake check, bounded for multi-megabyte pages. */
const SNIFF_BYTES = 64 * 1024;
/** Single-byte code pages that the statistics confuse with each other; each is tried when one of them is suspected. */
const CYRILLIC_FAMILY = ['windows-1251', 'koi8-u', 'koi8-r', 'iso-8859-5', 'ibm866'];
const LATIN_FAMILY = ['windows-1252', 'iso-8859-2', 'windows-1250', 'iso-8859-15'];
/** Below this mojibake score a decode reads as real text. */
const CLEAN = 0.02;

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function canonical(label: string | undefined | null): string | null {
  if (!label) return null;
  const name = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (name === 'utf8') return 'utf-8';
  if (!iconv.encodingExists(name)) return null;
  return name;
}

/** <meta charset> or http-equiv content-type in the first bytes, as browsers do before parsing. */
function declaredInMarkup(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return canonical(match?.[1]);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample)
    if (byte === 0 || byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control += 1;
  return sample.length > 0 && control / sample.length > 0.02;
}

function decode(bytes: Uint8Array, charset: string): string {
  return iconv.decode(Buffer.from(bytes), charset, { stripBOM: true });
}

/** The candidate whose decode of the sample looks least like mojibake. */
function bestCandidate(sample: Uint8Array, candidates: string[]): { charset: string; score: number; runnerUp: number } {
  const scored = [...new Set(candidates)]
    .filter((name) => iconv.encodingExists(name))
    .map((charset) => ({ charset, score: mojibakeScore(decode(sample, charset)) }))
    .sort((a, b) => a.score - b.score);
  return { ...scored[0], runnerUp: scored[1]?.score ?? Infinity };
}

/**
 * Bytes to text: BOM first, then the declared charset (argument or <meta>), checked against the bytes; without a
 * trustworthy declaration, chardet's guesses and the code-page families they belong to compete on a mojibake score.
 * Never silently wrong: any override of a declaration or unclear guess sets `doubtful`.
 */
export function decodeArticleBytes(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  for (const [bom, charset] of BOMS) {
    if (bom.every((byte, index) => bytes[index] === byte))
      return { text: decode(bytes, charset), charset, doubtful: false };
  }
  if (looksBinary(bytes)) throw new ArticleTextError('binary', 'bytes contain control characters that text does not');

  const declared = canonical(declaredCharset) ?? declaredInMarkup(bytes);
  const unknownDeclaration = declaredCharset !== undefined && canonical(declaredCharset) === null;
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const hasHighBytes = sample.some((byte) => byte >= 0x80);
  if (!hasHighBytes)
    return { text: decode(bytes, declared ?? 'utf-8'), charset: declared ?? 'utf-8', doubtful: unknownDeclaration };

  const utf8 = isValidUtf8(sample.length === bytes.length ? bytes : trimPartialUtf8(sample));
  if (utf8)
    return {
      text: decode(bytes, 'utf-8'),
      charset: 'utf-8',
      doubtful: unknownDeclaration || (declared !== null && declared !== 'utf-8'),
    };

  const guesses = analyse(Buffer.from(sample))
    .slice(0, 4)
    .map((guess) => canonical(guess.name))
    .filter((name): name is string => name !== null && name !== 'utf-8');
  const families = [...guesses, ...(declared && declared !== 'utf-8' ? [declared] : [])];
  const cyrillic = families.some((name) => CYRILLIC_FAMILY.includes(name));
  const candidates = [...families, ...(cyrillic || families.length === 0 ? CYRILLIC_FAMILY : []), ...LATIN_FAMILY];
  const best = bestCandidate(sample, candidates);

  if (declared && declared !== 'utf-8') {
    const declaredScore = mojibakeScore(decode(sample, declared));
    if (declaredScore <= best.score + 0.005)
      return { text: decode(bytes, declared), charset: declared, doubtful: declaredScore > CLEAN };
  }
  const clearWinner = best.score <= CLEAN && best.runnerUp - best.score > 0.01;
  return {
    text: decode(bytes, best.charset),
    charset: best.charset,
    doubtful: declared !== null || unknownDeclaration || !clearWinner,
  };
}

/** A sample cut mid-character must not fail UTF-8 validation: drop up to three bytes of an unfinished sequence. */
function trimPartialUtf8(sample: Uint8Array): Uint8Array {
  const end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back += 1) {
    const byte = sample[end - back];
    if ((byte & 0xc0) === 0xc0) return sample.subarray(0, end - back);
    if ((byte & 0x80) === 0) break;
  }
  return sample.subarray(0, end);
}
