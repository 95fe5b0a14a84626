import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { LOCALES } from '../../src/lib/locales';
import { addDays, todayInKazakhstan } from '../../src/lib/claim/dates';
import { formatDate } from '../../src/lib/format';
import { canIReturnPath, claimPath } from '../../src/lib/routes';

/**
 * The claim builder and the "Can I return it?" checker on a 360 px phone, in both languages:
 * the letter names the seller and cites Art. 42-4, the checker's main paths, and no request
 * ever leaves the site — the answers live in the URL fragment, which browsers do not send.
 */
const today = todayInKazakhstan();
// Read as files: Node's loader wants import attributes for JSON, which src/i18n does not use.
const UI_STRINGS = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(`src/i18n/${l}.json`, 'utf8'))]));
const SELLER = 'ТОО «Тест Дүкен»';
const BUYER = 'Серікова Айгүл';

/** Every request the page makes, to check that none leaves the site or carries the answers. */
function watchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}
function expectNothingSent(urls: string[]) {
  for (const url of urls) {
    expect(url.startsWith('http://127.0.0.1'), `request to another host: ${url}`).toBe(true);
    expect(decodeURIComponent(url)).not.toContain('Серікова');
  }
}

for (const locale of LOCALES) {
  const ui = UI_STRINGS[locale] as Record<string, string>;

  test.describe(`claim builder (${locale})`, () => {
    test('fill the form step by step, get a letter naming the seller and citing Art. 42-4', async ({ page }) => {
      const requests = watchRequests(page);
      await page.goto(claimPath(locale));
      const form = page.locator('[data-claim-form]');
      await expect(form).toBeVisible();
      await expect(page.locator('[data-no-js]')).toBeHidden();
      const next = page.locator('[data-next]');

      await expect(page.locator('[data-progress]')).toHaveText(ui['claim.progress']!.replace('{{n}}', '1').replace('{{total}}', '8'));
      await page.getByLabel(ui['claim.field.buyer']!).fill(BUYER);
      await page.getByLabel(ui['claim.field.buyerContact']!).fill('+7 700 000 00 00');
      await next.click();
      await page.getByLabel(ui['claim.field.seller']!).fill(SELLER);
      await page.getByLabel(ui['claim.field.bin']!).fill('123');
      await expect(page.locator('[data-bin-error]')).toBeVisible();
      await page.getByLabel(ui['claim.field.bin']!).fill('123456789012');
      await expect(page.locator('[data-bin-error]')).toBeHidden();
      await page.getByLabel(ui['claim.field.sellerAddress']!).fill('Шымкент');
      await next.click();
      await page.getByLabel(ui['claim.field.item']!).fill('etik');
      await page.getByLabel(ui['claim.field.bought']!).fill(addDays(today, -5));
      await page.getByLabel(ui['claim.field.price']!).fill('25000');
      await next.click();
      await page.getByLabel(ui['claim.proof.receipt']!).check();
      await next.click();
      await page.getByLabel(ui['claim.field.problem']!).fill('подошва отклеилась');
      await next.click();
      await page.getByLabel(ui['claim.demand.refund']!).check();
      await next.click();
      await page.getByLabel(ui['claim.delivery.hand']!).check();
      await next.click();
      await expect(page.getByLabel(ui[`claim.language.${locale}`]!)).toBeChecked();
      await page.locator('[data-show]').click();

      const letter = page.locator('[data-claim-letter] .letter');
      await expect(letter).toHaveCount(1);
      await expect(letter).toHaveAttribute('lang', locale === 'kk' ? 'kk-KZ' : 'ru-KZ');
      await expect(letter).toContainText(SELLER);
      await expect(letter).toContainText('123456789012');
      await expect(letter).toContainText('42-4');
      await expect(letter).toContainText(formatDate(new Date(`${addDays(today, 10)}T00:00:00Z`), locale));
      await expect(page.locator('[data-missing]')).toBeHidden();
      // The draft lives in the fragment only.
      expect(new URL(page.url()).hash).toContain('seller=');
      expectNothingSent(requests);

      // On paper only the letter remains.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('header').first()).toBeHidden();
      await expect(letter).toBeVisible();
    });

    test('a saved link opens on the letter, in both languages side by side', async ({ page }) => {
      const requests = watchRequests(page);
      const answers = new URLSearchParams({
        buyer: BUYER,
        seller: SELLER,
        item: 'телефон',
        bought: addDays(today, -3),
        problem: 'не включается',
        demand: 'replacement',
        delivery: 'mail',
        language: 'both',
      });
      await page.goto(`${claimPath(locale)}#${answers}`);
      const letters = page.locator('[data-claim-letter] .letter');
      await expect(letters).toHaveCount(2);
      await expect(letters.nth(0)).toHaveAttribute('lang', 'kk-KZ');
      await expect(letters.nth(1)).toHaveAttribute('lang', 'ru-KZ');
      await expect(letters.nth(1)).toContainText('ст. 30');
      await expect(letters.nth(0)).toContainText('30-бап');
      expectNothingSent(requests);
    });

    test('without JavaScript, a fill-in-the-blanks template', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:4321${claimPath(locale)}`);
      await expect(page.locator('[data-no-js] .letter')).toContainText('____________');
      await expect(page.locator('[data-no-js] .letter')).toContainText('42-4');
      await expect(page.locator('[data-claim-form]')).toBeHidden();
      await context.close();
    });
  });

  test.describe(`"Can I return it?" (${locale})`, () => {
    const answer = (page: Page, key: string) => page.getByLabel(ui[key]!, { exact: true });

    test('non-food, no defect, in time, receipt: yes, with a prefilled claim', async ({ page }) => {
      const requests = watchRequests(page);
      await page.goto(canIReturnPath(locale));
      await answer(page, 'check.goods.non-food').check();
      await answer(page, 'check.quality.proper').check();
      await answer(page, 'check.category.other').check();
      await page.locator('input[name="bought"]').fill(addDays(today, -14));
      await page.locator('input[name="bought"]').dispatchEvent('change');
      await answer(page, 'check.proof.receipt').check();
      const outcome = page.locator('[data-outcome]');
      await expect(outcome).toBeVisible();
      await expect(outcome.locator('[data-verdict]')).toContainText(ui['check.verdict.yes']!.split('.')[0]!);
      await expect(outcome.locator('[data-law]')).toContainText(locale === 'ru' ? 'ст. 30, п. 1' : '30-бап, 1-тармақ');
      const link = outcome.locator('[data-to-claim]');
      await expect(link).toHaveAttribute('href', new RegExp(`demand=return-14-days`));
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${claimPath(locale)}#`));
      await page.locator('[data-next]').click();
      await page.locator('[data-next]').click();
      await expect(page.getByLabel(ui['claim.field.bought']!)).toHaveValue(addDays(today, -14));
      expectNothingSent(requests);
    });

    test('day 15 is too late', async ({ page }) => {
      await page.goto(canIReturnPath(locale));
      await answer(page, 'check.goods.non-food').check();
      await answer(page, 'check.quality.proper').check();
      await answer(page, 'check.category.other').check();
      await page.locator('input[name="bought"]').fill(addDays(today, -15));
      await page.locator('input[name="bought"]').dispatchEvent('change');
      await expect(page.locator('[data-verdict]')).toContainText('15');
      await expect(page.locator('[data-to-claim]')).toBeHidden();
      await expect(page.locator('fieldset[data-question="proof"]')).toBeHidden();
    });

    test('a mobile phone without defects: no, citing subpoint 6', async ({ page }) => {
      await page.goto(canIReturnPath(locale));
      await answer(page, 'check.goods.non-food').check();
      await answer(page, 'check.quality.proper').check();
      await answer(page, 'check.category.phones').check();
      await expect(page.locator('[data-law]')).toContainText(locale === 'ru' ? 'пп. 6' : '6-тармақша');
      await expect(page.locator('fieldset[data-question="bought"]')).toBeHidden();
    });

    test('a defect: yes, a claim for a refund; changing the answer changes the path', async ({ page }) => {
      await page.goto(canIReturnPath(locale));
      await answer(page, 'check.goods.food').check();
      await answer(page, 'check.quality.proper').check();
      await expect(page.locator('[data-verdict]')).toHaveText(ui['check.verdict.food']!);
      await answer(page, 'check.quality.defective').check();
      await expect(page.locator('[data-verdict]')).toHaveText(ui['check.verdict.defect']!);
      await expect(page.locator('[data-to-claim]')).toHaveAttribute('href', /demand=refund/);
    });
  });
}
