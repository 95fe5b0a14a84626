import type { Locale } from './locales';

/**
 * Every URL the site links to is built here, so the URL scheme lives in one place:
 * `/<lang>/rights/<section>/<slug>/`, with a trailing slash as static hosts serve it.
 */
export const SECTION = 'rights';

/** The MDX collections that get a list page and a page per entry, in the order the home page shows them. */
export const ENTRY_COLLECTIONS = ['lifehacks', 'infographics', 'videos', 'flyers'] as const;
export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];

export function isEntryCollection(value: unknown): value is EntryCollection {
  return typeof value === 'string' && (ENTRY_COLLECTIONS as readonly string[]).includes(value);
}

function join(...parts: string[]): string {
  return `/${parts.filter(Boolean).join('/')}/`;
}

/** The lawyer's worklist, outside the section and the language folders: not for citizens, never offline. */
export const REVIEW_PATH = '/review/';
/** The web editor (Decap CMS): outside the language folders, in no sitemap, index or offline copy. */
export const EDITOR_PATH = '/admin/';

/** The bilingual language chooser printed on the organisation's flyers: `/rights/`. */
export const chooserPath = (): string => join(SECTION);
export const homePath = (locale: Locale): string => join(locale, SECTION);
export const collectionPath = (locale: Locale, collection: EntryCollection): string =>
  join(locale, SECTION, collection);
export const entryPath = (locale: Locale, collection: EntryCollection, slug: string): string =>
  join(locale, SECTION, collection, slug);
export const collectionTopicPath = (locale: Locale, collection: EntryCollection, topic: string): string =>
  join(locale, SECTION, collection, 'topic', topic);
export const topicPath = (locale: Locale, topic: string): string => join(locale, SECTION, 'topics', topic);
export const searchPath = (locale: Locale): string => join(locale, SECTION, 'search');
/** A language's whole search index (pages, vocabulary, best bets), written at build time. */
export const searchIndexPath = (locale: Locale): string => `${searchPath(locale)}index.json`;
/** The "Save for offline" button's script, loaded by pages on a slow link only (components/offline-save.ts). */
export const offlineSaveScriptPath = (): string => '/offline-save.js';
/** "Listen"'s reader, loaded on a guide's first tap on Listen (components/listen-reader.ts). */
export const listenReaderScriptPath = (): string => '/listen-reader.js';
/** The page the service worker shows offline for a page never saved. */
export const offlinePath = (locale: Locale): string => join(locale, SECTION, 'offline');
/** What the service worker caches for a language: written by the build, read by the worker. */
export const offlineManifestPath = (locale: Locale): string => `${homePath(locale)}offline-manifest.json`;
export const officesPath = (locale: Locale): string => join(locale, SECTION, 'offices');
/** The shareable picture of an infographic (1080×1350 PNG), next to its page. */
export const infographicImagePath = (locale: Locale, slug: string): string =>
  `${entryPath(locale, 'infographics', slug)}${slug}-${locale}.png`;
/** Slide `n` (from 1) of an infographic's Instagram carousel, next to its summary PNG; two digits so the files sort. */
export const infographicSlidePath = (locale: Locale, slug: string, n: number): string =>
  `${entryPath(locale, 'infographics', slug)}${slug}-${locale}-slide-${String(n).padStart(2, '0')}.png`;
/** All slides of a carousel in one ZIP, for posting from a computer or a phone's file manager. */
export const infographicSlidesZipPath = (locale: Locale, slug: string): string =>
  `${entryPath(locale, 'infographics', slug)}${slug}-${locale}-slides.zip`;
/** The one-page A4 PDF of an infographic, next to its page. */
export const infographicPdfPath = (locale: Locale, slug: string): string =>
  `${entryPath(locale, 'infographics', slug)}${slug}-${locale}.pdf`;

/** The print files of a flyer: A5 two-sided, A5 with 3 mm bleed for a print shop, two A5 on A4 for home. */
export const FLYER_FORMATS = ['a5', 'a5-bleed', 'a4-home'] as const;
export type FlyerFormat = (typeof FLYER_FORMATS)[number];
export const flyerFilePath = (locale: Locale, slug: string, format: FlyerFormat): string =>
  `${collectionPath(locale, 'flyers')}${slug}-${locale}${format === 'a5' ? '' : `-${format}`}.pdf`;

/**
 * Build-only pages the PNGs and PDFs are rendered from (`/render/…`). The render step deletes
 * them after use, so they are never published; they are also kept out of the sitemap.
 */
