import { useEffect } from 'react';

/**
 * Marks when results reach the screen: a timeout queued from an animation frame runs just after
 * that frame is painted. The benchmark reads the measure from the reply mark to this one.
 */
export function usePaintMark(result: unknown) {
  useEffect(() => {
    if (!result || performance.getEntriesByName('search:reply', 'mark').length === 0) return;
    const frame = requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('search:painted');
        performance.measure('search:reply-to-paint', 'search:reply', 'search:painted');
        performance.clearMarks('search:reply');
      }, 0),
    );
    return () => cancelAnimationFrame(frame);
  }, [result]);
}
