// Where the running flag thresholds come from, rerunnable:
//   node bin/run-ts.mjs scripts/flag-calibration.ts
// For every visible healthy mocap runner (fixtures/mocap: Hamner s04 2–5 m/s treadmill, Dorn JA1
// 7.0/9.4 m/s overground), per speed: the ground-truth step values of each flagged metric (min,
// median, max), the threshold in force at that speed, and the margin (threshold − healthy worst).
// Then the checks on data that did not choose a constant: each speed norm's line refitted without
// one Hamner speed (leave-one-speed-out) and Dorn, which chose no slope (leave-one-subject-out).
// Last, the flags runFlags raises on the GT sections and on the analysed 30/60 fps tracks.
import { readFileSync } from 'node:fs';
import { analyzeTrack } from '../src/core/analyze/analyzeTrack.ts';
import { runFlags } from '../src/core/run/runFlags.ts';
import {
  normLevels,
  RUN_SPEED_NORMS,
  runSpeed,
  contactTimeHighS,
  type SpeedNormKey,
} from '../src/core/run/runNorms.ts';
import { RUN_THRESHOLDS } from '../src/core/run/runThresholds.ts';
import type { RunMetric } from '../src/core/report/report.ts';
import { median } from '../src/core/signal/median.ts';
import { trackParse } from '../src/core/track/trackParse.ts';
import { gtRuns, type GtRun } from '../tests/helpers/mocapGt.ts';
import { sharedPath } from '../tests/helpers/shared.ts';

