// Hinge flag validity on the visible labelled real clips (issue 13): for every clip of
// shared/media/hinge/LABELS.json, its label, the flags the product raises (with severity), the
// detected activity/view/pattern and the reps found vs labelled. Rerun it after any change to the
// hinge analysis and compare the tables; the pose tracks come from the test cache
// (tests/helpers/mediaTrack.ts: MoveNet runs only for a clip not cached yet).
//
//   node bin/run-ts.mjs scripts/flag-validity.ts [--only tby66] [--activity auto|hinge] [--view auto|side] [--json out.json] [--detail]
//
// --detail adds, per clip, the measured values behind the data-chosen rules (rep-inconsistency's
// trend vs its noise floor, the lift kind and what chose it), so margins can be read off.
//
// The analysis is the product's own (analyzeTrack; activity and view 'auto' unless given), so the
// table shows what a user would get; `--activity hinge --view side` shows what a user who picks
// "hip hinge, side view" gets. The split-screen clip is labelled per half; the cached track is of the
// whole frame (one person tracked), so its row is analysed whole and says so.
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeTrack } from '../src/core/analyze/analyzeTrack.ts';
import type { HingeRepMetricKey, HingeSection } from '../src/core/report/report.ts';
import { poseTrackForMedia } from '../tests/helpers/mediaTrack.ts';
import { SHARED, sharedPath } from '../tests/helpers/shared.ts';

interface LabelRow {
  repCount?: number;
  /** Every defensible count where the clip's start or end is ambiguous (LABELS.json). */
  repCountAccepted?: number[];
  label?: string;
  view?: string;
  faultCheck?: Record<string, string>;
}

const arg = (name: string): string | null => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? null) : null;
};

const labelsPath = sharedPath('media', 'hinge', 'LABELS.json');
if (labelsPath === null) {
  console.error(`LABELS.json not found under ${SHARED}/media/hinge (set HIPCHECK_SHARED).`);
  process.exit(1);
}
const labels = (JSON.parse(readFileSync(labelsPath, 'utf8')) as { files: Record<string, LabelRow> }).files;
const only = arg('only');
const activityArg = (arg('activity') ?? 'auto') as 'auto' | 'hinge';
const viewArg = (arg('view') ?? 'auto') as 'auto' | 'side';
if (!['auto', 'hinge'].includes(activityArg) || !['auto', 'side'].includes(viewArg)) {
  console.error('--activity takes auto|hinge and --view auto|side');
  process.exit(2);
}

interface Row {
  /** The labels' accepted counts (not a column). */
  accepted?: number[];
  clip: string;
  label: string;
  view: string;
  activity: string;
  pattern: string;
  repsFound: number | null;
  repsLabelled: number | null;
  flags: string;
  note: string;
  detail: string;
}
const rows: Row[] = [];
const detailWanted = process.argv.includes('--detail');
const f1 = (v: unknown) => (typeof v === 'number' ? v.toFixed(1) : '-');
/** The numbers behind the data-chosen hinge rules, for --detail. */
function detailOf(h: HingeSection | undefined): string {
  if (!h) return '';
  const reps = h.reps;
  const med = (k: HingeRepMetricKey) => {
    const v = reps
      .map((r) => r[k])
      .filter((x): x is number => typeof x === 'number')
      .sort((a, b) => a - b);
    return v.length ? (v[(v.length - 1) >> 1]! + v[v.length >> 1]!) / 2 : NaN;
  };
  const parts: string[] = [
    `lift ${String(h.lift ?? '-')} (wrists top ${med('wristTopVsShoulderRatio').toFixed(2)}, bottom ${med('wristBottomVsHipRatio').toFixed(2)} vs hips, ${med('wristBottomVsShoulderRatio').toFixed(2)} vs shoulders torso; knee ${med('kneeFlexionDeg').toFixed(0)}°)`,
  ];
  if (typeof h.trunkNoiseFloorDeg === 'number') parts.push(`trunk noise floor ${f1(h.trunkNoiseFloorDeg)}°`);
  if (typeof h.cameraOffSideDeg === 'number') parts.push(`camera ${h.cameraOffSideDeg}° off side`);
  const c = h.consistency;
  if (c)
    parts.push(
      `compared ${c.repsCompared}`,
      ...Object.entries(c.trends).map(
        ([k, v]) => `${k.replace(/Deg$/, '')} Δ${f1(v.changeDeg)}/floor ${f1(v.noiseFloorDeg)}`,
      ),
    );
  return parts.join(', ');
}
const done = new Set<string>();
for (const [key, lab] of Object.entries(labels)) {
  const file = key.split('#')[0]!.trim();
  if (only && !file.includes(only)) continue;
  const half = key.includes('#') ? key.slice(key.indexOf('#') + 1) : '';
  const track = await poseTrackForMedia(`media/${file}`);
  const short = file.replace(/^hinge\//, '');
  if (track === null) {
    rows.push({
      clip: short,
      label: lab.label ?? '?',
      view: '-',
      activity: '-',
      pattern: '-',
      repsFound: null,
      repsLabelled: lab.repCount ?? null,
      flags: '-',
      note: 'clip absent',
      detail: '',
    });
    continue;
  }
  const r = analyzeTrack(track, { activity: activityArg, view: viewArg });
  const flags = r.flags.map((f) => `${f.id}:${f.severity}`).join(' ') || '(none)';
  const note = half ? `label of ${half}; analysed whole frame (no crop)` : '';
  rows.push({
    clip: short + (half ? ` ${half.split(' ')[0]}` : ''),
    label: lab.label ?? '?',
    view: r.view ?? '?',
    activity: r.activity ?? '?',
    pattern: r.hinge?.pattern?.pattern ?? '-',
    repsFound: r.hinge ? r.hinge.repCount : null,
    repsLabelled: lab.repCount ?? null,
    accepted: lab.repCountAccepted ?? (lab.repCount !== undefined ? [lab.repCount] : []),
    flags,
    note: done.has(file) ? `${note} (same analysis as the row above)` : note,
    detail: detailOf(r.hinge),
  });
  done.add(file);
}

const cols: (keyof Row)[] = [
  'clip',
  'label',
  'view',
  'activity',
  'pattern',
  'repsFound',
  'repsLabelled',
  'flags',
  'note',
  ...(detailWanted ? (['detail'] as const) : []),
];
const w = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '-').length)));
const line = (vals: string[]) => vals.map((v, i) => v.padEnd(w[i]!)).join(' | ');
console.log(line(cols));
console.log(w.map((n) => '-'.repeat(n)).join('-|-'));
for (const r of rows) console.log(line(cols.map((c) => String(r[c] ?? '-'))));
const isGood = (l: string) => l === 'correct' || l.startsWith('undocumented_looks_correct');
const warnOnGood = rows.filter((r) => isGood(r.label) && /:(warn|alert)/.test(r.flags)).length;
const good = rows.filter((r) => isGood(r.label)).length;
const repMatch = rows.filter((r) => r.repsFound !== null && r.repsFound === r.repsLabelled).length;
const repAccepted = rows.filter(
  (r) => r.repsFound !== null && (r.accepted ?? []).includes(r.repsFound),
).length;
console.log(
  `\ngood-labelled clips with a warn/alert flag: ${warnOnGood}/${good}; rep count equal to the label: ${repMatch}/${rows.length}; among the labels' accepted counts: ${repAccepted}/${rows.length}`,
);
const out = arg('json');
if (out) writeFileSync(out, JSON.stringify(rows, null, 2));
