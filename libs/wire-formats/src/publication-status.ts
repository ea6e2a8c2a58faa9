import type { PubStatus } from '@newsflow/contracts';

import { text } from './wire-values';

/**
 * A sender's publication status and embargo as the submission's: a kill (`canceled`) or a
 * withheld item becomes a withdrawal, a newer version that takes the article out of search; an
 * embargo is kept so that the article becomes searchable at that time.
 */
export function publicationOf(
  status: string | undefined,
  embargoed: string | undefined,
): { pubStatus?: PubStatus; embargoedUntil?: string } {
  const normalised = status
    ?.trim()
    .toLowerCase()
    .replace(/^stat:/, '');
  const embargoedUntil = embargoInstant(text(embargoed));
  return {
    ...(normalised && normalised !== 'usable' ? { pubStatus: 'withdrawn' as const } : {}),
    ...(embargoedUntil ? { embargoedUntil } : {}),
  };
}

/** An unreadable embargo is passed on as given, so the contract refuses it rather than publishing at once. */
function embargoInstant(value: string | undefined): string | undefined {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isFinite(time) ? new Date(time).toISOString() : value;
}
