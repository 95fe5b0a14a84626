import { expect, it } from 'vitest';
import { playableVideos } from '../../src/lib/playable-videos';

const groups = [
  [
    { src: '/videos/a/kk.webm', type: 'video/webm' },
    { src: '/videos/a/kk.mp4', type: 'video/mp4' },
  ],
];

it('keeps the WebM where the browser plays it, as <video> would pick it', () => {
  expect(playableVideos(groups, () => true)).toEqual(['/videos/a/kk.webm']);
});
it('keeps the MP4 on a phone without WebM (an older iPhone)', () => {
  expect(playableVideos(groups, (type) => type === 'video/mp4')).toEqual(['/videos/a/kk.mp4']);
});
it('keeps the first file when the browser claims to play neither, and nothing for no files', () => {
  expect(playableVideos(groups, () => false)).toEqual(['/videos/a/kk.webm']);
  expect(playableVideos([[]], () => true)).toEqual([]);
});
