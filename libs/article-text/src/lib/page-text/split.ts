import { letterKey } from '../morphology/words';
import { isPageChrome } from './chrome';
import { PageLine, pageLines, wordCount } from './lines';

export interface PageTextSplit {
  title: string | null;
  byline: string | null;
  paragraphs: string[];
  removed: Record<string, number>;
  confidence: number;
  /** False when the text had no page structure at all (a bare body): the caller reports method 'plain'. */
  structured: boolean;
}

/**
 * Weight of each kind of line in the search for the article: prose earns by length, furniture costs. The article is
 * the contiguous run of lines with the largest total, so one subheading between paragraphs survives while a list of
 * headlines after the last paragraph does not.
 */
function weight(line: PageLine): number {
  switch (line.kind) {
    case 'body':
      return 1 + Math.min(3, line.text.length / 150);
    case 'weak-body':
      return 0.3;
    case 'short':
      return -1.2;
    case 'cue-label':
      return -4;
    case 'cue-inline':
    case 'timestamp':
    case 'byline':
      return -0.6;
  }
}

function bestWindow(weights: number[]): [number, number] {
  let best = -Infinity;
  let bounds: [number, number] = [0, -1];
  let sum = 0;
  let start = 0;
  weights.forEach((value, index) => {
    if (sum <= 0) {
      sum = 0;
      start = index;
    }
    sum += value;
    if (sum > best) {
      best = sum;
      bounds = [start, index];
    }
  });
  return best > 0 ? bounds : [0, -1];
}

/** Nearest headline-like line above the article (skipping dates, bylines and labels), at most a few lines up. */
function findTitle(lines: PageLine[], start: number): number {
  for (let index = start - 1; index >= Math.max(0, start - 8); index -= 1) {
    const line = lines[index];
    if (
      line.kind === 'timestamp' ||
      line.kind === 'byline' ||
      line.kind === 'cue-label' ||
      line.kind === 'cue-inline' ||
      isPageChrome(line.text)
    )
      continue;
    if ((line.kind === 'short' || line.kind === 'weak-body') && wordCount(line.text) >= 3 && line.text.length <= 250)
      return index;
    if (line.kind === 'body' && line.text.length <= 200 && index === 0) return index;
  }
  return -1;
}

const bump = (removed: Record<string, number>, kind: string): void => {
  removed[kind] = (removed[kind] ?? 0) + 1;
};

/** Kinds for lines left outside the article, so `removed` tells what a page carried. */
function outsideKind(line: PageLine, afterArticle: boolean, labelCounts: Map<string, number>): string {
  if (line.cue) return line.cue;
  if (line.kind === 'timestamp') return 'timestamp';
  if (line.kind === 'byline') return 'byline';
  if (line.kind === 'short' && wordCount(line.text) <= 3 && (labelCounts.get(line.text.toLowerCase()) ?? 0) >= 2)
    return 'section-label';
  if (!afterArticle) return 'navigation';
  return line.kind === 'short' || line.kind === 'weak-body' ? 'headline-list' : 'trailing-text';
}

/**
 * Splits text copied from a web page into title, article paragraphs and boilerplate, by structure alone: line length,
 * sentence punctuation, runs of short lines, repeated labels, timestamps and position, plus multilingual cue labels.
 */
export function splitPageText(text: string, givenTitle?: string | null): PageTextSplit {
  const lines = pageLines(text);
  const removed: Record<string, number> = {};
  const [start, end] = bestWindow(lines.map(weight));
  if (end < start) {
    // No line reads as prose (a one-line teaser, a list): keep whatever is not furniture, with low confidence.
    const paragraphs = lines
      .filter((line) => line.kind !== 'cue-label' && line.kind !== 'cue-inline')
      .map((line) => line.text);
    return { title: null, byline: null, paragraphs, removed, confidence: 0.2, structured: false };
  }

  let titleIndex = findTitle(lines, start);
  if (
    titleIndex < 0 &&
    start === 0 &&
    lines.length > 1 &&
    lines[0].text.length <= 200 &&
    !/[.]$/.test(lines[0].text) &&
    wordCount(lines[0].text) >= 3
  ) {
    titleIndex = 0;
  }
  const title = titleIndex >= 0 ? lines[titleIndex].text : null;

  const labelCounts = new Map<string, number>();
  for (const line of lines)
    labelCounts.set(line.text.toLowerCase(), (labelCounts.get(line.text.toLowerCase()) ?? 0) + 1);

  let byline: string | null = null;
  lines.forEach((line, index) => {
    if (index === titleIndex || (index >= start && index <= end)) return;
    if (line.kind === 'byline' && byline === null && index < start) byline = line.text;
    bump(removed, outsideKind(line, index > end, labelCounts));
  });

  const titleKeys = [title, givenTitle].flatMap((heading) => (heading ? [letterKey(heading)] : []));
  const paragraphs: string[] = [];
  let openList: string | null = null;
  for (let index = Math.max(start, titleIndex + 1); index <= end; index += 1) {
    const line = lines[index];
    if (titleKeys.length > 0 && titleKeys.includes(letterKey(line.text))) continue;
    if (line.kind === 'cue-label' || line.kind === 'cue-inline') {
      bump(removed, line.cue ?? 'other');
      openList = line.kind === 'cue-label' ? (line.cue ?? null) : null;
      continue;
    }
    if (line.kind === 'body') openList = null;
    if (openList && line.kind !== 'body') {
      bump(removed, openList);
      continue;
    }
    if (line.kind === 'timestamp') {
      bump(removed, 'timestamp');
      continue;
    }
    if (line.kind === 'byline') {
      byline ??= line.text;
      bump(removed, 'byline');
      continue;
    }
    if (line.kind === 'short' && isInHeadlineRun(lines, index)) {
      bump(removed, 'headline-list');
      continue;
    }
    paragraphs.push(line.text);
  }

  const positive = lines.reduce((sum, line) => sum + Math.max(0, weight(line)), 0);
  const kept = lines.slice(start, end + 1).reduce((sum, line) => sum + Math.max(0, weight(line)), 0);
  const bodyLines = paragraphs.length;
  const confidence = Math.round((kept / Math.max(positive, 1e-9)) * (bodyLines >= 2 ? 1 : 0.6) * 1000) / 1000;
  const structured = title !== null || Object.keys(removed).length > 0;
  return { title, byline, paragraphs, removed, confidence, structured };
}

/** Three or more short lines with no blank line between them read as a list of links, not as subheadings. */
function isInHeadlineRun(lines: PageLine[], index: number): boolean {
  let first = index;
  while (first > 0 && lines[first - 1].kind === 'short' && !lines[first].blankBefore) first -= 1;
  let last = index;
  while (last + 1 < lines.length && lines[last + 1].kind === 'short' && !lines[last + 1].blankBefore) last += 1;
  return last - first >= 2;
}
