import { trigramScores } from './trigram-scores';

/**
 * Languages franc tells apart in scripts other than Latin and Cyrillic, by ISO 639-3 with their ISO 639-1 code. For
 * most of these the script alone decides (Georgian, Armenian, Thai…); where several share one (Arabic, Devanagari,
 * Hebrew, Han) franc's trigrams decide. Languages without a two-letter code (Maithili, Bhojpuri, Magahi, Saraiki,
 * Shan, Santali, Tamazight, Assyrian) cannot be named in our contract and stay 'und'.
 */
const ISO1_BY_ISO3: Readonly<Record<string, string>> = {
  arb: 'ar',
  urd: 'ur',
  pes: 'fa',
  prs: 'fa',
  pbu: 'ps',
  uig: 'ug',
  zlm: 'ms',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
  mya: 'my',
  amh: 'am',
  tir: 'ti',
  heb: 'he',
  ydd: 'yi',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  ben: 'bn',
  jav: 'jv',
  tel: 'te',
  tam: 'ta',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  pan: 'pa',
  tha: 'th',
  sin: 'si',
  ell: 'el',
  khm: 'km',
  hye: 'hy',
  bod: 'bo',
  kat: 'ka',
  lao: 'lo',
  iii: 'ii',
};
const NO_TWO_LETTER_CODE = ['mai', 'bho', 'mag', 'skr', 'shn', 'sat', 'zgh', 'aii'];
const CANDIDATES = [...Object.keys(ISO1_BY_ISO3), ...NO_TWO_LETTER_CODE];

/** Best two-letter code for a text in a non-Latin, non-Cyrillic script, with the score margin to the next language. */
export function detectOtherScript(sample: string): { code: string; margin: number } {
  const best = new Map<string, number>();
  for (const [iso3, value] of trigramScores(sample, CANDIDATES)) {
    const code = ISO1_BY_ISO3[iso3] ?? 'und';
    if (!best.has(code)) best.set(code, value);
  }
  const [first, second] = [...best.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] === 0) return { code: 'und', margin: 0 };
  return { code: first[0], margin: first[1] - (second?.[1] ?? 0) };
}
