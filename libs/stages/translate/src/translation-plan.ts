import { createHash } from 'node:crypto';

import type { ClassifiedArticle } from '@newsflow/contracts';

/** The texts sent for one article, title first when it has one, and the key they are cached under. */
export interface TranslationPlan {
  sourceLanguage: string;
  title: string | null;
  texts: string[];
  contentHash: string;
  targets: string[];
}

/**
 * Which targets an article is translated into: every configured target except its own language;
 * an article whose language is unknown ("und") is not translated at all.
 */
export function translationPlan(article: ClassifiedArticle, targets: readonly string[]): TranslationPlan {
  const sourceLanguage = article.text.language.code;
  const title = article.text.title;
  const texts = [...(title === null ? [] : [title]), ...article.text.paragraphs];
  const contentHash = createHash('sha256')
    .update(JSON.stringify({ title, paragraphs: article.text.paragraphs }))
    .digest('hex');
  const wanted = sourceLanguage === 'und' ? [] : targets.filter((target) => target !== sourceLanguage);
  return { sourceLanguage, title, texts, contentHash, targets: wanted };
}
