/**
 * Upgrades <slide-show> (SlideShow.astro) from pictures one under the other to a presentation:
 * one slide at a time, the buttons and the keys a presenter's clicker sends (→ ← space,
 * Page Up/Down, Home, End), a tap on the slide for the next one, and full screen. Where the
 * Fullscreen API is missing (an iPhone), "full screen" is a fixed overlay that Esc closes.
 * Self-contained: no helper shared with another page script (Vite would split a chunk).
 */
export class SlideShow extends HTMLElement {
  #slides: HTMLElement[] = [];
  #current = 0;
  #counter = '';

  connectedCallback(): void {
    this.#counter = (JSON.parse(this.dataset['strings'] ?? '{}') as { counter?: string }).counter ?? '';
    this.#slides = [...this.querySelectorAll<HTMLElement>('[data-slide-index]')];
    if (this.#slides.length === 0) return;
    this.querySelector<HTMLElement>('[data-tools]')!.hidden = false;
    this.dataset['ready'] = '';
    this.querySelector('[data-prev]')!.addEventListener('click', () => this.#go(this.#current - 1));
    this.querySelector('[data-next]')!.addEventListener('click', () => this.#go(this.#current + 1));
    this.querySelector('[data-full]')!.addEventListener('click', () => void this.#toggleFull());
    this.querySelector('[data-slides]')!.addEventListener('click', () => this.#go(this.#current + 1));
    document.addEventListener('keydown', (event) => this.#key(event));
    document.addEventListener('fullscreenchange', () => {
      if (document.fullscreenElement === this) this.dataset['full'] = '';
      else delete this.dataset['full'];
    });
    this.#go(0);
  }

  #go(index: number): void {
    this.#current = Math.max(0, Math.min(this.#slides.length - 1, index));
    this.#slides.forEach((slide, i) => slide.toggleAttribute('data-current', i === this.#current));
    this.querySelector('[data-counter]')!.textContent = this.#counter
      .replace('{n}', String(this.#current + 1))
      .replace('{total}', String(this.#slides.length));
    this.querySelector<HTMLButtonElement>('[data-prev]')!.disabled = this.#current === 0;
    this.querySelector<HTMLButtonElement>('[data-next]')!.disabled = this.#current === this.#slides.length - 1;
  }

  async #toggleFull(): Promise<void> {
    if (document.fullscreenElement === this) {
      await document.exitFullscreen();
      return;
    }
    if (this.dataset['full'] !== undefined) {
      delete this.dataset['full'];
      return;
    }
    try {
      await this.requestFullscreen();
    } catch {
      // No Fullscreen API for this element (iPhone Safari): cover the page instead.
      this.dataset['full'] = '';
    }
  }

  #key(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable]') || event.altKey || event.ctrlKey) return;
    // Space and Enter on a focused button press the button; elsewhere they turn the slide.
    const onButton = target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement;
    const steps: Record<string, number | undefined> = {
      ArrowRight: 1,
      ArrowDown: 1,
      PageDown: 1,
      ' ': onButton ? undefined : 1,
      ArrowLeft: -1,
      ArrowUp: -1,
      PageUp: -1,
    };
    if (event.key === 'Escape' && this.dataset['full'] !== undefined && !document.fullscreenElement) {
      delete this.dataset['full'];
      return;
    }
    if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      this.#go(event.key === 'Home' ? 0 : this.#slides.length - 1);
      return;
    }
    const step = steps[event.key];
    if (step === undefined) return;
    event.preventDefault();
    this.#go(this.#current + step);
  }
}

customElements.define('slide-show', SlideShow);
