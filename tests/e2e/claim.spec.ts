import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, scrollsSideways } from './helpers';
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
  // A data: address is a file made on the phone (the calendar reminder), not a request.
  for (const url of urls.filter((u) => !u.startsWith('data:'))) {
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

      await expect(page.locator('[data-progress]')).toHaveText(
        ui['claim.progress']!.replace('{{n}}', '1').replace('{{total}}', '8'),
      );
      await page.getByLabel(ui['claim.field.buyer']!).fill(BUYER);
      await page.getByLabel(ui['claim.field.buyerContact']!).fill('+7 700 000 00 00');
      await next.click();
      await page.getByLabel(ui['claim.field.seller']!).fill(SELLER);
      await page.getByLabel(ui['claim.field.bin']!).fill('123');
      await next.click();
      await expect(page.locator('[data-error-for="bin"]')).toHaveText(ui['claim.error.bin']!);
      await page.getByLabel(ui['claim.field.bin']!).fill('123456789012');
      await expect(page.locator('[data-error-for="bin"]')).toBeHidden();
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
      await page.getByLabel(ui['claim.field.received']!).first().fill(today);
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
      await expect(letter).not.toContainText(/печат|мөр/i);
      await expect(page.locator('[data-deliver]')).toHaveText(ui['claim.deliver.hand']!);
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

    test('Enter on every screen moves one screen forward, never to an incomplete letter', async ({ page }) => {
      await page.goto(claimPath(locale));
      const progress = page.locator('[data-progress]');
      const step = (n: number) => ui['claim.progress']!.replace('{{n}}', String(n)).replace('{{total}}', '8');
      // Enter on an empty first screen: stays, says what is missing next to the field, keeps the focus there.
      await page.getByLabel(ui['claim.field.buyer']!).press('Enter');
      await expect(progress).toHaveText(step(1));
      await expect(page.locator('[data-error-for="buyer"]')).toHaveText(ui['claim.error.missing']!);
      expect(await axeViolations(page)).toEqual([]);
      await expect(page.getByLabel(ui['claim.field.buyer']!)).toBeFocused();
      await expect(page.getByLabel(ui['claim.field.buyer']!)).toHaveAttribute('aria-invalid', 'true');
      await page.getByLabel(ui['claim.field.buyer']!).fill(BUYER);
      await expect(page.locator('[data-error-for="buyer"]')).toBeHidden();
      await page.getByLabel(ui['claim.field.buyer']!).press('Enter');
      await expect(progress).toHaveText(step(2));
      await page.getByLabel(ui['claim.field.seller']!).fill(SELLER);
      await page.getByLabel(ui['claim.field.seller']!).press('Enter');
      await expect(progress).toHaveText(step(3));
      await page.getByLabel(ui['claim.field.item']!).fill('etik');
      await page.getByLabel(ui['claim.field.item']!).press('Enter');
      await expect(page.locator('[data-error-for="bought"]')).toHaveText(ui['claim.error.missing']!);
      await page.getByLabel(ui['claim.field.bought']!).fill(addDays(today, 3));
      await page.getByLabel(ui['claim.field.bought']!).press('Enter');
      await expect(page.locator('[data-error-for="bought"]')).toHaveText(ui['claim.error.future']!);
      await page.getByLabel(ui['claim.field.bought']!).fill(addDays(today, -3));
      await page.getByLabel(ui['claim.field.bought']!).press('Enter');
      await expect(progress).toHaveText(step(4));
      await page.getByLabel(ui['claim.proof.receipt']!).press('Enter');
      await expect(progress).toHaveText(step(5));
      await page.getByLabel(ui['claim.field.problem']!).fill('сломался');
      await page.locator('[data-next]').press('Enter');
      await expect(progress).toHaveText(step(6));
      await page.getByLabel(ui['claim.demand.refund']!).press('Enter');
      await expect(page.locator('[data-error-for="demand"]')).toHaveText(ui['claim.error.choose']!);
      await page.getByLabel(ui['claim.demand.tag-price']!).check();
      await expect(page.locator('fieldset[data-step="demand"] [data-caveat]')).toHaveText(
        ui['claim.caveat.tag-price']!,
      );
      await page.getByLabel(ui['claim.demand.tag-price']!).press('Enter');
      await expect(progress).toHaveText(step(7));
      await page.getByLabel(ui['claim.field.received']!).first().press('Enter');
      await expect(progress).toHaveText(step(8));
      await page.getByLabel(ui[`claim.language.${locale}`]!).press('Enter');
      await expect(page.locator('[data-claim-letter] .letter')).toContainText(SELLER);
      await expect(page.locator('[data-claim-output] > [data-caveat]')).toBeVisible();
      // Receipt day not known yet: the rule, not a date.
      await expect(page.locator('[data-deadline]')).toHaveText(ui['claim.deadlineUnknown']!);
      await expect(page.locator('[data-calendar]')).toBeHidden();
    });

    test('Back and Forward walk the screens; a link missing an answer opens on its screen, not on the letter', async ({
      page,
    }) => {
      await page.goto(
        `${claimPath(locale)}#${new URLSearchParams({ buyer: BUYER, seller: SELLER, item: 'etik', bought: addDays(today, -3), demand: 'refund' })}`,
      );
      // The problem is missing: the builder starts on the first screen, not on a letter with a blank.
      await expect(page.locator('[data-claim-output]')).toBeHidden();
      const progress = page.locator('[data-progress]');
      const step = (n: number) => ui['claim.progress']!.replace('{{n}}', String(n)).replace('{{total}}', '8');
      for (let n = 2; n <= 5; n++) {
        await page.locator('[data-next]').click();
        if (n <= 4) await expect(progress).toHaveText(step(n));
      }
      // Screen 5 (the problem) refuses to go on while it is empty.
      await expect(progress).toHaveText(step(5));
      await page.locator('[data-next]').click();
      await expect(progress).toHaveText(step(5));
      await expect(page.locator('[data-error-for="problem"]')).toBeVisible();
      await page.goBack();
      await expect(progress).toHaveText(step(4));
      await page.goBack();
      await expect(progress).toHaveText(step(3));
      await page.goForward();
      await expect(progress).toHaveText(step(4));
      await page.locator('[data-back]').click();
      await expect(progress).toHaveText(step(3));
      await expect(page).toHaveURL(new RegExp(`${claimPath(locale)}#`));
      // The answers survive the walk, the newest ones too.
      await expect(page.getByLabel(ui['claim.field.item']!)).toHaveValue('etik');
      await page.getByLabel(ui['claim.field.item']!).fill('etik 42');
      await page.goBack();
      await expect(progress).toHaveText(step(2));
      await page.goForward();
      await expect(progress).toHaveText(step(3));
      await expect(page.getByLabel(ui['claim.field.item']!)).toHaveValue('etik 42');
      expect(decodeURIComponent(new URL(page.url()).hash).replace(/\+/g, ' ')).toContain('item=etik 42');
    });

    test('Back walks all eight screens from the letter to the first, Forward all the way back to the letter', async ({
      page,
    }) => {
      await page.goto(
        `${claimPath(locale)}#${new URLSearchParams({ buyer: BUYER, seller: SELLER, item: 'etik', bought: addDays(today, -3), problem: 'сломался', demand: 'refund' })}`,
      );
      const output = page.locator('[data-claim-output]');
      await expect(output).toBeVisible();
      const progress = page.locator('[data-progress]');
      const step = (n: number) => ui['claim.progress']!.replace('{{n}}', String(n)).replace('{{total}}', '8');
      await page.locator('[data-edit]').click();
      await expect(progress).toHaveText(step(1));
      for (let n = 2; n <= 8; n++) {
        await page.locator('[data-next]').click();
        await expect(progress).toHaveText(step(n));
      }
      await page.locator('[data-show]').click();
      await expect(output).toBeVisible();
      for (let n = 8; n >= 1; n--) {
        await page.goBack();
        await expect(progress).toHaveText(step(n));
        await expect(output).toBeHidden();
      }
      for (let n = 2; n <= 8; n++) {
        await page.goForward();
        await expect(progress).toHaveText(step(n));
      }
      await page.goForward();
      await expect(output).toBeVisible();
      await expect(page.locator('[data-claim-letter] .letter')).toContainText(SELLER);
    });

    test('prints one A4 page per language, nothing else', async ({ page }) => {
      const base = {
        buyer: BUYER,
        buyerContact: 'Шымкент, ул. Абая, 1',
        seller: SELLER,
        sellerAddress: 'Шымкент',
        item: 'телефон',
        bought: addDays(today, -3),
        price: '120000',
        proof: 'receipt',
        problem: 'не включается после зарядки, экран не реагирует',
        demand: 'replacement',
        delivery: 'hand',
        received: today,
      };
      mkdirSync('tests/.out', { recursive: true });
      for (const [language, pages] of [
        [locale, 1],
        ['both', 2],
      ] as const) {
        await page.goto(`${claimPath(locale)}#${new URLSearchParams({ ...base, language })}`);
        await expect(page.locator('[data-claim-letter] .letter')).toHaveCount(pages);
        const file = `tests/.out/claim-${locale}-${language}.pdf`;
        writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        expect(info, `${file}`).toMatch(new RegExp(`Pages:\\s+${pages}\\n`));
        expect(info).toMatch(/Page size:.*\(A4\)/);
        const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
        expect(text).toContain(SELLER);
        expect(text).not.toContain(ui['claim.link.title']!);
        expect(text).not.toContain(ui['lawyer.title']!);
      }
    });

    test('when the seller did not answer: a complaint to the department, the pre-trial options, a message for the lawyer', async ({
      page,
    }) => {
      const requests = watchRequests(page);
      const received = addDays(today, -15);
      await page.goto(
        `${claimPath(locale)}#${new URLSearchParams({ buyer: BUYER, buyerContact: '+7 700 111 22 33', seller: SELLER, bin: '123456789012', item: 'etik', bought: addDays(today, -20), price: '25000', proof: 'receipt', problem: 'подошва отклеилась', demand: 'refund', delivery: 'mail', received })}`,
      );
      const next = page.locator('.next-step');
      await expect(next.locator('[data-next-result]')).toBeHidden();
      await next.getByLabel(ui['claim.outcome.no-answer']!).check();
      await expect(next.locator('[data-next-state]')).toHaveText(ui['claim.next.chooseRegion']!);
      await next.getByLabel(ui['claim.region.shymkent']!).check();
      const complaint = next.locator('[data-complaint-text]');
      await expect(complaint).toBeVisible();
      const date = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`), locale);
      for (const part of [
        SELLER,
        '123456789012',
        date(received),
        date(addDays(received, 10)),
        '42-4',
        locale === 'ru' ? 'ст. 30' : '30-бап',
        locale === 'ru' ? 'города Шымкента' : 'Шымкент қаласының',
      ]) {
        await expect(complaint).toContainText(part);
      }
      await expect(next.locator('li')).toHaveCount(4);
      // The whole result page at 360 px: readable without sideways scrolling, and accessible.
      expect(await scrollsSideways(page)).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      const lawyer = next.locator('[data-lawyer-link]');
      const href = (await lawyer.getAttribute('href'))!;
      expect(href.startsWith('https://wa.me/77029235050?text=')).toBe(true);
      const message = decodeURIComponent(href.split('text=')[1]!);
      expect(message).toContain(SELLER);
      expect(message).toContain(date(received));
      expect(message).not.toContain(BUYER);
      expect(message).not.toContain('111 22 33');
      // Too early: the 10 days still run.
      await next.getByLabel(ui['claim.field.received']!).fill(addDays(today, -5));
      await expect(next.locator('[data-next-state]')).toHaveText(
        ui['claim.next.waiting']!.replace('{{date}}', date(addDays(today, 5))),
      );
      await expect(next.locator('[data-next-result]')).toBeHidden();
      expectNothingSent(requests);
    });

    test('the reply deadline goes into the phone calendar as one all-day event', async ({ page }) => {
      const requests = watchRequests(page);
      const received = addDays(today, -2);
      await page.goto(
        `${claimPath(locale)}#${new URLSearchParams({ buyer: BUYER, seller: SELLER, item: 'etik', bought: addDays(today, -5), problem: 'сломался', demand: 'repair', delivery: 'hand', received })}`,
      );
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-calendar]').click()]);
      const ics = readFileSync((await download.path())!, 'utf8');
      expect(download.suggestedFilename()).toMatch(/\.ics$/);
      expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
      expect(ics).toContain(`DTSTART;VALUE=DATE:${addDays(received, 10).replace(/-/g, '')}`);
      expect(ics.replace(/\r\n /g, '')).toContain(SELLER.replace(/,/g, '\\,'));
      expectNothingSent(requests);
    });

    test('the draft link warns that it holds personal data and can leave it out', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(
        `${claimPath(locale)}#${new URLSearchParams({ buyer: BUYER, buyerContact: '+7 700 111 22 33', seller: SELLER, item: 'etik', bought: addDays(today, -5), problem: 'сломался', demand: 'repair' })}`,
      );
      await expect(page.locator('.draft-link')).toContainText(ui['claim.link.warning']!);
      await page.locator('[data-copy-link="plain"]').click();
      await expect(page.locator('[data-status]')).toHaveText(ui['claim.link.copied']!);
      const plain = await page.evaluate(() => navigator.clipboard.readText());
      expect(decodeURIComponent(plain)).toContain('seller=');
      expect(decodeURIComponent(plain.replace(/\+/g, ' '))).not.toContain(BUYER);
      expect(plain).not.toContain('buyerContact');
      await page.locator('[data-copy-link="full"]').click();
      expect(
        decodeURIComponent((await page.evaluate(() => navigator.clipboard.readText())).replace(/\+/g, ' ')),
      ).toContain(BUYER);
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
      // Today is the last of the 14 days: it can go into the calendar.
      const [download] = await Promise.all([page.waitForEvent('download'), outcome.locator('[data-calendar]').click()]);
      const ics = readFileSync((await download.path())!, 'utf8');
      expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
      expect(ics).toContain(`DTSTART;VALUE=DATE:${today.replace(/-/g, '')}`);
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
      await expect(page.locator('[data-calendar]')).toBeHidden();
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
