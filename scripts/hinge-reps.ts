/**
 * Rep counts found vs labelled on every labelled real hinge clip in ../shared/media/hinge
 * (LABELS.json; deadlift_good/deadlift_bad are labelled one rep in ../MANIFEST.md, rdl.mp4 0 complete
 * reps from its frames: see tests/hinge/repClips.ts).
 *   node bin/run-ts.mjs scripts/hinge-reps.ts          found vs labelled per clip
 *   node bin/run-ts.mjs scripts/hinge-reps.ts --loo    FLOOR_LOCKOUT_FRAC chosen leave-one-clip-out,
 *                                                      and each floor start's depth against its set's
 *   node bin/run-ts.mjs scripts/hinge-reps.ts --cuts   scene cuts found and the largest frame-to-frame move
 */
import { analyzeHinge } from '../src/core/hinge/analyzeHinge.ts';
import { sceneCuts } from '../src/core/hinge/sceneCuts.ts';
import { FLOOR_LOCKOUT_FRAC, FLOOR_START_MIN_DEPTH_SHARE } from '../src/core/hinge/segmentReps.ts';
import type { Track } from '../src/core/track/track.ts';
import { REP_CLIPS, labelledCounts, trackForClip } from '../tests/hinge/repClips.ts';

const labels = labelledCounts();
if (!labels) {
  console.log('shared/media/hinge/LABELS.json not found: nothing to do');
  process.exit(0);
}
const tracks = new Map<string, Track>();
for (const c of REP_CLIPS) {
  const t = await trackForClip(c);
  if (t) tracks.set(c.id, t);
}
const arg = process.argv[2];

/** The largest frame-to-frame median keypoint displacement (score ≥ 0.3), in torso lengths. */
function maxMedianMove(t: Track): number {
  let best = 0;
  for (let i = 1; i < t.frames.length; i++) {
    const a = t.frames[i - 1]!.kp;
    const b = t.frames[i]!.kp;
    if (a.length !== 17 || b.length !== 17) continue;
    const torso = Math.min(
      ...[a, b].map((k) =>
        Math.hypot(
          (k[5]![0] + k[6]![0] - k[11]![0] - k[12]![0]) / 2,
          (k[5]![1] + k[6]![1] - k[11]![1] - k[12]![1]) / 2,
        ),
      ),
    );
    const d = a
      .flatMap((p, j) =>
        p[2] >= 0.3 && b[j]![2] >= 0.3 ? [Math.hypot(p[0] - b[j]![0], p[1] - b[j]![1])] : [],
      )
      .sort((x, y) => x - y);
    if (d.length >= 6 && torso > 0) best = Math.max(best, d[Math.floor(d.length / 2)]! / torso);
  }
  return best;
}

