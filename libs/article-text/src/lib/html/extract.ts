import { extractMainText } from './main-text';
import { extractMetadata, HtmlMetadata } from './metadata';
import { buildTree } from './tree';

export interface HtmlArticle extends HtmlMetadata {
  paragraphs: string[];
  removed: Record<string, number>;
  confidence: number;
  flags: string[];
}

export function extractFromHtml(html: string, baseUrl?: string): HtmlArticle {
  const tree = buildTree(html);
  const metadata = extractMetadata(tree, baseUrl);
  const main = extractMainText(tree.root, metadata.title);
  const flags = [...(tree.depthCapped ? ['depth-capped'] : []), ...(tree.truncated ? ['truncated-input'] : [])];
  return { ...metadata, ...main, flags };
}
