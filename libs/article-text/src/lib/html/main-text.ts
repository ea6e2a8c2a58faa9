import { letterKey } from '../morphology/words';
import { cleanInline } from '../normalise/clean-text';
import { classifyLine } from '../page-text/lines';
import { BLOCKS } from './blocks';
import { inlineRunVotes } from './inline-runs';
import { HtmlElement, textOf, walk } from './tree';

export interface MainText {
  paragraphs: string[];
  removed: Record<string, number>;
  confidence: number;
}

const JUNK_TAGS: Record<string, string | null> = {
  nav: 'navigation',
  header: 'navigation',
  menu: 'navigation',
  footer: 'footer',
  aside: 'related',
  form: 'form',
  figure: 'media',
  figcaption: 'media',
  video: 'media',
  audio: 'media',
  dialog: 'popup',
  button: null,
  select: null,
  input: null,
  textarea: null,
  script: null,
  style: null,
  noscript: null,
  template: null,
  iframe: null,
  svg: null,
  canvas: null,
  object: null,
  embed: null,
  map: null,
  link: null,
  meta: null,
  head: null,
  title: null,
};
const JUNK_ROLES: Record<string, string> = {
  navigation: 'navigation',
  banner: 'navigation',
  menubar: 'navigation',
  menu: 'navigation',
  search: 'navigation',
  contentinfo: 'footer',
  complementary: 'related',
  dialog: 'popup',
  alertdialog: 'cookie',
};
/** Class/id words of page furniture, by the kind reported in `removed`. Order matters: first match names the kind. */
const JUNK_NAMES: [string, RegExp][] = [
  ['cookie', /cookie|consent|gdpr/],
  ['comments', /comment|disqus/],
  ['share', /share|sharing|social/],
  ['subscribe', /newsletter|subscri|follow-us|paywall/],
  ['top-news', /most-read|mostread|popular|trending|top-news|topnews|latest|headlines|news-?feed|news-list/],
  ['related', /related|recommend|read-?also|read-?more|see-also|more-news|more-stories|also-read|further/],
  ['advertising', /(^|[\s_-])(ads?|adv|advert\w*|promo\w*|sponsor\w*|banner|outbrain|taboola|dfp)([\s_-]|$)/],
  ['tags', /(^|[\s_-])(tags?|taglist|tag-list|keywords|topics)([\s_-]|$)/],
  [
    'navigation',
    /(^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|masthead|header|toolbar|sidebar|widget|pagination|skip)([\s_-]|$)/,
  ],
  ['footer', /(^|[\s_-])(footer|copyright|site-info)([\s_-]|$)/],
  ['byline', /(^|[\s_-])(byline|author|meta|dateline|date|time|caption|credit)([\s_-]|$)/],
  ['popup', /popup|modal|overlay/],
];
const BODY_NAMES =
  /article-?body|articlebody|article__body|article-?text|article-?content|post-?content|post-?body|entry-?content|story-?body|story-?content|news-?text|news-?body|main-?text|content-?body|text-?body/i;
const EMBEDDED = /embed/;
const NEVER_JUNK = new Set(['#root', 'html', 'body', 'main', 'article']);

/** Tells whether an element is furniture (and of which kind) or may hold article text. */
type Judge = (element: HtmlElement) => string | null;

/** Furniture kinds that are also names page-level wrappers carry ("paywall", "modal", "content-with-sidebar"). */
const WRAPPER_KINDS = new Set(['subscribe', 'popup', 'navigation', 'byline', 'advertising']);
const PROSE_CHARS = 120;

/** Two or more long, link-poor paragraphs: running prose, which furniture never carries. */
/** Elements measured with nothing skipped, kept for as long as their page is. */
const measureAll = measurer(() => null, new WeakMap());

function holdsProse(element: HtmlElement): boolean {
  let found = 0;
  for (const node of walk(element)) {
    if (node.tag !== 'p') continue;
    const entry = measureAll(node);
    if (entry.textChars >= PROSE_CHARS && entry.linkChars / entry.textChars < 0.2) found += 1;
    if (found >= 2) return true;
  }
  return false;
}

const verdicts = new WeakMap<HtmlElement, string | null>();

