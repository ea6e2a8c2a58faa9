import { BLOCKS } from './blocks';
import { HtmlElement, textOf } from './tree';

/** Containers whose inline text, between their block children, is read as paragraphs written straight into them. */
const RUN_HOLDERS = new Set(['div', 'section', 'article', 'main', 'td', 'dd', 'center', 'body']);
const MIN_RUN_CHARS = 25;

/**
 * Votes of the paragraphs a container holds without <p> markup: each run of inline text between block children (or
 * furniture) votes like a paragraph of its length and commas, as if it were a <p> inside the container.
 */
export function inlineRunVotes(element: HtmlElement, isFurniture: (element: HtmlElement) => unknown): number {
  if (!RUN_HOLDERS.has(element.tag)) return 0;
  let total = 0;
  let chars = 0;
  let commas = 0;
  const close = (): void => {
    if (chars >= MIN_RUN_CHARS) total += 1 + commas + Math.min(3, Math.floor(chars / 100));
    chars = 0;
    commas = 0;
  };
  for (const child of element.children) {
    if (typeof child !== 'string' && isFurniture(child)) continue;
    if (typeof child !== 'string' && BLOCKS.has(child.tag)) {
      close();
      continue;
    }
    const text = typeof child === 'string' ? child : textOf(child);
    chars += text.trim().length;
    commas += text.match(/[,،，]/g)?.length ?? 0;
  }
  close();
  return total;
}
