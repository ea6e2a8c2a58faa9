import type { RequestHandler } from 'express';

import { type BatchFormat, parseBatchLines } from './batch-lines';
import { utf8Body } from './json-body';

export const NDJSON = 'application/x-ndjson';

export interface BatchBodyLimits {
  maxBytes: number;
  maxItems: number;
}

/**
 * Reads a batch body, NDJSON or a JSON array, into numbered lines (`request.body`). More bytes or
 * more items than allowed is 413 before any article is looked at; a body that is not a batch at
 * all is 400.
 */
export function batchBody(limits: BatchBodyLimits): RequestHandler {
  return utf8Body(limits.maxBytes, ['application/json', NDJSON], (text, request) => {
    const format: BatchFormat = request.headers['content-type']?.toLowerCase().startsWith(NDJSON)
      ? 'ndjson'
      : 'json-array';
    const parsed = parseBatchLines(text, format, limits.maxItems);
    if (parsed.kind === 'too-many') {
      return {
        status: 413,
        error: 'Payload Too Large',
        message: `the batch has ${parsed.count} articles; at most ${limits.maxItems} are accepted at once`,
      };
    }
    if (parsed.kind === 'unreadable') return { status: 400, error: 'Bad Request', message: parsed.message };
    request.body = parsed.lines;
    return null;
  });
}
