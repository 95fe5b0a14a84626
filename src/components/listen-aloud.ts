/**
 * Upgrades <listen-aloud>: shows "Listen" only when the phone has a speech voice (Web Speech
 * API) for the text's language (`data-lang`: kk or ru). Without JavaScript or without such a
 * voice the element stays hidden. This part is all a guide page loads; the reader itself
 * (listen-reader.ts, built to the address in `data-reader` and kept in the offline copy's app
 * shell) is fetched on the first tap, so reading a guide still needs almost no JavaScript.
 */
export class ListenAloud extends HTMLElement {
  voice: SpeechSynthesisVoice | undefined;

  connectedCallback(): void {
    const speech = window.speechSynthesis;
    if (!speech) return;
    const find = () => {
      this.voice = speech.getVoices().find((v) => v.lang.startsWith(this.dataset['lang']!));
      this.hidden = !this.voice;
    };
    find();
    // Voices often arrive after the page loads.
    speech.addEventListener('voiceschanged', find);
    this.querySelector('[data-start]')!.addEventListener('click', () => {
      void import(/* @vite-ignore */ this.dataset['reader']!).then(
        (m: { reader: (host: ListenAloud) => { start(): void } }) => m.reader(this).start(),
      );
    });
  }
}

customElements.define('listen-aloud', ListenAloud);
