import { createHash } from 'node:crypto';

import type { ArticleSubmission } from './article-submission.schema';

const TRACKING_PARAMETER = /^(utm_.*|fbclid|gclid|yclid|mc_cid|mc_eid|ref|ref_src)$/i;

/**
 * The same story URL arrives with tracking parameters, fragments, a trailing slash or upper-case
 * host; all of those must collapse to one article.
 */
export function canonicalArticleUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  parsed.hostname = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const kept = [...parsed.searchParams.entries()]
    .filter(([name]) => !TRACKING_PARAMETER.test(name))
    .sort(([a], [b]) => a.localeCompare(b));
  parsed.search = new URLSearchParams(kept).toString();
  if (parsed.pathname.length > 1) parsed.pathname = parsed.pathname.replace(/\/+$/, '');
  return parsed.toString();
}

/**
 * A stable id, so that redelivery and re-submission update one article instead of creating a new
 * one: the source's guid wins, then the canonical URL, and only without either the content itself.
 */
export function articleIdFor(submission: ArticleSubmission): string {
  const identity = submission.guid
    ? `guid\n${submission.guid.trim()}`
    : submission.url
      ? `url\n${canonicalArticleUrl(submission.url)}`
      : `content\n${submission.title ?? ''}\n${submission.text ?? ''}\n${submission.html ?? ''}`;
  return createHash('sha256')
    .update(`${submission.source.trim().toLowerCase()}\n${identity}`)
    .digest('hex')
    .slice(0, 32);
}
