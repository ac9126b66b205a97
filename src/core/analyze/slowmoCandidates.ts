/**
 * Slow-motion factors files are saved with: phones capture 60, 120, 240 fps and save for 30 fps
 * playback (×2, ×4, ×8); lab and sports cameras capture 300 fps and export at 30 or 60 (×10, ×5).
 */
export const SLOWMO_CANDIDATES = [2, 4, 5, 8, 10] as const;

/** Capture rates cameras offer, frames/s: a factor that makes the file's rate one of these is likelier. */
export const COMMON_CAPTURE_FPS = [
  24, 25, 30, 48, 50, 60, 100, 120, 200, 240, 250, 300, 480, 500, 960, 1000,
] as const;
