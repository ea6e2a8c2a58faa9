import { Injectable } from '@nestjs/common';

export interface FeedFetchLimits {
  /** Whole request, from connecting to the last byte. */
  timeoutMs: number;
  /** A body beyond this many bytes is given up on, not buffered. */
  maxBytes: number;
}

export type FeedResponse =
  | { status: 304 }
  | {
      status: number;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      body: Buffer;
    };

/** A fetch that failed before a usable answer: no connection, a timeout, a body over the limit. */
export class FeedFetchError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FeedFetchError';
  }
}

async function boundedBody(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FeedFetchError(`the feed is ${declared} bytes, over the limit of ${maxBytes}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > maxBytes) throw new FeedFetchError(`the feed is over the limit of ${maxBytes} bytes`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** Fetches a feed over HTTP(S) with the conditional headers given, a deadline and a size limit. */
@Injectable()
export class HttpFeedFetcher {
  async fetch(url: string, headers: Record<string, string>, limits: FeedFetchLimits): Promise<FeedResponse> {
    const signal = AbortSignal.timeout(limits.timeoutMs);
    try {
      const response = await fetch(url, {
        headers: {
          accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8',
          'user-agent': 'newsflow-feed-poller',
          ...headers,
        },
        redirect: 'follow',
        signal,
      });
      if (response.status === 304) {
        await response.body?.cancel();
        return { status: 304 };
      }
      const body = response.ok ? await boundedBody(response, limits.maxBytes) : Buffer.alloc(0);
      if (!response.ok) await response.body?.cancel();
      return {
        status: response.status,
        contentType: response.headers.get('content-type'),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        body,
      };
    } catch (error) {
      if (error instanceof FeedFetchError) throw error;
      const reason = signal.aborted
        ? `no complete answer within ${limits.timeoutMs} ms`
        : (((error as Error).cause as Error | undefined)?.message ?? (error as Error).message);
      throw new FeedFetchError(`fetching the feed failed: ${reason}`, { cause: error });
    }
  }
}
