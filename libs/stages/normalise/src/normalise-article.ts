import { Injectable } from '@nestjs/common';
import { ArticleTextError, extractArticle } from '@newsflow/article-text';
import {
  ArticleContracts,
  articleIdFor,
  ArticleRejectedError,
  type ArticleSubmission,
  type NormalisedArticle,
} from '@newsflow/contracts';
import { type ConsumedEvent, EventPublisher } from '@newsflow/messaging';

/**
 * Turns a submitted page into clean, language-tagged text. The version is the moment newsflow
 * received the submission, so later submissions of the same article supersede earlier ones.
 */
@Injectable()
export class NormaliseArticle {
  constructor(private readonly publisher: EventPublisher) {}

  async execute(event: ConsumedEvent<ArticleSubmission>): Promise<NormalisedArticle> {
    const submission = event.payload;
    const receivedAt = event.envelope?.ce_time ?? new Date(event.timestamp).toISOString();
    const article: NormalisedArticle = {
      id: articleIdFor(submission),
      version: Date.parse(receivedAt),
      source: submission.source,
      url: submission.url ?? null,
      guid: submission.guid ?? null,
      receivedAt: new Date(receivedAt).toISOString(),
      publishedAt: submission.publishedAt ?? null,
      original: {
        title: submission.title ?? null,
        text: submission.text ?? null,
        html: submission.html ?? null,
        language: submission.language ?? null,
      },
      text: cleanText(submission),
    };
    if (!article.publishedAt && article.text.publishedAt && !Number.isNaN(Date.parse(article.text.publishedAt))) {
      article.publishedAt = new Date(article.text.publishedAt).toISOString();
    }
    await this.publisher.publish(ArticleContracts.normalisedArticle, {
      key: article.id,
      payload: article,
      correlationId: event.envelope?.correlation_id,
    });
    return article;
  }
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
