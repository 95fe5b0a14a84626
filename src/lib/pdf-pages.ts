/**
 * Counts the page objects in a PDF as Chromium writes it (page dictionaries uncompressed), to
 * catch text that spilled onto an extra page. Not a general PDF parser: the tests check the
 * files with poppler's pdfinfo.
 */
export function countPdfPages(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0
  );
}
