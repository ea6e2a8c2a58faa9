import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { raw } from 'express';

interface BodyProblem {
  status: number;
  error: string;
  message: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function problem(response: Response, { status, error, message }: BodyProblem): void {
  response.status(status).json({ statusCode: status, error, message });
}

function contentTypeProblem(request: Request, documentTypes: readonly string[]): BodyProblem | null {
  const type = request.headers['content-type'];
  if (!type || !/^application\/json\s*(;|$)/i.test(type)) {
    const others = documentTypes.length > 0 ? ` or one of ${documentTypes.join(', ')}` : '';
    return { status: 415, error: 'Unsupported Media Type', message: `content-type must be application/json${others}` };
  }
  const charset = /;\s*charset="?([^";\s]+)"?/i.exec(type)?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) {
    return { status: 415, error: 'Unsupported Media Type', message: `charset ${charset} is not supported; send UTF-8` };
  }
  return null;
}

export interface BodyOptions {
  /** Media types read as bytes and left to the handler (documents in their own formats and charsets). */
  documentTypes?: readonly string[];
}

const mediaTypeOf = (contentType: string) => contentType.split(';')[0].trim().toLowerCase();

/**
 * Reads a JSON body strictly: the right content type, at most `limit` bytes, valid UTF-8 and
 * valid JSON. Each failure is a clear 4xx, never a silently mangled article. A document type
 * the service reads itself arrives as a Buffer, within the same limit.
 */
export function jsonBody(limit: number, options: BodyOptions = {}): RequestHandler[] {
  const readBytes = raw({ type: () => true, limit });
  const guard: RequestHandler = (request, response, next) => {
    if (request.method !== 'POST' && request.method !== 'PUT' && request.method !== 'PATCH') return next();
    const documentTypes = options.documentTypes ?? [];
    const isDocument = documentTypes.includes(mediaTypeOf(request.headers['content-type'] ?? ''));
    const unsupported = isDocument ? null : contentTypeProblem(request, documentTypes);
    if (unsupported) return problem(response, unsupported);
    readBytes(request, response, (error?: unknown) => {
      if (error) return bodyReadFailed(error, response, next);
      const bytes = request.body as Buffer | undefined;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
        return problem(response, { status: 400, error: 'Bad Request', message: 'request body is empty' });
      }
      if (isDocument) return next();
      let text: string;
      try {
        text = utf8.decode(bytes);
      } catch {
        return problem(response, { status: 400, error: 'Bad Request', message: 'request body is not valid UTF-8' });
      }
      try {
        request.body = JSON.parse(text);
      } catch (parseError) {
        return problem(response, {
          status: 400,
          error: 'Bad Request',
          message: `request body is not JSON: ${(parseError as Error).message}`,
        });
      }
      next();
    });
  };
  return [guard];
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
