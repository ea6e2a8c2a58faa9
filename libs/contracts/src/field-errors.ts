import type { z } from 'zod';

export interface FieldError {
  /** Dot path into the JSON document, e.g. `publishedAt` or `text.paragraphs.3`; `$` is the whole document. */
  path: string;
  message: string;
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '$' : path.map(String).join('.');
}

/** One error per offending field, so that a client can point at each of them. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: joinPath([...issue.path, key]), message: 'unknown field' }))
      : [{ path: joinPath(issue.path), message: issue.message }],
  );
}
