/**
 * Upgrades <share-buttons>: shows the "Share…" button when the browser has the Web Share API.
 * It shares the file named in `data-file` when the phone can share files, otherwise the link.
 * The carousel button (`[data-share-files]`, paths in `data-files`) appears only where the
 * phone can share image files, and hands over every slide at once, in order, as Instagram and
 * WhatsApp take them. The data arrives through data-* attributes; no request is made until the
 * reader taps.
 */
export class ShareButtons extends HTMLElement {
  connectedCallback(): void {
    if (typeof navigator.share !== 'function') return;
    const button = this.querySelector<HTMLButtonElement>('[data-share]');
    if (button) {
      button.hidden = false;
      button.addEventListener('click', () => void this.share());
    }
    const carousel = this.querySelector<HTMLButtonElement>('[data-share-files]');
    const probe = [new File([''], 'slide.png', { type: 'image/png' })];
    if (carousel && this.dataset['files'] && navigator.canShare?.({ files: probe })) {
      carousel.hidden = false;
      carousel.addEventListener('click', () => void this.shareCarousel(carousel));
    }
  }

  private async share(): Promise<void> {
    const { title = '', url = '', file } = this.dataset;
    await this.run(async () => {
      const files = file ? await this.filesToShare([file]) : [];
      if (files.length > 0 && navigator.canShare?.({ files })) {
        await navigator.share({ files, title, text: url });
      } else {
        await navigator.share({ title, url });
      }
    });
  }

  private async shareCarousel(button: HTMLButtonElement): Promise<void> {
    const { title = '', url = '', files = '' } = this.dataset;
    button.disabled = true;
    await this.run(async () => {
      const slides = await this.filesToShare(files.split(' '));
      if (slides.length > 0 && navigator.canShare?.({ files: slides })) {
        await navigator.share({ files: slides, title, text: url });
      } else {
        await navigator.share({ title, url });
      }
    });
    button.disabled = false;
  }

  private async run(share: () => Promise<void>): Promise<void> {
    try {
      await share();
    } catch (error) {
      // The reader closed the share sheet: nothing to do.
      if ((error as Error).name !== 'AbortError') console.warn('share failed', error);
    }
  }

  /** Fetches the files (from the offline cache when saved); any that fail are left out. */
  private async filesToShare(paths: string[]): Promise<File[]> {
    if (typeof navigator.canShare !== 'function') return [];
    const files = await Promise.all(
      paths.map(async (path) => {
        const response = await fetch(path).catch(() => undefined);
        if (!response?.ok) return undefined;
        const blob = await response.blob();
        return new File([blob], path.slice(path.lastIndexOf('/') + 1), { type: blob.type });
      }),
    );
    return files.filter((f): f is File => f !== undefined);
  }
}

customElements.define('share-buttons', ShareButtons);
