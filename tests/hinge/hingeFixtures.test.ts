import { expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';
import { hingeReport, readTrack, scoreReport } from './hingeReport.ts';

// Every squat fixture of shared/fixtures/mocap, at every rate, scored by the shared score.py
// (rep count exact, each angle within its tolerance). The fixtures are never committed.
const IDS = ['opencap_squats1_side', 'opencap_squats1_rear', 'misc_DLS01_side'];
const RATES = ['clean', '60fps', '30fps'];
const files = IDS.flatMap((id) => RATES.map((r) => ['fixtures', 'mocap', `${id}.${r}.track.json`]));

describeWithShared(
  'hinge analysis on the mocap squat fixtures (score.py)',
  [['tools', 'score.py'], ...files],
  () => {
    for (const id of IDS) {
      for (const rate of RATES) {
        it(`${id} ${rate}: PASS`, () => {
          const name = `${id}.${rate}.track.json`;
          const report = hingeReport(readTrack(sharedPath('fixtures', 'mocap', name)!), name);
          const res = scoreReport(
            report,
            sharedPath('fixtures', 'mocap', `${id}.gt.json`)!,
            sharedPath('tools', 'score.py')!,
          );
          expect(res.pass, res.output).toBe(true);
          expect(report.hinge!.repCount).toBe(5);
        });
      }
    }
  },
);
