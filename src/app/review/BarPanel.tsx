import { useMemo } from 'react';
import type { Report } from '../../core/report/report.ts';
import type { Track } from '../../core/track/track.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { barTrail } from './barTrail.ts';

interface Props {
  report: Report;
  track: Track;
  /** File seconds per report second (slow motion). */
  timeScale: number;
  /** Absent where no plate can be marked (the trainer's client report): the marking buttons are hidden. */
  plate?: {
    marking: boolean;
    onStart(): void;
    onCancel(): void;
    onClear(): void;
  };
}

/** SVG path data of a trail with gaps (null: neither wrist seen). */
function pathOf(trail: readonly ([number, number] | null)[]): string {
  let d = '';
  let pen = false;
  for (const p of trail) {
    if (!p) pen = false;
    else {
      d += `${pen ? 'L' : 'M'}${p[0].toFixed(1)} ${p[1].toFixed(1)}`;
      pen = true;
    }
  }
  return d;
}

/**
 * Issue 18: the bar of a side-view hinge set: every rep's path (wrist mid-point) as the camera sees
 * it, with the mid-foot line of each rep's bottom; the velocity loss over the set; where the m/s
 * scale comes from; and the plate marking that gives one. On screen, in print and in the client report.
 */
export function BarPanel({ report, track, timeScale: k, plate }: Props) {
  const { t, fmt } = useI18n();
  const h = report.hinge!;
  const reps = useMemo(
    () =>
      h.reps.map((r) => {
        const trail = barTrail(track.frames, r.startT * k, r.endT * k);
        return {
          path: pathOf(trail),
          trail,
          midfootX: typeof r.barMidfootXPx === 'number' ? r.barMidfootXPx : null,
        };
      }),
    [h.reps, track.frames, k],
  );
  const pts = reps.flatMap((r) => r.trail.filter((p): p is [number, number] => p !== null));
  if (!pts.length) return null;
  const xs = [...pts.map((p) => p[0]), ...reps.flatMap((r) => (r.midfootX === null ? [] : [r.midfootX]))];
  const ys = pts.map((p) => p[1]);
  const pad = 0.05 * track.height;
  const x0 = Math.min(...xs) - pad;
  const y0 = Math.min(...ys) - pad;
  const w = Math.max(...xs) - Math.min(...xs) + 2 * pad;
  const hgt = Math.max(...ys) - Math.min(...ys) + 2 * pad;
  const scale = h.velocityScale ?? null;
  const loss = typeof h.velocityLossPct === 'number' ? h.velocityLossPct : null;
  return (
    <section className="bar-panel" data-testid="bar-panel" aria-labelledby="bar-title">
      <h3 id="bar-title">{t('bar.title')}</h3>
      <svg
        className="bar-figure"
        data-testid="bar-path-figure"
        viewBox={`${x0.toFixed(1)} ${y0.toFixed(1)} ${w.toFixed(1)} ${hgt.toFixed(1)}`}
        preserveAspectRatio="xMidYMid meet"
        role="img"
        aria-label={t('bar.caption')}
      >
        {reps.map((r, i) =>
          r.midfootX === null ? null : (
            <line
              key={`m${i}`}
              x1={r.midfootX}
              x2={r.midfootX}
              y1={y0}
              y2={y0 + hgt}
              className="bar-midfoot"
              vectorEffect="non-scaling-stroke"
            />
          ),
        )}
        {reps.map((r, i) => (
          <path key={i} d={r.path} className="bar-path" data-rep={i + 1} vectorEffect="non-scaling-stroke" />
        ))}
      </svg>
      <p className="muted">{t('bar.caption')}</p>
      <p data-testid="velocity-loss">
        {loss === null ? t('bar.lossNone') : t('bar.loss', { pct: fmt.num(loss, 0) })}
      </p>
      <p data-testid="bar-scale" data-scale={scale ?? 'none'}>
        {t(
          scale === 'plate'
            ? 'bar.scale.plate'
            : scale === 'subjectHeight'
              ? 'bar.scale.subjectHeight'
              : 'bar.scale.none',
        )}
      </p>
      {plate && (
        <div className="bar-plate no-print">
          {plate.marking ? (
            <>
              <p role="status">{t('bar.markHint')}</p>
              <button type="button" onClick={plate.onCancel}>
                {t('bar.markCancel')}
              </button>
            </>
          ) : (
            <>
              <button type="button" onClick={plate.onStart}>
                {t('bar.markPlate')}
              </button>
              {scale === 'plate' && (
                <button type="button" onClick={plate.onClear}>
                  {t('bar.clearPlate')}
                </button>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
