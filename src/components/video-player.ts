/**
 * The video page's two custom elements (markup in VideoPlayer.astro): the facade that loads an
 * external provider only when the reader taps, and the big play button of a self-hosted video.
 */
/** Replaces the link with the provider's iframe only when the reader taps it. */
export class VideoFacade extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a');
    const embed = this.dataset.embed;
    if (!link || !embed) return;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const frame = document.createElement('iframe');
      frame.src = embed;
      frame.title = this.dataset.title ?? '';
      frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
      frame.setAttribute('allowfullscreen', '');
      frame.width = '1280';
      frame.height = '720';
      this.replaceChildren(frame);
      frame.focus();
    });
  }
}

customElements.define('video-facade', VideoFacade);

/** One tap on the big button starts the self-hosted video; the native controls take over after. */
export class VideoPlayer extends HTMLElement {
  connectedCallback() {
    const video = this.querySelector('video');
    const button = this.querySelector('button');
    if (!video || !button) return;
    video.controls = false;
    button.hidden = false;
    button.addEventListener('click', () => {
      button.remove();
      video.controls = true;
      video.focus();
      void video.play();
    });
  }
}

customElements.define('video-player', VideoPlayer);
