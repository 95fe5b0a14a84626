import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Expected `<html lang>` for a path: the first folder when it is a language, else Kazakh (bilingual pages). */
export function expectedLang(path: string): 'kk' | 'ru' {
  return path.startsWith('/ru/') ? 'ru' : 'kk';
}

/** True when the page is wider than the viewport, i.e. the reader would have to scroll sideways. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** The WCAG 2.2 AA rules (and the A and 2.1 ones they include) that every page must pass. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What axe finds against WCAG 2.2 AA on the page as it is now, one line per rule broken, naming
 * the elements. Legacy mode runs axe in the page itself: the default opens a blank page per call
 * to merge the results of cross-origin frames, which these pages do not have before the reader
 * taps play. That page doubled the cost of each check (1.07 s → 0.55 s a page, measured on 30
 * pages of the sitemap), and the results were the same rule by rule and node by node on 11 pages.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The "Save for offline" button and the words it says once saved, as a reader reads them. */
const SAVE_FOR_OFFLINE = {
  ru: { button: 'Сохранить для просмотра без интернета', saved: 'Сохранено: откроется и без интернета.' },
  kk: { button: 'Интернетсіз көру үшін сақтау', saved: 'Сақталды: интернетсіз де ашылады.' },
} as const;

/**
 * Presses "Save for offline" on a page that has it (a flyer, a video, a trainer's kit), in the
 * page's language, and waits until the service worker has it all.
 */
export async function saveForOffline(page: Page, path: string): Promise<void> {
  const words = SAVE_FOR_OFFLINE[expectedLang(path)];
  await page.goto(path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const save = page.locator('save-offline');
  await save.getByRole('button', { name: words.button }).click();
  await expect(save).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
  await expect(save.locator('[role="status"]')).toHaveText(words.saved);
}

/** What the mocked share sheet received: title, text and each file as [name, type, size]. */
export interface SharedData {
  title: string;
  text?: string | undefined;
  files?: Array<[string, string, number]> | undefined;
}

/**
 * Gives the page a Web Share API that can share files and records what it is handed
 * (headless Chromium on Linux has none); read it back with `sharedData(page)`.
 */
export async function mockWebShare(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shared: unknown[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, 'canShare', {
      value: (data: { files?: File[] }) => Boolean(data.files?.length),
    });
    Object.defineProperty(navigator, 'share', {
      value: async (data: { files?: File[]; title: string; text?: string }) => {
        shared.push({ title: data.title, text: data.text, files: data.files?.map((f) => [f.name, f.type, f.size]) });
      },
    });
  });
}

export const sharedData = (page: Page): Promise<SharedData[]> =>
  page.evaluate(() => (window as unknown as { shared: SharedData[] }).shared);
