import { LOCALES, LOCALE_TAGS, type Locale } from '../../lib/locales';
import {
  EMPTY_CLAIM,
  escalation,
  firstIncompleteStep,
  parseClaim,
  replyDeadline,
  serializeClaim,
  stepProblems,
  withoutPersonal,
  type ClaimAnswers,
  type FieldProblem,
} from '../../lib/claim/claim';
import { composeLetter, dateText, letterText, type Letter, type LetterStrings } from '../../lib/claim/letter';
import { fill } from '../../lib/fill';
import { complaintText, composeComplaint, lawyerSummary } from '../../lib/claim/escalation';
import { calendarFile, calendarHref } from '../../lib/claim/ics';
import { todayInKazakhstan } from '../../lib/claim/dates';
import { whatsappLink } from '../../lib/format';

interface Labels {
  progress: string;
  copied: string;
  linkCopied: string;
  errors: Record<FieldProblem | 'choose', string>;
  deliver: Record<string, string>;
  deadline: string;
  deadlineUnknown: string;
  calendarSummary: string;
  calendarDescription: string;
  waiting: string;
  unknownReceipt: string;
  contact: string;
  attachments: string;
  chooseRegion: string;
}

interface Department {
  region: string;
  name: string;
  addressee: string;
  howToReach: string;
  /** Already formatted for the page's language. */
  checked: string;
}

/** Where the reader is: a question screen, or the letter. Kept in history.state so Back and Forward walk the screens. */
type Screen = number | 'letter';
const STATE_KEY = 'claimScreen';
const RADIO_FIELDS = new Set<keyof ClaimAnswers>(['proof', 'demand', 'delivery', 'language', 'outcome', 'region']);

/**
 * Upgrades <claim-builder>. Each question screen and the letter is a history entry: the phone's
 * Back goes to the previous question, Forward returns. Enter or "Next" checks the screen first
 * and shows what is missing next to the field; the letter is shown only when every required
 * answer is there. Answers are mirrored into the URL fragment (history.replaceState: no reload,
 * nothing sent). Under the letter: the reply deadline from the day the seller received it, a
 * calendar file for it, a link without personal data, and the next step once the seller did
 * not answer or refused.
 */
export class ClaimBuilder extends HTMLElement {
  #form!: HTMLFormElement;
  #nextForm!: HTMLFormElement;
  #steps: HTMLFieldSetElement[] = [];
  #current = 0;
  #locale!: Locale;
  #strings!: Record<Locale, LetterStrings>;
  #complaint!: LetterStrings;
  #labels!: Labels;
  #departments: Department[] = [];
  #letters: Letter[] = [];
  #complaintText = '';

  connectedCallback(): void {
    this.#locale = this.dataset['locale'] as Locale;
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}');
    this.#complaint = JSON.parse(this.dataset['complaint'] ?? '{}');
    this.#labels = JSON.parse(this.dataset['labels'] ?? '{}');
    this.#departments = JSON.parse(this.dataset['authorities'] ?? '[]');
    this.#form = this.querySelector('[data-claim-form]')!;
    this.#nextForm = this.querySelector('[data-next-form]')!;
    this.#steps = [...this.#form.querySelectorAll<HTMLFieldSetElement>('[data-step]')];
    this.querySelector<HTMLElement>('[data-no-js]')!.hidden = true;
    this.#form.hidden = false;

