import { articleSearchTerms } from '@newsflow/article-text';
import {
  articleBody,
  articleCountryCodes,
  type ClassifiedArticle,
  organisationCategories,
  type PubStatus,
} from '@newsflow/contracts';

import { documentNameKeys } from './name-keys';

export interface ArticleSearchDocument {
  id: string;
  version: number;
  source: string;
  url: string | null;
  title: string | null;
  body: string;
  language: string;
  countries: string[];
  places: string[];
  subjects: string[];
  subject_names: string[];
  people: string[];
  organisations: string[];
  organisation_categories: string[];
  keywords: string[];
  story_id: string;
  published_at: string | null;
  received_at: string;
  pub_status: PubStatus;
  embargoed_until: string | null;
  /** When readers may first see the article: its arrival, or its embargo's end if that is later. */
  available_at: string;
  word_count: number;
  stems: string;
  translit: string;
  name_keys: string;
}

const unique = (values: string[]) => [...new Set(values)];

export function toSearchDocument(article: ClassifiedArticle): ArticleSearchDocument {
  const { text, classification } = article;
  const body = articleBody(text);
  const { stems, translit } = articleSearchTerms(text);
  return {
    id: article.id,
    version: article.version,
    source: article.source,
    url: article.url,
    title: text.title,
    body,
    language: text.language.code,
    countries: articleCountryCodes(classification),
    places: unique(classification.places.map((place) => place.code)),
    subjects: classification.subjects.map((subject) => subject.code),
    subject_names: classification.subjects.map((subject) => subject.name),
    people: classification.people.map((person) => person.name),
    organisations: classification.organisations.map((organisation) => organisation.name),
    organisation_categories: organisationCategories(classification),
    keywords: classification.keywords,
    story_id: classification.storyId,
    published_at: article.publishedAt,
    received_at: article.receivedAt,
    pub_status: article.pubStatus ?? 'usable',
    embargoed_until: article.embargoedUntil ?? null,
    available_at: availableAt(article.receivedAt, article.embargoedUntil ?? null),
    word_count: text.stats.words,
    stems,
    translit,
    name_keys: documentNameKeys(`${text.title ?? ''}\n${body}`).join(' '),
  };
}

function availableAt(receivedAt: string, embargoedUntil: string | null): string {
  if (!embargoedUntil || Date.parse(embargoedUntil) <= Date.parse(receivedAt)) return receivedAt;
  return new Date(embargoedUntil).toISOString();
}