if (arg === '--loo') {
  // Per side-view clip: the top/bottom hip-flexion ratio of its floor-start reps, counted with no
  // lockout rule; a clip whose count then exceeds its label holds a partial pull.
  const side = REP_CLIPS.filter((c) => c.side && tracks.has(c.id));
  const ratios = new Map<string, { ratio: number[]; complete: boolean }>();
  for (const c of side) {
    const a = analyzeHinge(tracks.get(c.id)!, { floorLockoutFrac: Infinity });
    const floor = a.hinge.reps.filter((r) => r.startKind === 'bottom');
    const ratio = floor.map((r) => Number(r.lockoutHipFlexionDeg) / Number(r.hipFlexionDeg));
    ratios.set(c.id, { ratio, complete: a.hinge.repCount <= labels[c.id]!.repCount });
  }
  console.log(`FLOOR_LOCKOUT_FRAC in code: ${FLOOR_LOCKOUT_FRAC}`);
  console.log(
    'held-out clip | its floor-start top/bottom ratios | frac chosen on the rest | found | labelled | ok',
  );
  for (const c of side) {
    const rest = [...ratios].filter(([id, v]) => id !== c.id && v.complete).flatMap(([, v]) => v.ratio);
    // The rule: the largest ratio of a labelled complete rep, plus the labels' ~15% lockout tolerance.
    const frac = Math.round((Math.max(...rest) + 0.15) * 100) / 100;
    const n = analyzeHinge(tracks.get(c.id)!, { floorLockoutFrac: frac }).hinge.repCount;
    const lab = labels[c.id]!;
    console.log(
      `${c.id} | ${
        ratios
          .get(c.id)!
          .ratio.map((r) => r.toFixed(2))
          .join(',') || '-'
      } | ${frac} | ${n} | ${lab.repCount} | ${lab.accepted.includes(n) ? 'yes' : 'NO'}`,
    );
  }
  // FLOOR_START_MIN_DEPTH_SHARE: every clip (side and oblique) with a floor start beside ≥ 2 reps
  // that began standing, counted without the rule; depth ≈ bottom minus lockout hip flexion (the
  // report's numbers; segmentReps uses the same on its own hip signal). A clip whose count without
  // the rule is above its accepted counts holds a floor start that is not a rep.
  console.log(`\nFLOOR_START_MIN_DEPTH_SHARE in code: ${FLOOR_START_MIN_DEPTH_SHARE}`);
  console.log(
    'clip | floor-start depth / median standing-start depth | count without the rule | accepted | not a rep?',
  );
  for (const c of REP_CLIPS.filter((k) => tracks.has(k.id))) {
    const reps = analyzeHinge(tracks.get(c.id)!, { floorStartMinDepthShare: 0 }).hinge.reps;
    const depth = (r: (typeof reps)[number]) => Number(r.hipFlexionDeg) - Number(r.lockoutHipFlexionDeg);
    const top = reps
      .filter((r) => r.startKind === 'top')
      .map(depth)
      .sort((a, b) => a - b);
    const floor = reps.filter((r) => r.startKind === 'bottom');
    if (top.length < 2 || floor.length === 0) continue;
    const med =
      top.length % 2 ? top[(top.length - 1) / 2]! : (top[top.length / 2 - 1]! + top[top.length / 2]!) / 2;
    const lab = labels[c.id]!;
    console.log(
      `${c.id} | ${floor.map((r) => (depth(r) / med).toFixed(2)).join(',')} | ${reps.length} | ${lab.accepted.join(',')} | ${reps.length > Math.max(...lab.accepted) ? 'yes' : 'no'}`,
    );
  }
  // The other relative rep constants (hingeThresholds.ts, owned by the flags work): each chosen on
  // all-but-one side clip as the middle of the grid values that count the most training clips right.
  for (const [key, grid] of [
    ['repProminenceFrac', [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]],
    ['standingZoneFrac', [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]],
  ] as const) {
    const ok = new Map(
      side.map((c) => [
        c.id,
        grid.map((v) => {
          const n = analyzeHinge(tracks.get(c.id)!, { thresholds: { [key]: v } }).hinge.repCount;
          return { n, ok: labels[c.id]!.accepted.includes(n) };
        }),
      ]),
    );
    console.log(
      `\n${key} grid ${grid.join(',')}; right per value on all clips: ${grid.map((_, g) => side.filter((c) => ok.get(c.id)![g]!.ok).length).join(',')} of ${side.length}`,
    );
    console.log('held-out clip | chosen on the rest | found | labelled | ok');
    for (const c of side) {
      const score = grid.map((_, g) => side.filter((o) => o.id !== c.id && ok.get(o.id)![g]!.ok).length);
      const best = grid.map((_, g) => g).filter((g) => score[g] === Math.max(...score));
      const g = best[Math.floor(best.length / 2)]!;
      const r = ok.get(c.id)![g]!;
      console.log(`${c.id} | ${grid[g]} | ${r.n} | ${labels[c.id]!.repCount} | ${r.ok ? 'yes' : 'NO'}`);
    }
  }
} else if (arg === '--cuts') {
  for (const c of REP_CLIPS) {
    const t = tracks.get(c.id);
    if (t)
      console.log(
        `${c.id}: cuts at ${JSON.stringify(sceneCuts(t.frames).map((i) => t.frames[i]!.t))}; largest median keypoint move ${maxMedianMove(t).toFixed(3)} torso/frame`,
      );
  }
} else {
  console.log('clip | view | found | labelled (accepted) | kind | scenes | ok');
  for (const c of REP_CLIPS) {
    const t = tracks.get(c.id);
    if (!t) {
      console.log(`${c.id} | absent`);
      continue;
    }
    const a = analyzeHinge(t);
    const lab = labels[c.id]!;
    const ok = lab.accepted.includes(a.hinge.repCount);
    console.log(
      `${c.id} | ${c.side ? 'side' : 'oblique'} | ${a.hinge.repCount} | ${lab.repCount} (${lab.accepted.join(',')}) | ${String(a.hinge.repCountKind)} | ${String(a.hinge.sceneCount)} | ${ok ? 'yes' : 'NO'}`,
    );
  }
}
