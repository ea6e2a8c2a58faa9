import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { NextFunction, Request, RequestHandler, Response } from 'express';
import express from 'express';
import helmet from 'helmet';

/** Paths the API owns; everything else a browser asks for is the UI. */
const API_PATHS = /^\/(v1|health|metrics)(\/|$)/;

/**
 * Article text is untrusted: the UI's pages forbid inline script and any script, style or
 * connection that is not our own origin, so even markup that slipped through could not run.
 */
const securityHeaders = helmet({
  // Served over plain HTTP on loopback; TLS and HSTS belong to whatever fronts it.
  strictTransportSecurity: false,
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
});

/**
 * Serves the built search UI: its hashed assets for a year, and its page for any other path so
 * that a shared URL such as /articles/<id> opens the right view.
 */
export function searchUi(dir: string): RequestHandler {
  const page = join(dir, 'index.html');
  const assets = express.static(dir, { index: false, immutable: true, maxAge: '365d', fallthrough: true });
  return (request: Request, response: Response, next: NextFunction) => {
    // Mounted by Nest under a route pattern, `request.path` is relative to it; the original URL is not.
    const path = new URL(request.originalUrl, 'http://ui').pathname;
    if (API_PATHS.test(path) || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    securityHeaders(request, response, () => {
      if (path.startsWith('/assets/')) {
        request.url = request.originalUrl;
        return assets(request, response, next);
      }
      if (!existsSync(page)) {
        response.status(404).type('text/plain').send(`the search UI is not built: ${page} is missing`);
        return;
      }
      response.setHeader('cache-control', 'no-cache');
      response.sendFile(page);
    });
  };
}
