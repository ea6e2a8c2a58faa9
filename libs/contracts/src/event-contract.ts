import type { z } from 'zod';

import { ArticleWithdrawalSchema } from './events/article-withdrawal/article-withdrawal.schema';
import { ClassifiedArticleSchema } from './events/classified-article/classified-article.schema';
import { DeadLetterSchema } from './events/dead-letter/dead-letter.schema';
import { NormalisedArticleSchema } from './events/normalised-article/normalised-article.schema';
import { ArticleSubmissionSchema } from './events/raw-article/article-submission.schema';
import type { WireDocument } from './events/raw-article/wire-document';
import { TranslatedArticleSchema } from './events/translated-article/translated-article.schema';
import { type TopicName, Topics } from './topics';

export interface EventContract<Schema extends z.ZodType = z.ZodType> {
  topic: TopicName;
  /** The CloudEvents `type` of every event on this topic. */
  type: string;
  summary: string;
  schema: Schema;
  /**
   * Newsroom systems publish straight to the raw topic without CloudEvents headers; every topic we
   * produce ourselves must carry them.
   */
  envelope: 'required' | 'optional';
  /** Whether the topic also carries wire-format documents (ninjs, NewsML-G2, feeds), named by `content-type`. */
  documents?: 'accepted';
}

function contract<Schema extends z.ZodType>(definition: EventContract<Schema>): EventContract<Schema> {
  return definition;
}

export const ArticleContracts = {
  rawArticle: contract({
    topic: Topics.rawArticle,
    type: 'org.newsflow.article.submitted.v1',
    summary: 'An article as a newsroom system submitted it: HTML, page text or plain text, any language.',
    schema: ArticleSubmissionSchema,
    envelope: 'optional',
    documents: 'accepted',
  }),
  normalisedArticle: contract({
    topic: Topics.normalisedArticle,
    type: 'org.newsflow.article.normalised.v2',
    summary: 'The article reduced to its clean text (once, as paragraphs) and its language.',
    schema: NormalisedArticleSchema,
    envelope: 'required',
  }),
  classifiedArticle: contract({
    topic: Topics.classifiedArticle,
    type: 'org.newsflow.article.classified.v2',
    summary: 'The normalised article with its topics, places, people, organisations and story.',
    schema: ClassifiedArticleSchema,
    envelope: 'required',
  }),
  translatedArticle: contract({
    topic: Topics.translatedArticle,
    type: 'org.newsflow.article.translated.v1',
    summary: "A classified article's headline and body in one target language, paragraph by paragraph.",
    schema: TranslatedArticleSchema,
    envelope: 'required',
  }),
  articleWithdrawal: contract({
    topic: Topics.articleWithdrawal,
    type: 'org.newsflow.article.withdrawn.v1',
    summary: 'An editor withdrew (killed) an article by its id: it leaves search and stays stored, marked withdrawn.',
    schema: ArticleWithdrawalSchema,
    envelope: 'required',
  }),
  deadLetter: contract({
    topic: Topics.deadLetter,
    type: 'org.newsflow.article.dead-lettered.v1',
    summary: 'A message a stage could not process, with the reason and its original bytes.',
    schema: DeadLetterSchema,
    envelope: 'required',
  }),
} as const;

const byTopic = new Map<string, EventContract>(Object.values(ArticleContracts).map((c) => [c.topic, c]));

export function contractForTopic(topic: string): EventContract | undefined {
  return byTopic.get(topic);
}

export type EventOf<C extends EventContract> = z.infer<C['schema']>;

/** What a consumer of the topic receives: its events, and wire documents where the topic accepts them. */
export type PayloadOf<C extends EventContract> = C extends { documents: 'accepted' }
  ? EventOf<C> | WireDocument
  : EventOf<C>;
