/// <reference lib="webworker" />
/**
 * The service worker. Bundled by esbuild and given its app-shell precache list by Workbox's
 * injectManifest at build time (src/integrations/service-worker.ts).
 *
 * - App shell (CSS, scripts, icons, offline pages): precached by Workbox on install.
 * - A language (its search index first, then every HTML page of kk or ru): saved when a page
 *   of that language asks (message CACHE_LANGUAGE: on an idle page with a good connection, or
 *   when the reader taps "Save for offline"), into one cache per language and build, swapped
 *   in whole so pages and search index never mismatch. The download steps aside while the
 *   reader loads a page or searches (see `busy`), and resumes where it stopped.
 * - Pages: network first (fresh when online, never stale forever), cache when offline, the
 *   offline page of the reader's language when a page was never cached.
 * - Images, PDFs, captions: cached when opened. Videos: played from the "saved" cache when the
 *   reader saved them for offline (answering range requests), otherwise from the network.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { ExpirationPlugin } from 'workbox-expiration';
import { createPartialResponse } from 'workbox-range-requests';
import { EDITOR_PATH, offlineManifestPath, offlinePath } from '../lib/routes';
import { LOCALES, localeOfPath, type Locale } from '../lib/locales';
import { CACHE_NAMES, type PageMessage, type WorkerMessage } from '../lib/sw-messages';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

/** Replaced at build time; names this build's language caches. */
const BUILD_ID = '__BUILD_ID__';
const LANGUAGE_CACHE = (lang: string) => CACHE_NAMES.language(lang, BUILD_ID);
const LANGUAGES = LOCALES;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/** Looks a request up in this build's language caches and the saved items (pages ignore ?q= and other queries). */
async function fromLanguageCaches(request: Request, ignoreSearch: boolean): Promise<Response | undefined> {
  for (const name of [...LANGUAGES.map(LANGUAGE_CACHE), CACHE_NAMES.saved]) {
    const cache = await caches.open(name);
    const hit = await cache.match(request, { ignoreSearch });
    if (hit) return hit;
  }
  return undefined;
}

/** Only this site's own requests are handled; a video embed or WhatsApp link is left alone. */
// The web editor at /admin/ is not the reader's site: the worker leaves it to the network.
const own = (url: URL) => url.origin === self.location.origin && !url.pathname.startsWith(EDITOR_PATH);

/**
 * The reader comes first: while a page is loading or a search runs, the background download
 * waits, so it never competes with what the person asked for on a slow link.
 */
let pending = 0;
let quietAfter = 0;
/** Pause after the last request of the reader's before the download goes on. */
const QUIET_MS = 2_000;
async function whileBusy<T>(work: Promise<T>): Promise<T> {
  pending++;
  try {
    return await work;
  } finally {
    pending--;
    quietAfter = Date.now() + QUIET_MS;
  }
}
async function untilQuiet(): Promise<void> {
  while (pending > 0 || Date.now() < quietAfter) await new Promise((resolve) => setTimeout(resolve, 250));
}

// Pages: the network first (3 s), then the language cache, then the runtime page cache.
const pages = new NetworkFirst({ cacheName: CACHE_NAMES.pages, networkTimeoutSeconds: 3 });
registerRoute(
  ({ request, url }) => own(url) && request.mode === 'navigate',
  async (options) => {
    try {
      return await whileBusy(pages.handle(options));
    } catch {
      const cached = await fromLanguageCaches(options.request, true);
      if (cached) return cached;
      throw new Error('not cached');
    }
  },
);

// The search index: this build's copy from the language cache when saved (it is swapped in
// whole with the pages, so index and pages always match), otherwise the network.
registerRoute(
  ({ url }) => own(url) && url.pathname.endsWith('/rights/search/index.json'),
  async ({ request }) => (await fromLanguageCaches(request, false)) ?? whileBusy(fetch(request)),
);

// Videos saved with "Save for offline": a <video> asks for byte ranges, which a cached whole
// file must answer with 206 and just those bytes (workbox-range-requests cuts them out).
// Unsaved videos stream from the network and are not cached: they are large.
registerRoute(
  ({ request, url }) => own(url) && (request.destination === 'video' || /\.(webm|mp4)$/.test(url.pathname)),
  async ({ request }) => {
    const saved = await (await caches.open(CACHE_NAMES.saved)).match(request.url);
    if (!saved) return fetch(request);
    return request.headers.has('range') ? createPartialResponse(request, saved) : saved;
  },
);

