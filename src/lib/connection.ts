/**
 * Whether to download a whole language for offline use without asking. The Network
 * Information API (Chrome on Android, where most readers are) says when the reader asked to
 * save data or the link is slow; there the download waits for a tap on "Save for offline"
 * instead of competing with the page the person opened. Browsers without the API (Safari,
 * Firefox) download on an idle page, as before.
 */
export interface ConnectionInfo {
  saveData?: boolean;
  /** 'slow-2g' | '2g' | '3g' | '4g' */
  effectiveType?: string;
  /** Round-trip time estimate, ms. */
  rtt?: number;
  /** Bandwidth estimate, Mbit/s. */
  downlink?: number;
}

/** Chrome's "Slow 3G" measures as about 2 000 ms and 0.4 Mbit/s: slower than this waits for a tap. */
const SLOW_RTT_MS = 1_000;
const SLOW_DOWNLINK_MBPS = 0.7;

export function shouldSaveWithoutAsking(connection: ConnectionInfo | undefined): boolean {
  // Written short: this runs inlined in every page. A missing estimate counts as fast.
  const { saveData, effectiveType = '', rtt = 0, downlink = 9 } = connection ?? {};
  return (
    !saveData && !effectiveType.endsWith('2g') && rtt < SLOW_RTT_MS && !(downlink > 0 && downlink < SLOW_DOWNLINK_MBPS)
  );
}
