import type { CoreText, Drill } from '../report/report.ts';

/**
 * The exercises the source articles prescribe (shared/domain/patterns.md, "Exercises"). Running
 * flags and the hinge helper refer to them by id; what each trains and why it fits (written in our
 * own words) is in the report catalogues, `drill.<id>.name` and `drill.<id>.why` (src/text).
 * hipcheck gives movement feedback, not a diagnosis.
 */
export const DRILL_IDS = [
  'glute-stretch',
  'split-stance-hinge',
  'wall-drill',
  'calf-raise-ball',
  'wall-hip-hinge',
  'paused-hinge',
  'single-leg-hinge-ball',
  'diaphragmatic-breathing',
  'pelvic-reset',
  'cadence-plus-5',
] as const;

export type DrillId = (typeof DRILL_IDS)[number];

/** Drill entries for the given ids, in order: the id and the keys of its name and why. */
export function drillsFor(ids: readonly DrillId[]): Drill<CoreText>[] {
  return ids.map((id) => ({ id, name: { key: `drill.${id}.name` }, why: { key: `drill.${id}.why` } }));
}
