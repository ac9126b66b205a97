import type { Report } from '../../core/report/report.ts';
import { pickEvidence } from '../../core/report/pickEvidence.ts';
import type { KeyShot } from './captureKeyFrames.ts';

/** Text helpers the shots need, from the current language. */
export interface ShotText {
  pick(text: { en: string; ja: string }): string;
  value(metric: string, v: number): string;
  metric(name: string): string;
  contact(side: 'left' | 'right', tS: number): string;
  rep(n: number): string;
}

/**
 * The frames a printed report shows: each flag's clearest evidence (most serious first), or, for a
 * clip without flags, the first contact of each foot / the bottom of each rep. At most `max`.
 */
export function keyShots(report: Report, text: ShotText, max = 6): KeyShot[] {
  const rank = { alert: 0, warn: 1, info: 2 } as const;
  const shots: KeyShot[] = [...report.flags]
    .sort((a, b) => rank[a.severity] - rank[b.severity])
    .flatMap((f) => {
      const e = f.evidence[pickEvidence(f)];
      return e
        ? [
            {
              t: e.t,
              metric: e.metric,
              side: e.side ?? f.side,
              label: text.value(e.metric, e.value),
              caption: `${text.pick(f.title)} — ${text.metric(e.metric)} ${text.value(e.metric, e.value)}`,
            },
          ]
        : [];
    });
  if (!shots.length && report.run) {
    for (const side of ['left', 'right'] as const) {
      const s = report.run.steps.find((x) => x.side === side);
      if (s)
        shots.push({
          t: s.contactT,
          metric: 'kneeFlexionAtContactDeg',
          side,
          label: '',
          caption: text.contact(side, s.contactT),
        });
    }
  }
  if (!shots.length && report.hinge) {
    report.hinge.reps.forEach((r, i) =>
      shots.push({ t: r.bottomT, metric: 'hipKneeRatio', side: null, label: '', caption: text.rep(i + 1) }),
    );
  }
  return shots.slice(0, max);
}
