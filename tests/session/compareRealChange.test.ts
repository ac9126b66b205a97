import { beforeAll, expect, it } from 'vitest';
import { analyzeTrack } from '../../src/core/analyze/analyzeTrack.ts';
import type { Report } from '../../src/core/report/report.ts';
import { applyCorrections } from '../../src/core/session/applyCorrections.ts';
import { compareReports } from '../../src/core/session/compareReports.ts';
import type { KeypointCorrection } from '../../src/core/session/correction.ts';
import type { Track } from '../../src/core/track/track.ts';
import { poseTrackForMedia } from '../helpers/mediaTrack.ts';
import { describeWithShared } from '../helpers/shared.ts';

const CLIP = 'media/running/male_side.mp4';
const ANKLES = [15, 16];

describeWithShared('compare says whether a change is real (issue 18)', [CLIP.split('/')], () => {
  let track: Track;
  let report: Report;
  beforeAll(async () => {
    track = (await poseTrackForMedia(CLIP))!;
    report = analyzeTrack(track);
  }, 600_000);

  it('two analyses of the same clip: no real change on any row', () => {
    const rows = compareReports(report, analyzeTrack(track));
    expect(rows.filter((r) => r.change).length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.change?.real)).toEqual([]);
  });

  it('both ankles moved 20 px forward on every frame: foot-ahead is a real change, trunk lean is not', () => {
    const corrections: KeypointCorrection[] = track.frames.flatMap((f, i) =>
      f.kp.length === 17 ? ANKLES.map((k) => ({ id: `${k}-${i}`, keypoint: k, fromFrame: i, toFrame: i, xPx: f.kp[k]![0] + 20, yPx: f.kp[k]![1] })) : [],
    );
    const moved = analyzeTrack(applyCorrections(track, corrections));
    const rows = compareReports(report, moved);
    const row = (m: string, side: 'left' | 'right') => rows.find((r) => r.metric === m && r.side === side)!;
    for (const side of ['left', 'right'] as const) {
      expect(row('footAheadOfHipRatio', side).change?.real, side).toBe(true);
      expect(row('trunkLeanDeg', side).change?.real, side).toBe(false);
    }
  });
});
