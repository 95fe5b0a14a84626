import { PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';

/**
 * Finishes a PDF Chromium printed, with pdf-lib (the maintained `@cantoo/pdf-lib` fork):
 * - **exact paper**: Chromium rounds the page up to whole CSS pixels (A4 comes out 595.92 pt
 *   wide instead of 595.28); the media box is cut back to the millimetres asked for, from the
 *   top left, where the content starts, so only a sliver of the right and bottom edge goes;
 * - **print boxes**: for a print shop's file, the TrimBox (the finished size) and the BleedBox
 *   (the trim plus the bleed) inside the media box, whose margin carries the crop marks;
 * - **structure roles**: Chromium tags <strong> and <em> as /Strong and /Em, which PDF 1.4
 *   does not define; a RoleMap maps them to the standard /Span, so checkers read the tree.
 */
export interface PaperSpec {
  widthMm: number;
  heightMm: number;
  /** For a print shop's file: the finished page inside the media box, and its bleed. */
  trim?: { insetMm: number; bleedMm: number } | undefined;
}

export const mmToPt = (mm: number): number => (mm * 72) / 25.4;

/** Structure types Chromium writes that are not among PDF 1.4's standard ones, and the standard role of each. */
const ROLES = { Strong: 'Span', Em: 'Span' } as const;

export async function finishPdf(pdf: Uint8Array, paper: PaperSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const width = mmToPt(paper.widthMm);
  const height = mmToPt(paper.heightMm);
  for (const page of doc.getPages()) {
    const printed = page.getMediaBox();
    // PDF's y axis points up: keep the top edge where Chromium put it.
    const x = printed.x;
    const y = printed.y + printed.height - height;
    page.setMediaBox(x, y, width, height);
    page.setCropBox(x, y, width, height);
    if (paper.trim) {
      const inset = mmToPt(paper.trim.insetMm);
      const bleed = mmToPt(paper.trim.bleedMm);
      page.setTrimBox(x + inset, y + inset, width - 2 * inset, height - 2 * inset);
      page.setBleedBox(x + inset - bleed, y + inset - bleed, width - 2 * (inset - bleed), height - 2 * (inset - bleed));
    } else {
      page.setTrimBox(x, y, width, height);
      page.setBleedBox(x, y, width, height);
    }
  }
  const tree = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (tree) {
    const roles = doc.context.obj(Object.fromEntries(Object.entries(ROLES).map(([k, v]) => [k, PDFName.of(v)])));
    tree.set(PDFName.of('RoleMap'), roles);
  }
  // No object streams: they need PDF 1.5, and Chromium's file says 1.4.
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}
