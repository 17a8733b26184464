import { useEffect } from 'react';

/**
 * Marks the page interactive once its first data has rendered: the browser tests measure the time
 * to this mark (`document.documentElement.dataset.ready`), and wait on it instead of on sleeps.
 */
export function useReadyWhen(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    document.documentElement.dataset.ready = '1';
    performance.mark('duban:ready');
  }, [ready]);
}
