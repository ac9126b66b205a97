import type { Report } from '../report/report.ts';
import type { Track } from '../track/track.ts';
import { frameAngles } from './frameAngles.ts';
import { motText } from './mot.ts';
import { trackScaleMPerPx } from './trackScale.ts';
import { trcText } from './trc.ts';

/**
 * The two OpenSim files of one analysed clip, as the app's export bar and `hipcheck analyze --trc
 * --mot` write them: the keypoints (.trc; metres when the track carries the subject's height,
 * else pixels) and the per-frame angles (.mot) on the analysis' grid, facing the report's direction.
 */
export function openSimFiles(
  track: Track,
  report: Pick<Report, 'activity' | 'detected'> | null,
  stem: string,
): { trc: string; mot: string; units: 'm' | 'px' } {
  const metresPerPx = trackScaleMPerPx(track);
  const d = report?.detected?.d;
  const activity = report?.activity === 'run' || report?.activity === 'hinge' ? report.activity : undefined;
  const angles = frameAngles(track, { ...(activity ? { activity } : {}), ...(d ? { d } : {}) });
  return {
    trc: trcText(track, { fileName: `${stem}.trc`, metresPerPx }),
    mot: motText(stem, angles.t, angles.columns),
    units: metresPerPx ? 'm' : 'px',
  };
}
