import { publicationOf } from './publication-status';
import { parseXml } from './safe-xml';
import { concept, draft, present, type SubmissionDraft } from './submission-draft';
import { refused } from './wire-document-error';
import { instant, languageCode, text, webUrl } from './wire-values';

type Node = Record<string, unknown>;

const READING = {
  arrays: ['newsItem', 'subject', 'located', 'headline', 'inlineXML', 'inlineData', 'name', 'language'],
  raw: ['inlineXML'],
};

const node = (value: unknown): Node => (value && typeof value === 'object' ? (value as Node) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
/** An element's text whether it has attributes (`#text`) or not. */
const textOf = (value: unknown): string | undefined => text(typeof value === 'object' ? node(value)['#text'] : value);

const GEO_SUBJECT = /^(cpnat:geoArea|cpnat:poi)$/;

function conceptOf(value: unknown) {
  const element = node(value);
  return concept(textOf(list(element.name)[0]), text(element['@qcode']), text(element['@uri']));
}

/** The body: inline XHTML (kept as markup for the extractor) or inline text. */
function bodyOf(contentSet: Node): { html?: string; text?: string } {
  const xml = list(contentSet.inlineXML).map(textOf).find(present);
  if (xml) return { html: xml };
  const data = list(contentSet.inlineData).map(textOf).find(present);
  return data ? { text: data } : {};
}

function itemSubmission(item: Node, source: string | null): SubmissionDraft {
  const itemMeta = node(item.itemMeta);
  const contentMeta = node(item.contentMeta);
  const subjects = list(contentMeta.subject).map(node);
  const headlines = list(contentMeta.headline);
  const mainHeadline = headlines.find((h) => !node(h)['@role'] || /main/.test(String(node(h)['@role'])));
  return draft({
    source: source ?? text(node(itemMeta.provider)['@literal']) ?? text(node(itemMeta.provider)['@qcode']),
    guid: text(item['@guid']),
    url: webUrl(node(itemMeta.link)['@href']),
    title: textOf(mainHeadline ?? headlines[0]),
    ...bodyOf(node(item.contentSet)),
    language: languageCode(node(list(contentMeta.language)[0])['@tag']) ?? languageCode(item['@lang']),
    publishedAt:
      instant(textOf(contentMeta.contentCreated)) ??
      instant(textOf(itemMeta.firstCreated)) ??
      instant(textOf(itemMeta.versionCreated)),
    subjects: subjects
      .filter((subject) => !GEO_SUBJECT.test(String(subject['@type'])))
      .map(conceptOf)
      .filter(present),
    places: [
      ...list(contentMeta.located).map(conceptOf),
      ...subjects.filter((subject) => GEO_SUBJECT.test(String(subject['@type']))).map(conceptOf),
    ].filter(present),
    ...publicationOf(text(node(itemMeta.pubStatus)['@qcode']), textOf(itemMeta.embargoed)),
  });
}

/** A NewsML-G2 `newsItem`, or each `newsItem` of a `newsMessage`, as submissions. */
export function newsmlG2Submissions(xml: string, source: string | null): SubmissionDraft[] {
  const document = parseXml(xml, READING);
  const items = document.newsItem ?? node(node(document.newsMessage).itemSet).newsItem;
  if (!Array.isArray(items) || items.length === 0) {
    throw refused('not a NewsML-G2 document: expected a newsItem or a newsMessage with newsItems', [
      { path: '$', message: 'root element must be newsItem or newsMessage' },
    ]);
  }
  return items.map((item) => itemSubmission(node(item), source));
}
