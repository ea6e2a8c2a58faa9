import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { raw } from 'express';

export interface BodyProblem {
  status: number;
  error: string;
  message: string;
}

/** A media type a body reader accepts, e.g. `application/json`. */
export type MediaType = string;

export interface BodyOptions {
  /** Media types read as bytes and left to the handler (documents in their own formats and charsets). */
  documentTypes?: readonly MediaType[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const BODY_READ = Symbol('newsflow.bodyRead');

function problem(response: Response, { status, error, message }: BodyProblem): void {
  response.status(status).json({ statusCode: status, error, message });
}

const mediaTypeOf = (request: Request) => request.headers['content-type']?.split(';')[0].trim().toLowerCase();

function contentTypeProblem(request: Request, accepted: readonly MediaType[], others: string): BodyProblem | null {
  const type = request.headers['content-type'];
  const mediaType = mediaTypeOf(request);
  if (!mediaType || !accepted.includes(mediaType)) {
    return {
      status: 415,
      error: 'Unsupported Media Type',
      message: `content-type must be ${accepted.join(' or ')}${others}`,
    };
  }
  const charset = /;\s*charset="?([^";\s]+)"?/i.exec(type ?? '')?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) {
    return { status: 415, error: 'Unsupported Media Type', message: `charset ${charset} is not supported; send UTF-8` };
  }
  return null;
}

/**
 * Reads a request body of at most `limit` bytes, then hands the bytes to `accept`, which sets
 * `request.body` or answers a problem. A body read once (by a reader mounted on a narrower path)
 * is not read again.
 */
function bodyReader(limit: number, accept: (bytes: Buffer, request: Request) => BodyProblem | null): RequestHandler {
  const readBytes = raw({ type: () => true, limit });
  return (request, response, next) => {
    const marked = request as Request & { [BODY_READ]?: true };
    readBytes(request, response, (error?: unknown) => {
      if (error) return bodyReadFailed(error, response, next);
      const bytes = request.body as Buffer | undefined;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
        return problem(response, { status: 400, error: 'Bad Request', message: 'request body is empty' });
      }
      const refused = accept(bytes, request);
      if (refused) return problem(response, refused);
      marked[BODY_READ] = true;
      next();
    });
  };
}

const writes = (request: Request) =>
  request.method === 'POST' || request.method === 'PUT' || request.method === 'PATCH';
const alreadyRead = (request: Request) => (request as Request & { [BODY_READ]?: true })[BODY_READ] === true;

function utf8Reader(limit: number, accept: (text: string, request: Request) => BodyProblem | null): RequestHandler {
  return bodyReader(limit, (bytes, request) => {
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return { status: 400, error: 'Bad Request', message: 'request body is not valid UTF-8' };
    }
    return accept(text, request);
  });
}

/**
 * Reads a request body strictly: one of the accepted content types, at most `limit` bytes, valid
 * UTF-8, then hands the text to `accept`. Each failure is a clear 4xx, never a silently mangled article.
 */
export function utf8Body(
  limit: number,
  accepted: readonly MediaType[],
  accept: (text: string, request: Request) => BodyProblem | null,
  others = '',
): RequestHandler {
  const read = utf8Reader(limit, accept);
  return (request, response, next) => {
    if (!writes(request) || alreadyRead(request)) return next();
    const unsupported = contentTypeProblem(request, accepted, others);
    if (unsupported) return problem(response, unsupported);
    read(request, response, next);
  };
}

function parseJson(text: string, request: Request): BodyProblem | null {
  try {
    request.body = JSON.parse(text);
    return null;
  } catch (parseError) {
    return { status: 400, error: 'Bad Request', message: `request body is not JSON: ${(parseError as Error).message}` };
  }
}

/**
 * Reads a JSON body strictly: the right content type, at most `limit` bytes, valid UTF-8 and
 * valid JSON. A document type the service reads itself arrives as a Buffer, within the same limit.
 */
export function jsonBody(limit: number, options: BodyOptions = {}): RequestHandler[] {
  const documentTypes = options.documentTypes ?? [];
  const others = documentTypes.length > 0 ? ` or one of ${documentTypes.join(', ')}` : '';
  const json = utf8Body(limit, ['application/json'], parseJson, others);
  const document = bodyReader(limit, () => null);
  return [
    (request, response, next) => {
      const isDocument = documentTypes.includes(mediaTypeOf(request) ?? '');
      if (!isDocument) return json(request, response, next);
      if (!writes(request) || alreadyRead(request)) return next();
      document(request, response, next);
    },
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
