import { XMLParser, XMLValidator } from 'fast-xml-parser';

import { refused } from './wire-document-error';

/**
 * A document type declaration is where external entities (XXE) and entity expansion bombs are
 * defined; no news format needs one, so any document carrying one is refused before parsing.
 */
export function refuseDocumentTypes(xml: string): void {
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    throw refused('XML document type declarations are refused (they can define external or expanding entities)', [
      { path: '$', message: 'remove the <!DOCTYPE …> declaration' },
    ]);
  }
}

export interface XmlReading {
  /** Elements that always come as arrays, whether the document holds one or many. */
  arrays: string[];
  /** Elements whose content is kept as the raw markup, such as an XHTML body. */
  raw?: string[];
}

/** News markup nests a few dozen levels; deeper is an attack on the parser's time, refused at once. */
const MAX_DEPTH = 256;

/**
 * Parses XML with the predefined entities only (no DTD reaches here), namespace prefixes dropped
 * and attributes as `@name`. Malformed XML is refused with the parser's line and reason.
 */
export function parseXml(xml: string, reading: XmlReading): Record<string, unknown> {
  refuseDocumentTypes(xml);
  const arrays = new Set(reading.arrays);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: false,
    maxNestedTags: MAX_DEPTH,
    stopNodes: (reading.raw ?? []).map((name) => `*.${name}`),
    isArray: (name) => arrays.has(name),
  });
  let parsed: Record<string, unknown>;
  try {
    parsed = parser.parse(xml) as Record<string, unknown>;
  } catch (error) {
    throw refused(`malformed XML: ${(error as Error).message}`);
  }
  // The parser forgives unclosed tags; the validator does not, and it runs only on documents of sane depth.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw refused(`malformed XML: ${valid.err.msg}`, [
      { path: `line ${valid.err.line}, column ${valid.err.col}`, message: valid.err.msg },
    ]);
  }
  return parsed;
}
