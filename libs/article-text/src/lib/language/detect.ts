import { LIMITS } from '../limits';
import { APOSTROPHES, CYRILLIC_LETTERS } from '../morphology/script';
import { LanguageGuess } from '../types';
import { CYRILLIC_CORE, LanguageProfile, LATIN_CORE, PROFILE_BY_ISO3, PROFILES } from './languages';
import { detectOtherScript } from './other-scripts';
import { profileScripts, ScriptName, scriptOf } from './scripts';
import { trigramScores } from './trigram-scores';

export interface LanguageDetection extends LanguageGuess {
  script: ScriptName | null;
}

/** Below this many letters nothing (not even a distinctive letter) is trustworthy enough to name a language. */
const MIN_LETTERS = 6;
/** Below this confidence we say 'und' rather than guess. */
const MIN_CONFIDENCE = 0.4;
/** Bonus for the surrounding article's language: a short paragraph of an article is most likely in its language. */
const PRIOR_BONUS = 0.06;
const FUNCTION_WORD_WEIGHT = 0.3;

const WORD = /\p{L}+/gu;

interface Scored {
  profile: LanguageProfile;
  score: number;
}

/** Penalty for letters the language does not write, and for a missing letter it would surely have written by now. */
function alphabetPenalty(profile: LanguageProfile, letterCounts: Map<string, number>, scriptLetters: number): number {
  const allowed = (profile.script === 'Latin' ? LATIN_CORE : CYRILLIC_CORE) + profile.extraLetters;
  let foreign = 0;
  for (const [letter, count] of letterCounts) if (!allowed.includes(letter)) foreign += count;
  let penalty = foreign > 0 ? Math.min(1.5, 0.4 + (5 * foreign) / scriptLetters) : 0;
  const expected = profile.expected;
  if (expected && !letterCounts.has(expected.letter) && expected.frequency * scriptLetters >= 4) penalty += 0.25;
  return penalty;
}

// An apostrophe inside a Cyrillic word is a letter of Ukrainian and Belarusian spelling (пʼять, сям’я), of no other.
const CYRILLIC_APOSTROPHE = new RegExp(`(?<=[${CYRILLIC_LETTERS}])[${APOSTROPHES}](?=[${CYRILLIC_LETTERS}])`, 'g');

function countScriptLetters(lower: string, script: ScriptName): Map<string, number> {
  const counts = new Map<string, number>();
  if (script === 'Cyrillic') {
    const apostrophes = lower.match(CYRILLIC_APOSTROPHE)?.length ?? 0;
    if (apostrophes > 0) counts.set('ʼ', apostrophes);
  }
  // Counted by code point, so no one-letter string is made per letter of the sample.
  const byCode = new Map<number, number>();
  for (let index = 0; index < lower.length; index += 1) {
    const code = lower.codePointAt(index) ?? 0;
    if (code > 0xffff) index += 1;
    if (scriptOf(code) === script) byCode.set(code, (byCode.get(code) ?? 0) + 1);
  }
  for (const [code, count] of byCode) counts.set(String.fromCodePoint(code), count);
  return counts;
}

function score(sample: string, script: 'Latin' | 'Cyrillic', scriptLetters: number, prior?: string): Scored[] {
  const lower = sample.toLowerCase();
  const letterCounts = countScriptLetters(lower, script);
  const tokens = lower.match(WORD) ?? [];
  const candidates = PROFILES.filter((profile) => profile.script === script);
  const ngram = new Map<string, number>();
  for (const [iso3, value] of trigramScores(
    sample,
    candidates.map((profile) => profile.iso3),
  )) {
    if (PROFILE_BY_ISO3.has(iso3)) ngram.set(iso3, value);
  }
  return candidates
    .map((profile) => {
      const hits = tokens.reduce((sum, token) => sum + (profile.functionWords.has(token) ? 1 : 0), 0);
      const functionWords = tokens.length > 0 ? (FUNCTION_WORD_WEIGHT * hits) / tokens.length : 0;
      const value =
        (ngram.get(profile.iso3) ?? 0) +
        functionWords -
        alphabetPenalty(profile, letterCounts, scriptLetters) +
        (profile.iso1 === prior ? PRIOR_BONUS : 0);
      return { profile, score: value };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * Cheap confirmation that a text is in `expected` without the n-gram model: same script, no letter the language does
 * not write, and at least as many of its function words as of any other language's. Used for paragraphs of an article
 * whose language is already known; anything not clearly consistent goes through full detection.
 */
export function confirmsLanguage(text: string, expected: string): LanguageDetection | null {
  const profile = PROFILES.find((candidate) => candidate.iso1 === expected);
  if (!profile) return null;
  const sample = text.length > LIMITS.maxDetectChars ? text.slice(0, LIMITS.maxDetectChars) : text;
  const scripts = profileScripts(sample);
  if (scripts.dominant !== profile.script || scripts.letters < 40) return null;
  const lower = sample.toLowerCase();
  if (alphabetPenalty(profile, countScriptLetters(lower, profile.script), scripts.counts[profile.script]) > 0)
    return null;
  const tokens = lower.match(WORD) ?? [];
  const hits = (candidate: LanguageProfile): number =>
    tokens.reduce((sum, token) => sum + (candidate.functionWords.has(token) ? 1 : 0), 0);
  const own = hits(profile);
  if (own < 2) return null;
  for (const other of PROFILES)
    if (other !== profile && other.script === profile.script && hits(other) >= own) return null;
  return { code: expected, confidence: round(0.9 * Math.min(1, 0.45 + scripts.letters / 80)), script: profile.script };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Language of a text as ISO 639-1 with a confidence in [0, 1], or 'und' when unsure. Script first, then alphabet
 * evidence (letters a language does not write), franc's trigram scores and function words, all on one scale.
 * `prior` is the language expected from context (the article's), worth a small bonus, never an override.
 */
export function detectLanguageDetailed(text: string, prior?: string): LanguageDetection {
  const sample = text.length > LIMITS.maxDetectChars ? text.slice(0, LIMITS.maxDetectChars) : text;
  const scripts = profileScripts(sample);
  const undetermined = { code: 'und', confidence: 0, script: scripts.dominant };
  if (scripts.letters < MIN_LETTERS || scripts.dominant === null) return undetermined;
  const lengthFactor = Math.min(1, 0.45 + scripts.letters / 80);
  if (scripts.dominant === 'Greek') return { code: 'el', confidence: round(lengthFactor), script: 'Greek' };
  if (scripts.dominant === 'Other') {
    const { code, margin } = detectOtherScript(sample);
    const confidence = round(Math.min(1, 0.5 + margin * 3) * lengthFactor);
    return code === 'und' || confidence < MIN_CONFIDENCE
      ? { ...undetermined, confidence }
      : { code, confidence, script: 'Other' };
  }

  const ranked = score(sample, scripts.dominant, scripts.counts[scripts.dominant], prior);
  const [best, second] = ranked;
  const margin = best.score - (second?.score ?? 0);
  const confidence = round(Math.min(1, Math.max(0, 0.5 + margin * 3)) * lengthFactor);
  if (confidence < MIN_CONFIDENCE) return { ...undetermined, confidence };
  return { code: best.profile.iso1, confidence, script: scripts.dominant };
}

export function detectLanguage(text: string): LanguageGuess {
  const { code, confidence } = detectLanguageDetailed(text);
  return { code, confidence };
}
