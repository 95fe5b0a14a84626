/** One file of a video as its <source> lists it. */
export interface VideoChoice {
  src: string;
  type: string;
}

/**
 * Of each video's files (WebM, then MP4, as its <source> elements list them), the one this
 * browser plays, picked the way <video> picks: the first whose type it can play. "Save for
 * offline" keeps that one copy, not both. Pure and import-free (it is bundled into the page):
 * the types come from the server through data-videos, `canPlay` is the browser's canPlayType.
 */
export function playableVideos(groups: readonly VideoChoice[][], canPlay: (type: string) => boolean): string[] {
  return groups.flatMap((group) => {
    const chosen = group.find((file) => canPlay(file.type)) ?? group[0];
    return chosen ? [chosen.src] : [];
  });
}
