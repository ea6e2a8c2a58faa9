import type { FieldError } from '@newsflow/contracts';

/** One item of a batch body: its JSON value, or why it is not JSON. */
export type BatchLine = { line: number; value: unknown } | { line: number; errors: FieldError[] };

export type BatchFormat = 'ndjson' | 'json-array';

export type ParsedBatch =
  { kind: 'lines'; lines: BatchLine[] } | { kind: 'too-many'; count: number } | { kind: 'unreadable'; message: string };

/**
 * Splits a batch body into items numbered as the sender sees them: the physical line for NDJSON
 * (blank lines are skipped but counted), the 1-based position for a JSON array. A line that is not
 * JSON is reported on that line, so one bad line never costs the others.
 */
export function parseBatchLines(text: string, format: BatchFormat, maxItems: number): ParsedBatch {
  return format === 'ndjson' ? ndjsonLines(text, maxItems) : arrayItems(text, maxItems);
}

function ndjsonLines(text: string, maxItems: number): ParsedBatch {
  const rows = text.split('\n');
  let count = 0;
  for (const row of rows) if (row.trim() !== '') count += 1;
  if (count > maxItems) return { kind: 'too-many', count };
  if (count === 0) return { kind: 'unreadable', message: 'the batch has no articles' };
  const lines: BatchLine[] = [];
  rows.forEach((row, index) => {
    if (row.trim() === '') return;
    try {
      lines.push({ line: index + 1, value: JSON.parse(row) });
    } catch (error) {
      lines.push({ line: index + 1, errors: [{ path: '$', message: `not JSON: ${(error as Error).message}` }] });
    }
  });
  return { kind: 'lines', lines };
}

function arrayItems(text: string, maxItems: number): ParsedBatch {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { kind: 'unreadable', message: `request body is not JSON: ${(error as Error).message}` };
  }
  if (!Array.isArray(parsed)) return { kind: 'unreadable', message: 'a JSON batch must be an array of articles' };
  if (parsed.length > maxItems) return { kind: 'too-many', count: parsed.length };
  if (parsed.length === 0) return { kind: 'unreadable', message: 'the batch has no articles' };
  return { kind: 'lines', lines: parsed.map((value, index) => ({ line: index + 1, value })) };
}
