/**
 * Client side of the offline layer (see src/service-worker/sw.ts). The part every page runs
 * eagerly is this small: the "you are offline" banner, and, once the page is idle, the
 * decision whether the connection allows saving the language unasked. The rest
 * (offline-save.ts) loads only then.
 *
 * - A good connection: the worker is registered and saves this language (search first) in
 *   the background, pausing whenever the reader loads a page.
 * - Save-Data or a slow link: nothing is downloaded unasked. The footer offers
 *   "Save for offline (N MB)"; the worker is registered when the reader taps it.
 */
import { shouldSaveWithoutAsking, type ConnectionInfo } from '../lib/connection';

/** When the browser has nothing else to do (Safari lacks requestIdleCallback: a timeout then). */
const idle = () =>
  new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 4000 }) : setTimeout(resolve, 1500)));

export function startOfflineSupport(): void {
  const offline = document.querySelector<HTMLElement>('[data-offline-banner]');
  const showOffline = () => offline && (offline.hidden = navigator.onLine);
  addEventListener('online', showOffline);
  addEventListener('offline', showOffline);
  showOffline();

  if (!('serviceWorker' in navigator)) return;
  const lang = /^\/(kk|ru)\//.exec(location.pathname)?.[1];
  addEventListener('load', async () => {
    await idle();
    const auto = shouldSaveWithoutAsking((navigator as Navigator & { connection?: ConnectionInfo }).connection);
    const { startOfflineSave } = await import('./offline-save');
    await startOfflineSave(lang, auto);
  });
}
