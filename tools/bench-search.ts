/**
 * Search over a slow phone link, as a citizen meets it: on a guide page, type into the header's
 * search box and press Enter; time to the first result on the search page, then a later query
 * there. The link is Chrome's Slow 3G profile (2 000 ms latency, 50 KB/s), made by the server
 * (tools/slow-server.ts) so that the service worker's own downloads are slowed too; CDP only
 * records the requests. Three visitors:
 * - `first`: no service worker (blocked), nothing cached: the first ever visit;
 * - `firstWithWorker`: the same first visit with the service worker allowed, which must not
 *   slow it down (on a slow link nothing is downloaded unasked);
 * - `saved`: after the language was saved offline (on a fast link), a query from a guide page.
 * Each records a waterfall: every request, when it started and ended, its bytes, what it
 * waited on, and whether the network or the service worker answered it.
 *
 * `node tools/bench-search.ts <dist-dir>` runs this part alone (e.g. on an older build, for a
 * before/after); `npm run bench` runs it inside the whole benchmark.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../src/node/chromium-fs.ts';
import { FAST, SLOW_3G, serveSlow, type Link } from './slow-server.ts';

export const PROFILE = 'Slow 3G (2000 ms latency per response, 50 KB/s shared), gzip, made at the server';

const GUIDE = '/ru/rights/lifehacks/keep-your-receipt/';
const FIRST_QUERY = 'можно ли вернуть обувь';
const LATER_QUERY = 'моральный вред';

export interface Request {
  url: string;
  /** Seconds from the first request after pressing Enter. */
  start: number;
  end: number;
  kilobytes: number;
  /** What asked for it: the parser of a page, a script, a preload, the service worker. */
  initiator: string;
  fromServiceWorker: boolean;
}

export interface Timing {
  query: string;
  seconds: number;
  kilobytes: number;
  /** Requests answered by the network (not by the service worker). */
  networkRequests: number;
  waterfall: Request[];
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Records every request of a page from `zero` on, by CDP (so preloads and worker fetches count too). */
function recorder(cdp: CDPSession) {
  let requests = new Map<string, Request & { t0: number }>();
  cdp.on(
    'Network.requestWillBeSent',
    (e: {
      requestId: string;
      request: { url: string };
      timestamp: number;
      initiator: { type: string; url?: string };
    }) => {
      const initiator = e.initiator.url ? `${e.initiator.type} ${new URL(e.initiator.url).pathname}` : e.initiator.type;
      requests.set(e.requestId, {
        url: e.request.url,
        t0: e.timestamp,
        start: 0,
        end: 0,
        kilobytes: 0,
        initiator,
        fromServiceWorker: false,
      });
    },
  );
  cdp.on('Network.responseReceived', (e: { requestId: string; response: { fromServiceWorker?: boolean } }) => {
    const r = requests.get(e.requestId);
    if (r) r.fromServiceWorker = Boolean(e.response.fromServiceWorker);
  });
  cdp.on('Network.loadingFinished', (e: { requestId: string; timestamp: number; encodedDataLength: number }) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { end: e.timestamp, kilobytes: round(e.encodedDataLength / 1024, 1) });
  });
  return {
    /** Starts a new recording. */
    reset() {
      requests = new Map();
    },
    /** The finished requests since `reset`, timed from the first one (CDP's monotonic clock). */
    list(origin: string): Request[] {
      const t0 = Math.min(...[...requests.values()].map((r) => r.t0));
      return [...requests.values()]
        .filter((r) => r.end > 0)
        .map(({ t0: sent, ...r }) => ({
          ...r,
          url: r.url.replace(origin, ''),
          start: round(sent - t0),
          end: round(r.end - t0),
        }))
        .sort((a, b) => a.start - b.start);
    },
  };
}

async function timeQuery(
  page: Page,
  rec: ReturnType<typeof recorder>,
  origin: string,
  query: string,
  fromGuide: boolean,
): Promise<Timing> {
  rec.reset();
  const box = fromGuide ? page.locator('header form[role="search"] input[name="q"]') : page.locator('#q');
  await box.fill(query);
  const started = performance.now();
  await box.press('Enter');
  if (fromGuide) await page.waitForURL(/\/rights\/search\/\?q=/, { timeout: 120_000 });
  await page.locator('site-search[data-state="done"] [data-search-results] li a').first().waitFor({ timeout: 120_000 });
  const seconds = round((performance.now() - started) / 1000, 1);
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const waterfall = rec.list(origin);
  return {
    query,
    seconds,
    kilobytes: round(
      waterfall.reduce((sum, r) => sum + r.kilobytes, 0),
      1,
    ),
    networkRequests: waterfall.filter((r) => !r.fromServiceWorker).length,
    waterfall,
  };
}

