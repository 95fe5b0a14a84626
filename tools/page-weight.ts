import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { htmlFiles } from '../src/node/files-fs.ts';
import { staticImports } from '../src/lib/module-imports.ts';
import { gzipSync } from 'node:zlib';

/**
 * What a built page costs a phone before the reader does anything, read from `dist/` without a
 * browser: gzip bytes of the HTML, of its stylesheets, and of the JavaScript it runs eagerly
 * (inline scripts, `<script src>` and every module they import statically — `import()` is lazy
 * and not counted), web fonts, images, and the number of requests. Shared by the budget test
 * (tests/e2e/budgets.spec.ts) and `npm run bench`.
 */
export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  /** Web font files the stylesheets declare (@font-face). */
  fonts: number;
  /** `<img>` tags without width/height or without loading="lazy". */
  unsizedImages: string[];
  /** HTML + stylesheets + eager scripts + images. */
  requests: number;
}

const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Every HTML page of a build as a site path (`/kk/rights/`), sorted. */
export function builtPages(dist: string): string[] {
  return htmlFiles(dist)
    .map((file) => `/${relative(dist, file).split(sep).join('/')}`)
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .sort();
}

function htmlFile(dist: string, path: string): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

export function pageWeight(dist: string, path: string): PageWeight {
  const html = readFileSync(htmlFile(dist, path), 'utf8');
  const read = (site: string) => readFileSync(join(dist, site));

  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const cssText = styles.map((href) => read(href).toString('utf8'));
  const fonts = cssText.reduce((n, css) => n + (css.match(/@font-face/g)?.length ?? 0), 0);

  let js = 0;
  const scripts = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [, attributes, body] = match;
    if (/type="application\/(ld\+)?json"/.test(attributes!)) continue;
    const src = /\ssrc="([^"]+)"/.exec(attributes!)?.[1];
    if (src) scripts.add(src);
    else if (body!.trim()) {
      js += gzip(body!);
      // An inline module may import bundled chunks.
      for (const imported of staticImports(body!, path)) scripts.add(imported);
    }
  }
  const queue = [...scripts];
  for (let script = queue.shift(); script; script = queue.shift()) {
    const source = read(script);
    js += gzip(source);
    for (const imported of staticImports(source.toString('utf8'), script)) {
      if (!scripts.has(imported)) {
        scripts.add(imported);
        queue.push(imported);
      }
    }
  }

  const images = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
  const unsizedImages = images.filter(
    (tag) => !/\swidth=/.test(tag) || !/\sheight=/.test(tag) || !/\sloading="lazy"/.test(tag),
  );

  return {
    path,
    html: gzip(html),
    css: cssText.reduce((n, css) => n + gzip(css), 0),
    js,
    fonts,
    unsizedImages,
    requests: 1 + styles.length + scripts.size + images.length,
  };
}

/** The kind of page a path is, for budgets and the benchmark table. */
export type PageType = 'home' | 'guide' | 'infographic' | 'video' | 'flyer' | 'search' | 'tool' | 'other';

export function pageType(path: string): PageType {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 2 && parts[1] === 'rights') return 'home';
  if (parts[2] === 'search') return 'search';
  if (parts[2] === 'claim' || parts[2] === 'can-i-return') return 'tool';
  if (parts.length === 4 && parts[3] !== 'topic') {
    const byCollection: Record<string, PageType> = {
      lifehacks: 'guide',
      infographics: 'infographic',
      videos: 'video',
      flyers: 'flyer',
    };
    return byCollection[parts[2]!] ?? 'other';
  }
  return 'other';
}
