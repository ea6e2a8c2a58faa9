import type { TranslationProviderName } from '@newsflow/contracts';

/** Texts in one language to be put into another, each translated on its own so that alignment holds. */
export interface TranslationRequest {
  /** ISO 639-1 codes, as the pipeline detects them. */
  source: string;
  target: string;
  texts: string[];
}

export interface TranslationAnswer {
  provider: TranslationProviderName;
  /** The provider's own name for the pair. */
  pair: string;
  texts: string[];
}

export interface TranslationProvider {
  readonly name: TranslationProviderName;
  /** Whether the provider offers the pair at all; false also for a pair found broken. */
  supports(source: string, target: string): Promise<boolean>;
  translate(request: TranslationRequest): Promise<TranslationAnswer>;
}
