import type { Page } from '@playwright/test';

/** Expected `<html lang>` for a path: the first folder when it is a language, else Kazakh (bilingual pages). */
export function expectedLang(path: string): 'kk' | 'ru' {
  return path.startsWith('/ru/') ? 'ru' : 'kk';
}

/** True when the page is wider than the viewport, i.e. the reader would have to scroll sideways. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