// Media, cached when opened.
registerRoute(
  ({ request, url }) =>
    own(url) && (['image', 'audio'].includes(request.destination) || /\.(pdf|png|webp|jpe?g|vtt)$/.test(url.pathname)),
  new CacheFirst({
    cacheName: CACHE_NAMES.media,
    // Workbox's own plugin type predates exactOptionalPropertyTypes; the plugin is a WorkboxPlugin.
    plugins: [new ExpirationPlugin({ maxEntries: 80, purgeOnQuotaError: true }) as unknown as WorkboxPlugin],
  }),
);

// A page never cached, while offline: the offline page in the reader's language.
setCatchHandler(async ({ request, url }) => {
  if (request.mode !== 'navigate' || !own(url)) return Response.error();
  const lang = localeOfPath(url.pathname);
  return (await matchPrecache(offlinePath(lang))) ?? Response.error();
});

/** Caches a whole language: its list comes from the build, the search index first. */
async function cacheLanguage(lang: Locale, client: Client | null): Promise<void> {
  const cacheName = LANGUAGE_CACHE(lang);
  const manifest = (await (await fetch(offlineManifestPath(lang), { cache: 'no-store' })).json()) as {
    build: string;
    bytes: number;
    urls: string[];
  };
  if (manifest.build !== BUILD_ID) return; // a newer build is deployed; the new worker will do it
  const cache = await caches.open(cacheName);
  const total = manifest.urls.length;
  let done = 0;
  // A few at a time, each batch only once the reader's own requests are done.
  for (let i = 0; i < total; i += 4) {
    await untilQuiet();
    await Promise.all(
      manifest.urls.slice(i, i + 4).map(async (url) => {
        if (!(await cache.match(url))) await cache.add(url);
        done++;
      }),
    );
    client?.postMessage({ type: 'LANGUAGE_PROGRESS', lang, done, total } satisfies WorkerMessage);
  }
  // Older builds' copies of this language go only once the new one is complete.
  for (const name of await caches.keys()) {
    if (name.startsWith(CACHE_NAMES.language(lang, '')) && name !== cacheName) await caches.delete(name);
  }
  client?.postMessage({ type: 'LANGUAGE_CACHED', lang, count: done, bytes: manifest.bytes } satisfies WorkerMessage);
}

/** One download per language at a time: a second page asking joins the first. */
const downloads = new Map<Locale, Promise<void>>();
function cacheLanguageOnce(lang: Locale, client: Client | null): Promise<void> {
  let download = downloads.get(lang);
  if (!download) {
    download = cacheLanguage(lang, client).finally(() => downloads.delete(lang));
    downloads.set(lang, download);
  } else {
    void download.then(() => client?.postMessage({ type: 'LANGUAGE_CACHED', lang } satisfies WorkerMessage));
  }
  return download;
}

/** Whether this build's copy of a language is complete (its older copies are gone). */
async function languageSaved(lang: Locale): Promise<boolean> {
  const cache = await caches.open(LANGUAGE_CACHE(lang));
  const manifest = (await (await fetch(offlineManifestPath(lang))).json().catch(() => undefined)) as
    { urls: string[] } | undefined;
  if (!manifest) return false;
  for (const url of manifest.urls) if (!(await cache.match(url))) return false;
  return true;
}

/** "Save for offline" on a flyer or video: its page and files, kept in the media cache. */
async function cacheUrls(urls: string[], client: Client | null): Promise<void> {
  const cache = await caches.open(CACHE_NAMES.saved);
  try {
    await cache.addAll(urls.filter((url) => url.startsWith('/')));
    client?.postMessage({ type: 'URLS_CACHED', ok: true } satisfies WorkerMessage);
  } catch {
    client?.postMessage({ type: 'URLS_CACHED', ok: false } satisfies WorkerMessage);
  }
}

self.addEventListener('message', (event) => {
  // From our own pages, but checked all the same: a message is data, not a promise of its shape.
  const data = event.data as PageMessage | undefined;
  if (data?.type === 'CACHE_URLS' && Array.isArray(data.urls))
    event.waitUntil(cacheUrls(data.urls, event.source as Client | null));
  const lang = LANGUAGES.find((l) => data && 'lang' in data && l === data.lang);
  if (data?.type === 'CACHE_LANGUAGE' && lang) {
    event.waitUntil(cacheLanguageOnce(lang, event.source as Client | null));
  }
  if (data?.type === 'LANGUAGE_STATUS' && lang) {
    const client = event.source as Client | null;
    event.waitUntil(
      languageSaved(lang).then((saved) =>
        client?.postMessage({ type: saved ? 'LANGUAGE_CACHED' : 'LANGUAGE_NOT_SAVED', lang } satisfies WorkerMessage),
      ),
    );
  }
  if (data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
