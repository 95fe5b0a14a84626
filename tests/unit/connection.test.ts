import { describe, expect, it } from 'vitest';
import { shouldSaveWithoutAsking } from '../../src/lib/connection';

describe('saving a language for offline without asking', () => {
  it('goes ahead where the browser says nothing, or the link is good', () => {
    expect(shouldSaveWithoutAsking(undefined)).toBe(true);
    expect(shouldSaveWithoutAsking({ effectiveType: '4g', rtt: 100, downlink: 10 })).toBe(true);
    expect(shouldSaveWithoutAsking({ effectiveType: '3g', rtt: 300, downlink: 1.5 })).toBe(true);
  });
  it('waits for a tap under Save-Data, on 2G, and on a Slow 3G-like link', () => {
    expect(shouldSaveWithoutAsking({ saveData: true, effectiveType: '4g' })).toBe(false);
    expect(shouldSaveWithoutAsking({ effectiveType: '2g' })).toBe(false);
    expect(shouldSaveWithoutAsking({ effectiveType: 'slow-2g' })).toBe(false);
    expect(shouldSaveWithoutAsking({ effectiveType: '3g', rtt: 2000, downlink: 0.4 })).toBe(false);
    expect(shouldSaveWithoutAsking({ effectiveType: '3g', rtt: 400, downlink: 0.4 })).toBe(false);
  });
});