const runs = gtRuns();
if (!runs.length) {
  console.error('no mocap fixtures found (set HIPCHECK_SHARED)');
  process.exit(1);
}
const vals = (g: GtRun, m: RunMetric) =>
  g.run.steps.map((s) => s[m]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
const sideMedians = (g: GtRun, m: RunMetric) =>
  (['left', 'right'] as const)
    .map((sd) =>
      median(
        g.run.steps
          .filter((s) => s.side === sd)
          .map((s) => s[m])
          .filter((v): v is number => typeof v === 'number'),
      ),
    )
    .filter(Number.isFinite);
const f = (v: number, k = 3) => (Number.isFinite(v) ? v.toFixed(k) : '-').padStart(8);

console.log('== Speed-dependent norms (runNorms.ts): healthy GT per speed vs threshold at that speed ==');
for (const k of Object.keys(RUN_SPEED_NORMS) as SpeedNormKey[]) {
  const n = RUN_SPEED_NORMS[k];
  console.log(
    `\n${k}: healthy high = ${n.base} + ${n.slope}·min(v, ${n.capMps}); warn +${n.margin}, alert +${2 * n.margin} (${n.unit})`,
  );
  console.log(
    `  ${'fixture'.padEnd(26)} ${'v m/s'.padStart(6)} ${'min'.padStart(8)} ${'median'.padStart(8)} ${'max'.padStart(8)} ${'warn'.padStart(8)} ${'margin'.padStart(8)}`,
  );
  for (const g of runs.filter((x) => x.view === 'side')) {
    const v = vals(g, k);
    const w = normLevels(n, g.speedMps).warn;
    console.log(
      `  ${g.trial.padEnd(26)} ${g.speedMps.toFixed(1).padStart(6)} ${f(Math.min(...v))} ${f(median(v))} ${f(Math.max(...v))} ${f(w)} ${f(w - Math.max(...v))}`,
    );
  }
  // Least squares through the per-speed maxima of the Hamner speeds, and leave-one-speed-out.
  const ham = runs
    .filter((x) => x.view === 'side' && x.subject === 'hamner_s04')
    .map((g) => ({ v: g.speedMps, y: Math.max(...vals(g, k)) }));
  const fit = (pts: { v: number; y: number }[]) => {
    const mv = pts.reduce((a, p) => a + p.v, 0) / pts.length;
    const my = pts.reduce((a, p) => a + p.y, 0) / pts.length;
    const b =
      pts.reduce((a, p) => a + (p.v - mv) * (p.y - my), 0) / pts.reduce((a, p) => a + (p.v - mv) ** 2, 0);
    return { a: my - b * mv, b };
  };
  const all = fit(ham);
  console.log(
    `  fit on Hamner 2–5 m/s maxima: ${all.a.toFixed(4)} + ${all.b.toFixed(4)}·v (constants above: rounded up)`,
  );
  for (const out of ham) {
    const ft = fit(ham.filter((p) => p !== out));
    const warn = ft.a + ft.b * Math.min(out.v, n.capMps) + n.margin;
    console.log(
      `  leave ${out.v} m/s out: line ${ft.a.toFixed(3)} + ${ft.b.toFixed(3)}·v → warn ${warn.toFixed(3)} vs held-out max ${out.y.toFixed(3)}: ${out.y < warn ? 'PASS' : 'FAIL'} (margin ${(warn - out.y).toFixed(3)})`,
    );
  }
  for (const g of runs.filter((x) => x.view === 'side' && x.subject !== 'hamner_s04')) {
    const mx = Math.max(...vals(g, k));
    const warn = normLevels(n, g.speedMps).warn;
    console.log(
      `  leave-subject-out (Dorn chose no slope) ${g.trial} ${g.speedMps} m/s: max ${mx.toFixed(3)} vs warn ${warn.toFixed(3)}: ${mx < warn ? 'PASS' : 'FAIL'}`,
    );
  }
}

console.log('\n== Static thresholds (runThresholds.ts): healthy GT extreme vs warn ==');
const stat: [RunMetric & keyof typeof RUN_THRESHOLDS, 'side' | 'rear', boolean][] = [
  ['peakKneeFlexionStanceDeg', 'side', true],
  ['hipDropStanceRatio', 'side', true],
  ['verticalOscillationRatio', 'side', true],
  ['pelvicDropDeg', 'rear', true],
  ['kneeFppaDeg', 'rear', true],
  ['stepWidthRatio', 'rear', false],
];
for (const [m, view, hi] of stat) {
  const th = RUN_THRESHOLDS[m];
  const per = runs
    .filter((g) => g.view === view)
    .map((g) => ({
      g,
      ext: hi ? Math.max(...vals(g, m)) : Math.min(...vals(g, m)),
      med: hi ? Math.max(...sideMedians(g, m)) : Math.min(...sideMedians(g, m)),
    }));
  console.log(
    `${m} (warn ${th.warn}, alert ${th.alert}): ${per.map((p) => `${p.g.trial.replace('hamner_subject04_', 'h').replace('dorn_', 'd')} step ${p.ext.toFixed(3)} / side-median ${p.med.toFixed(3)}`).join('; ')}`,
  );
  const ext = (xs: number[]) => (hi ? Math.max(...xs) : Math.min(...xs));
  for (const subj of ['hamner_s04', 'dorn_ja1']) {
    const chose = per.filter((p) => p.g.subject !== subj);
    const held = per.filter((p) => p.g.subject === subj);
    console.log(
      `  without ${subj}: healthy extreme ${ext(chose.map((p) => p.ext)).toFixed(3)}; held-out ${subj} side-median extreme ${ext(held.map((p) => p.med)).toFixed(3)} vs warn ${th.warn}: ${(hi ? ext(held.map((p) => p.med)) < th.warn : ext(held.map((p) => p.med)) > th.warn) ? 'PASS' : 'FAIL'}`,
    );
  }
}
console.log(
  '\nTrunk lean (support sign of knee-dominant landing only): ' +
    runs
      .filter((g) => g.view === 'side')
      .map(
        (g) =>
          `${g.speedMps} m/s ${Math.min(...vals(g, 'trunkLeanDeg')).toFixed(1)}–${Math.max(...vals(g, 'trunkLeanDeg')).toFixed(1)}°`,
      )
      .join(', '),
);
console.log(
  'Knee flexion at contact (no longer a flag sign): ' +
    runs
      .filter((g) => g.view === 'side')
      .map(
        (g) =>
          `${g.speedMps} m/s ${Math.min(...vals(g, 'kneeFlexionAtContactDeg')).toFixed(1)}–${Math.max(...vals(g, 'kneeFlexionAtContactDeg')).toFixed(1)}°`,
      )
      .join(', '),
);
console.log(
  'Rear-view L−R of per-side medians: ' +
    runs
      .filter((g) => g.view === 'rear')
      .map(
        (g) =>
          `${g.speedMps} m/s pelvicDrop ${Math.abs(sideMedians(g, 'pelvicDropDeg').reduce((a, b) => a - b)).toFixed(2)}°, stepWidth ${Math.abs(sideMedians(g, 'stepWidthRatio').reduce((a, b) => a - b)).toFixed(3)} L`,
      )
      .join('; '),
);
{
  const ham = runs
    .filter((g) => g.view === 'side' && g.subject === 'hamner_s04')
    .map((g) => ({ x: Math.log(g.speedMps), y: Math.log(median(vals(g, 'contactTimeS'))) }));
  const mx = ham.reduce((a, p) => a + p.x, 0) / ham.length;
  const my = ham.reduce((a, p) => a + p.y, 0) / ham.length;
  const b =
    ham.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0) / ham.reduce((a, p) => a + (p.x - mx) ** 2, 0);
  console.log(
    `Contact time power law on Hamner medians: ${Math.exp(my - b * mx).toFixed(3)}·v^${b.toFixed(3)}; upper end (runNorms.contactTimeHighS; Dorn held out): ` +
      runs
        .filter((g) => g.view === 'side')
        .map((g) => {
          const hi = contactTimeHighS(g.speedMps);
          const m = median(vals(g, 'contactTimeS'));
          return `${g.speedMps} m/s ${m.toFixed(3)} ≤ ${hi} ${m <= hi ? 'ok' : 'OUT'}`;
        })
        .join('; '),
  );
}
console.log(
  'Cadence speed proxy (runNorms.runSpeed): ' +
    runs
      .filter((g) => g.view === 'side')
      .map(
        (g) =>
          `${g.speedMps} m/s @ ${(g.run.cadenceSpm ?? NaN).toFixed(0)} spm → ${runSpeed(g.run.cadenceSpm)!.mps.toFixed(1)}`,
      )
      .join(', '),
);

