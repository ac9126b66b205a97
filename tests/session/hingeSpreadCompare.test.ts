import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { analyzeTrack } from '../helpers/localized.ts';
import { isOwnKey } from '../../src/core/report/ownKey.ts';
import type { HingeRepMetricKey } from '../../src/core/report/report.ts';
import { compareReports } from '../../src/core/session/compareReports.ts';
import { trackParse } from '../../src/core/track/trackParse.ts';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';

// Issue 18: the report carries each per-rep hinge metric's spread (SD and n), the same numbers the
// compare's "is this change real?" rests on, and two analyses of one hinge clip show no real change.
const TRACK = ['fixtures', 'mocap', 'opencap_squats1_side.30fps.track.json'];
const NOT_METRICS = new Set(['startT', 'bottomT', 'endT', 'confidence']);

describeWithShared('hinge spread for compare (issue 18)', [TRACK], () => {
  it('every numeric per-rep metric has its SD and n in hinge.spread, matching the compare verdict', () => {
    const track = trackParse(JSON.parse(readFileSync(sharedPath(...TRACK)!, 'utf8')));
    const report = analyzeTrack(track);
    const hinge = report.hinge!;
    expect(hinge.reps.length).toBeGreaterThanOrEqual(3);
    const keys = new Set(
      hinge.reps.flatMap((r) =>
        Object.keys(r).filter(
          (k): k is HingeRepMetricKey => isOwnKey(r, k) && typeof r[k] === 'number' && !NOT_METRICS.has(k),
        ),
      ),
    );
    expect(keys.size).toBeGreaterThan(15);
    const rows = compareReports(report, analyzeTrack(track));
    for (const k of keys) {
      const values = hinge.reps
        .map((r) => r[k])
        .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
      const sp = hinge.spread?.[k];
      expect(sp, k).toBeDefined();
      expect(sp!.n, k).toBe(values.length);
      const row = rows.find((r) => r.metric === k && r.side === null)!;
      if (values.length >= 3) {
        expect(row.change, k).not.toBeNull();
        expect(row.change!.real, k).toBe(false);
        expect(row.change!.nA, k).toBe(sp!.n);
        expect(Math.abs(row.change!.sdA - sp!.sd!), k).toBeLessThanOrEqual(5e-4);
      }
    }
  });
});
