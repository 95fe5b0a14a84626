/**
 * Which files `npm run video` makes for a video: all of src/lib/routes.ts VIDEO_FILE_KINDS,
 * except the short cut when no scene is marked key (there is nothing to cut it from). Pure:
 * the tool, the staleness check and the tests ask the same question.
 */
import { VIDEO_FILE_KINDS, type VideoFileKind } from '../routes';

export function videoKinds(scenes: ReadonlyArray<{ key?: boolean | undefined }>): VideoFileKind[] {
  const cut = scenes.some((scene) => scene.key === true);
  return VIDEO_FILE_KINDS.filter((kind) => kind !== 'short' || cut);
}
