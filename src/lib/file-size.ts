/**
 * File sizes shown next to download links. The PNGs and PDFs are rendered after the pages are
 * built, so pages carry an empty `<span data-asset-size="/path">` and the render step fills it
 * in; a span whose file was not made fails the build rather than publishing a blank.
 */

/** Whole kilobytes, never 0 for a real file. */
export function kilobytes(bytes: number): number {
  return Math.max(1, Math.round(bytes / 1024));
}

const EMPTY_SIZE = /<span data-asset-size="([^"]+)"([^>]*)><\/span>/g;

/** The paths of the files a page shows the size of. */
export function assetSizePaths(html: string): string[] {
  return [...html.matchAll(EMPTY_SIZE)].map((m) => m[1]!);
}

/**
 * Writes each file's size into its span. `sizeOf` returns bytes, or undefined when the file
 * does not exist; `label` turns bytes into the page language's words («245 КБ»).
 */
export function fillAssetSizes(
  html: string,
  sizeOf: (path: string) => number | undefined,
  label: (bytes: number) => string,
): string {
  return html.replace(EMPTY_SIZE, (_, path: string, rest: string) => {
    const bytes = sizeOf(path);
    if (bytes === undefined) throw new Error(`the page links to ${path}, but the render step did not produce it`);
    return `<span data-asset-size="${path}"${rest}>${label(bytes)}</span>`;
  });
}
