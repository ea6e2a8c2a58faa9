import { extractArticle } from '@newsflow/article-text';
import { seedPageText } from '@newsflow/article-text/testing';

import { ArticleToClassify } from '../types';

const clean = extractArticle({ text: seedPageText() });

/** The seed article as the normalizer hands it to the classifier: title and paragraphs, boilerplate removed. */
export const SEED_ARTICLE: ArticleToClassify = {
  title: clean.title ?? '',
  paragraphs: clean.paragraphs,
  language: clean.language.code,
};
