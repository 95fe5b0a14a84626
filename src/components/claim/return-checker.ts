import { formatPinpoint } from '../../lib/law';
import type { Locale } from '../../lib/locales';
import { todayInKazakhstan } from '../../lib/claim/dates';
import { dateText } from '../../lib/claim/letter';
import { serializeClaim } from '../../lib/claim/claim';
import { visibleQuestions, type Question, type ReturnAnswers } from '../../lib/claim/return-check';
import { fill } from '../../lib/fill';
import { calendarFile, calendarHref } from '../../lib/claim/ics';

interface Strings {
  verdicts: Record<string, string>;
  law: string;
  act: string;
  calendarSummary: string;
  calendarDescription: string;
}

/**
 * Upgrades <return-checker>: after every answer, shows the questions still on the path and,
 * once the logic has an answer, the verdict with its articles and a link to the claim builder
 * carrying what is known in the fragment (#demand=…&bought=…).
 */
export class ReturnChecker extends HTMLElement {
  #form!: HTMLFormElement;
  #strings!: Strings;

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}');
    this.#form = this.querySelector('[data-check-form]')!;
    this.querySelector<HTMLElement>('[data-no-js]')!.hidden = true;
    this.#form.hidden = false;
    this.#form.addEventListener('change', () => this.#update(true));
    this.querySelector('[data-restart]')?.addEventListener('click', () => {
      this.#form.reset();
      this.#update(false);
      this.#form.querySelector<HTMLInputElement>('input')?.focus();
    });
    this.#update(false);
  }

  #answers(): ReturnAnswers {
    const data = new FormData(this.#form);
    const value = (name: Question) => (data.get(name) as string | null) || undefined;
    return {
      goods: value('goods'),
      quality: value('quality'),
      category: value('category'),
      bought: value('bought'),
      proof: value('proof'),
    } as ReturnAnswers;
  }

  #update(moveFocus: boolean): void {
    const locale = this.dataset['locale'] as Locale;
    const { questions, outcome } = visibleQuestions(this.#answers(), todayInKazakhstan());
    for (const fieldset of this.#form.querySelectorAll<HTMLFieldSetElement>('[data-question]')) {
      fieldset.hidden = !questions.includes(fieldset.dataset['question'] as Question);
    }
    const box = this.querySelector<HTMLElement>('[data-outcome]')!;
    box.hidden = !outcome;
    if (!outcome) return;
    const date = (iso: string | undefined) => (iso ? dateText(iso, locale) : '');
    box.querySelector('[data-verdict]')!.textContent = fill(this.#strings.verdicts[outcome.verdict] ?? '', {
      days: String(outcome.days ?? ''),
      date: date(outcome.lastDay),
    });
    const law = `${outcome.law.map((ref) => formatPinpoint(ref, locale)).join('; ')} — ${this.#strings.act}`;
    box.querySelector('[data-law]')!.textContent = fill(this.#strings.law, { law });
    // In time to return: the last day can go into the phone's calendar (a file made here, nothing sent).
    const calendar = box.querySelector<HTMLAnchorElement>('[data-calendar]')!;
    const returnable = (outcome.verdict === 'yes' || outcome.verdict === 'yes-prove-purchase') && outcome.lastDay;
    calendar.hidden = !returnable;
    if (returnable) {
      const file = calendarFile({
        date: outcome.lastDay!,
        summary: this.#strings.calendarSummary,
        description: this.#strings.calendarDescription,
        uid: `return-${outcome.lastDay}@sergaliturkestan.kz`,
        now: new Date(),
      });
      calendar.href = calendarHref(file);
      calendar.download = `return-last-day-${outcome.lastDay}.ics`;
    }
    const toClaim = box.querySelector<HTMLAnchorElement>('[data-to-claim]')!;
    toClaim.hidden = !outcome.claim;
    if (outcome.claim) {
      const proof = this.#answers().proof === 'receipt' ? 'receipt' : '';
      toClaim.href = `${this.dataset['claim']}${serializeClaim({ demand: outcome.claim.demand, bought: outcome.claim.bought ?? '', proof })}`;
    }
    if (moveFocus) box.querySelector<HTMLElement>('h2')?.focus();
  }
}

customElements.define('return-checker', ReturnChecker);
