import type { HttpReply } from './http-call';
import { TranslationProviderUnavailableError, TranslationRefusedError } from './translation-errors';

/**
 * A failed HTTP answer: 429 and 5xx mean "not now" (retried, then the breaker opens), any other
 * status means this request will never work with this provider (the next provider is tried).
 */
export function refusalOrOutage(provider: string, pair: string, reply: HttpReply): never {
  if (reply.status === 429 || reply.status >= 500) {
    throw new TranslationProviderUnavailableError(provider, `HTTP ${reply.status} for ${pair}`);
  }
  throw new TranslationRefusedError(provider, pair, `HTTP ${reply.status}`);
}