/** Kind of furniture an element is, or null when it may hold article text. */
export function junkKind(element: HtmlElement): string | null {
  let verdict = verdicts.get(element);
  if (verdict === undefined) {
    verdict = judgeByMarkup(element);
    if (verdict !== null && WRAPPER_KINDS.has(verdict) && !(element.tag in JUNK_TAGS) && holdsProse(element))
      verdict = null;
    verdicts.set(element, verdict);
  }
  return verdict;
}

/**
 * Inline markup wrapping a picture and several links in markup of its own: a hover card of other stories inside a
 * sentence. A span whose own children are links is the sentence's linked words, kept.
 */
function isCard(element: HtmlElement): boolean {
  if (element.children.some((child) => typeof child !== 'string' && child.tag === 'a')) return false;
  const found = { links: 0, picture: false };
  const count = (node: HtmlElement): void => {
    for (const child of node.children) {
      if (typeof child === 'string') continue;
      if (child.tag === 'a') found.links += 1;
      else if (child.tag === 'img') found.picture = true;
      count(child);
    }
  };
  count(element);
  return found.picture && found.links >= 3;
}

const PAGE_LEVEL = new Set(['#root', 'html', 'body', 'main']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LISTING_KINDS = new Set(['related', 'top-news']);

/**
 * Other posts, each in its own <article>, under a heading named or worded like "You may also like": a listing, even
 * when the wrapper is an <article> itself and its teasers are prose. One quoted post inside a story is not a listing.
 */
function isLabelledListing(element: HtmlElement): boolean {
  const heading = element.children.find((child): child is HtmlElement => typeof child !== 'string');
  if (!heading || !HEADINGS.has(heading.tag)) return false;
  const label = classifyLine(cleanInline(textOf(heading)), true);
  const labelled =
    LISTING_KINDS.has(judgeByMarkup(heading) ?? '') ||
    (label.kind === 'cue-label' && LISTING_KINDS.has(label.cue ?? ''));
  if (!labelled) return false;
  let posts = 0;
  for (const node of walk(element)) if (node !== element && node.tag === 'article' && ++posts >= 2) return true;
  return false;
}

const markupVerdicts = new WeakMap<HtmlElement, string | null>();

/** Both looks at a page ask for every element's markup verdict; it is read once. */
function judgeByMarkup(element: HtmlElement): string | null {
  let verdict = markupVerdicts.get(element);
  if (verdict === undefined) {
    verdict = readMarkup(element);
    markupVerdicts.set(element, verdict);
  }
  return verdict;
}

function readMarkup(element: HtmlElement): string | null {
  if (element.tag in JUNK_TAGS) return JUNK_TAGS[element.tag] ?? 'markup';
  if (element.attrs['hidden'] !== undefined || element.attrs['aria-hidden'] === 'true') return 'hidden';
  if (/display\s*:\s*none/i.test(element.attrs['style'] ?? '')) return 'hidden';
  const role = JUNK_ROLES[(element.attrs['role'] ?? '').toLowerCase()];
  if (role) return role;
  if (!PAGE_LEVEL.has(element.tag) && isLabelledListing(element)) return 'related';
  if (NEVER_JUNK.has(element.tag)) return null;
  if (element.tag === 'span' && isCard(element)) return 'related';
  const given = `${element.attrs['class'] ?? ''} ${element.attrs['id'] ?? ''}`;
  if (given.trim() === '') return null;
  // camelCase names ("newsCaption", "imageEmbedCredit") split into words like kebab-case ones.
  const names = given.replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2').toLowerCase();
  if (BODY_NAMES.test(names) || element.attrs['itemprop'] === 'articleBody') return null;
  for (const [kind, pattern] of JUNK_NAMES) {
    // A post embedded from a social network is quoted by the article, not a button to share it.
    if (pattern.test(names) && !(kind === 'share' && EMBEDDED.test(names))) return kind;
  }
  return null;
}

const LOOSE_JUNK_TAGS = new Set(['nav', 'footer']);

/**
 * The second look when the first found (almost) nothing: a page-level wrapper named like furniture ("paywall",
 * "modal", "content-with-sidebar", a <form> around the page) must not hide the article, so only what can never be
 * article text counts as furniture: non-text markup, hidden elements, navigation, footers, comments and labelled
 * listings of other posts.
 */
function looseJunkKind(element: HtmlElement): string | null {
  if (element.tag in JUNK_TAGS && (JUNK_TAGS[element.tag] === null || LOOSE_JUNK_TAGS.has(element.tag)))
    return JUNK_TAGS[element.tag] ?? 'markup';
  if (element.attrs['hidden'] !== undefined) return 'hidden';
  if (/display\s*:\s*none/i.test(element.attrs['style'] ?? '')) return 'hidden';
  const kind = judgeByMarkup(element);
  // Comments and a labelled listing of other posts are never the article, however short the article is.
  if (kind === 'comments') return kind;
  return kind === 'related' && !PAGE_LEVEL.has(element.tag) && isLabelledListing(element) ? kind : null;
}

interface Block {
  text: string;
  linkChars: number;
  tag: string;
}

// Private-use marks around link text inside the buffer, so each <br><br>-split paragraph counts its own links.
const LINK_OPEN = '\ue000';
const LINK_CLOSE = '\ue001';
const LINK_MARKS = /[\ue000\ue001]/g;

/** Characters inside link marks; `open` says whether the part starts inside a link. */
function linkCharsOf(part: string, open: boolean): { chars: number; open: boolean } {
  let chars = 0;
  let inside = open;
  for (const char of part) {
    if (char === LINK_OPEN) inside = true;
    else if (char === LINK_CLOSE) inside = false;
    else if (inside && char.trim() !== '') chars += 1;
  }
  return { chars, open: inside };
}

/** Text blocks of an element in document order, skipping furniture; inline markup joins, block markup splits. */
function collectBlocks(element: HtmlElement, out: Block[], judge: Judge): void {
  let buffer = '';
  const flush = (tag: string): void => {
    let open = false;
    for (const part of buffer.split(/\n\s*\n/)) {
      const links = linkCharsOf(part, open);
      open = links.open;
      const text = cleanInline(part.replace(LINK_MARKS, ''));
      if (text) out.push({ text, linkChars: Math.min(links.chars, text.length), tag });
    }
    buffer = '';
  };
  const visit = (node: HtmlElement, inLink: boolean): void => {
    for (const child of node.children) {
      if (typeof child === 'string') {
        buffer += child.replace(LINK_MARKS, '');
        continue;
      }
      if (judge(child)) continue;
      if (child.tag === 'br') buffer += '\n';
      else if (BLOCKS.has(child.tag)) {
        flush(node.tag);
        visit(child, inLink);
        flush(child.tag);
      } else if (child.tag === 'a' && !inLink) {
        buffer += LINK_OPEN;
        visit(child, true);
        buffer += LINK_CLOSE;
      } else visit(child, inLink);
    }
  };
  visit(element, false);
  flush(element.tag);
}

/** Outermost furniture with visible text anywhere on the page, by kind: what the page carried besides the article. */
function countFurniture(element: HtmlElement, removed: Record<string, number>): void {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    const kind = junkKind(child);
    if (kind === null) countFurniture(child, removed);
    else if (kind !== 'markup' && hasText(child)) removed[kind] = (removed[kind] ?? 0) + 1;
  }
}

