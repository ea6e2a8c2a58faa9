import type { ArticleArrivals, ArticleSearchResult } from '@newsflow/search-index';

import { stack } from './stack-env';

export interface HttpReply<Body = unknown> {
  status: number;
  body: Body;
}

async function reply<Body>(response: Response): Promise<HttpReply<Body>> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON; keep the text for the assertion message
  }
  return { status: response.status, body: body as Body };
}

export async function postRaw(
  body: string | Buffer,
  contentType = 'application/json',
  source?: string,
): Promise<HttpReply<Record<string, unknown>>> {
  const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
  const query = source ? `?${new URLSearchParams({ source })}` : '';
  return reply(await fetch(`${stack.ingestUrl}/v1/articles${query}`, { method: 'POST', headers, body }));
}

export async function postArticle(article: Record<string, unknown>): Promise<string> {
  const posted = await postRaw(JSON.stringify(article));
  if (posted.status !== 202)
    throw new Error(`POST /v1/articles answered ${posted.status}: ${JSON.stringify(posted.body)}`);
  return (posted.body as { id: string }).id;
}

export async function search(params: Record<string, string>): Promise<HttpReply<ArticleSearchResult>> {
  return reply(await fetch(`${stack.searchUrl}/v1/search?${new URLSearchParams(params)}`));
}

export async function searchUpdates(params: Record<string, string>): Promise<HttpReply<ArticleArrivals>> {
  return reply(await fetch(`${stack.searchUrl}/v1/search/updates?${new URLSearchParams(params)}`));
}

export async function getArticle(id: string): Promise<HttpReply<Record<string, unknown>>> {
  return reply(await fetch(`${stack.searchUrl}/v1/articles/${encodeURIComponent(id)}`));
}

export async function getArticleVersions(id: string): Promise<HttpReply<{ versions: Record<string, unknown>[] }>> {
  return reply(await fetch(`${stack.searchUrl}/v1/articles/${encodeURIComponent(id)}/versions`));
}

export async function deleteArticle(id: string): Promise<HttpReply<Record<string, unknown>>> {
  return reply(await fetch(`${stack.ingestUrl}/v1/articles/${encodeURIComponent(id)}`, { method: 'DELETE' }));
}
