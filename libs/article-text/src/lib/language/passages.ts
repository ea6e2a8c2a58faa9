import { LanguageGuess, Passage } from '../types';
import { confirmsLanguage, detectLanguageDetailed, LanguageDetection } from './detect';
import { PROFILE_BY_ISO1 } from './languages';

const FULLY_JUDGED = 3;

export interface ArticleLanguage {
  language: LanguageGuess;
  passages: Passage[];
  unsupportedScript: boolean;
}

/**
 * Article language by a length-weighted vote of its paragraphs, so an English quotation inside a Ukrainian article
 * does not sway it; then each paragraph is judged again with the article's language as a prior, which settles short
 * ambiguous lines without overriding clear foreign passages. A declared language serves as the prior when given.
 */
export function detectArticleLanguage(
  title: string | null,
  paragraphs: readonly string[],
  declared?: string,
): ArticleLanguage {
  const declaredCode =
    declared && PROFILE_BY_ISO1.has(declared.toLowerCase().slice(0, 2))
      ? declared.toLowerCase().slice(0, 2)
      : undefined;
  // The n-gram model is the costly part: the longest paragraphs are judged in full and name a provisional language;
  // the rest are only confirmed against it, and judged in full when they do not clearly confirm.
  const longest = new Set(
    paragraphs
      .map((paragraph, index) => [paragraph.length, index])
      .sort((a, b) => b[0] - a[0])
      .slice(0, FULLY_JUDGED)
      .map(([, index]) => index),
  );
  const full = new Map<number, LanguageDetection>();
  const provisionalVotes = new Map<string, number>();
  for (const index of longest) {
    const guess = detectLanguageDetailed(paragraphs[index], declaredCode);
    full.set(index, guess);
    if (guess.code !== 'und')
      provisionalVotes.set(
        guess.code,
        (provisionalVotes.get(guess.code) ?? 0) + paragraphs[index].length * guess.confidence,
      );
  }
  const provisional = [...provisionalVotes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? declaredCode;
  const first = paragraphs.map(
    (paragraph, index) =>
      full.get(index) ??
      (provisional ? confirmsLanguage(paragraph, provisional) : null) ??
      detectLanguageDetailed(paragraph, declaredCode),
  );
  const votes = new Map<string, number>();
  let total = 0;
  let otherScript = 0;
  first.forEach((guess, index) => {
    const weight = Math.min(paragraphs[index].length, 1000);
    total += weight;
    if (guess.script === 'Other' && guess.code === 'und') otherScript += weight;
    if (guess.code !== 'und') votes.set(guess.code, (votes.get(guess.code) ?? 0) + weight * guess.confidence);
  });
  if (title && votes.size === 0) {
    const guess = detectLanguageDetailed(title, declaredCode);
    if (guess.code !== 'und') votes.set(guess.code, title.length * guess.confidence);
    total += title.length;
  }
  const [winner, winnerWeight] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['und', 0];
  const unsupportedScript = total > 0 && otherScript / total > 0.5;
  const confidence = total > 0 ? Math.round((winnerWeight / total) * 1000) / 1000 : 0;
  const prior = winner === 'und' ? declaredCode : winner;

  const passages = first.map((guess, index): Passage => {
    const settled: LanguageDetection =
      guess.code === prior || !prior ? guess : detectLanguageDetailed(paragraphs[index], prior);
    return { paragraph: index, language: settled.code, confidence: settled.confidence };
  });
  const language =
    unsupportedScript || winner === 'und' ? { code: 'und', confidence: 0 } : { code: winner, confidence };
  return { language, passages, unsupportedScript };
}
