import type {
  Classification,
  CleanText,
  OrganisationMention,
  PersonMention,
  PlaceMention,
  SubjectLabel,
} from '@newsflow/contracts';

/** The output types are the classified-article contract's own, so a field the contract lacks cannot be produced. */
export type { OrganisationMention, PersonMention, PlaceMention, SubjectLabel };
export type PlaceKind = PlaceMention['kind'];

export interface ArticleToClassify extends Pick<CleanText, 'paragraphs'> {
  title: string;
  /** Unsplit text, read only when there are no paragraphs (callers outside the pipeline). */
  body?: string;
  /** ISO 639-1, or 'und' when unknown. */
  language: string;
}

/** Internal to the classifier, which turns it into a story id; it never travels in an event. */
export interface StoryFingerprint {
  minhash: number[];
  bandKeys: string[];
}

export type ArticleClassification = Omit<Classification, 'storyId'> & { fingerprint: StoryFingerprint };
