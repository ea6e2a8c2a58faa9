import { Token } from '../text/tokenize';
import { NameRun } from './name-runs';

/**
 * A test of whether a lone name stands right after a lower-case cue word (a stem of the language with one of the
 * endings), with nothing but spaces between: the shape shared by kinship words (брат Саїт) and nouns of a work
 * (вірші Стуса) that make a capitalised word a person even when it is named once.
 */
export function cueWordBefore(
  stems: Record<string, string[]>,
  endings: string,
): (run: NameRun, tokens: Token[], text: string, language: string) => boolean {
  const patterns = new Map(
    Object.entries(stems).map(([language, list]) => [language, new RegExp(`^(?:${list.join('|')})${endings}$`)]),
  );
  return (run, tokens, text, language) => {
    const previous = tokens[run.first - 1];
    const pattern = patterns.get(language);
    return (
      pattern !== undefined &&
      previous !== undefined &&
      !previous.capitalised &&
      pattern.test(previous.norm.replace(/[’ʼ]/g, "'")) &&
      /^ +$/.test(text.slice(previous.end, tokens[run.first].start))
    );
  };
}
