/**
 * What the pages and the service worker say to each other (postMessage), typed once for both
 * sides, and the names of the worker's caches. Types only cost nothing in the inlined
 * offline-support script (1 KB budget): the pages write the same literals, checked by
 * `satisfies PageMessage` and narrowed as `WorkerMessage`.
 */

/** Page → worker. */
export type PageMessage =
  /** Download the language's offline copy (the reader asked, or the link is fast). */
  | { type: 'CACHE_LANGUAGE'; lang: string }
  /** Is the language saved? Answered with LANGUAGE_CACHED or LANGUAGE_NOT_SAVED. */
  | { type: 'LANGUAGE_STATUS'; lang: string }
  /** Keep these URLs (a video or flyer page and its files). */
  | { type: 'CACHE_URLS'; urls: string[] }
  /** A new deploy is waiting: take over now. */
  | { type: 'SKIP_WAITING' };

/** Worker → page. */
export type WorkerMessage =
  | { type: 'LANGUAGE_PROGRESS'; lang: string; done: number; total: number }
  | { type: 'LANGUAGE_CACHED'; lang: string; count?: number; bytes?: number }
  | { type: 'LANGUAGE_NOT_SAVED'; lang: string }
  | { type: 'URLS_CACHED'; ok: boolean };

/** The worker's caches. A language's cache carries the build id, so a deploy never mixes builds. */
export const CACHE_NAMES = {
  pages: 'rights-pages',
  media: 'rights-media',
  saved: 'rights-saved',
  language: (lang: string, build: string) => `rights-${lang}-${build}`,
} as const;
