/**
 * "Save for offline" on a video or flyer page (markup in SaveOffline.astro): asks the service
 * worker to keep this page and the files it plays or prints, then says whether it worked.
 */
import type { PageMessage, WorkerMessage } from '../lib/sw-messages';
import { playableVideos, type VideoChoice } from '../lib/playable-videos';

export class SaveOffline extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    if (!button || !status || !('serviceWorker' in navigator)) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const registration = await navigator.serviceWorker.ready;
      navigator.serviceWorker.addEventListener('message', (event: MessageEvent<WorkerMessage | undefined>) => {
        if (event.data?.type !== 'URLS_CACHED') return;
        status.textContent = (event.data.ok ? this.dataset.saved : this.dataset.failed) ?? '';
        this.dataset.state = event.data.ok ? 'saved' : 'failed';
      });
      registration.active?.postMessage({
        type: 'CACHE_URLS',
        urls: [
          ...(JSON.parse(this.dataset.urls ?? '[]') as string[]),
          ...playableVideos(JSON.parse(this.dataset.videos ?? '[]') as VideoChoice[][], (type) => {
            return document.createElement('video').canPlayType(type) !== '';
          }),
        ],
      } satisfies PageMessage);
    });
  }
}

customElements.define('save-offline', SaveOffline);
