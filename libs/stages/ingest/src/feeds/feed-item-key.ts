import { createHash } from 'node:crypto';

import type { ArticleSubmission } from '@newsflow/contracts';

/**
 * What makes a feed item the same item on the next poll: its guid (Atom id, JSON Feed id), else
 * its link, else, for a feed that gives neither, a digest of its title and body. Stored per feed.
 */
export function feedItemKey(item: ArticleSubmission): string {
  if (item.guid) return `guid:${item.guid}`;
  if (item.url) return `link:${item.url}`;
  const content = [item.title ?? '', item.text ?? '', item.html ?? ''].join('\u0000');
  return `content:${createHash('sha256').update(content).digest('hex')}`;
}
