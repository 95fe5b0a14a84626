import { expect, type Page } from '@playwright/test';

/** Expected `<html lang>` for a path: the first folder when it is a language, else Kazakh (bilingual pages). */
export function expectedLang(path: string): 'kk' | 'ru' {
  return path.startsWith('/ru/') ? 'ru' : 'kk';
}

/** True when the page is wider than the viewport, i.e. the reader would have to scroll sideways. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Presses "Save for offline" on a flyer or video page (Russian UI) and waits until the service worker has it all. */
export async function saveForOffline(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const save = page.locator('save-offline');
  await save.getByRole('button', { name: 'Сохранить для просмотра без интернета' }).click();
  await expect(save).toHaveAttribute('data-state', 'saved', { timeout: 30_000 });
  await expect(save.locator('[role="status"]')).toHaveText('Сохранено: откроется и без интернета.');
}
