import { describe, expect, it } from 'vitest';
import { PAGE_BOXES, renderJobs } from '../../src/lib/render-jobs';
import { assetSizePaths, fillAssetSizes, kilobytes } from '../../src/lib/file-size';
import { inlineIconSvg } from '../../src/lib/icon-svg';
import { countPdfPages } from '../../src/lib/pdf-pages';
import {
  FLYER_FORMATS,
  flyerFilePath,
  infographicImagePath,
  infographicPdfPath,
  renderPagePath,
} from '../../src/lib/routes';

describe('print file URLs', () => {
  it('put each file next to its page, named with slug and language', () => {
    expect(infographicImagePath('kk', 'seller-duties')).toBe(
      '/kk/rights/infographics/seller-duties/seller-duties-kk.png',
    );
    expect(infographicPdfPath('ru', 'seller-duties')).toBe(
      '/ru/rights/infographics/seller-duties/seller-duties-ru.pdf',
    );
    expect(FLYER_FORMATS.map((f) => flyerFilePath('kk', 'consumer-rights', f))).toEqual([
      '/kk/rights/flyers/consumer-rights-kk.pdf',
      '/kk/rights/flyers/consumer-rights-kk-a5-bleed.pdf',
      '/kk/rights/flyers/consumer-rights-kk-a4-home.pdf',
    ]);
    expect(renderPagePath('flyers', 'ru', 'free-legal-help')).toBe('/render/flyers/ru/free-legal-help/');
  });
});

describe('render jobs', () => {
  it('make a PNG and an A4 PDF of each infographic, then its carousel slides', () => {
    expect(renderJobs('infographics', 'ru', 'x', 2)).toEqual([
      { page: '/render/infographics/ru/x/', output: '/ru/rights/infographics/x/x-ru.png', format: 'png' },
      { page: '/render/infographics/ru/x/', output: '/ru/rights/infographics/x/x-ru.pdf', format: 'a4' },
      {
        page: '/render/infographics/ru/x/',
        output: '/ru/rights/infographics/x/x-ru-slide-01.png',
        format: 'slide',
        slide: 1,
      },
      {
        page: '/render/infographics/ru/x/',
        output: '/ru/rights/infographics/x/x-ru-slide-02.png',
        format: 'slide',
        slide: 2,
      },
    ]);
  });
  it('make the flyer formats with the A4 home print last (it rearranges the page)', () => {
    expect(renderJobs('flyers', 'kk', 'y').map((j) => j.format)).toEqual(['a5', 'a5-bleed', 'a4-home']);
  });
  it('use Instagram portrait for the picture and paper sizes in millimetres for the PDFs', () => {
    expect(PAGE_BOXES.png).toMatchObject({ widthPx: 1080, heightPx: 1350, pages: 1 });
    expect(PAGE_BOXES.a4).toMatchObject({ width: '210mm', height: '297mm', widthPx: 794, heightPx: 1123, pages: 1 });
    expect(PAGE_BOXES.a5).toMatchObject({ width: '148mm', height: '210mm', pages: 2 });
    // A5 + 3 mm of bleed + 7 mm for the crop marks on every side; the trim is 10 mm in.
    expect(PAGE_BOXES['a5-bleed']).toMatchObject({
      width: '168mm',
      height: '230mm',
      pages: 2,
      paper: { widthMm: 168, heightMm: 230, trim: { insetMm: 10, bleedMm: 3 } },
    });
    expect(PAGE_BOXES['a4-home']).toMatchObject({ width: '297mm', height: '210mm', pages: 2 });
  });
});

describe('file sizes on pages', () => {
  it('rounds to whole kilobytes, never 0', () => {
    expect(kilobytes(10)).toBe(1);
    expect(kilobytes(1536)).toBe(2);
    expect(kilobytes(250_000)).toBe(244);
  });
  const html =
    '<a href="/a.pdf">A</a> <span data-asset-size="/a.pdf"></span> <span data-asset-size="/b.png" class="x"></span>';
  it('finds the files a page shows the size of', () => {
    expect(assetSizePaths(html)).toEqual(['/a.pdf', '/b.png']);
  });
  it('writes each size into its span', () => {
    const sizes: Record<string, number> = { '/a.pdf': 2048, '/b.png': 512 };
    expect(
      fillAssetSizes(
        html,
        (p) => sizes[p],
        (b) => `${kilobytes(b)} КБ`,
      ),
    ).toBe(
      '<a href="/a.pdf">A</a> <span data-asset-size="/a.pdf">2 КБ</span> <span data-asset-size="/b.png" class="x">1 КБ</span>',
    );
  });
  it('fails, naming the file, rather than publish a blank size', () => {
    expect(() => fillAssetSizes(html, () => undefined, String)).toThrow(
      'the page links to /a.pdf, but the render step did not produce it',
    );
  });
});

describe('inline icons', () => {
  const lucide = `<!-- @license lucide-static v1.62.0 - ISC -->
<svg
  class="lucide lucide-banknote"
  xmlns="http://www.w3.org/2000/svg"
  width="24"
  height="24"
  viewBox="0 0 24 24"
>
  <rect width="20" height="12" x="2" y="6" rx="2" />
</svg>`;
  it('drops the comment and the root size and class, hides the icon from screen readers', () => {
    const svg = inlineIconSvg(lucide);
    expect(svg).not.toContain('license');
    expect(svg).toMatch(
      /^<svg class="icon" aria-hidden="true" focusable="false" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 24 24" >/,
    );
    expect(svg).not.toContain('lucide-banknote');
  });
  it('keeps the sizes of the shapes inside', () => {
    expect(inlineIconSvg(lucide)).toContain('<rect width="20" height="12" x="2" y="6" rx="2" />');
  });
});

describe('PDF page count', () => {
  it('counts page objects, not the page tree', () => {
    const pdf = new TextEncoder().encode(
      '<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page /Parent 1 0 R >>',
    );
    expect(countPdfPages(pdf)).toBe(2);
  });
});
