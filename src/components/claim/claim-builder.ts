import { LOCALE_TAGS, type Locale } from '../../lib/locales';
import { EMPTY_CLAIM, isValidBin, missingFields, parseClaim, serializeClaim, type ClaimAnswers } from '../../lib/claim/claim';
import { composeLetter, fill, letterText, type Letter, type LetterStrings } from '../../lib/claim/letter';
import { todayInKazakhstan } from '../../lib/claim/dates';

interface Labels {
  missing: string;
  progress: string;
  copied: string;
  fields: Partial<Record<keyof ClaimAnswers, string>>;
}

/**
 * Upgrades <claim-builder>: one fieldset per screen with Back/Next, answers mirrored into the
 * URL fragment on every change (history.replaceState: no reload, nothing sent), then the letter
 * in the chosen language(s) with print, copy and share. A link that already holds every
 * required answer opens straight on the letter, so a relative can print a draft sent to them.
 */
export class ClaimBuilder extends HTMLElement {
  #form!: HTMLFormElement;
  #steps: HTMLFieldSetElement[] = [];
  #current = 0;
  #strings!: Record<Locale, LetterStrings>;
  #labels!: Labels;
  #letters: Letter[] = [];

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}');
    this.#labels = JSON.parse(this.dataset['labels'] ?? '{}');
    this.#form = this.querySelector('[data-claim-form]')!;
    this.#steps = [...this.#form.querySelectorAll<HTMLFieldSetElement>('[data-step]')];
    this.querySelector<HTMLElement>('[data-no-js]')!.hidden = true;
    this.#form.hidden = false;

    const answers = parseClaim(location.hash);
    this.#fill(answers);
    this.#form.addEventListener('input', () => this.#save());
    this.#form.addEventListener('change', () => this.#save());
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#showLetter();
    });
    this.#on('[data-next]', () => this.#go(this.#current + 1));
    this.#on('[data-back]', () => this.#go(this.#current - 1));
    this.#on('[data-edit]', () => this.#edit());
    this.#on('[data-reset]', () => this.#reset());
    this.#on('[data-print]', () => window.print());
    this.#on('[data-copy]', () => void this.#copy());
    const share = this.querySelector<HTMLButtonElement>('[data-share]')!;
    if (typeof navigator.share === 'function') {
      share.hidden = false;
      share.addEventListener('click', () => void navigator.share({ text: this.#text() }).catch(() => undefined));
    }
    if (missingFields(answers).length === 0) this.#showLetter(false);
    else this.#go(0, false);
  }

  #on(selector: string, handler: () => void): void {
    this.querySelector(selector)?.addEventListener('click', handler);
  }

  #answers(): ClaimAnswers {
    const data = new FormData(this.#form);
    const answers = { ...EMPTY_CLAIM };
    for (const key of Object.keys(EMPTY_CLAIM) as Array<keyof ClaimAnswers>) {
      (answers as Record<string, string>)[key] = String(data.get(key) ?? '').trim();
    }
    return answers;
  }

  #fill(answers: ClaimAnswers): void {
    for (const [key, value] of Object.entries(answers)) {
      if (!value) continue;
      for (const field of this.#form.querySelectorAll<HTMLInputElement>(`[name="${key}"]`)) {
        if (field.type === 'radio') field.checked = field.value === value;
        else field.value = value;
      }
    }
  }

  /** Mirrors the answers into the address bar; nothing leaves the phone. */
  #save(): void {
    const answers = this.#answers();
    history.replaceState(null, '', serializeClaim(answers) || location.pathname);
    this.querySelector<HTMLElement>('[data-bin-error]')!.hidden = isValidBin(answers.bin);
  }

  #go(index: number, focus = true): void {
    this.#current = Math.max(0, Math.min(index, this.#steps.length - 1));
    this.#steps.forEach((step, i) => (step.hidden = i !== this.#current));
    const last = this.#current === this.#steps.length - 1;
    this.querySelector<HTMLElement>('[data-back]')!.hidden = this.#current === 0;
    this.querySelector<HTMLElement>('[data-next]')!.hidden = last;
    this.querySelector<HTMLElement>('[data-show]')!.hidden = !last;
    this.querySelector('[data-progress]')!.textContent = fill(this.#labels.progress, {
      n: String(this.#current + 1),
      total: String(this.#steps.length),
    });
    if (focus) this.#steps[this.#current]!.querySelector<HTMLElement>('input, textarea')?.focus();
  }

  #showLetter(focus = true): void {
    const answers = this.#answers();
    const today = todayInKazakhstan();
    const locale = this.dataset['locale'] as Locale;
    const languages: Locale[] = answers.language === 'both' ? ['kk', 'ru'] : [(answers.language || locale) as Locale];
    this.#letters = languages.map((l) => composeLetter(answers, this.#strings[l], l, today));
    const box = this.querySelector<HTMLElement>('[data-claim-letter]')!;
    box.replaceChildren(...this.#letters.map(renderLetter));

    const missing = missingFields(answers).map((field) => this.#labels.fields[field] ?? field);
    const warning = this.querySelector<HTMLElement>('[data-missing]')!;
    warning.hidden = missing.length === 0;
    warning.textContent = fill(this.#labels.missing, { fields: missing.join(', ') });

    this.#form.hidden = true;
    const output = this.querySelector<HTMLElement>('[data-claim-output]')!;
    output.hidden = false;
    if (focus) output.querySelector<HTMLElement>('h2')?.focus();
  }

  #edit(): void {
    this.querySelector<HTMLElement>('[data-claim-output]')!.hidden = true;
    this.#form.hidden = false;
    this.#go(0);
  }

  #reset(): void {
    this.#form.reset();
    this.#save();
    this.#edit();
  }

  #text(): string {
    return this.#letters.map(letterText).join('\n\n\n');
  }

  async #copy(): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    try {
      await navigator.clipboard.writeText(this.#text());
      status.textContent = this.#labels.copied;
    } catch {
      // No clipboard permission: select the letter so the reader can copy it by hand.
      const range = document.createRange();
      range.selectNodeContents(this.querySelector('[data-claim-letter]')!);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
  }
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
  article.append(header, element('h3', 'letter-title', letter.title), ...letter.body.map((p) => element('p', '', p)), footer);
  return article;
}
