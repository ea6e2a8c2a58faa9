// C0 controls other than tab, newline and carriage return: PostgreSQL refuses NUL in text and jsonb, and none of
// them carries meaning in an article.
// eslint-disable-next-line no-control-regex -- finding control characters is the purpose
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

const REPLACEMENT = '\ufffd';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Replaces each unpaired UTF-16 surrogate with U+FFFD, which UTF-8 (and so PostgreSQL's jsonb) cannot encode. */
export function wellFormedText(value: string): string {
  let result = '';
  let copiedUpTo = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0xd800 || code > 0xdfff) continue;
    if (isHigh(code) && index + 1 < value.length && isLow(value.charCodeAt(index + 1))) {
      index++;
      continue;
    }
    result += value.slice(copiedUpTo, index) + REPLACEMENT;
    copiedUpTo = index + 1;
  }
  return copiedUpTo === 0 ? value : result + value.slice(copiedUpTo);
}

/**
 * The one text policy of every entry (HTTP and the raw topic): control characters are dropped and unpaired
 * surrogates replaced, so whatever is accepted can be stored by PostgreSQL and Elasticsearch unchanged.
 */
export function storableText(value: string): string {
  return wellFormedText(value.replace(CONTROL, ''));
}
