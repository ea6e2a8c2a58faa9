import { isSaneInstant } from '@newsflow/contracts';

/** A sender's date in any common form (ISO 8601, RFC 822), as an ISO instant; none when unreadable or implausible. */
export function instant(value: unknown): string | undefined {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const time = value instanceof Date ? value.getTime() : Date.parse(value.trim());
  return Number.isFinite(time) && isSaneInstant(time) ? new Date(time).toISOString() : undefined;
}

/** A BCP 47 tag (`en-GB`, `uk_UA`) reduced to the ISO 639-1 code the submission takes; none for other tags. */
export function languageCode(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return /^[a-z]{2}$/.test(primary) ? primary : undefined;
}

/** Only http(s) links are article URLs; a feed's relative or `javascript:` link is not. */
export function webUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}