function hasText(element: HtmlElement): boolean {
  return element.children.some((child) => (typeof child === 'string' ? child.trim() !== '' : hasText(child)));
}

interface Scored {
  score: number;
  textChars: number;
  linkChars: number;
}

/** Text and link characters inside an element, its furniture skipped. */
type Measure = (element: HtmlElement) => Readonly<Scored>;
interface MeasureCache {
  get(element: HtmlElement): Scored | undefined;
  set(element: HtmlElement, entry: Scored): unknown;
}

/**
 * One page's measurements under one judge, each element's computed once from its children's: the scoring asks for
 * an element, its ancestors and siblings, and measuring each subtree afresh costs the page's depth over again.
 */
function measurer(judge: Judge, measured: MeasureCache = new Map()): Measure {
  const measure = (element: HtmlElement): Scored => {
    let entry = measured.get(element);
    if (entry) return entry;
    entry = { score: 0, textChars: 0, linkChars: 0 };
    for (const child of element.children) {
      if (typeof child === 'string') entry.textChars += child.trim().length;
      else if (!judge(child)) {
        const inner = measure(child);
        entry.textChars += inner.textChars;
        entry.linkChars += child.tag === 'a' ? inner.textChars : inner.linkChars;
      }
    }
    measured.set(element, entry);
    return entry;
  };
  return measure;
}

