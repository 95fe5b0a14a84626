/**
 * Reads a guide aloud for <listen-aloud> (listen-aloud.ts loads this on the first tap): the
 * blocks matching the element's `data-read`, one utterance each, in page order, in the phone's
 * own voice. The block being read is marked `data-reading` (a band the eye can follow, see
 * global.css) and scrolled into view; Pause/Continue and Stop control it. Nothing is sent
 * anywhere: the voice is the phone's.
 */
interface Host extends HTMLElement {
  voice: SpeechSynthesisVoice | undefined;
}

class Reader {
  private blocks: HTMLElement[] = [];
  private index = 0;

  constructor(private readonly host: Host) {
    this.button('pause').addEventListener('click', () => this.pause());
    this.button('stop').addEventListener('click', () => this.stop());
    addEventListener('pagehide', () => speechSynthesis.cancel());
  }

  private button(name: string): HTMLButtonElement {
    return this.host.querySelector<HTMLButtonElement>(`[data-${name}]`)!;
  }

  /** The states: idle (Listen), reading (Pause, Stop), paused (Continue, Stop). */
  private show(state: 'idle' | 'reading' | 'paused'): void {
    this.host.dataset['state'] = state;
    this.button('start').hidden = state !== 'idle';
    this.button('pause').hidden = state === 'idle';
    this.button('stop').hidden = state === 'idle';
    const pause = this.button('pause');
    pause.textContent = (state === 'paused' ? pause.dataset['resume'] : pause.dataset['pauseLabel']) ?? '';
    pause.setAttribute('aria-pressed', String(state === 'paused'));
  }

  start(): void {
    const selected = [...document.querySelectorAll<HTMLElement>(this.host.dataset['read'] ?? '')];
    // A list item holding a paragraph is read once, as the paragraph.
    this.blocks = selected.filter((el) => !selected.some((other) => other !== el && el.contains(other)));
    this.index = 0;
    speechSynthesis.cancel();
    this.show('reading');
    this.next();
  }

  private next(): void {
    this.mark(undefined);
    const block = this.blocks[this.index];
    if (!block) {
      this.show('idle');
      return;
    }
    const utterance = new SpeechSynthesisUtterance(block.innerText);
    // The voice listen-aloud.ts found for the text's language, and its exact tag (kk-KZ, ru-RU…).
    if (this.host.voice) {
      utterance.voice = this.host.voice;
      utterance.lang = this.host.voice.lang;
    }
    utterance.addEventListener('start', () => this.mark(block));
    utterance.addEventListener('end', () => {
      if (this.host.dataset['state'] === 'idle') return;
      this.index += 1;
      this.next();
    });
    speechSynthesis.speak(utterance);
  }

  private mark(block: HTMLElement | undefined): void {
    for (const el of document.querySelectorAll('[data-reading]')) el.removeAttribute('data-reading');
    if (!block) return;
    block.setAttribute('data-reading', '');
    block.scrollIntoView({ block: 'nearest' });
  }

  private pause(): void {
    if (this.host.dataset['state'] === 'paused') {
      speechSynthesis.resume();
      this.show('reading');
    } else {
      speechSynthesis.pause();
      this.show('paused');
    }
  }

  private stop(): void {
    this.show('idle');
    speechSynthesis.cancel();
    this.mark(undefined);
  }
}

const readers = new WeakMap<Host, Reader>();

/** The one reader of an element (its buttons are wired once). */
export function reader(host: Host): Reader {
  let found = readers.get(host);
  if (!found) {
    found = new Reader(host);
    readers.set(host, found);
  }
  return found;
}
