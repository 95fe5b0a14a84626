/**
 * What each committed video was made from: src/data/video-renders.json, written by
 * `npm run video`, read by the test that fails when a video is older than its script.
 * Keyed by "<lang>/<slug>".
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SceneTiming } from '../lib/video/voice-fit';

export const MANIFEST_FILE = 'src/data/video-renders.json';

export interface RenderedFile {
  bytes: number;
  sha256: string;
  seconds?: number;
  width?: number;
  height?: number;
  codec?: string;
  /** Frames a second as ffprobe reports the stream's average (25 for the TV master). */
  fps?: number;
  /** The sound's codec, when the file has sound. */
  audio?: string;
  /** Integrated loudness of the sound (LUFS, ffmpeg ebur128), when it has a voice. */
  lufs?: number;
}

export interface RenderRecord {
  /** scriptHash() of the scenes and templates the files were made from. */
  scriptHash: string;
  renderedAt: string;
  /** Wall-clock seconds the tool took for this video in this language. */
  renderSeconds: number;
  /** Public path → facts about the file. */
  files: Record<string, RenderedFile>;
  /** Per scene, the length and speech the video was fitted to (only when it has a recorded voice). */
  timing?: SceneTiming[];
}

export type Manifest = Record<string, RenderRecord>;

export const manifestKey = (locale: string, slug: string): string => `${locale}/${slug}`;

export function readManifest(file = MANIFEST_FILE): Manifest {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : {};
}

export function writeManifest(manifest: Manifest, file = MANIFEST_FILE): void {
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
}

export const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Why a committed video no longer matches its script, or undefined when it does: no record,
 * a different script hash (scenes, infographic lines or the scene template changed), or a
 * file missing or changed since it was made.
 */
export function staleReason(
  script: { hash: string },
  record: RenderRecord | undefined,
  fileHash: (publicPath: string) => string | undefined,
  expected: readonly string[] = [],
): string | undefined {
  if (!record) return 'it was never made';
  if (record.scriptHash !== script.hash)
    return 'its scenes (or an infographic, a recording or the scene template they use) changed after the video was made';
  const never = expected.find((path) => !(path in record.files));
  if (never) return `public${never} was never made`;
  for (const [path, file] of Object.entries(record.files)) {
    const actual = fileHash(path);
    if (actual === undefined) return `public${path} is missing`;
    if (actual !== file.sha256) return `public${path} was changed by hand after the video was made`;
  }
  return undefined;
}

/** sha256 of a file under public/ (or another folder the site is served from), or undefined when there is none. */
export function publicFileHash(path: string, publicDir = 'public'): string | undefined {
  const file = join(publicDir, path);
  return existsSync(file) ? sha256(file) : undefined;
}
