import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileUrl, wireBytes } from '../../src/integrations/service-worker';

describe('offline manifest helpers', () => {
  it('turn built files into the URLs pages are requested by', () => {
    expect(fileUrl('/site/', '/site/kk/rights/index.html')).toBe('/kk/rights/');
    expect(fileUrl('/site/', '/site/kk/rights/lifehacks/x/index.html')).toBe('/kk/rights/lifehacks/x/');
    expect(fileUrl('/site/', '/site/kk/rights/search/index.json')).toBe('/kk/rights/search/index.json');
  });

  it('count text gzipped and compressed media as they are', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wire-'));
    const text = join(dir, 'a.html');
    const index = join(dir, 'a.webp');
    writeFileSync(text, 'возврат '.repeat(500));
    writeFileSync(index, Buffer.alloc(1000, 7));
    expect(wireBytes(text)).toBeLessThan(200);
    expect(wireBytes(index)).toBe(1000);
  });
});
