import { ArticleTextError, extractArticle } from '@newsflow/article-text';
import {
  articleIdFor,
  ArticleRejectedError,
  type ArticleSubmission,
  isSaneInstant,
  type NormalisedArticle,
} from '@newsflow/contracts';

/** One submitted article to normalise, as the controller hands it over. */
export interface NormaliseCommand {
  submission: ArticleSubmission;
  /** When newsflow received it, by a clock newsflow controls: it orders the article's revisions. */
  receivedAt: Date;
  /** When the sender says it sent it; kept as data only. */
  sentAt: string | null;
}

/**
 * The version is the moment newsflow received the submission, so later submissions of the same
 * article supersede earlier ones and no sender can pin an article with a timestamp of its own.
 */
export function normalise({ submission, receivedAt, sentAt }: NormaliseCommand): NormalisedArticle {
  const article: NormalisedArticle = {
    id: articleIdFor(submission),
    version: receivedAt.getTime(),
    source: submission.source,
    url: submission.url ?? null,
    guid: submission.guid ?? null,
    receivedAt: receivedAt.toISOString(),
    sentAt,
    publishedAt: submission.publishedAt ?? null,
    pubStatus: submission.pubStatus ?? 'usable',
    ...(submission.embargoedUntil ? { embargoedUntil: new Date(submission.embargoedUntil).toISOString() } : {}),
    original: {
      title: submission.title ?? null,
      language: submission.language ?? null,
      ...(submission.subjects?.length ? { subjects: submission.subjects } : {}),
      ...(submission.places?.length ? { places: submission.places } : {}),
    },
    text: cleanText(submission),
  };
  // A page's own date is data from the sender too: one outside the sane range is dropped, not stored.
  if (!article.publishedAt && article.text.publishedAt && isSaneInstant(Date.parse(article.text.publishedAt))) {
    article.publishedAt = new Date(article.text.publishedAt).toISOString();
  }
  return article;
}

function cleanText(submission: ArticleSubmission) {
  try {
    return extractArticle({
      title: submission.title,
      text: submission.text,
      html: submission.html,
      url: submission.url,
      declaredLanguage: submission.language,
    });
  } catch (error) {
    if (error instanceof ArticleTextError)
      throw new ArticleRejectedError(`no usable article text (${error.code}): ${error.message}`);
    throw error;
  }
}
