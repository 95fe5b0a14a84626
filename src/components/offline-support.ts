/**
 * Client side of the offline layer (see src/service-worker/sw.ts), inlined in every page, so
 * kept small: it runs after the load event, once the page is idle.
 *
 * - A good connection (src/lib/connection.ts): the worker is registered and saves this
 *   language (search first) in the background, pausing whenever the reader loads a page; the
 *   footer line then says it is saved.
 * - Save-Data or a slow link: nothing is downloaded unasked. offline-save.ts (a separate file,
 *   loaded only then) offers "Save for offline (N MB)" and registers the worker on a tap.
 * - The "you are offline" banner, and "a new version" with a refresh button after a deploy.
 */
import { shouldSaveWithoutAsking, type ConnectionInfo } from '../lib/connection';
import { offlineSaveScriptPath } from '../lib/routes';
import type { PageMessage, WorkerMessage } from '../lib/sw-messages';

export function startOfflineSupport(): void {
  const offline = document.querySelector<HTMLElement>('[data-offline-banner]');
  const showOffline = () => offline && (offline.hidden = navigator.onLine);
  addEventListener('online', showOffline);
  addEventListener('offline', showOffline);
  showOffline();

  const sw = navigator.serviceWorker;
  if (!sw) return;
  const lang = /^\/(kk|ru)\//.exec(location.pathname)?.[1];
  const save = document.querySelector<HTMLElement>('[data-save-language]');
  const offerButton = () =>
    import(/* @vite-ignore */ offlineSaveScriptPath()).then((m: { offerSave: (lang: string) => void }) =>
      m.offerSave(lang!),
    );

  sw.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    if ((event.data as { lang?: string } | undefined)?.lang !== lang) return;
    if (event.data.type === 'LANGUAGE_CACHED') {
      document.documentElement.dataset.offlineReady = lang;
      // The line already says "saved"; offline-save.ts rewrites it while it offers or saves.
      if (save) save.hidden = false;
    }
    if (event.data.type === 'LANGUAGE_NOT_SAVED') void offerButton();
  });

  addEventListener('load', () =>
    requestIdle(async () => {
      const auto = shouldSaveWithoutAsking((navigator as Navigator & { connection?: ConnectionInfo }).connection);
      const existing = await sw.getRegistration();
      if (auto || existing) watchUpdates(await sw.register('/sw.js'));
      if (!lang) return;
      if (auto) (await sw.ready).active?.postMessage({ type: 'CACHE_LANGUAGE', lang } satisfies PageMessage);
      else if (existing?.active) existing.active.postMessage({ type: 'LANGUAGE_STATUS', lang } satisfies PageMessage);
      else void offerButton();
    }),
  );
}

/** When the browser has nothing else to do (Safari lacks requestIdleCallback: a timeout then). */
function requestIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 4000 });
  else setTimeout(work, 1500);
}

/** A new deploy: the new worker waits until the reader agrees to refresh. */
function watchUpdates(registration: ServiceWorkerRegistration): void {
  const banner = document.querySelector<HTMLElement>('[data-update-banner]');
  let accepted = false;
  const prompt = (worker: ServiceWorker) => {
    if (!banner) return;
    banner.hidden = false;
    banner.querySelector('button')?.addEventListener('click', () => {
      accepted = true;
      worker.postMessage({ type: 'SKIP_WAITING' } satisfies PageMessage);
    });
  };
  if (registration.waiting && navigator.serviceWorker.controller) prompt(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) prompt(worker);
    });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });
}
