import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src/node/chromium-fs';

/**
 * End-to-end tests against production builds, served as a static host would serve them:
 * - `site`: the real site from `dist/` (built by `npm run build` before the tests);
 * - `fixture`: a small site built from tests/fixtures/site, which holds what real content
 *   must not (a video test entry, an entry missing its Kazakh translation).
 * Phones first: a 360 px wide viewport, touch, and the Android Chrome user agent.
 */
const SITE_PORT = 4321;
const FIXTURE_PORT = 4322;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tests/.out/playwright',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    {
      name: 'site',
      testIgnore: /(fixture|update|web-editor)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${SITE_PORT}` },
    },
    // Starts decap-server on its own port and builds the content it writes: one at a time.
    { name: 'web-editor', testMatch: /web-editor\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SITE_PORT}` } },
    // Builds and serves its own site twice, so it runs alone.
    { name: 'update', testMatch: /update\.spec\.ts/ },
    { name: 'fixture', testMatch: /fixture\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}` } },
  ],
  webServer: [
    {
      command: `node tools/serve.mjs --dir dist --port ${SITE_PORT} --host 127.0.0.1`,
      url: `http://127.0.0.1:${SITE_PORT}/rights/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npm run build:fixture && node tools/serve.mjs --dir tests/.out/fixture --port ${FIXTURE_PORT} --host 127.0.0.1`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/rights/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
