import { Token } from '../text/tokenize';
import { NameRun } from './name-runs';

/**
 * Nouns of a kind of thing that English writes right before its name: the band Ash Grove, the ship Mary Rose, the
 * village Ash Creek. A name straight after one names that thing, even when it reads like a person's. A duo or a trio
 * is followed by its members' names, so those words are left out.
 */
const KIND_WORDS = new Set(
  (
    'band bands orchestra ensemble label album single song film movie ship vessel ' +
    'magazine newspaper village town city county river lake island district region province'
  ).split(' '),
);

export function followsEnglishKindWord(run: NameRun, tokens: Token[], language: string): boolean {
  const previous = tokens[run.first - 1];
  return language === 'en' && previous !== undefined && tokens[run.first].spaceBefore && KIND_WORDS.has(previous.norm);
}

/** Holidays and observances end in Day (Founders Day); a surname Day comes after a given name (Doris Day). */
export function namesEnglishDay(run: NameRun, language: string, givenName: boolean): boolean {
  return (
    language === 'en' && !givenName && run.parts.length > 1 && run.parts[run.parts.length - 1].toLowerCase() === 'day'
  );
}

/**
 * A film, album or book is named with its year alone in brackets (Silver Lantern (1946)); a person's brackets hold a
 * birth or a life span.
 */
export const namesDatedWork = (run: NameRun, tokens: Token[], text: string, language: string) =>
  language === 'en' &&
  run.parts.length > 1 &&
  /^\s*\(\s*\d{4}\s*\)/.test(text.slice(tokens[run.last].end, tokens[run.last].end + 12));

/** A model code before a name makes it a model's name (an F-90 Storm Hawk, a B-12 Marlin), not a person's. */
export function followsModelCode(run: NameRun, tokens: Token[], language: string): boolean {
  const previous = tokens[run.first - 1];
  return (
    language === 'en' &&
    previous !== undefined &&
    previous.hyphenBefore &&
    /^\d+[A-Z]?$/.test(previous.text) &&
    /^[A-Z]{1,3}$/.test(tokens[run.first - 2]?.text ?? '')
  );
}
