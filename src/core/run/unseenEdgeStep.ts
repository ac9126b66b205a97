import type { RunStep } from '../report/report.ts';

/**
 * Whether a side-view step is a contact at a clip edge whose leg was not seen at the contact
 * instant: the clip's first or last contact, with its hip, knee or ankle sample at the contact
 * missing. Conditioning fills short gaps only between two seen samples, so a gap at a clip edge
 * stays empty and the step would carry blanks where its contact numbers belong. Such a contact
 * still counts for the cadence (it was found), but it is not reported as a measured step.
 * (Fresh noise draws of the visible side fixtures, seeds 1–16 at 30 and 60 fps: 1 of 192, a Dorn
 * 7 m/s draw at 30 fps whose last contact, 0.07 s before the last frame, lost its knee angle: a
 * coverage failure of score.py.)
 */
export function unseenEdgeStep(st: RunStep, i: number, n: number): boolean {
  return (i === 0 || i === n - 1) && st.kneeFlexionAtContactDeg === null;
}
