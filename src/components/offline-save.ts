/**
 * "Save for offline (N MB)" in the footer line, for readers on Save-Data or a slow link, where
 * offline-support.ts downloads nothing unasked. Built as its own file (/offline-save.js, by
 * src/integrations/service-worker.ts) and loaded only on that path, so other readers' pages
 * carry none of it. On a tap it registers the worker, asks it to save the language and shows
 * the progress, then what is saved.
 */
import { fill } from '../lib/fill';
import type { PageMessage, WorkerMessage } from '../lib/sw-messages';

/** «1,1 МБ»: Kazakh and Russian both write a decimal comma (not Intl: some browsers lack Kazakh). */
export function megabytes(bytes: number, unit: string): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} ${unit}`;
}

export async function offerSave(lang: string): Promise<void> {
  const save = document.querySelector<HTMLElement>('[data-save-language]');
  const button = save?.querySelector('button');
  const status = save?.querySelector<HTMLElement>('[role="status"]');
  if (!save || !button || !status || save.dataset.offered) return;
  save.dataset.offered = 'true';
  const strings = JSON.parse(save.dataset.strings ?? '{}') as Record<string, string>;

  const manifest = (await fetch(save.dataset.manifest!)
    .then((r) => r.json())
    .catch(() => undefined)) as { bytes?: number } | undefined;
  button.textContent = manifest?.bytes
    ? fill(strings.button ?? '', { size: megabytes(manifest.bytes, strings.mb ?? 'MB') })
    : (strings.button ?? '').replace(/\s*\(\{\{size\}\}\)/, '');
  button.hidden = false;
  status.textContent = '';
  save.hidden = false;

  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    if ((event.data as { lang?: string } | undefined)?.lang !== lang) return;
    if (event.data.type === 'LANGUAGE_PROGRESS')
      status.textContent = fill(strings.saving ?? '', { done: event.data.done, total: event.data.total });
    if (event.data.type === 'LANGUAGE_CACHED') status.textContent = strings.saved ?? '';
  });
  button.addEventListener('click', async () => {
    button.hidden = true;
    status.textContent = fill(strings.saving ?? '', { done: 0, total: '…' });
    await navigator.serviceWorker.register('/sw.js');
    (await navigator.serviceWorker.ready).active?.postMessage({ type: 'CACHE_LANGUAGE', lang } satisfies PageMessage);
  });
}
