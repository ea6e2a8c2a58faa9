import { BoilerplateKind, classifyCue } from './cues';

export type LineKind = 'body' | 'weak-body' | 'short' | 'cue-label' | 'cue-inline' | 'timestamp' | 'byline';

export interface PageLine {
  text: string;
  kind: LineKind;
  cue?: BoilerplateKind;
  /** True when a blank line precedes it: copied pages keep paragraph gaps in prose and lose them in link lists. */
  blankBefore: boolean;
}

// Sentence ends of the scripts we may meet, not only Latin/Cyrillic: ։ । ። 。 ؟ ！ ？.
const TERMINAL = /[.!?…:;։।።。؟！？]["»”’)\]]*$/u;
const CLOCK = /\b\d{1,2}[:.]\d{2}\b/;
const YEAR_OR_DATE = /\b(19|20)\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/;
// Written with a lookahead, not \b: \b only knows ASCII letters, so it never fires after "Автор".
const BYLINE =
  /^(by|von|par|przez|autor|autorka|автор|авторка|автори|аўтар|аутор|author|text|текст|фото|photo|foto|від|от|редактор|editor)(?=[\s:])\s*[:\-–—]?\s*\p{Lu}/iu;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function classifyLine(text: string, blankBefore: boolean): PageLine {
  const cue = classifyCue(text);
  if (cue) return { text, kind: cue.label ? 'cue-label' : 'cue-inline', cue: cue.kind, blankBefore };
  const words = wordCount(text);
  if (
    text.length <= 60 &&
    words <= 6 &&
    (CLOCK.test(text) || YEAR_OR_DATE.test(text)) &&
    !TERMINAL.test(text.replace(/\d[.:]?$/, ''))
  ) {
    return { text, kind: 'timestamp', blankBefore };
  }
  if (text.length <= 80 && BYLINE.test(text) && !/[.!?]$/.test(text)) return { text, kind: 'byline', blankBefore };
  const terminal = TERMINAL.test(text);
  if (text.length >= 120 || (terminal && words >= 6)) return { text, kind: 'body', blankBefore };
  if (terminal && words >= 3) return { text, kind: 'weak-body', blankBefore };
  return { text, kind: 'short', blankBefore };
}

/**
 * Lines of a copied page, with hard-wrapped prose rejoined: a line that does not end a sentence, followed in the same
 * block by one starting in lowercase, is the same paragraph.
 */
export function pageLines(text: string): PageLine[] {
  const lines: PageLine[] = [];
  let blankBefore = true;
  let pending: string | null = null;
  const flush = (): void => {
    if (pending !== null) lines.push(classifyLine(pending, blankBefore));
    pending = null;
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
      blankBefore = true;
      continue;
    }
    if (pending !== null && !TERMINAL.test(pending) && /^\p{Ll}/u.test(line) && pending.length >= 40) {
      pending = `${pending} ${line}`;
      continue;
    }
    if (pending !== null) {
      flush();
      blankBefore = false;
    }
    pending = line;
  }
  flush();
  return lines;
}
