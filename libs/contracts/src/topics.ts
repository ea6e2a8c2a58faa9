/**
 * Every topic name lives here and nowhere else. The version suffix changes only on a breaking
 * payload change, so old and new consumers can run side by side during a migration.
 */
export const Topics = {
  rawArticle: 'news.article.raw.v1',
  normalisedArticle: 'news.article.normalised.v2',
  classifiedArticle: 'news.article.classified.v2',
  translatedArticle: 'news.article.translated.v1',
  articleWithdrawal: 'news.article.withdrawal.v1',
  deadLetter: 'news.article.deadletter.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];
