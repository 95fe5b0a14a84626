/**
 * The offline layer's page work, loaded by offline-support.ts once the page is idle (so a
 * reader who only reads downloads none of it first): registers the service worker, asks it to
 * save the language (or offers the button), shows progress and what is saved in the footer
 * line, and the "new version" banner after a deploy.
 */
type WorkerMessage = { type?: string; lang?: string; done?: number; total?: number };

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** «1,1 МБ» in the page's language. */
function megabytes(bytes: number, lang: string, unit: string): string {
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(bytes / 1024 / 1024)} ${unit}`;
}

/**
 * `auto`: the connection allows saving without asking. `lang`: the page's language, if any.
 * With neither auto nor an existing worker, nothing is registered until the reader taps the button.
 */
export async function startOfflineSave(lang: string | undefined, auto: boolean): Promise<void> {
  const save = document.querySelector<HTMLElement>('[data-save-language]');
  const button = save?.querySelector('button');
  const status = save?.querySelector<HTMLElement>('[role="status"]');
  const strings = JSON.parse(save?.dataset.strings ?? '{}') as Record<string, string>;

  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    const data = event.data;
    if (data?.lang !== lang) return;
    if (data.type === 'LANGUAGE_CACHED') document.documentElement.dataset.offlineReady = data.lang ?? '';
    if (!save || !status) return;
    if (data.type === 'LANGUAGE_PROGRESS' || data.type === 'LANGUAGE_CACHED') {
      save.hidden = false;
      if (button) button.hidden = true;
      status.textContent =
        data.type === 'LANGUAGE_CACHED' ? (strings.saved ?? '') : fill(strings.saving ?? '', { done: data.done ?? 0, total: data.total ?? 0 });
    }
    if (data.type === 'LANGUAGE_NOT_SAVED') void offerButton();
  });

  /** Shows "Save for offline (N MB)"; the size comes from the build's list of files. */
  async function offerButton() {
    if (!save || !button || !lang) return;
    const manifest = (await fetch(save.dataset.manifest!).then((r) => r.json()).catch(() => undefined)) as { bytes?: number } | undefined;
    button.textContent = fill(strings.button ?? '', { size: manifest?.bytes ? megabytes(manifest.bytes, lang, strings.mb ?? 'MB') : '' }).replace(' ()', '');
    button.hidden = false;
    save.hidden = false;
  }

  let registration: Promise<ServiceWorkerRegistration> | undefined;
  const register = () => (registration ??= navigator.serviceWorker.register('/sw.js').then((r) => (watchUpdates(r), r)));

  button?.addEventListener('click', async () => {
    button.hidden = true;
    if (status) status.textContent = fill(strings.saving ?? '', { done: 0, total: '…' });
    await register();
    (await navigator.serviceWorker.ready).active?.postMessage({ type: 'CACHE_LANGUAGE', lang });
  });

  const existing = await navigator.serviceWorker.getRegistration();
  if (auto || existing) await register();
  if (!lang) return;
  if (auto) {
    (await navigator.serviceWorker.ready).active?.postMessage({ type: 'CACHE_LANGUAGE', lang });
  } else if (existing?.active) {
    existing.active.postMessage({ type: 'LANGUAGE_STATUS', lang });
  } else {
    await offerButton();
  }
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
}
