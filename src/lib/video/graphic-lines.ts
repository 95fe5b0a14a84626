/**
 * What a video scene shows of an infographic, and what its transcript lists: the titles of
 * steps or stages, checklist items, and three "do" beside three "don't". Shared by the video
 * tool and the page, so the transcript says exactly what the frame shows.
 */
import type { IconId } from '../../data/icons';

/**
 * The parts of an infographic's graphic a scene shows. Declared here, not imported from the
 * schema (pure helpers do not depend on schemas); src/schemas/infographic.ts checks at compile
 * time that its `Graphic` fits this shape.
 */
type Titled = { title: string; icon?: IconId | undefined };
export type GraphicShape =
  | { kind: 'steps'; steps: readonly Titled[] }
  | { kind: 'ladder'; stages: readonly Titled[] }
  | { kind: 'checklist'; items: ReadonlyArray<string | { text: string; icon?: IconId | undefined }> }
  | { kind: 'do-dont'; do: readonly string[]; dont: readonly string[] };

/** A line of an infographic as a scene shows it. */
export interface GraphicLine {
  text: string;
  icon?: IconId | undefined;
  /** do-dont graphics mark each line as one or the other. */
  mark?: 'do' | 'dont' | undefined;
}

/** At most this many lines fit a frame (three rows of two in landscape) and stay readable on a phone. */
const MAX_LINES = 6;

export function graphicLines(graphic: GraphicShape): GraphicLine[] {
  return allLines(graphic).slice(0, MAX_LINES);
}

function allLines(graphic: GraphicShape): GraphicLine[] {
  switch (graphic.kind) {
    case 'steps':
      return graphic.steps.map((step) => ({ text: step.title, icon: step.icon }));
    case 'ladder':
      return graphic.stages.map((stage) => ({ text: stage.title, icon: stage.icon }));
    case 'checklist':
      return graphic.items.map((item) =>
        typeof item === 'string' ? { text: item } : { text: item.text, icon: item.icon },
      );
    case 'do-dont': {
      // Three of each, interleaved so the two-column layout puts "do" left and "don't" right.
      const dos = graphic.do.slice(0, 3).map((text) => ({ text, mark: 'do' as const }));
      const donts = graphic.dont.slice(0, 3).map((text) => ({ text, mark: 'dont' as const }));
      return dos.flatMap((line, i) => (donts[i] ? [line, donts[i]] : [line]));
    }
  }
}
