import type { Side } from '../../core/track/keypoints.ts';
import type { Report, Severity } from '../../core/report/report.ts';

export interface TimelineMarks {
  durationS: number;
  contacts: { t: number; side: Side }[];
  reps: { n: number; startT: number; bottomT: number; endT: number }[];
  flags: { t: number; severity: Severity; flagIndex: number; metric: string }[];
}

/** What the timeline shows: foot contacts (run), reps (hinge) and every flag's evidence times. */
export function timelineMarks(report: Report, durationS?: number): TimelineMarks {
  const contacts = (report.run?.steps ?? []).map((s) => ({ t: s.contactT, side: s.side }));
  const reps = (report.hinge?.reps ?? []).map((r, i) => ({
    n: i + 1,
    startT: r.startT,
    bottomT: r.bottomT,
    endT: r.endT,
  }));
  const flags = report.flags.flatMap((f, flagIndex) =>
    f.evidence.map((e) => ({ t: e.t, severity: f.severity, flagIndex, metric: e.metric })),
  );
  const lastT = Math.max(
    0,
    ...contacts.map((c) => c.t),
    ...reps.map((r) => r.endT),
    ...flags.map((f) => f.t),
  );
  const d = durationS ?? report.source.durationS;
  return { durationS: Number.isFinite(d) && d > 0 ? Math.max(d, lastT) : lastT || 1, contacts, reps, flags };
}