/** A container's score, discounted by how much of its text is links. */
function adjustedScore(entry: Scored): number {
  return entry.score * (1 - entry.linkChars / Math.max(entry.textChars, 1));
}

/** Paragraph-like elements vote: p, pre, blockquote, and divs holding text of their own and no blocks. */
function votes(element: HtmlElement): boolean {
  if (element.tag === 'p' || element.tag === 'pre' || element.tag === 'blockquote') return true;
  return (
    element.tag === 'div' &&
    element.children.some((child) => typeof child === 'string' && child.trim().length >= 25) &&
    !element.children.some((child) => typeof child !== 'string' && BLOCKS.has(child.tag))
  );
}

/** Length and commas: a paragraph of running prose counts for more than a caption. */
function voteOf(element: HtmlElement, measure: Measure): number {
  const { textChars } = measure(element);
  if (textChars < 25) return 0;
  const text = element.children.map((child) => (typeof child === 'string' ? child : '')).join('');
  return 1 + (text.match(/[,،，]/g)?.length ?? 0) + Math.min(3, Math.floor(textChars / 100));
}

/**
 * Every voting element gives its three nearest ancestors its vote, less with each level; text written straight into
 * a container votes for the container itself and its two nearest ancestors.
 */
function scoreContainers(root: HtmlElement, judge: Judge, measure: Measure): Map<HtmlElement, Scored> {
  const scores = new Map<HtmlElement, Scored>();
  const scoreOf = (element: HtmlElement): Scored => {
    let entry = scores.get(element);
    if (!entry) {
      entry = { ...measure(element) };
      if (element.tag === 'article' || element.attrs['itemprop'] === 'articleBody') entry.score += 10;
      if (BODY_NAMES.test(`${element.attrs['class'] ?? ''} ${element.attrs['id'] ?? ''}`)) entry.score += 25;
      scores.set(element, entry);
    }
    return entry;
  };
  const credit = (holder: HtmlElement | null, vote: number): void => {
    let ancestor = holder;
    for (let level = 1; vote > 0 && ancestor && level <= 3; level += 1, ancestor = ancestor.parent) {
      scoreOf(ancestor).score += vote / level;
    }
  };
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as HtmlElement;
    if (judge(element)) continue;
    for (const child of element.children) if (typeof child !== 'string') stack.push(child);
    const vote = votes(element) ? voteOf(element, measure) : 0;
    if (vote > 0) credit(element.parent, vote);
    else credit(element, inlineRunVotes(element, judge));
  }
  return scores;
}

function bestContainer(scores: Map<HtmlElement, Scored>): { best: HtmlElement | null; bestScore: number } {
  let best: HtmlElement | null = null;
  let bestScore = 0;
  for (const [element, entry] of scores) {
    const adjusted = adjustedScore(entry);
    if (adjusted > bestScore) {
      best = element;
      bestScore = adjusted;
    }
  }
  return { best, bestScore };
}

/** A sibling of the best container belongs to the article when it scored well itself or is a long, link-poor p. */
function continuesArticle(
  sibling: HtmlElement,
  scores: Map<HtmlElement, Scored>,
  bestScore: number,
  judge: Judge,
  measure: Measure,
): boolean {
  if (judge(sibling)) return false;
  const entry = scores.get(sibling);
  if (entry !== undefined && adjustedScore(entry) >= Math.max(10, bestScore * 0.2)) return true;
  const own = measure(sibling);
  // A chunk wrapped too deep for the votes to reach it still counts when it carries link-poor running prose.
  if (entry === undefined && own.linkChars / Math.max(own.textChars, 1) < 0.25 && holdsProse(sibling)) return true;
  if (sibling.tag !== 'p') return false;
  return own.textChars > 80 && own.linkChars / own.textChars < 0.25;
}

