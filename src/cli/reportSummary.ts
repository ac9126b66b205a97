import type { Report } from '../core/report/report.ts';

const fmt = (v: unknown) => (typeof v === 'number' ? (Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(3)) : '—');

/** A readable plain-text summary of a report: header, per-side medians, flags, warnings. */
export function reportSummary(r: Report): string {
  const out: string[] = [];
  out.push(`${r.source.name}: ${r.activity}, ${r.view} view, ${r.source.durationS.toFixed(1)} s at ${r.source.fps} fps${r.source.slowmoFactor ? ` (slow motion ×${String(r.source.slowmoFactor)}, real time)` : ''}`);
  out.push(`  pose found in ${(r.quality.framesWithPose * 100).toFixed(0)} % of frames, mean keypoint score ${r.quality.meanScore.toFixed(2)}`);
  if (r.run) {
    const st = r.run.steps;
    out.push(`  steps: ${st.length} (left ${st.filter((s) => s.side === 'left').length}, right ${st.filter((s) => s.side === 'right').length}), cadence ${r.run.cadenceSpm ?? '—'} steps/min`);
    const names = [...new Set([...Object.keys(r.run.summary.left), ...Object.keys(r.run.summary.right)])];
    if (names.length) {
      out.push(`  ${'median per side'.padEnd(28)} ${'left'.padStart(8)} ${'right'.padStart(8)}`);
      for (const m of names) out.push(`  ${m.padEnd(28)} ${fmt(r.run.summary.left[m]).padStart(8)} ${fmt(r.run.summary.right[m]).padStart(8)}`);
    }
  }
  if (r.hinge) {
    out.push(`  reps: ${r.hinge.repCount}`);
    r.hinge.reps.forEach((p, i) => out.push(`    rep ${i + 1}: bottom ${fmt(p.bottomT)} s, trunk ${fmt(p.trunkAngleDeg)}°, hip ${fmt(p.hipFlexionDeg)}°, knee ${fmt(p.kneeFlexionDeg)}°, hip/knee ${fmt(p.hipKneeRatio)}`));
  }
  if (r.flags.length) {
    out.push('  flags:');
    for (const f of r.flags) {
      const ev = f.evidence.slice(0, 4).map((e) => `${e.t.toFixed(2)} s ${e.metric} ${fmt(e.value)}`).join('; ');
      out.push(`    [${f.severity}] ${f.title.en}${f.side ? ` (${f.side})` : ''}, confidence ${f.confidence ?? '—'}: ${ev}`);
      if (f.drills?.length) out.push(`      try: ${f.drills.map((d) => d.name.en).join(', ')}`);
    }
  } else out.push('  flags: none');
  for (const w of r.quality.warnings) out.push(`  warning: ${w}`);
  return out.join('\n');
}
