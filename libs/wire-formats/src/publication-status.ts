import { refused } from './wire-document-error';

/**
 * newsflow cannot yet withdraw an article or hold one until its embargo, so a kill, a withheld
 * item or an embargo still ahead is refused rather than published as usable at once, which would
 * do the opposite of what the sender asked.
 */
export function refuseUnpublishable(
  status: string | undefined,
  statusPath: string,
  embargoed: unknown,
  embargoPath: string,
  now = Date.now(),
): void {
  if (status && status.toLowerCase() !== 'usable') {
    throw refused(`publication status "${status}" is not supported yet: only usable items are accepted`, [
      { path: statusPath, message: 'must be usable' },
    ]);
  }
  const embargo = typeof embargoed === 'string' ? Date.parse(embargoed) : Number.NaN;
  if (Number.isFinite(embargo) && embargo > now) {
    throw refused('embargoed items are not supported yet: send the item once its embargo has passed', [
      { path: embargoPath, message: 'must not be in the future' },
    ]);
  }
}