console.log('\n== Flags on the healthy runners (none may be warn or alert) ==');
const tile = (g: GtRun) => ({
  ...g.run,
  steps: [0, 1, 2].flatMap((r) => g.run.steps.map((s) => ({ ...s, contactT: s.contactT + r * 10 }))),
});
for (const g of runs) {
  const show = (fl: ReturnType<typeof runFlags>) =>
    fl.map((x) => `${x.id}:${x.side}:${x.severity}`).join(' ') || 'none';
  console.log(
    `${g.id.padEnd(30)} GT (estimated speed): ${show(runFlags(g.run, g.view, 0.9))}; GT ×3 steps, speed given: ${show(runFlags(tile(g), g.view, 0.9, undefined, { speedMps: g.speedMps }))}`,
  );
  for (const k of ['60fps', '30fps']) {
    const p = sharedPath('fixtures', 'mocap', `${g.id}.${k}.track.json`);
    if (!p) continue;
    const rep = analyzeTrack(trackParse(JSON.parse(readFileSync(p, 'utf8'))));
    const rep2 = analyzeTrack(trackParse(JSON.parse(readFileSync(p, 'utf8'))), { speedMps: g.speedMps });
    // Closest approach of an analysed per-side median to its warn level at the true speed.
    const near: string[] = [];
    if (rep2.run?.running) {
      for (const k2 of g.view === 'side' ? (Object.keys(RUN_SPEED_NORMS) as SpeedNormKey[]) : []) {
        const w = normLevels(RUN_SPEED_NORMS[k2], g.speedMps).warn;
        const meds = (['left', 'right'] as const)
          .map((sd) => rep2.run!.summary[sd][k2])
          .filter((x): x is number => typeof x === 'number');
        if (meds.length) near.push(`${k2} ${Math.max(...meds).toFixed(3)}/${w.toFixed(3)}`);
      }
      for (const m of g.view === 'side'
        ? (['peakKneeFlexionStanceDeg', 'hipDropStanceRatio', 'verticalOscillationRatio'] as const)
        : (['pelvicDropDeg', 'kneeFppaDeg'] as const)) {
        const meds = (['left', 'right'] as const)
          .map((sd) => rep2.run!.summary[sd][m])
          .filter((x): x is number => typeof x === 'number');
        if (meds.length)
          near.push(
            `${m} ${Math.max(...meds).toFixed(3)}/${RUN_THRESHOLDS[m as keyof typeof RUN_THRESHOLDS].warn}`,
          );
      }
    }
    console.log(
      `  analysed ${k}: ${show(rep.flags)}; speed given: ${show(rep2.flags)}${rep2.run?.running ? '' : ' (not analysed as running)'}${near.length ? `; worst side median/warn: ${near.join(', ')}` : ''}`,
    );
  }
}

// Fresh noise draws (scripts/noise-robustness.ts' noise model, seeds the fixtures do not use): the
// analysed healthy runners must stay unflagged on every draw, not only on the one each fixture holds.
{
  const { noisyVariant } = await import('./noise-robustness.ts');
  const seeds = (process.argv.find((a) => a.startsWith('--seeds='))?.slice(8) ?? '1-10')
    .split('-')
    .map(Number);
  let draws = 0;
  const hits: string[] = [];
  for (const g of runs) {
    const cp = sharedPath('fixtures', 'mocap', `${g.id}.clean.track.json`);
    const gp = sharedPath('fixtures', 'mocap', `${g.id}.gt.json`);
    if (!cp || !gp) continue;
    const clean = trackParse(JSON.parse(readFileSync(cp, 'utf8')));
    const h = (JSON.parse(readFileSync(gp, 'utf8')) as { subjectHeightPx: number }).subjectHeightPx;
    for (let seed = seeds[0]!; seed <= (seeds[1] ?? seeds[0]!); seed++) {
      for (const fps of [30, 60]) {
        const tr = noisyVariant(clean, fps, 7919 * seed + fps, h);
        for (const speed of [undefined, g.speedMps]) {
          draws++;
          const rep = analyzeTrack(tr, speed ? { speedMps: speed } : {});
          // Any flag counts: with 2–3 steps per side makeFlag lowers a warn to info, so an info here is a warn hidden by the step count.
          const bad = rep.flags;
          if (bad.length)
            hits.push(
              `${g.id} ${fps}fps seed ${seed}${speed ? ' speed given' : ''}: ${bad.map((x) => `${x.id}:${x.side}:${x.severity}`).join(' ')}`,
            );
        }
      }
    }
  }
  console.log(
    `\n== Fresh noise draws: ${draws} analyses (12 fixtures × seeds ${seeds.join('-')} × 30/60 fps × speed unknown/given), ${hits.length} with any flag (info included) ==`,
  );
  for (const x of hits) console.log(`  ${x}`);
}
