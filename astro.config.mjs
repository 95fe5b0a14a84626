// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { BUILD_ID, CONTENT_DIR, RENDER_CACHE_DIR, REPO_BRANCH, REPO_URL, SITE_URL } from './src/site.config.ts';
import { sitemapOptions } from './src/integrations/sitemap-options.ts';
import contentCheck from './src/integrations/content-check.ts';
import translationReport from './src/integrations/translation-report.ts';
import renderAssets from './src/integrations/render-assets.ts';
import pageEdits from './src/integrations/page-edits.ts';
import { cspStep } from './src/integrations/csp.ts';
import { abbreviationsStep } from './src/integrations/abbreviations.ts';
import { modulePreloadStep } from './src/integrations/module-preload.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import reviewListPage from './src/integrations/review-list.ts';
import webEditor from './src/integrations/web-editor.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Lets tests build fixture sites side by side without sharing the content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    // First: refuses unsafe or broken content before anything is built.
    contentCheck({ contentDir: CONTENT_DIR }),
    mdx(),
    sitemap(sitemapOptions(CONTENT_DIR, SITE_URL)),
    translationReport({ contentDir: CONTENT_DIR }),
    // Before the service worker: it deletes the build-only /render/ pages.
    renderAssets({ contentDir: CONTENT_DIR, cacheDir: RENDER_CACHE_DIR }),
    // One pass over the finished pages, each read and written once, in this order: abbreviations
    // written out where they first appear; a script's shared chunks fetched with it, not a round
    // trip later; then the CSP, which must see the final HTML. Before the service worker.
    pageEdits([abbreviationsStep, modulePreloadStep, cspStep]),
    // The lawyer's worklist at /review/: not a page of Astro's, so in no sitemap or search index.
    reviewListPage({ contentDir: CONTENT_DIR }),
    // The web editor at /admin/, with its own policy: after the CSP step, outside the offline copy.
    webEditor({
      contentDir: CONTENT_DIR,
      repoUrl: REPO_URL,
      branch: REPO_BRANCH,
      localBackendUrl: process.env.CMS_LOCAL_BACKEND ?? 'http://localhost:8081/api/v1',
    }),
    // Last: the offline manifests list the finished pages and the search index.
    serviceWorker({ buildId: BUILD_ID }),
  ],
  // No preload helper around dynamic imports: it would weigh more than the lazy offline code it loads.
  vite: { plugins: [tailwindcss()], build: { modulePreload: false } },
  devToolbar: { enabled: false },
});