export const RENDER_SECTION = 'render';
/** What is rendered: infographics and flyers from their entries, a topic's trainer sheets from its quiz. */
export const RENDER_KINDS = ['infographics', 'flyers', 'trainers'] as const;
export type RenderKind = (typeof RENDER_KINDS)[number];
export const renderPagePath = (kind: RenderKind, locale: Locale, slug: string): string =>
  join(RENDER_SECTION, kind, locale, slug);

/** Every self-check quiz of a language. */
export const quizIndexPath = (locale: Locale): string => join(locale, SECTION, 'quiz');
/** A topic's self-check quiz: `/<lang>/rights/quiz/<topic>/`. */
export const quizPath = (locale: Locale, topic: string): string => join(locale, SECTION, 'quiz', topic);
/** The volunteer trainers' kit: every topic's session plan, printed test, slides and flyers. */
export const trainersPath = (locale: Locale): string => join(locale, SECTION, 'trainers');
/** One topic's session plan as a page, with its files. */
export const trainerTopicPath = (locale: Locale, topic: string): string => join(locale, SECTION, 'trainers', topic);
/** The topic's infographic slides, one per screen: the trainer's presentation. */
export const slideshowPath = (locale: Locale, topic: string): string => `${trainerTopicPath(locale, topic)}slides/`;
/** The printed files of a topic's session: the one-page plan, and the pre-test, post-test and answer key. */
export const TRAINER_FILES = ['plan', 'test'] as const;
export type TrainerFile = (typeof TRAINER_FILES)[number];
export const trainerPdfPath = (locale: Locale, topic: string, file: TrainerFile): string =>
  `${trainerTopicPath(locale, topic)}${topic}-${file}-${locale}.pdf`;

/** The claim builder; answers travel in the fragment (`#buyer=…`), never in the path or query. */
export const claimPath = (locale: Locale): string => join(locale, SECTION, 'claim');
/** The "Can I return it?" checker. */
export const canIReturnPath = (locale: Locale): string => join(locale, SECTION, 'can-i-return');
/** Standalone pages (about, disclaimer, …) sit directly under the section. */
export const pagePath = (locale: Locale, slug: string): string => join(locale, SECTION, slug);

/**
 * The same page in another language: swaps the first path segment when it is a locale.
 * Pages share slugs across languages, so this is all the language switch needs.
 */
export function switchLocalePath(pathname: string, to: Locale, locales: readonly string[]): string {
  const segments = pathname.split('/');
  if (segments.length > 1 && locales.includes(segments[1] ?? '')) {
    segments[1] = to;
    return segments.join('/');
  }
  return homePath(to);
}

/** Absolute URL for canonical, hreflang, Open Graph and QR codes. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/**
 * A cross-reference between entries as editors write it in `related`: `<collection>/<slug>`.
 * Pages and offices are not entries and cannot be related.
 */
export const RELATED_PATTERN = /^(lifehacks|infographics|videos|flyers)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseRelated(ref: string): { collection: EntryCollection; slug: string } {
  const [collection, slug] = ref.split('/') as [EntryCollection, string];
  return { collection, slug };
}

/**
 * The files `npm run video` makes for a video, committed under public/videos/<slug>/: the
 * 1280×720 WebM and MP4 the page plays, the 1080×1920 MP4 for Instagram and WhatsApp, the
 * short cut (≤ 60 s, vertical) for WhatsApp Status and Reels, the 1920×1080 TV master, the
 * captions and the poster. One folder per video keeps a video's files together for editors.
 */
export const VIDEO_FILE_KINDS = ['video', 'mp4', 'vertical', 'short', 'tv', 'captions', 'poster'] as const;
export type VideoFileKind = (typeof VIDEO_FILE_KINDS)[number];
/** The MIME type a `<source>` or download link declares for a video file. */
export const videoMimeType = (path: string): string => (path.endsWith('.webm') ? 'video/webm' : 'video/mp4');

/** How each file's name ends after the language: /videos/<slug>/<lang><ending>. */
const VIDEO_FILE_ENDINGS: Record<VideoFileKind, string> = {
  video: '.webm',
  mp4: '.mp4',
  vertical: '-vertical.mp4',
  short: '-short.mp4',
  tv: '-tv.mp4',
  captions: '.vtt',
  poster: '-poster.webp',
};
export const videoFilePath = (locale: Locale, slug: string, kind: VideoFileKind): string =>
  `/videos/${slug}/${locale}${VIDEO_FILE_ENDINGS[kind]}`;

/** A video's recorded narration, relative to the content folder: recordings/<lang>/<slug>/<file>. */
export const recordingPath = (locale: Locale, slug: string, file: string): string =>
  `recordings/${locale}/${slug}/${file}`;
