import { Parser } from 'htmlparser2';

import { LIMITS } from '../limits';

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}
export type HtmlNode = HtmlElement | string;

export interface HtmlTree {
  root: HtmlElement;
  /** Every element of the tree in document order, the root first: one list for the page-wide searches. */
  elements: HtmlElement[];
  /** Bodies of <script type="application/ld+json">, the only script content we read. */
  jsonLd: string[];
  depthCapped: boolean;
  /** Parsing stopped early at LIMITS.maxElements or LIMITS.maxOpenElements; the tree holds what came before. */
  truncated: boolean;
}

/** Elements whose text never belongs to an article and is not even kept in the tree. */
const DISCARDED_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
]);

/**
 * A minimal tree built from htmlparser2's events. Building it ourselves bounds the depth (pathologically nested pages
 * are flattened below LIMITS.maxDepth instead of blowing the stack in later recursion) and skips script/style text.
 */
export function buildTree(html: string): HtmlTree {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [], parent: null };
  const elements = [root];
  const jsonLd: string[] = [];
  let current = root;
  let depth = 0;
  let overflow = 0;
  let depthCapped = false;
  let opened = 0;
  let truncated = false;
  let discarding = 0;
  let ldBuffer: string | null = null;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        // htmlparser2 keeps open elements in an array it shifts and searches on every tag, so a page of thousands of
        // unclosed elements costs quadratic time there: parsing stops instead.
        opened += 1;
        if (opened > LIMITS.maxElements || depth + overflow >= LIMITS.maxOpenElements) {
          truncated = true;
          parser.pause();
        }
        if (DISCARDED_TEXT.has(name)) {
          discarding += 1;
          if (name === 'script' && /ld\+json/i.test(attrs['type'] ?? '')) ldBuffer = '';
        }
        if (depth >= LIMITS.maxDepth) {
          overflow += 1;
          depthCapped = true;
          return;
        }
        const element: HtmlElement = { tag: name, attrs, children: [], parent: current };
        current.children.push(element);
        elements.push(element);
        current = element;
        depth += 1;
      },
      ontext(text) {
        if (ldBuffer !== null) ldBuffer += text;
        if (discarding > 0) return;
        const last = current.children[current.children.length - 1];
        if (typeof last === 'string') current.children[current.children.length - 1] = last + text;
        else current.children.push(text);
      },
      onclosetag(name) {
        if (DISCARDED_TEXT.has(name)) {
          discarding = Math.max(0, discarding - 1);
          if (name === 'script' && ldBuffer !== null) {
            jsonLd.push(ldBuffer);
            ldBuffer = null;
          }
        }
        if (overflow > 0) {
          overflow -= 1;
          return;
        }
        if (current.parent) {
          current = current.parent;
          depth -= 1;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { root, elements, jsonLd, depthCapped, truncated };
}

/** The element and everything inside it, in document order. */
export function* walk(element: HtmlElement): Generator<HtmlElement> {
  // An explicit stack: nested generators would cost each element as many steps as it is deep.
  const stack: HtmlElement[] = [element];
  while (stack.length > 0) {
    const next = stack.pop() as HtmlElement;
    yield next;
    for (let index = next.children.length - 1; index >= 0; index -= 1) {
      const child = next.children[index];
      if (typeof child !== 'string') stack.push(child);
    }
  }
}

export function textOf(node: HtmlNode): string {
  if (typeof node === 'string') return node;
  if (node.tag === 'br') return '\n';
  return node.children.map(textOf).join('');
}