async function recorded(context: BrowserContext) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  return { page, rec: recorder(cdp) };
}

/** `link` is the server's: set to Slow 3G here, switched to fast while the offline copy is saved. */
export async function searchTiming(origin: string, link: Link) {
  const slow = () => Object.assign(link, SLOW_3G);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const viewport = { width: 360, height: 740 };
  try {
    // 1. First visit, no service worker.
    slow();
    const cold = await browser.newContext({ serviceWorkers: 'block', viewport });
    const a = await recorded(cold);
    await a.page.goto(`${origin}${GUIDE}`, { waitUntil: 'networkidle', timeout: 180_000 });
    const first = await timeQuery(a.page, a.rec, origin, FIRST_QUERY, true);
    const later = await timeQuery(a.page, a.rec, origin, LATER_QUERY, false);
    await cold.close();

    // 2. First visit with the service worker allowed: it must not fight the person. A phone on
    // this link reports it (Network Information API, as Chrome on Android measures it); the
    // server-side throttle is invisible to the browser, so it is told here, as a phone would be.
    const fresh = await browser.newContext({ viewport });
    await fresh.addInitScript(() =>
      Object.defineProperty(navigator, 'connection', {
        configurable: true,
        get: () => ({ effectiveType: '3g', rtt: 2000, downlink: 0.4 }),
      }),
    );
    const b = await recorded(fresh);
    await b.page.goto(`${origin}${GUIDE}`, { waitUntil: 'networkidle', timeout: 180_000 });
    const firstWithWorker = await timeQuery(b.page, b.rec, origin, FIRST_QUERY, true);
    await fresh.close();

    // 2b. The same where the browser does not know the link is slow: the worker starts saving
    // once the page is idle, and steps aside for the search page.
    const unaware = await browser.newContext({ viewport });
    const b2 = await recorded(unaware);
    await b2.page.goto(`${origin}${GUIDE}`, { waitUntil: 'networkidle', timeout: 180_000 });
    const firstWithWorkerUnaware = await timeQuery(b2.page, b2.rec, origin, FIRST_QUERY, true);
    await unaware.close();

    // 3. Saved offline on a good link first, then a query on Slow 3G.
    Object.assign(link, FAST);
    const saved = await browser.newContext({ viewport });
    const warm = await saved.newPage();
    await warm.goto(`${origin}/ru/rights/`);
    await warm.locator('html[data-offline-ready="ru"]').waitFor({ timeout: 120_000 });
    await warm.close();
    slow();
    const c = await recorded(saved);
    await c.page.goto(`${origin}${GUIDE}`, { waitUntil: 'networkidle', timeout: 180_000 });
    const afterSaved = await timeQuery(c.page, c.rec, origin, FIRST_QUERY, true);
    const afterSavedLater = await timeQuery(c.page, c.rec, origin, LATER_QUERY, false);
    await saved.close();

    return {
      profile: PROFILE,
      from: GUIDE,
      first,
      later,
      firstWithWorker,
      firstWithWorkerUnaware,
      afterSaved,
      afterSavedLater,
    };
  } finally {
    await browser.close();
  }
}

export type SearchReport = Awaited<ReturnType<typeof searchTiming>>;

/** The waterfall of one timing as a Markdown table. */
export function waterfallTable(timing: Timing): string[] {
  return [
    '| # | request | start s | end s | KB | asked by | answered by |',
    '|---:|---|---:|---:|---:|---|---|',
    ...timing.waterfall.map(
      (r, i) =>
        `| ${i + 1} | \`${r.url.length > 70 ? `${r.url.slice(0, 67)}…` : r.url}\` | ${r.start} | ${r.end} | ${r.kilobytes} | ${r.initiator} | ${r.fromServiceWorker ? 'service worker' : 'network'} |`,
    ),
  ];
}

// Run alone: node tools/bench-search.ts <dist-dir>
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const link = { ...FAST };
  const { server, origin } = await serveSlow(dir, link);
  try {
    const report = await searchTiming(origin, link);
    for (const [name, timing] of Object.entries(report)) {
      if (typeof timing !== 'object') continue;
      console.log(
        `\n${name}: «${timing.query}» ${timing.seconds} s, ${timing.kilobytes} KB, ${timing.networkRequests} network requests`,
      );
      console.log(waterfallTable(timing).join('\n'));
    }
  } finally {
    server.close();
  }
}
