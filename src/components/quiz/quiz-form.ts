/**
 * Upgrades <rights-quiz> (RightsQuiz.astro): one question at a time; a chosen answer is kept
 * (the others are locked), its explanation opens, and the right answer's opens too when the
 * choice was wrong; at the end, the score, the guides of the questions missed and "try again".
 * Nothing leaves the phone: the last score is kept in localStorage only if the person ticks
 * the box, and unticking it forgets it.
 *
 * Self-contained on purpose: importing a helper that another page script also imports would
 * make Vite split a shared chunk, one more file for every page that has a script.
 */
type Strings = Record<string, string>;

const fillIn = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

interface Saved {
  score: number;
  total: number;
}

export class RightsQuiz extends HTMLElement {
  #strings: Strings = {};
  #questions: HTMLElement[] = [];
  #current = 0;
  #right = new Map<number, boolean>();

  get #key(): string {
    return `rights-quiz:${this.dataset['topic'] ?? ''}`;
  }

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as Strings;
    this.#questions = [...this.querySelectorAll<HTMLElement>('[data-question]')];
    for (const question of this.#questions) question.tabIndex = -1;
    this.querySelector<HTMLElement>('[data-controls]')!.hidden = false;
    this.addEventListener('change', (event) => this.#choose(event.target));
    this.querySelector('[data-next]')!.addEventListener('click', () => this.#next());
    this.querySelector('[data-again]')!.addEventListener('click', () => this.#restart());
    this.querySelector<HTMLInputElement>('[data-remember]')!.addEventListener('change', (event) =>
      this.#remember((event.target as HTMLInputElement).checked),
    );
    this.#showLast();
    this.#show(0, false);
  }

  #show(index: number, focus: boolean): void {
    this.#current = index;
    this.#questions.forEach((question, i) => (question.hidden = i !== index));
    const next = this.querySelector<HTMLButtonElement>('[data-next]')!;
    next.disabled = !this.#right.has(index);
    next.textContent = this.#strings[index === this.#questions.length - 1 ? 'finish' : 'next'] ?? '';
    this.#status('');
    if (focus) this.#questions[index]!.focus();
  }

  #choose(target: EventTarget | null): void {
    if (!(target instanceof HTMLInputElement) || target.type !== 'radio') return;
    const index = this.#questions.findIndex((question) => question.contains(target));
    if (index < 0 || this.#right.has(index)) return;
    const question = this.#questions[index]!;
    const answer = target.closest<HTMLElement>('.quiz-answer')!;
    const right = answer.hasAttribute('data-right');
    this.#right.set(index, right);
    // The first choice counts: the other answers are locked, the right one is shown.
    for (const input of question.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      input.disabled = input !== target;
    }
    question.querySelector<HTMLElement>('.quiz-answer[data-right]')?.setAttribute('data-shown', '');
    const explanation = answer.querySelector<HTMLElement>('.quiz-explanation p')?.textContent ?? '';
    this.#status(explanation.replace(/\s+/g, ' ').trim());
    this.querySelector<HTMLButtonElement>('[data-next]')!.disabled = false;
  }

  #next(): void {
    if (!this.#right.has(this.#current)) return;
    if (this.#current < this.#questions.length - 1) this.#show(this.#current + 1, true);
    else this.#finish();
  }

  #finish(): void {
    const total = this.#questions.length;
    const score = [...this.#right.values()].filter(Boolean).length;
    for (const question of this.#questions) question.hidden = true;
    this.querySelector<HTMLElement>('[data-controls]')!.hidden = true;
    this.#status('');
    const result = this.querySelector<HTMLElement>('[data-result]')!;
    result.querySelector('[data-score]')!.textContent =
      `${fillIn(this.#strings['score'] ?? '', { score, total })}${score === total ? ` ${this.#strings['allRight'] ?? ''}` : ''}`;
    const missed = this.#questions.filter((_, i) => this.#right.get(i) === false);
    const guides = new Map(missed.map((q) => [q.dataset['guide'] ?? '', q.dataset['guideTitle'] ?? '']));
    const list = result.querySelector<HTMLElement>('[data-missed-list]')!;
    list.replaceChildren(
      ...[...guides].map(([href, title]) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = href;
        link.textContent = title;
        item.append(link);
        return item;
      }),
    );
    result.querySelector<HTMLElement>('[data-missed]')!.hidden = guides.size === 0;
    result.dataset['score'] = String(score);
    result.hidden = false;
    const remember = result.querySelector<HTMLInputElement>('[data-remember]')!;
    if (remember.checked) this.#remember(true);
    result.focus();
  }

  #restart(): void {
    this.#right.clear();
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      input.checked = false;
      input.disabled = false;
    }
    for (const shown of this.querySelectorAll('[data-shown]')) shown.removeAttribute('data-shown');
    this.querySelector<HTMLElement>('[data-result]')!.hidden = true;
    this.querySelector<HTMLElement>('[data-controls]')!.hidden = false;
    this.#showLast();
    this.#show(0, true);
  }

  #remember(keep: boolean): void {
    try {
      if (!keep) {
        localStorage.removeItem(this.#key);
        return;
      }
      const result = this.querySelector<HTMLElement>('[data-result]')!;
      const saved: Saved = { score: Number(result.dataset['score'] ?? 0), total: this.#questions.length };
      localStorage.setItem(this.#key, JSON.stringify(saved));
    } catch {
      // Storage refused (private mode, full): the quiz works the same without it.
    }
  }

  #showLast(): void {
    const last = this.querySelector<HTMLElement>('[data-last]')!;
    let saved: Saved | undefined;
    try {
      saved = JSON.parse(localStorage.getItem(this.#key) ?? 'null') ?? undefined;
    } catch {
      saved = undefined;
    }
    last.hidden = !saved;
    if (saved) last.textContent = fillIn(this.#strings['last'] ?? '', { score: saved.score, total: saved.total });
    this.querySelector<HTMLInputElement>('[data-remember]')!.checked = Boolean(saved);
  }

  #status(text: string): void {
    this.querySelector('[data-status]')!.textContent = text;
  }
}

customElements.define('rights-quiz', RightsQuiz);
