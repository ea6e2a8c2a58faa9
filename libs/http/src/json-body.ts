import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { raw } from 'express';

export interface BodyProblem {
  status: number;
  error: string;
  message: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function problem(response: Response, { status, error, message }: BodyProblem): void {
  response.status(status).json({ statusCode: status, error, message });
}

/** A media type a body reader accepts, e.g. `application/json`. */
export type MediaType = string;

const BODY_READ = Symbol('newsflow.bodyRead');

function contentTypeProblem(request: Request, accepted: readonly MediaType[]): BodyProblem | null {
  const type = request.headers['content-type'];
  const mediaType = type?.split(';')[0].trim().toLowerCase();
  if (!mediaType || !accepted.includes(mediaType)) {
    return {
      status: 415,
      error: 'Unsupported Media Type',
      message: `content-type must be ${accepted.join(' or ')}`,
    };
  }
  const charset = /;\s*charset="?([^";\s]+)"?/i.exec(type ?? '')?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) {
    return { status: 415, error: 'Unsupported Media Type', message: `charset ${charset} is not supported; send UTF-8` };
  }
  return null;
}

/**
 * Reads a request body strictly: one of the accepted content types, at most `limit` bytes, valid
 * UTF-8, then hands the text to `accept`, which sets `request.body` or answers a problem. A body
 * read once (by a reader mounted on a narrower path) is not read again.
 */
export function utf8Body(
  limit: number,
  accepted: readonly MediaType[],
  accept: (text: string, request: Request) => BodyProblem | null,
): RequestHandler {
  const readBytes = raw({ type: () => true, limit });
  return (request, response, next) => {
    if (request.method !== 'POST' && request.method !== 'PUT' && request.method !== 'PATCH') return next();
    const marked = request as Request & { [BODY_READ]?: true };
    if (marked[BODY_READ]) return next();
    const unsupported = contentTypeProblem(request, accepted);
    if (unsupported) return problem(response, unsupported);
    readBytes(request, response, (error?: unknown) => {
      if (error) return bodyReadFailed(error, response, next);
      const bytes = request.body as Buffer | undefined;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
        return problem(response, { status: 400, error: 'Bad Request', message: 'request body is empty' });
      }
      let text: string;
      try {
        text = utf8.decode(bytes);
      } catch {
        return problem(response, { status: 400, error: 'Bad Request', message: 'request body is not valid UTF-8' });
      }
      const refused = accept(text, request);
      if (refused) return problem(response, refused);
      marked[BODY_READ] = true;
      next();
    });
  };
}

/**
 * Reads a JSON body strictly: the right content type, at most `limit` bytes, valid UTF-8 and
 * valid JSON. Each failure is a clear 4xx, never a silently mangled article.
 */
export function jsonBody(limit: number): RequestHandler[] {
  return [
    utf8Body(limit, ['application/json'], (text, request) => {
      try {
        request.body = JSON.parse(text);
        return null;
      } catch (parseError) {
        return {
          status: 400,
          error: 'Bad Request',
          message: `request body is not JSON: ${(parseError as Error).message}`,
        };
      }
    }),
  ];
}

function bodyReadFailed(error: unknown, response: Response, next: NextFunction): void {
  const type = (error as { type?: string }).type;
  if (type === 'entity.too.large') {
    return problem(response, { status: 413, error: 'Payload Too Large', message: (error as Error).message });
  }
  if (type === 'encoding.unsupported') {
    return problem(response, { status: 415, error: 'Unsupported Media Type', message: (error as Error).message });
  }
  if (type === 'request.aborted') return;
  next(error);
}
