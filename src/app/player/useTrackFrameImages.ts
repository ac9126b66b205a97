import { useEffect, useState } from 'react';
import type { Track } from '../../core/track/track.ts';
import { captureTrackFrames } from './captureTrackFrames.ts';

/**
 * A muted off-screen copy of the video at `url` (the player on the page is not moved) and whether
 * its first frame loaded (false when this browser cannot play it).
 */
export function openOffscreenVideo(url: string): { video: HTMLVideoElement; ready: Promise<boolean> } {
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  const ready = new Promise<boolean>((resolve) => {
    video.addEventListener('loadeddata', () => resolve(true), { once: true });
    video.addEventListener('error', () => resolve(false), { once: true });
  });
  video.src = url;
  return { video, ready };
}

/** Lets the browser drop an off-screen video's decoder and buffers. */
export function releaseVideo(video: HTMLVideoElement): void {
  video.removeAttribute('src');
  video.load();
}

/**
 * The picture (with skeleton) at each of `timesS`, by index, grabbed with the one frame grabber from
 * an off-screen copy of the video (a dark frame behind the skeleton when there is no video or it
 * cannot be played); undefined until grabbed. Used by the review's first screen and the trainer's
 * client report.
 */
export function useTrackFrameImages(
  videoUrl: string | null,
  track: Track,
  timesS: readonly number[],
  maxHeightPx = 480,
): (string | undefined)[] {
  const key = timesS.join(',');
  const [grabbed, setGrabbed] = useState<{ key: string; images: (string | undefined)[] }>({
    key: '',
    images: [],
  });
  useEffect(() => {
    const times = key ? key.split(',').map(Number) : [];
    if (!times.length) return;
    let live = true;
    const open = videoUrl ? openOffscreenVideo(videoUrl) : null;
    void (async () => {
      const video = open && (await open.ready) ? open.video : null;
      const frames = await captureTrackFrames(video, track, times, undefined, maxHeightPx);
      if (open) releaseVideo(open.video);
      if (!live) return;
      const images: (string | undefined)[] = [];
      for (const f of frames) images[f.timeIndex] = f.dataUrl;
      setGrabbed({ key, images });
    })();
    return () => {
      live = false;
      if (open) releaseVideo(open.video);
    };
  }, [track, videoUrl, key, maxHeightPx]);
  return grabbed.key === key ? grabbed.images : [];
}
