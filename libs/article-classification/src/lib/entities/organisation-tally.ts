import { transliterate } from '@newsflow/article-text';

import type { OrganisationMention } from '../types';

/**
 * The organisations one detector found in an article, one entry per name however often it recurs. A name
 * found again is likelier to be a real organisation, so confidence grows with the mentions from the
 * detector's own weight for a single one.
 */
export class OrganisationTally {
  private readonly byKey = new Map<string, OrganisationMention>();

  constructor(
    private readonly language: string,
    private readonly weight: number,
    private readonly category: OrganisationMention['category'],
  ) {}

  add(name: string, key = name.toLowerCase()): void {
    const found = this.byKey.get(key);
    if (found) {
      found.mentions += 1;
      return;
    }
    this.byKey.set(key, {
      name,
      abbreviation: null,
      translit: transliterate(name, this.language),
      mentions: 1,
      confidence: this.weight,
      category: this.category,
    });
  }

  organisations(): OrganisationMention[] {
    return [...this.byKey.values()].map((organisation) => ({
      ...organisation,
      confidence: Math.round((1 - (1 - this.weight) ** organisation.mentions) * 1000) / 1000,
    }));
  }
}
