/** Slow-motion factors phones save with: 60, 120, 240 fps captures played back at 30 fps. */
export const SLOWMO_CANDIDATES = [2, 4, 8] as const;
