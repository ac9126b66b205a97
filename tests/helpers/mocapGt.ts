import { readFileSync } from 'node:fs';
import type { RunSection, RunStep } from '../../src/core/report/report.ts';
import { sideKeypoint, type Side } from '../../src/core/track/keypoints.ts';
import { sharedPath } from './shared.ts';

/** The visible running mocap fixtures (fixtures/mocap/MANIFEST.md), with their treadmill / runway speed. */
export const GT_RUN_IDS = [
  ...['200', '300', '400', '500'].map((sp) => ({
    trial: `hamner_subject04_run${sp}`,
    subject: 'hamner_s04',
    speedMps: Number(sp) / 100,
  })),
  ...['0700', '0900'].map((sp) => ({
    trial: `dorn_run${sp}cms`,
    subject: 'dorn_ja1',
    speedMps: sp === '0700' ? 7.0 : 9.4,
  })),
] as const;

export interface GtRun {
  id: string;
  trial: string;
  subject: string;
  view: 'side' | 'rear';
  speedMps: number;
  run: RunSection;
}

interface GtFile {
  d: 1 | -1;
  legLengthPx: Record<Side, number>;
  run: { cadenceSpm: number; steps: (RunStep & { optional?: boolean })[] };
}

interface CleanTrack {
  frames: { t: number; kp: [number, number, number][] }[];
}

/** Linear interpolation of keypoint `k` (x) of a clean track at time t. */
function xAt(tr: CleanTrack, k: number, t: number): number {
  const f = tr.frames;
  let i = f.findIndex((fr) => fr.t >= t);
  if (i <= 0) i = Math.max(1, i < 0 ? f.length - 1 : 1);
  const a = f[i - 1]!;
  const b = f[i]!;
  const w = b.t === a.t ? 0 : Math.min(1, Math.max(0, (t - a.t) / (b.t - a.t)));
  return a.kp[k]![0] + w * (b.kp[k]![0] - a.kp[k]![0]);
}

/**
 * The ground-truth running section of one fixture (its gt.json steps, exactly), plus
 * `trailingLegRatio` (our own metric, not in the GT) measured the same way on the clean
 * native-rate track at the GT toe-off: `d·(x_hipMid − x_ankle)/L`. Null when the fixture is absent.
 */
export function gtRun(trial: string, view: 'side' | 'rear'): GtRun | null {
  const meta = GT_RUN_IDS.find((g) => g.trial === trial);
  const id = `${trial}_${view}`;
  const gp = sharedPath('fixtures', 'mocap', `${id}.gt.json`);
  const cp = sharedPath('fixtures', 'mocap', `${id}.clean.track.json`);
  if (!meta || !gp || !cp) return null;
  const gt = JSON.parse(readFileSync(gp, 'utf8')) as GtFile;
  const clean = JSON.parse(readFileSync(cp, 'utf8')) as CleanTrack;
  const steps: RunStep[] = gt.run.steps.map((s) => {
    const { optional: _optional, ...out }: RunStep & { optional?: boolean } = s;
    if (view === 'side' && typeof s.toeOffT === 'number') {
      const hip =
        (xAt(clean, sideKeypoint('left', 'hip'), s.toeOffT) +
          xAt(clean, sideKeypoint('right', 'hip'), s.toeOffT)) /
        2;
      out.trailingLegRatio =
        Math.round(
          ((gt.d * (hip - xAt(clean, sideKeypoint(s.side, 'ankle'), s.toeOffT))) / gt.legLengthPx[s.side]) *
            1e4,
        ) / 1e4;
    }
    return out;
  });
  return {
    id,
    trial,
    subject: meta.subject,
    view,
    speedMps: meta.speedMps,
    run: { cadenceSpm: gt.run.cadenceSpm, steps, summary: { left: {}, right: {} } },
  };
}

/** Every visible running fixture's GT section, both views. */
export function gtRuns(): GtRun[] {
  return GT_RUN_IDS.flatMap((g) => (['side', 'rear'] as const).map((v) => gtRun(g.trial, v))).filter(
    (x): x is GtRun => x !== null,
  );
}
