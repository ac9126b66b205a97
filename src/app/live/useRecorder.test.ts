import { expect, it } from 'vitest';
import { pickRecorderType } from './useRecorder.ts';

it('prefers MP4 (the WebCodecs path) and falls back to WebM', () => {
  expect(pickRecorderType((t) => t.startsWith('video/mp4'))).toBe('video/mp4;codecs=avc1');
  expect(pickRecorderType((t) => t === 'video/webm;codecs=vp8' || t === 'video/webm')).toBe(
    'video/webm;codecs=vp8',
  );
  expect(pickRecorderType(() => false)).toBeNull();
});
