import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import stopwords from 'stopwords-iso';

/**
 * Realistic ~5 KB page-text articles for the throughput benchmark: distinct stories written from a
 * Ukrainian vocabulary (the samples' words plus Ukrainian function words, so language detection and
 * stemming do their real work), each wrapped in the clutter of a copied news page, and one in
 * twenty a republished copy of an earlier story with an edited headline and one changed paragraph.
 * Copies of one page would all fall into one story, which is not a real stream.
 */
export interface BenchPage {
  source: string;
  guid: string;
  title: string;
  text: string;
}

const TARGET_BYTES = 5_000;
const REPUBLISH_EVERY = 20;

function vocabulary(repoRoot: string): { words: string[]; functionWords: string[] } {
  const folder = join(repoRoot, 'samples', 'articles');
  const sampleWords = new Set<string>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    const sample = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { language?: string; text?: string };
    if (sample.language !== 'uk' || !sample.text) continue;
    // Common words only: a capitalised word may be a name, and names would make every page look
    // like a report about the sample's people and places.
    for (const word of sample.text.match(/[\p{L}ʼ'-]{4,}/gu) ?? [])
      if (word === word.toLowerCase()) sampleWords.add(word);
  }
  return { words: [...sampleWords], functionWords: (stopwords as Record<string, string[]>)['uk'] };
}

/** A small deterministic generator, so two runs post the same stream. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Earlier pages a republished copy may come from: enough for a real stream, bounded for a 100k backlog. */
const REMEMBERED_PAGES = 2_000;

export class RealisticPages {
  private readonly words: string[];
  private readonly functionWords: string[];
  private readonly next: () => number;
  private readonly written: { page: BenchPage; paragraphs: string[] }[] = [];

  constructor(
    repoRoot: string,
    private readonly run: string,
    seed = 7,
  ) {
    ({ words: this.words, functionWords: this.functionWords } = vocabulary(repoRoot));
    this.next = random(seed);
  }

  page(n: number): BenchPage {
    const earlier = this.written[Math.floor(this.next() * this.written.length)];
    const written =
      n % REPUBLISH_EVERY === REPUBLISH_EVERY - 1 && earlier ? this.republished(earlier, n) : this.story(n);
    this.written.push(written);
    if (this.written.length > REMEMBERED_PAGES) this.written.shift();
    return written.page;
  }

  private story(n: number): { page: BenchPage; paragraphs: string[] } {
    const title = this.capitalised(this.sentence(7, 11)).replace(/\.$/, '');
    const paragraphs: string[] = [];
    while (paragraphs.join('\n\n').length < TARGET_BYTES / 2.2) paragraphs.push(this.paragraph());
    return this.composed(n, title, paragraphs);
  }

  private republished(original: { page: BenchPage; paragraphs: string[] }, n: number) {
    const paragraphs = [...original.paragraphs];
    paragraphs[Math.floor(this.next() * paragraphs.length)] = this.paragraph();
    return this.composed(n, `${original.page.title} — ${this.word()}`, paragraphs);
  }

  private composed(n: number, title: string, paragraphs: string[]): { page: BenchPage; paragraphs: string[] } {
    const page = {
      source: `bench-${this.run}`,
      guid: `bench-${this.run}-${n}`,
      title,
      text: this.pageText(title, paragraphs),
    };
    return { page, paragraphs };
  }

  /** The page as a reader's copy: menu, headline, share prompt, body, related headlines, footer. */
  private pageText(title: string, paragraphs: string[]): string {
    const related = Array.from({ length: 4 }, () => this.capitalised(this.sentence(6, 9)).replace(/\.$/, ''));
    return [
      'Головна | Новини | Політика | Економіка | Суспільство',
      title,
      `${10 + Math.floor(this.next() * 18)}.11.2026 ${String(8 + Math.floor(this.next() * 12)).padStart(2, '0')}:15`,
      'Поділитися: Facebook Twitter Telegram',
      ...paragraphs,
      'Читайте також:',
      ...related,
      '© 2026 Усі права захищено. Використання матеріалів дозволено лише з посиланням на джерело.',
    ].join('\n\n');
  }

  private paragraph(): string {
    return Array.from({ length: 3 + Math.floor(this.next() * 3) }, () => this.capitalised(this.sentence(10, 22))).join(
      ' ',
    );
  }

  private sentence(min: number, max: number): string {
    const length = min + Math.floor(this.next() * (max - min));
    const words = Array.from({ length }, (_, i) => (i % 3 === 1 ? this.functionWord() : this.word()));
    return `${words.join(' ')}.`;
  }

  private word(): string {
    return this.words[Math.floor(this.next() * this.words.length)];
  }

  private functionWord(): string {
    return this.functionWords[Math.floor(this.next() * this.functionWords.length)];
  }

  private capitalised(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
}