/**
 * Readability's idea, kept small: every paragraph-like element votes for its ancestors by its length and commas,
 * link-heavy containers are discounted, and the best container plus its strong siblings is the article.
 */
function chooseContainers(root: HtmlElement, judge: Judge): HtmlElement[] {
  const measure = measurer(judge);
  const scores = scoreContainers(root, judge, measure);
  const { best: found, bestScore } = bestContainer(scores);
  if (!found) return [root];
  // An article split into sibling chunks is often wrapped once more per chunk: climb through wrappers that hold
  // nothing but the chosen container, so the chunks beside the wrapper are weighed as siblings.
  let best = found;
  for (let level = 0; level < 6 && best.parent && !NEVER_JUNK.has(best.parent.tag); level += 1) {
    const withText = best.parent.children.filter(
      (child) => typeof child !== 'string' && child !== best && !judge(child) && measure(child).textChars > 0,
    );
    if (withText.length > 0) break;
    best = best.parent;
  }
  if (!best.parent) return [best];
  return best.parent.children.filter(
    (sibling): sibling is HtmlElement =>
      typeof sibling !== 'string' && (sibling === best || continuesArticle(sibling, scores, bestScore, judge, measure)),
  );
}

/** A link whose text is its own address was written out by the author; related stories show headlines instead. */
const WRITTEN_ADDRESS = /^(https?:\/\/|www\.)\S+$/i;

/** Below this many characters of article text the first look is taken to have missed the article. */
const ENOUGH_CHARS = 500;

interface Reading {
  paragraphs: string[];
  removed: Record<string, number>;
  chars: number;
}

/** Paragraphs of the chosen containers, without cue lines, the lists they open, link lists, datelines and bylines. */
function readParagraphs(root: HtmlElement, judge: Judge, titleKey: string | undefined): Reading {
  const blocks: Block[] = [];
  for (const container of chooseContainers(root, judge)) collectBlocks(container, blocks, judge);
  const removed: Record<string, number> = {};
  const bump = (kind: string): void => {
    removed[kind] = (removed[kind] ?? 0) + 1;
  };
  const paragraphs: string[] = [];
  let openList: string | null = null;
  for (const block of blocks) {
    if (titleKey && letterKey(block.text) === titleKey) continue;
    const line = classifyLine(block.text, true);
    if (line.kind === 'cue-label' || line.kind === 'cue-inline') {
      bump(line.cue ?? 'other');
      openList = line.kind === 'cue-label' ? (line.cue ?? null) : null;
      continue;
    }
    // A list a cue opens is a list of links: text of its own after the cue means the article went on.
    if (line.kind === 'body' || block.linkChars / block.text.length < 0.5) openList = null;
    if (openList) {
      bump(openList);
      continue;
    }
    if (block.linkChars / block.text.length > 0.6 && block.text.length < 300 && !WRITTEN_ADDRESS.test(block.text)) {
      bump('related');
      continue;
    }
    if (line.kind === 'timestamp' || line.kind === 'byline') {
      bump(line.kind);
      continue;
    }
    paragraphs.push(block.text);
  }
  return { paragraphs, removed, chars: paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0) };
}

/**
 * Main text of a page as paragraphs, with furniture removed and counted by kind. Like Readability, a first look that
 * finds too little is retried with furniture judged by markup alone.
 */
export function extractMainText(root: HtmlElement, title: string | null): MainText {
  const titleKey = title ? letterKey(title) : undefined;
  let reading = readParagraphs(root, junkKind, titleKey);
  if (reading.chars < ENOUGH_CHARS) {
    // Only a reading of at least twice the text replaces the first: a short article should not gain the furniture.
    const second = readParagraphs(root, looseJunkKind, titleKey);
    if (second.chars >= 2 * reading.chars) reading = second;
  }
  const removed = reading.removed;
  countFurniture(root, removed);
  const { paragraphs, chars } = reading;
  const confidence = Math.round(Math.min(1, chars / 600) * (paragraphs.length >= 2 ? 1 : 0.7) * 1000) / 1000;
  return { paragraphs, removed, confidence };
}
