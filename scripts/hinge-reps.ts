/**
 * Rep counts found vs labelled on every labelled real hinge clip in ../shared/media/hinge
 * (LABELS.json; deadlift_good/deadlift_bad are labelled one rep in ../MANIFEST.md, rdl.mp4 0 complete
 * reps from its frames: see tests/hinge/repClips.ts).
 *   node bin/run-ts.mjs scripts/hinge-reps.ts          found vs labelled per clip
 *   node bin/run-ts.mjs scripts/hinge-reps.ts --loo    FLOOR_LOCKOUT_FRAC chosen leave-one-clip-out
 *   node bin/run-ts.mjs scripts/hinge-reps.ts --cuts   scene cuts found and the largest frame-to-frame move
 */
import { analyzeHinge } from '../src/core/hinge/analyzeHinge.ts';
import { sceneCuts } from '../src/core/hinge/sceneCuts.ts';
import { FLOOR_LOCKOUT_FRAC } from '../src/core/hinge/segmentReps.ts';
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
  console.log('held-out clip | its floor-start top/bottom ratios | frac chosen on the rest | found | labelled | ok');
  for (const c of side) {
    const rest = [...ratios].filter(([id, v]) => id !== c.id && v.complete).flatMap(([, v]) => v.ratio);
    // The rule: the largest ratio of a labelled complete rep, plus the labels' ~15% lockout tolerance.
    const frac = Math.round((Math.max(...rest) + 0.15) * 100) / 100;
    const n = analyzeHinge(tracks.get(c.id)!, { floorLockoutFrac: frac }).hinge.repCount;
    const lab = labels[c.id]!;
    console.log(`${c.id} | ${ratios.get(c.id)!.ratio.map((r) => r.toFixed(2)).join(',') || '-'} | ${frac} | ${n} | ${lab.repCount} | ${lab.accepted.includes(n) ? 'yes' : 'NO'}`);
  }
} else if (arg === '--cuts') {
  for (const c of REP_CLIPS) {
    const t = tracks.get(c.id);
    if (t) console.log(`${c.id}: cuts at ${JSON.stringify(sceneCuts(t.frames).map((i) => t.frames[i]!.t))}`);
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
    console.log(`${c.id} | ${c.side ? 'side' : 'oblique'} | ${a.hinge.repCount} | ${lab.repCount} (${lab.accepted.join(',')}) | ${String(a.hinge.repCountKind)} | ${String(a.hinge.sceneCount)} | ${ok ? 'yes' : 'NO'}`);
  }
}
