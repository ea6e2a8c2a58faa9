import { articleBody, type ClassifiedArticle, type SenderConcept } from '@newsflow/contracts';

import type { Ninjs } from './ninjs.schema';

const MEDIA_TOPIC_URI = 'http://cv.iptc.org/newscodes/mediatopic/';
const percent = (confidence: number) => Math.round(confidence * 100);
/** Marks a subject (as its creator) or place (as its relation) that the sender gave, beside the ones we found. */
const SENDER = 'sender';

/** ninjs wants an absolute `uri`; a sender's relative or malformed one stays readable as the literal. */
function senderConcept(concept: SenderConcept, mark: { creator: string } | { rel: string }) {
  const uri = concept.uri && URL.canParse(concept.uri) ? concept.uri : undefined;
  return {
    ...(concept.name ? { name: concept.name } : {}),
    ...(uri ? { uri } : {}),
    ...(concept.code || (concept.uri && !uri) ? { literal: concept.code ?? concept.uri } : {}),
    ...mark,
  };
}

/**
 * ninjs has no place for our processing metadata or for confidences outside subjects, and it
 * forbids extra properties; they travel beside it in one clearly named `newsflow` object that a
 * strict ninjs consumer can drop.
 */
export interface NinjsArticle extends Ninjs {
  newsflow: ReturnType<typeof processingMetadata>;
}

function processingMetadata(article: ClassifiedArticle) {
  const { text, classification } = article;
  return {
    id: article.id,
    source: article.source,
    url: article.url,
    receivedAt: article.receivedAt,
    storyId: classification.storyId,
    language: { ...text.language, passages: text.passages },
    keywords: classification.keywords,
    places: classification.places.map(({ code, kind, countryCode, confidence }) => ({
      code,
      kind,
      countryCode,
      confidence,
    })),
    people: classification.people.map(({ name, translit, role, mentions, confidence }) => ({
      name,
      translit,
      role,
      mentions,
      confidence,
    })),
    organisations: classification.organisations.map(
      ({ name, abbreviation, translit, mentions, confidence, countryCode, category }) => ({
        name,
        abbreviation,
        translit,
        mentions,
        confidence,
        countryCode: countryCode ?? null,
        category: category ?? null,
      }),
    ),
    subjects: classification.subjects.map(({ code, evidence }) => ({ code, evidence })),
    sender: {
      language: article.original.language,
      subjects: article.original.subjects ?? [],
      places: article.original.places ?? [],
    },
    extraction: text.extraction,
    stats: text.stats,
    flags: text.flags,
  };
}

export function renderNinjs(article: ClassifiedArticle): NinjsArticle {
  const { text, classification } = article;
  return {
    uri: `urn:newsflow:article:${article.id}`,
    type: 'text',
    representationtype: 'full',
    version: String(article.version),
    versioncreated: article.receivedAt,
    ...(article.publishedAt ? { contentcreated: article.publishedAt } : {}),
    pubstatus: article.pubStatus === 'withdrawn' ? 'canceled' : 'usable',
    ...(article.embargoedUntil ? { embargoed: article.embargoedUntil } : {}),
    ...(text.language.code !== 'und' ? { language: text.language.code } : {}),
    ...(text.byline ? { by: text.byline } : {}),
    headlines: text.title ? [{ role: 'main', contenttype: 'text/plain', value: text.title }] : [],
    bodies: [
      {
        role: 'text',
        contenttype: 'text/plain',
        charcount: text.stats.characters,
        wordcount: text.stats.words,
        value: articleBody(text),
      },
    ],
    subjects: [
      ...classification.subjects.map((subject) => ({
        name: subject.name,
        uri: `${MEDIA_TOPIC_URI}${subject.code.replace(/^medtop:/, '')}`,
        literal: subject.code,
        creator: 'newsflow-classifier',
        confidence: percent(subject.confidence),
      })),
      ...(article.original.subjects ?? []).map((subject) => senderConcept(subject, { creator: SENDER })),
    ],
    places: [
      ...classification.places.map((place) => ({ name: place.name, rel: place.kind, literal: place.code })),
      ...(article.original.places ?? []).map((place) => senderConcept(place, { rel: SENDER })),
    ],
    people: classification.people.map((person) => ({
      name: person.name,
      literal: person.translit,
      ...(person.role ? { rel: person.role } : {}),
    })),
    organisations: classification.organisations.map((organisation) => ({
      name: organisation.name,
      literal: organisation.abbreviation ?? organisation.translit,
    })),
    infosources: [{ name: article.source, role: 'origin' }],
    altids: [
      ...(article.guid ? [{ role: 'guid', value: article.guid }] : []),
      ...(article.url ? [{ role: 'url', value: article.url }] : []),
    ],
    newsflow: processingMetadata(article),
  };
}
