import { describe, expect, it } from 'vitest';
import { overlayBackingSize } from './overlayBackingSize.ts';

describe('overlayBackingSize', () => {
  it('is the displayed size × devicePixelRatio, with the source picture’s aspect', () => {
    // The 60 fps 1080×1920 clip in a 630 px tall player (70vh of a 900 px window): 354.4 CSS px wide.
    expect(overlayBackingSize(354.375, 1, 1080, 1920)).toEqual({ widthPx: 354, heightPx: 630 });
    expect(overlayBackingSize(354.375, 2, 1080, 1920)).toEqual({ widthPx: 709, heightPx: 1260 });
    expect(overlayBackingSize(300, 1.5, 720, 1280)).toEqual({ widthPx: 450, heightPx: 800 });
  });

  it('is never larger than the source picture', () => {
    expect(overlayBackingSize(600, 2, 720, 1280)).toEqual({ widthPx: 720, heightPx: 1280 });
    expect(overlayBackingSize(1920, 1, 1280, 720)).toEqual({ widthPx: 1280, heightPx: 720 });
  });

  it('is 1×1 while the player is not laid out, and takes a missing devicePixelRatio as 1', () => {
    expect(overlayBackingSize(0, 1, 1080, 1920)).toEqual({ widthPx: 1, heightPx: 1 });
    expect(overlayBackingSize(Number.NaN, 1, 1080, 1920)).toEqual({ widthPx: 1, heightPx: 1 });
    expect(overlayBackingSize(360, 0, 720, 1280)).toEqual({ widthPx: 360, heightPx: 640 });
  });
});
