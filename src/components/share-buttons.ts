/**
 * Upgrades <share-buttons>: shows the "Share…" button when the browser has the Web Share API.
 * It shares the file named in `data-file` when the phone can share files, otherwise the link.
 * The data arrives through data-* attributes; no request is made until the reader taps.
 */
export class ShareButtons extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-share]');
    if (!button || typeof navigator.share !== 'function') return;
    button.hidden = false;
    button.addEventListener('click', () => void this.share());
  }

  private async share(): Promise<void> {
    const { title = '', url = '', file } = this.dataset;
    try {
      const files = file ? await this.fileToShare(file) : [];
      if (files.length > 0 && navigator.canShare?.({ files })) {
        await navigator.share({ files, title, text: url });
      } else {
        await navigator.share({ title, url });
      }
    } catch (error) {
      // The reader closed the share sheet: nothing to do.
      if ((error as Error).name !== 'AbortError') console.warn('share failed', error);
    }
  }

  private async fileToShare(path: string): Promise<File[]> {
    if (typeof navigator.canShare !== 'function') return [];
    const response = await fetch(path);
    if (!response.ok) return [];
    const blob = await response.blob();
    return [new File([blob], path.slice(path.lastIndexOf('/') + 1), { type: blob.type })];
  }
}

customElements.define('share-buttons', ShareButtons);
