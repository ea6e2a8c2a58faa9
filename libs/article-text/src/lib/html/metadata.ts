import { cleanInline } from '../normalise/clean-text';
import { isPageChrome } from '../page-text/chrome';
import type { ArticleMetadata } from '../types';
import { HtmlElement, HtmlTree, textOf } from './tree';

export interface HtmlMetadata extends ArticleMetadata {
  siteName: string | null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|Report|LiveBlogPosting)$/;

function jsonLdArticle(blocks: string[]): Record<string, Json> | null {
  const queue: Json[] = [];
  for (const block of blocks) {
    try {
      queue.push(JSON.parse(block) as Json);
    } catch {
      // Broken JSON-LD is common; the page's meta tags still tell the same story.
    }
  }
  for (let index = 0; index < queue.length && index < 500; index += 1) {
    const item = queue[index];
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      const types = ([] as Json[]).concat(item['@type'] ?? []);
      if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type))) return item;
      if (item['@graph']) queue.push(item['@graph']);
    }
  }
  return null;
}

/** First string in a JSON-LD value that may be a string, an object with `key`, or an array of either. */
function jsonString(value: Json | undefined, key: string): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = jsonString(item, key);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') return jsonString(value[key], key);
  return null;
}

/** The elements metadata is read from, found in one pass over the page: the first of each kind, all metas and h1s. */
interface MetadataElements {
  metas: HtmlElement[];
  h1s: HtmlElement[];
  titleTag?: HtmlElement;
  author?: HtmlElement;
  time?: HtmlElement;
  canonical?: HtmlElement;
  image?: HtmlElement;
}

const AUTHOR_CLASS = /\b(byline|author-name)\b/i;

function metadataElements(elements: readonly HtmlElement[]): MetadataElements {
  const found: MetadataElements = { metas: [], h1s: [] };
  for (const element of elements) {
    const { tag, attrs } = element;
    if (tag === 'meta') found.metas.push(element);
    else if (tag === 'h1') found.h1s.push(element);
    else if (tag === 'title') found.titleTag ??= element;
    else if (tag === 'time' && attrs['datetime']) found.time ??= element;
    else if (tag === 'link' && (attrs['rel'] ?? '').toLowerCase().split(/\s+/).includes('canonical'))
      found.canonical ??= element;
    else if (tag === 'img' && attrs['src'] && !/^data:/.test(attrs['src'])) found.image ??= element;
    if (
      !found.author &&
      (attrs['rel'] === 'author' || attrs['itemprop'] === 'author' || AUTHOR_CLASS.test(attrs['class'] ?? ''))
    )
      found.author = element;
  }
  return found;
}

function metaMap(metas: readonly HtmlElement[]): Map<string, string> {
  const meta = new Map<string, string>();
  for (const element of metas) {
    const key = (element.attrs['property'] ?? element.attrs['name'] ?? element.attrs['itemprop'] ?? '').toLowerCase();
    const content = element.attrs['content'];
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  return meta;
}

function toIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function absolute(url: string | null | undefined, base?: string): string | null {
  if (!url) return null;
  try {
    return new URL(url.trim(), base).toString();
  } catch {
    return null;
  }
}

const SEPARATOR = /\s+(?:[|–—\-:·•»]|::)\s+/g;

/** "Headline | Site", "Site - Headline": drops the part that names the site, never a part of the headline itself. */
export function stripSiteName(title: string, siteNames: readonly string[]): string {
  const separators = [...title.matchAll(SEPARATOR)];
  if (separators.length === 0) return title;
  const names = siteNames.map((name) => name.toLowerCase().trim()).filter((name) => name.length > 2);
  // A part naming the site may add a word or two ("Harbour Times Online"); a headline that mentions the site is longer.
  const isSite = (part: string): boolean => {
    const lower = part.toLowerCase().trim();
    return (
      lower.length > 2 &&
      names.some(
        (name) => lower === name || name.includes(lower) || (lower.includes(name) && lower.length <= name.length + 12),
      )
    );
  };
  const last = separators[separators.length - 1];
  const lastIndex = last.index ?? 0;
  if (isSite(title.slice(lastIndex + last[0].length))) return title.slice(0, lastIndex).trim();
  const first = separators[0];
  const firstIndex = first.index ?? 0;
  if (isSite(title.slice(0, firstIndex))) return title.slice(firstIndex + first[0].length).trim();
  return title;
}

function namesSite(text: string, siteNames: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return siteNames.some((name) => name.length > 2 && lower === name.toLowerCase().trim());
}

export function extractMetadata(tree: HtmlTree, baseUrl?: string): HtmlMetadata {
  const found = metadataElements(tree.elements);
  const meta = metaMap(found.metas);
  const ld = jsonLdArticle(tree.jsonLd);
  const siteName = meta.get('og:site_name') ?? meta.get('application-name') ?? jsonString(ld?.['publisher'], 'name');
  const hostname = (() => {
    try {
      return new URL(baseUrl ?? meta.get('og:url') ?? '').hostname.replace(/^www\./, '');
    } catch {
      return '';
    }
  })();
  const siteNames = [siteName ?? '', hostname, hostname.split('.')[0] ?? ''];

  // A site logo or a breadcrumb marked up as <h1> is not the headline.
  const h1 = found.h1s.find((node) => {
    const text = cleanInline(textOf(node));
    return text !== '' && !isPageChrome(text) && !namesSite(text, siteNames);
  });
  const titleTag = found.titleTag;
  const rawTitle =
    meta.get('og:title') ??
    jsonString(ld?.['headline'], 'headline') ??
    (h1 ? textOf(h1) : null) ??
    (titleTag ? textOf(titleTag) : null);
  const title = rawTitle ? stripSiteName(cleanInline(rawTitle), siteNames) || null : null;

  const authorElement = found.author;
  const metaAuthor = meta.get('author') ?? meta.get('article:author') ?? null;
  const byline =
    jsonString(ld?.['author'], 'name') ??
    (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : null) ??
    (authorElement ? textOf(authorElement) : null);

  const publishedAt = toIso(
    jsonString(ld?.['datePublished'], 'datePublished') ??
      meta.get('article:published_time') ??
      meta.get('datepublished') ??
      meta.get('pubdate') ??
      meta.get('date') ??
      found.time?.attrs['datetime'],
  );
  const modifiedAt = toIso(
    jsonString(ld?.['dateModified'], 'dateModified') ??
      meta.get('article:modified_time') ??
      meta.get('datemodified') ??
      meta.get('og:updated_time'),
  );

  const canonicalUrl = absolute(
    found.canonical?.attrs['href'] ??
      meta.get('og:url') ??
      jsonString(ld?.['url'], 'url') ??
      jsonString(ld?.['mainEntityOfPage'], '@id') ??
      baseUrl,
    baseUrl,
  );

  const image =
    (meta.get('og:image') ?? meta.get('twitter:image') ?? jsonString(ld?.['image'], 'url')) ||
    found.image?.attrs['src'];

  return {
    title,
    byline: byline ? cleanInline(byline).replace(/^(by|von|par|автор:?)\s+/i, '') || null : null,
    publishedAt,
    modifiedAt,
    canonicalUrl,
    leadImage: absolute(image, canonicalUrl ?? baseUrl),
    siteName: siteName ?? null,
  };
}