    this.#fill(parseClaim(location.hash));
    for (const form of [this.#form, this.#nextForm]) {
      form.addEventListener('input', (event) => this.#changed(event));
      form.addEventListener('change', (event) => this.#changed(event));
    }
    // Enter in a text field, and the Next / Show buttons, all submit: one screen forward, checked.
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#advance();
    });
    this.#nextForm.addEventListener('submit', (event) => event.preventDefault());
    this.#on('[data-back]', () => history.back());
    this.#on('[data-edit]', () => this.#show(0, 'push'));
    this.#on('[data-reset]', () => this.#reset());
    this.#on('[data-print]', () => window.print());
    this.#on(
      '[data-copy]',
      () => void this.#copy(this.#text(), this.#labels.copied, this.querySelector('[data-claim-letter]')!),
    );
    this.#on(
      '[data-copy-complaint]',
      () => void this.#copy(this.#complaintText, this.#labels.copied, this.querySelector('[data-complaint-text]')!),
    );
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-copy-link]')) {
      button.addEventListener('click', () => {
        const answers = button.dataset['copyLink'] === 'full' ? this.#answers() : withoutPersonal(this.#answers());
        void this.#copy(
          `${location.origin}${location.pathname}${serializeClaim(answers)}`,
          this.#labels.linkCopied,
          null,
        );
      });
    }
    const share = this.querySelector<HTMLButtonElement>('[data-share]')!;
    if (typeof navigator.share === 'function') {
      share.hidden = false;
      share.addEventListener('click', () => void navigator.share({ text: this.#text() }).catch(() => undefined));
    }
    // Another draft link opened on this page (only the fragment changes, so no reload): take its
    // answers. Its history entry is new, so it has no screen yet; Back and Forward between our own
    // screens keep theirs and keep the answers as they are now.
    window.addEventListener('hashchange', () => {
      if ((history.state as Record<string, Screen> | null)?.[STATE_KEY] !== undefined) return;
      this.#form.reset();
      this.#nextForm.reset();
      this.#fill(parseClaim(location.hash));
      this.#show(
        firstIncompleteStep(this.#answers(), todayInKazakhstan()) === undefined ? 'letter' : 0,
        'replace',
        false,
      );
    });
    window.addEventListener('popstate', (event) => {
      const screen = (event.state as Record<string, Screen> | null)?.[STATE_KEY];
      if (screen === undefined) return;
      // The entry's address may hold older answers: the form keeps the newest, and so does the address.
      this.#save();
      this.#show(screen, 'none');
    });

    // A reload keeps the screen; a link holding every required answer opens on the letter.
    const remembered = (history.state as Record<string, Screen> | null)?.[STATE_KEY];
    const start: Screen =
      remembered ?? (firstIncompleteStep(this.#answers(), todayInKazakhstan()) === undefined ? 'letter' : 0);
    this.#show(start, 'replace', false);
  }

  #on(selector: string, handler: () => void): void {
    this.querySelector(selector)?.addEventListener('click', handler);
  }

  /** The answers of both forms; the receipt day may be entered in either. */
  #answers(): ClaimAnswers {
    const answers = { ...EMPTY_CLAIM };
    for (const form of [this.#form, this.#nextForm]) {
      const data = new FormData(form);
      for (const key of Object.keys(EMPTY_CLAIM) as Array<keyof ClaimAnswers>) {
        const value = String(data.get(key) ?? '').trim();
        if (value) (answers as Record<string, string>)[key] = value;
      }
    }
    return answers;
  }

  #fill(answers: ClaimAnswers): void {
    for (const [key, value] of Object.entries(answers)) {
      if (!value) continue;
      for (const field of this.querySelectorAll<HTMLInputElement>(`[name="${key}"]`)) {
        if (field.type === 'radio') field.checked = field.value === value;
        else field.value = value;
      }
    }
  }

  #changed(event: Event): void {
    const target = event.target as HTMLInputElement;
    // The receipt day is asked twice (with the delivery, and in the next step): keep both the same.
    if (target.name === 'received')
      for (const other of this.querySelectorAll<HTMLInputElement>('[name="received"]'))
        if (other !== target) other.value = target.value;
    // An error goes away as soon as the field is answered.
    if (target.name) this.#showError(target.name as keyof ClaimAnswers, undefined);
    this.#save();
    this.#toggleCaveats();
    if (!this.querySelector<HTMLElement>('[data-claim-output]')!.hidden) this.#renderOutput();
  }

  /** Mirrors the answers into the address bar, keeping the history entry's screen; nothing leaves the phone. */
  #save(): void {
    history.replaceState(history.state, '', serializeClaim(this.#answers()) || location.pathname);
  }

  #toggleCaveats(): void {
    const tagPrice = this.#answers().demand === 'tag-price';
    for (const caveat of this.querySelectorAll<HTMLElement>('[data-caveat]')) caveat.hidden = !tagPrice;
  }

  /** One screen forward, or to the letter from the last one, but only past a screen without problems. */
  #advance(): void {
    const today = todayInKazakhstan();
    const problems = stepProblems(this.#current, this.#answers(), today);
    if (Object.keys(problems).length > 0) {
      this.#showErrors(problems, true);
      return;
    }
    this.#show(this.#current === this.#steps.length - 1 ? 'letter' : this.#current + 1, 'push');
  }

  #showErrors(problems: Partial<Record<keyof ClaimAnswers, FieldProblem>>, focus: boolean): void {
    let first: HTMLElement | null = null;
    for (const [field, problem] of Object.entries(problems) as Array<[keyof ClaimAnswers, FieldProblem]>) {
      this.#showError(field, problem);
      first ??= this.#form.querySelector<HTMLElement>(`[name="${field}"]`);
    }
    if (focus) first?.focus();
  }

  #showError(field: keyof ClaimAnswers, problem: FieldProblem | undefined): void {
    const message = this.#form.querySelector<HTMLElement>(`[data-error-for="${field}"]`);
    if (!message) return;
    message.hidden = !problem;
    message.textContent = problem
      ? this.#labels.errors[problem === 'missing' && RADIO_FIELDS.has(field) ? 'choose' : problem]
      : '';
    for (const input of this.#form.querySelectorAll<HTMLElement>(`[name="${field}"]`)) {
      if (problem) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
  }

  /**
   * Shows a screen. `push` makes it a new history entry (Next, Edit), `replace` rewrites the
   * current one (the first screen), `none` follows the browser (Back, Forward). The letter
   * is never shown with a required answer missing: the first screen that lacks one is shown
   * instead, with its messages.
   */
  #show(screen: Screen, mode: 'push' | 'replace' | 'none', focus = true): void {
    const today = todayInKazakhstan();
    const answers = this.#answers();
    let target: Screen = screen === 'letter' ? 'letter' : Math.max(0, Math.min(screen, this.#steps.length - 1));
    const incomplete = firstIncompleteStep(answers, today);
    if (target === 'letter' && incomplete !== undefined) target = incomplete;
    const url = serializeClaim(answers) || location.pathname;
    if (mode === 'push') history.pushState({ [STATE_KEY]: target }, '', url);
    if (mode === 'replace') history.replaceState({ [STATE_KEY]: target }, '', url);

    const output = this.querySelector<HTMLElement>('[data-claim-output]')!;
    this.#toggleCaveats();
    if (target === 'letter') {
      this.#form.hidden = true;
      output.hidden = false;
      this.#renderOutput();
      if (focus) output.querySelector<HTMLElement>('h2')?.focus();
      return;
    }
    output.hidden = true;
    this.#form.hidden = false;
    this.#current = target;
    this.#steps.forEach((step, i) => (step.hidden = i !== this.#current));
    const last = this.#current === this.#steps.length - 1;
    this.querySelector<HTMLElement>('[data-back]')!.hidden = this.#current === 0;
    this.querySelector<HTMLElement>('[data-next]')!.hidden = last;
    this.querySelector<HTMLElement>('[data-show]')!.hidden = !last;
    this.querySelector('[data-progress]')!.textContent = fill(this.#labels.progress, {
      n: String(this.#current + 1),
      total: String(this.#steps.length),
    });
    // Came back to a screen the letter needed: say what is missing right away.
    if (screen === 'letter' && incomplete !== undefined)
      this.#showErrors(stepProblems(incomplete, answers, today), focus);
    else if (focus) this.#steps[this.#current]!.querySelector<HTMLElement>('input, textarea')?.focus();
  }

  #renderOutput(): void {
    const answers = this.#answers();
    const today = todayInKazakhstan();
    const languages: Locale[] =
      answers.language === 'both' ? [...LOCALES] : [(answers.language || this.#locale) as Locale];
    this.#letters = languages.map((l) => composeLetter(answers, this.#strings[l], l, today));
    this.querySelector<HTMLElement>('[data-claim-letter]')!.replaceChildren(...this.#letters.map(renderLetter));
    this.querySelector('[data-deliver]')!.textContent = this.#labels.deliver[answers.delivery || 'none'] ?? '';

    const deadline = replyDeadline(answers.received);
    this.querySelector('[data-deadline]')!.textContent = deadline
      ? fill(this.#labels.deadline, { date: dateText(deadline, this.#locale) })
      : this.#labels.deadlineUnknown;
    this.querySelector<HTMLElement>('[data-day-off]')!.hidden = !deadline;
    const calendar = this.querySelector<HTMLAnchorElement>('[data-calendar]')!;
    calendar.hidden = !deadline;
    if (deadline) {
      const file = calendarFile({
        date: deadline,
        summary: fill(this.#labels.calendarSummary, { seller: answers.seller }),
        description: this.#labels.calendarDescription,
        uid: `claim-reply-${deadline}-${hashText(answers.seller + answers.item)}@sergaliturkestan.kz`,
        now: new Date(),
      });
      calendar.href = calendarHref(file);
      calendar.download = `claim-reply-${deadline}.ics`;
    }
    this.#renderNextStep(answers, today);
  }

  #renderNextStep(answers: ClaimAnswers, today: string): void {
    this.querySelector<HTMLElement>('[data-refused-on]')!.hidden = answers.outcome !== 'refused';
    const state = this.querySelector<HTMLElement>('[data-next-state]')!;
    const result = this.querySelector<HTMLElement>('[data-next-result]')!;
    const where = escalation(answers, today);
    const department = this.#departments.find((d) => d.region === answers.region);
    result.hidden = true;
    state.textContent = '';
    if (!answers.outcome) return;
    if (where.state === 'unknown-receipt') return void (state.textContent = this.#labels.unknownReceipt);
    if (where.state === 'waiting')
      return void (state.textContent = fill(this.#labels.waiting, { date: dateText(where.deadline, this.#locale) }));
    if (!department) return void (state.textContent = this.#labels.chooseRegion);
    const complaint = composeComplaint(answers, this.#complaint, this.#locale, today, department);
    if (!complaint) return;
    this.#complaintText = complaintText(complaint, this.#labels.attachments);
    this.querySelector('[data-complaint-text]')!.textContent = this.#complaintText;
    this.querySelector('[data-department-contact]')!.textContent = fill(this.#labels.contact, {
      howToReach: department.howToReach,
      date: department.checked,
    });
    this.querySelector<HTMLAnchorElement>('[data-lawyer-link]')!.href = whatsappLink(
      this.dataset['whatsapp'] ?? '',
      lawyerSummary(answers, this.#complaint, this.#locale, today),
    );
    result.hidden = false;
  }

  #reset(): void {
    this.#form.reset();
    this.#nextForm.reset();
    this.#save();
    this.#show(0, 'push');
  }

  #text(): string {
    return this.#letters.map(letterText).join('\n\n\n');
  }

  async #copy(text: string, done: string, selectable: Element | null): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = done;
    } catch {
      // No clipboard permission: select the text so the reader can copy it by hand.
      if (!selectable) return;
      const range = document.createRange();
      range.selectNodeContents(selectable);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
  }
}

/** A short stable tag for a text (FNV-1a), so the same reminder keeps the same calendar id. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash.toString(36);
}

/** The same structure as LetterView.astro. */
function renderLetter(letter: Letter): HTMLElement {
  const element = (tag: string, className: string, text?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const article = element('article', 'letter');
  article.lang = LOCALE_TAGS[letter.locale];
  const header = element('div', 'letter-header');
  header.append(...letter.header.map((line) => element('p', '', line)));
  const footer = element('div', 'letter-footer');
  footer.append(...letter.footer.map((line) => element('p', '', line)));
  article.append(
    header,
    element('h3', 'letter-title', letter.title),
    ...letter.body.map((p) => element('p', '', p)),
    footer,
  );
  return article;
}

customElements.define('claim-builder', ClaimBuilder);
