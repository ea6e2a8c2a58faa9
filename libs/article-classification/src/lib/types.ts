export interface ArticleToClassify {
  title: string;
  body: string;
  paragraphs: string[];
  /** ISO 639-1, or 'und' when unknown. */
  language: string;
}

export interface SubjectLabel {
  /** IPTC Media Topic qcode, e.g. 'medtop:11000000'. */
  code: string;
  /** English IPTC label. */
  name: string;
  confidence: number;
  evidence: string[];
  /** qcode of the broader topic, for subtopics. */
  parent?: string;
}

export type PlaceKind = 'country' | 'region' | 'city';

export interface PlaceMention {
  /** ISO alpha-2 for countries, ISO 3166-2 for regions, 'city:<iso2>:<slug>' for cities. */
  code: string;
  kind: PlaceKind;
  /** English name. */
  name: string;
  countryCode: string;
  confidence: number;
  evidence: string[];
}

export interface PersonMention {
  /** Nominative as far as the morphology rules can tell. */
  name: string;
  translit: string;
  role: string | null;
  mentions: number;
  confidence: number;
}

export interface OrganisationMention {
  name: string;
  abbreviation: string | null;
  translit: string;
  mentions: number;
  confidence: number;
  /** Country the organisation belongs to when the text says so (e.g. a foreign ministry). */
  countryCode?: string;
  /** Present for news agencies, which callers may want to treat as sources rather than subjects. */
  category?: 'news-agency' | 'government' | 'international' | 'company' | 'other';
}

export interface StoryFingerprint {
  minhash: number[];
  bandKeys: string[];
}

export interface ArticleClassification {
  subjects: SubjectLabel[];
  places: PlaceMention[];
  people: PersonMention[];
  organisations: OrganisationMention[];
  keywords: string[];
  fingerprint: StoryFingerprint;
}
