export { classifyArticle } from './lib/classify-article';
export { chooseStory, SAME_STORY_THRESHOLD, storySimilarity } from './lib/fingerprint/choose-story';
export { MAX_TEXT_CHARS, MAX_TOKENS } from './lib/limits';
export { type LabelLocale, topicLabel, topicLabels } from './lib/topics/topic-labels';
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
