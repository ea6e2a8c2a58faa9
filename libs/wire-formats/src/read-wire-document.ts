import { type ArticleSubmission, ArticleSubmissionSchema, fieldErrors, type WireDocument } from '@newsflow/contracts';

import { jsonText, xmlText } from './document-text';
import { feedSubmissions } from './feed-document';
import { newsmlG2Submissions } from './newsml-g2-document';
import { ninjsSubmission } from './ninjs-document';
import type { SubmissionDraft } from './submission-draft';
import { refused } from './wire-document-error';

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw refused(`document is not JSON: ${(error as Error).message}`);
  }
}

/** XML served as plain `application/xml` says what it is by its root element. */
function sniffedXml(xml: string, source: string | null): SubmissionDraft[] {
  const root = /<(?:[\w.-]+:)?([\w.-]+)[\s>/]/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''))?.[1];
  if (root === 'newsItem' || root === 'newsMessage') return newsmlG2Submissions(xml, source);
  if (root === 'rss' || root === 'feed' || root === 'RDF') return feedSubmissions(xml, source);
  throw refused(`unknown XML document: root element ${root ?? '(none)'}`, [
    { path: '$', message: 'expected newsItem, newsMessage, rss, feed or rdf:RDF' },
  ]);
}

function drafts(document: WireDocument): SubmissionDraft[] {
  switch (document.format) {
    case 'ninjs':
      return [ninjsSubmission(parsedJson(jsonText(document.bytes)), document.source)];
    case 'newsml-g2':
      return newsmlG2Submissions(xmlText(document.bytes, document.charset), document.source);
    case 'feed':
      return feedSubmissions(
        document.mediaType.endsWith('json') ? jsonText(document.bytes) : xmlText(document.bytes, document.charset),
        document.source,
      );
    case 'xml':
      return sniffedXml(xmlText(document.bytes, document.charset), document.source);
  }
}

/**
 * A wire document as the submissions it holds, each checked against the submission contract.
 * The document is taken or refused whole: a client hears every bad field at once, as
 * `items.<n>.<field>` for documents of many articles, and nothing half-published.
 */
export function readWireDocument(document: WireDocument): ArticleSubmission[] {
  const items = drafts(document);
  const many = items.length > 1 || document.format === 'feed';
  const accepted: ArticleSubmission[] = [];
  const errors = items.flatMap((item, index) => {
    const prefix = many ? `items.${index}.` : '';
    if (!item.source) {
      return [{ path: `${prefix}source`, message: 'the document names no source: give one beside it' }];
    }
    const result = ArticleSubmissionSchema.safeParse(item);
    if (result.success) accepted.push(result.data);
    return result.success ? [] : fieldErrors(result.error).map((e) => ({ ...e, path: `${prefix}${e.path}` }));
  });
  if (errors.length > 0) throw refused(`the ${document.format} document does not make valid articles`, errors);
  return accepted;
}
