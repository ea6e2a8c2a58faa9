// eslint-disable-next-line no-control-regex -- the input policy's own definition of what may not be stored
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** True when PostgreSQL (text and jsonb) can store the string as it is: no forbidden control, no lone surrogate. */
export function isStorableString(value: string): boolean {
  return !FORBIDDEN_CONTROL.test(value) && new TextDecoder().decode(new TextEncoder().encode(value)) === value;
}

/** Paths of every string in a JSON-like value that could not be stored, for a readable assertion. */
export function unstorableStrings(value: unknown, path = '$'): string[] {
  if (typeof value === 'string') return isStorableString(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => unstorableStrings(item, `${path}.${index}`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(isStorableString(key) ? [] : [`${path}.<key>`]),
      ...unstorableStrings(item, `${path}.${key}`),
    ]);
  }
  return [];
}
