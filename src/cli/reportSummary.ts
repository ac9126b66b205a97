import type { Report, RunMetric } from '../core/report/report.ts';
import { isRunMetric } from '../core/run/runSummary.ts';

const fmt = (v: unknown) => (typeof v === 'number' ? (Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(3)) : '—');

/** A readable plain-text summary of a report: header, per-side medians, flags, warnings. */
export function reportSummary(r: Report): string {
  const out: string[] = [];
  out.push(
    `${r.source.name}: ${r.activity}, ${r.view} view, ${r.source.durationS.toFixed(1)} s at ${r.source.fps} fps${r.source.slowmoFactor ? ` (slow motion ×${String(r.source.slowmoFactor)}, real time)` : ''}`,
  );
  out.push(
    `  pose found in ${(r.quality.framesWithPose * 100).toFixed(0)} % of frames, mean keypoint score ${r.quality.meanScore.toFixed(2)}`,
  );
  if (r.run) {
    const st = r.run.steps;
    out.push(
      `  steps: ${st.length} (left ${st.filter((s) => s.side === 'left').length}, right ${st.filter((s) => s.side === 'right').length}), cadence ${r.run.cadenceSpm ?? '—'} steps/min`,
    );
    const names = [
      ...new Set([...Object.keys(r.run.summary.left), ...Object.keys(r.run.summary.right)]),
    ].filter(isRunMetric);
    const sp = r.run.speed;
    if (sp)
      out.push(
        `  norms for ${sp.mps.toFixed(1)} m/s (${sp.source === 'user' ? 'speed given' : 'estimated from cadence; give --speed for firmer norms'})`,
      );
    if (names.length) {
      // Each median with how many steps it rests on and their interquartile range.
      const summary = r.run.summary;
      const cell = (side: 'left' | 'right', m: RunMetric) =>
        `${fmt(summary[side][m])} (n ${summary.count?.[side][m] ?? 0}, IQR ${fmt(summary.spread?.[side][m])})`;
      out.push(`  ${'median per side (n, IQR)'.padEnd(28)} ${'left'.padStart(26)} ${'right'.padStart(26)}`);
      for (const m of names)
        out.push(`  ${m.padEnd(28)} ${cell('left', m).padStart(26)} ${cell('right', m).padStart(26)}`);
    }
  }
  if (r.hinge) {
    out.push(`  reps: ${r.hinge.repCount}`);
    r.hinge.reps.forEach((p, i) =>
      out.push(
        `    rep ${i + 1}: bottom ${fmt(p.bottomT)} s, trunk ${fmt(p.trunkAngleDeg)}°, hip ${fmt(p.hipFlexionDeg)}°, knee ${fmt(p.kneeFlexionDeg)}°, hip/knee ${fmt(p.hipKneeRatio)}`,
      ),
    );
  }
  if (r.flags.length) {
    out.push('  flags:');
    for (const f of r.flags) {
      const ev = f.evidence
        .slice(0, 4)
        .map((e) => `${e.t.toFixed(2)} s ${e.metric} ${fmt(e.value)}`)
        .join('; ');
      out.push(
        `    [${f.severity}] ${f.title.en}${f.side ? ` (${f.side})` : ''}, confidence ${f.confidence ?? '—'}: ${ev}`,
      );
      if (typeof f.nEvents === 'number' && typeof f.minEvents === 'number' && f.nEvents < f.minEvents)
        out.push(
          `      only ${f.nEvents} steps/reps (${f.minEvents} needed for a firm judgement): shown one level lower, low confidence`,
        );
      if (f.drills?.length) out.push(`      try: ${f.drills.map((d) => d.name.en).join(', ')}`);
    }
  } else out.push('  flags: none');
  for (const w of r.quality.warnings) out.push(`  warning: ${w}`);
  return out.join('\n');
}
