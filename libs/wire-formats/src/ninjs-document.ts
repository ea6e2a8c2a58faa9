import { z } from 'zod';

import { publicationOf } from './publication-status';
import { concept, draft, present, type SubmissionDraft } from './submission-draft';
import { refused } from './wire-document-error';
import { instant, languageCode, text, webUrl } from './wire-values';

/** A field newsflow reads if present and of a usable type, and otherwise ignores. */
const any = z.unknown().optional();
const typedText = z.looseObject({ role: z.string().optional(), contenttype: z.string().optional(), value: any });
const concept1 = z.looseObject({ name: any, code: any, scheme: any });
const concept2 = z.looseObject({ name: any, uri: any, literal: any });

/** The fields newsflow reads from ninjs 1.x (flat `headline`, `body_html`) and 2.x (`headlines`, `bodies`). */
const NinjsDocument = z.looseObject({
  uri: z.string().min(1),
  headline: any,
  headlines: z.array(typedText).optional(),
  body_text: any,
  body_html: any,
  body_xhtml: any,
  bodies: z.array(typedText).optional(),
  language: any,
  versioncreated: any,
  firstcreated: any,
  contentcreated: any,
  pubstatus: any,
  embargoed: any,
  subject: z.array(concept1).optional(),
  place: z.array(concept1).optional(),
  subjects: z.array(concept2).optional(),
  places: z.array(concept2).optional(),
  infosources: z.array(z.looseObject({ name: any, role: any })).optional(),
});
type NinjsDocument = z.infer<typeof NinjsDocument>;

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)$/i;

function mainOf(items: z.infer<typeof typedText>[] | undefined, accepts: (type: string) => boolean) {
  const candidates = (items ?? []).filter((item) => accepts(item.contenttype ?? 'text/plain') && text(item.value));
  const main = candidates.find((item) => !item.role || /^(main|text|body)$/i.test(item.role)) ?? candidates[0];
  return text(main?.value);
}

function senderSource(document: NinjsDocument): string | undefined {
  const sources = document.infosources ?? [];
  const origin = sources.find((source) => source.role === 'origin') ?? sources[0];
  return text(origin?.name);
}

function subjectsOf(document: NinjsDocument) {
  return [
    ...(document.subjects ?? []).map((s) => concept(text(s.name), text(s.literal), text(s.uri))),
    ...(document.subject ?? []).map((s) => concept(text(s.name), text(s.code), null)),
  ].filter(present);
}

function placesOf(document: NinjsDocument) {
  return [
    ...(document.places ?? []).map((p) => concept(text(p.name), text(p.literal), text(p.uri))),
    ...(document.place ?? []).map((p) => concept(text(p.name), text(p.code), null)),
  ].filter(present);
}

/**
 * One ninjs item (1.x or 2.x) as a submission: its `uri` is the guid, the main headline and body
 * (HTML preferred, as it keeps paragraphs), the sender's language, subjects and places.
 */
export function ninjsSubmission(json: unknown, source: string | null): SubmissionDraft {
  const parsed = NinjsDocument.safeParse(json);
  if (!parsed.success) {
    throw refused(
      'not a ninjs item',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || '$', message: issue.message })),
    );
  }
  const document = parsed.data;
  return draft({
    source: source ?? senderSource(document),
    guid: document.uri,
    url: webUrl(document.uri),
    title: text(document.headline) ?? mainOf(document.headlines, () => true),
    html: text(document.body_html) ?? text(document.body_xhtml) ?? mainOf(document.bodies, (t) => HTML_TYPES.test(t)),
    text: text(document.body_text) ?? mainOf(document.bodies, (t) => /^text\/plain$/i.test(t)),
    language: languageCode(document.language),
    publishedAt: instant(document.contentcreated) ?? instant(document.firstcreated) ?? instant(document.versioncreated),
    subjects: subjectsOf(document),
    places: placesOf(document),
    ...publicationOf(text(document.pubstatus), text(document.embargoed)),
  });
}
