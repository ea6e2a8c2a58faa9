export type {
  ArticleClassification,
  ArticleToClassify,
  OrganisationMention,
  PersonMention,
  PlaceKind,
  PlaceMention,
  StoryFingerprint,
  SubjectLabel,
} from './lib/types';
export { classifyArticle } from './lib/classify-article';
export { chooseStory, storySimilarity, SAME_STORY_THRESHOLD } from './lib/fingerprint/choose-story';
export { MAX_TEXT_CHARS, MAX_TOKENS } from './lib/limits';
