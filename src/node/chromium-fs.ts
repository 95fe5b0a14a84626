import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from 'playwright-core';

/**
 * The browser to use: Playwright's own when installed (undefined: Playwright finds it),
 * otherwise CHROMIUM_PATH or Debian's /usr/bin/chromium. Throws with the fix when neither exists.
 */
export function findChromium(): string | undefined {
  if (existsSync(chromium.executablePath())) return undefined;
  const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(system)) return system;
  throw new Error(
    `No Chromium found: neither Playwright's (${chromium.executablePath()}) nor ${system}. ` +
      'Install one: `apt-get install -y chromium` (Debian), or `npx playwright install chromium`, ' +
      'or set CHROMIUM_PATH to a Chromium binary.',
  );
}

/**
 * How to launch Chromium here and in CI: Playwright's own build when it is installed,
 * otherwise Debian's /usr/bin/chromium (Playwright cannot download browsers on these machines).
 * Background networking is off so the browser itself makes no request to any outside host.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = findChromium();
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
