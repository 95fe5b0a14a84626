/**
 * What a video scene shows of an infographic, and what its transcript lists: the titles of
 * steps or stages, checklist items, and three "do" beside three "don't". Shared by the video
 * tool and the page, so the transcript says exactly what the frame shows.
 */
import type { IconId } from '../../data/icons';
import type { Graphic } from '../../schemas/infographic';

/** A line of an infographic as a scene shows it. */
export interface GraphicLine {
  text: string;
  icon?: IconId | undefined;
  /** do-dont graphics mark each line as one or the other. */
  mark?: 'do' | 'dont' | undefined;
}

/** At most this many lines fit a frame (three rows of two in landscape) and stay readable on a phone. */
const MAX_LINES = 6;

export function graphicLines(graphic: Graphic): GraphicLine[] {
  return allLines(graphic).slice(0, MAX_LINES);
}

function allLines(graphic: Graphic): GraphicLine[] {
  switch (graphic.kind) {
    case 'steps':
      return graphic.steps.map((step) => ({ text: step.title, icon: step.icon }));
    case 'ladder':
      return graphic.stages.map((stage) => ({ text: stage.title, icon: stage.icon }));
    case 'checklist':
      return graphic.items.map((item) => (typeof item === 'string' ? { text: item } : { text: item.text, icon: item.icon }));
    case 'do-dont': {
      // Three of each, interleaved so the two-column layout puts "do" left and "don't" right.
      const dos = graphic.do.slice(0, 3).map((text) => ({ text, mark: 'do' as const }));
      const donts = graphic.dont.slice(0, 3).map((text) => ({ text, mark: 'dont' as const }));
      return dos.flatMap((line, i) => (donts[i] ? [line, donts[i]] : [line]));
    }
  }
}
