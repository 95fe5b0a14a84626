import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/**
 * How to launch Chromium here and in CI: Playwright's own build when it is installed,
 * otherwise Debian's /usr/bin/chromium (Playwright cannot download browsers on these machines).
 * Background networking is off so the browser itself makes no request to any outside host.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const bundled = chromium.executablePath();
  const executablePath = existsSync(bundled) ? undefined : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  };
}
