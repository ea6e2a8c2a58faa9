import { BLOCKS } from './blocks';
import { HtmlElement, HtmlNode } from './tree';

/** Containers whose inline text, between their block children, is read as paragraphs written straight into them. */
const RUN_HOLDERS = new Set(['div', 'section', 'article', 'main', 'td', 'dd', 'center', 'body']);
const MIN_RUN_CHARS = 25;
const COMMAS = /[,،，]/g;

interface Run {
  chars: number;
  commas: number;
}

function addText(node: HtmlNode, run: Run): void {
  if (typeof node === 'string') {
    run.chars += node.trim().length;
    run.commas += node.match(COMMAS)?.length ?? 0;
  } else for (const child of node.children) addText(child, run);
}

/**
 * Votes of the paragraphs a container holds without <p> markup: each run of inline text between block children (or
 * furniture) votes like a paragraph of its length and commas, as if it were a <p> inside the container.
 */
export function inlineRunVotes(element: HtmlElement, isFurniture: (element: HtmlElement) => unknown): number {
  if (!RUN_HOLDERS.has(element.tag)) return 0;
  let total = 0;
  const run: Run = { chars: 0, commas: 0 };
  const close = (): void => {
    if (run.chars >= MIN_RUN_CHARS) total += 1 + run.commas + Math.min(3, Math.floor(run.chars / 100));
    run.chars = 0;
    run.commas = 0;
  };
  for (const child of element.children) {
    if (typeof child !== 'string' && BLOCKS.has(child.tag)) {
      if (!isFurniture(child)) close();
    } else if (typeof child === 'string' || !isFurniture(child)) addText(child, run);
  }
  close();
  return total;
}
