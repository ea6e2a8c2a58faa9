import { parseFeed } from 'feedsmith';

import { refuseDocumentTypes } from './safe-xml';
import { concept, draft, present, type SubmissionDraft } from './submission-draft';
import { refused } from './wire-document-error';
import { instant, languageCode, text, webUrl } from './wire-values';

/** A feed beyond this many items is refused: a partner feed holds tens, a backfill goes through batches. */
export const MAX_FEED_ITEMS = 1000;

type AnyFeed = ReturnType<typeof parseFeed>;
type Feed<F extends AnyFeed['format']> = Extract<AnyFeed, { format: F }>['feed'];

const categories = (names: (string | undefined)[] | undefined) =>
  (names ?? []).map((name) => concept(name, null, null)).filter(present);

/** Without a source named beside it, a feed's articles are credited to its site. */
function siteOf(link: unknown): string | undefined {
  const url = webUrl(link);
  return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
}

function rssItems(feed: Feed<'rss'>, source: string | null): SubmissionDraft[] {
  const language = languageCode(feed.language);
  return (feed.items ?? []).map((item) =>
    draft({
      source: source ?? siteOf(feed.link),
      guid: text(item.guid?.value) ?? text(item.link),
      url: webUrl(item.link),
      title: text(item.title),
      html: text(item.content?.encoded) ?? text(item.description),
      language: languageCode(item.dc?.languages?.[0]) ?? language,
      publishedAt: instant(item.pubDate) ?? instant(item.dc?.dates?.[0]),
      subjects: categories(item.categories?.map((category) => category.name)),
    }),
  );
}

function rdfItems(feed: Feed<'rdf'>, source: string | null): SubmissionDraft[] {
  return (feed.items ?? []).map((item) =>
    draft({
      source: source ?? siteOf(feed.link),
      guid: text(item.rdf?.about) ?? text(item.link),
      url: webUrl(item.link),
      title: text(item.title),
      html: text(item.content?.encoded) ?? text(item.description),
      language: languageCode(item.dc?.languages?.[0]) ?? languageCode(feed.dc?.languages?.[0]),
      publishedAt: instant(item.dc?.dates?.[0]),
      subjects: categories(item.dc?.subjects),
    }),
  );
}

function atomItems(feed: Feed<'atom'>, source: string | null): SubmissionDraft[] {
  const site = feed.links?.find((link) => !link.rel || link.rel === 'alternate')?.href;
  return (feed.entries ?? []).map((entry) => {
    const link = entry.links?.find((candidate) => !candidate.rel || candidate.rel === 'alternate')?.href;
    const body = entry.content ?? entry.summary;
    const isMarkup = body?.type === 'html' || body?.type === 'xhtml';
    return draft({
      source: source ?? siteOf(site),
      guid: text(entry.id) ?? text(link),
      url: webUrl(link),
      title: text(entry.title?.value),
      html: isMarkup ? text(body?.value) : undefined,
      text: isMarkup ? undefined : text(body?.value),
      publishedAt: instant(entry.published) ?? instant(entry.updated),
      subjects: (entry.categories ?? [])
        .map((category) => concept(category.label ?? category.term, category.term, category.scheme))
        .filter(present),
    });
  });
}

function jsonFeedItems(feed: Feed<'json'>, source: string | null): SubmissionDraft[] {
  return (feed.items ?? []).map((item) =>
    draft({
      source: source ?? siteOf(feed.home_page_url),
      guid: text(item.id) ?? text(item.url),
      url: webUrl(item.url),
      title: text(item.title),
      html: text(item.content_html),
      text: text(item.content_html) ? undefined : (text(item.content_text) ?? text(item.summary)),
      language: languageCode(item.language) ?? languageCode(feed.language),
      publishedAt: instant(item.date_published) ?? instant(item.date_modified),
      subjects: categories(item.tags),
    }),
  );
}

function parsed(document: string): AnyFeed {
  try {
    return parseFeed(document);
  } catch (error) {
    throw refused(`not a readable RSS, Atom, RDF or JSON Feed document: ${(error as Error).message}`);
  }
}

/** Every item of an RSS 2.0, RSS 1.0 (RDF), Atom 1.0 or JSON Feed document, one submission each. */
export function feedSubmissions(document: string, source: string | null): SubmissionDraft[] {
  if (!document.trimStart().startsWith('{')) refuseDocumentTypes(document);
  const feed = parsed(document);
  const items =
    feed.format === 'rss'
      ? rssItems(feed.feed, source)
      : feed.format === 'rdf'
        ? rdfItems(feed.feed, source)
        : feed.format === 'atom'
          ? atomItems(feed.feed, source)
          : jsonFeedItems(feed.feed, source);
  if (items.length > MAX_FEED_ITEMS) {
    throw refused(`a feed may hold at most ${MAX_FEED_ITEMS} items; this one has ${items.length}`, [
      { path: 'items', message: `at most ${MAX_FEED_ITEMS}` },
    ]);
  }
  return items;
}
