/**
 * Client side of the offline layer (see src/service-worker/sw.ts). Kept small: it runs on
 * every page, after the load event.
 */
export function startOfflineSupport(): void {
  const offline = document.querySelector<HTMLElement>('[data-offline-banner]');
  const showOffline = () => offline && (offline.hidden = navigator.onLine);
  addEventListener('online', showOffline);
  addEventListener('offline', showOffline);
  showOffline();

  if (!('serviceWorker' in navigator)) return;
  const lang = /^\/(kk|ru)\//.exec(location.pathname)?.[1];

  addEventListener('load', async () => {
    const registration = await navigator.serviceWorker.register('/sw.js');

    // Keep this language for offline reading once the worker runs; the worker reports back.
    if (lang) {
      const ready = await navigator.serviceWorker.ready;
      ready.active?.postMessage({ type: 'CACHE_LANGUAGE', lang });
    }
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; lang?: string }>) => {
      if (event.data?.type === 'LANGUAGE_CACHED') document.documentElement.dataset.offlineReady = event.data.lang ?? '';
    });

    // A new deploy: the new worker waits until the reader agrees to refresh.
    const banner = document.querySelector<HTMLElement>('[data-update-banner]');
    let accepted = false;
    const prompt = (worker: ServiceWorker) => {
      if (!banner) return;
      banner.hidden = false;
      banner.querySelector('button')?.addEventListener('click', () => {
        accepted = true;
        worker.postMessage({ type: 'SKIP_WAITING' });
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
  });
}
