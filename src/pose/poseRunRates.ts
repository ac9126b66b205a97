/**
 * The throughput of one pose run, as every pose path reports it (the single worker and the pool):
 * frames per second of wall time and clip seconds per wall second. `clipS` is the clip's duration
 * (the container's, or the last frame's time when that is later).
 */
export function poseRunRates(
  frames: number,
  wallMs: number,
  clipS: number,
): { frames: number; wallMs: number; fps: number; realTimeRatio: number } {
  return { frames, wallMs, fps: frames / (wallMs / 1000), realTimeRatio: clipS / (wallMs / 1000) };
}
