/**
 * The scene page's clock. It runs inside Chromium while a video is recorded: scene-page.ts
 * bundles this file with esbuild and inlines it, so the browser code is typed and checked like
 * the rest, not kept as a string. The recorder (record.ts) calls the three functions below
 * through `page.evaluate`, stepping `seek(t)` frame by frame.
 */

/** What the scene page offers the recorder on `window`. */
export interface SceneClock {
  /** Shows the title card with its animations finished: the poster frame. */
  poster(): void;
  /** Indexes of scenes whose content, fully shown, spills out of its box (a heading or text too long for the frame); -1 is the end card. */
  overflowing(): number[];
  /** Shows the scene at time t (seconds) and poses its animations; returns whether the frame changed. */
  seek(t: number): boolean;
}

const scenes = [...document.querySelectorAll<HTMLElement>('.scene')];
const card = document.querySelector<HTMLElement>('.title-card')!;
const dots = [...document.querySelectorAll<HTMLElement>('.dots i')];
// The TV master's burned-in captions (scene-page.ts openCaptions): one <p> per cue.
const cues = [...document.querySelectorAll<HTMLElement>('.open-captions p')];
let cue: HTMLElement | undefined;

/** Shows the cue on screen at time t (none between cues); true when that changed the frame. */
function showCue(t: number): boolean {
  const current = cues.find((p) => Number(p.dataset.start) <= t && t < Number(p.dataset.end));
  if (current === cue) return false;
  if (cue) cue.hidden = true;
  if (current) current.hidden = false;
  cue = current;
  return true;
}
let shown: HTMLElement | null = null;
// True while an animation of the shown scene is running: the frame after it ends still differs.
let moving = true;

function show(element: HTMLElement): boolean {
  if (shown === element) return false;
  for (const other of [...scenes, card]) other.hidden = other !== element;
  shown = element;
  return true;
}

const clock: SceneClock = {
  poster() {
    show(card);
    showCue(-1);
    document.body.classList.add('poster');
    for (const animation of card.getAnimations({ subtree: true })) animation.finish();
  },

  overflowing() {
    return scenes.flatMap((scene, index) => {
      show(scene);
      for (const animation of scene.getAnimations({ subtree: true })) {
        animation.pause();
        animation.currentTime = 1e5;
      }
      for (const animation of scene.getAnimations()) animation.currentTime = 0;
      const box = scene.getBoundingClientRect();
      const spill = [...scene.querySelectorAll('h2, p, li, .visual')].some((element) => {
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) return false; // not shown in this layout
        return (
          rect.top < box.top - 1 ||
          rect.bottom > box.bottom + 1 ||
          rect.left < box.left - 1 ||
          rect.right > box.right + 1
        );
      });
      return spill ? [scene.classList.contains('end-card') ? -1 : index] : [];
    });
  },

  seek(t) {
    document.body.classList.remove('poster');
    const element = scenes.find((scene) => t < Number(scene.dataset.end)) ?? scenes[scenes.length - 1]!;
    const cut = show(element);
    const index = scenes.indexOf(element);
    if (cut) dots.forEach((dot, i) => dot.classList.toggle('on', i <= index));
    const local = (t - Number(element.dataset.start)) * 1000;
    let active = false;
    for (const animation of element.getAnimations({ subtree: true })) {
      animation.pause();
      animation.currentTime = local;
      const timing = animation.effect!.getComputedTiming();
      if (local >= Number(timing.delay) && local <= Number(timing.endTime)) active = true;
    }
    const captioned = showCue(t);
    const changed = cut || active || moving || captioned;
    moving = active;
    return changed;
  },
};

Object.assign(window, clock);
