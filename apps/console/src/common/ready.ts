import { useEffect } from 'react';

/**
 * Marks the page interactive once its first data has rendered: the browser tests measure the time
 * to this mark (`document.documentElement.dataset.ready`), and wait on it instead of on sleeps.
 * The mark goes when the page does (a client-side navigation) or waits again (another task's data
 * on the same page), so a test waiting for it after a navigation waits for the new page's data.
 * One page at a time calls it.
 */
export function useReadyWhen(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const root = document.documentElement;
    root.dataset.ready = '1';
    performance.mark('duban:ready');
    return () => {
      delete root.dataset.ready;
    };
  }, [ready]);
}
