import { KP, type Side } from '../../core/track/keypoints.ts';
import type { KeypointTriple } from '../../core/track/track.ts';

/** A point in source-video pixels. */
export type Pt = readonly [xPx: number, yPx: number];

/** What the overlay draws for a piece of evidence: measured lines and reference lines, in source px. */
export type OverlayShape =
  | { kind: 'line'; from: Pt; to: Pt; role: 'measured' | 'reference' }
  | { kind: 'polyline'; points: Pt[]; role: 'measured' | 'reference' }
  | { kind: 'label'; at: Pt; text: string };

const MIN_SCORE = 0.2;

/**
 * The lines that show how `metric` was measured on one frame (metrics.md definitions), e.g. the
 * ankle-to-hip distance at contact for overstride, the hip line against the horizontal for pelvic
 * drop, the trunk line against the vertical for trunk lean. `label` (the formatted value) is placed
 * next to the measured line. Returns [] when the needed keypoints were not seen.
 */
export function evidenceOverlay(
  kp: readonly KeypointTriple[],
  metric: string,
  side: Side | null,
  label: string,
  frameHeightPx: number,
): OverlayShape[] {
  if (kp.length !== 17) return [];
  const s: Side = side ?? nearSide(kp);
  const p = (k: number): Pt | null => (kp[k]![2] >= MIN_SCORE ? [kp[k]![0], kp[k]![1]] : null);
  const mid = (a: number, b: number): Pt | null => {
    const pa = p(a);
    const pb = p(b);
    return pa && pb ? [(pa[0] + pb[0]) / 2, (pa[1] + pb[1]) / 2] : (pa ?? pb);
  };
  const hip = p(KP[`${s}_hip`]);
  const knee = p(KP[`${s}_knee`]);
  const ankle = p(KP[`${s}_ankle`]);
  const shoulder = p(KP[`${s}_shoulder`]);
  const hipMid = mid(KP.left_hip, KP.right_hip);
  const shoulderMid = mid(KP.left_shoulder, KP.right_shoulder);
  const ankleMid = mid(KP.left_ankle, KP.right_ankle);
  const reach = 0.12 * frameHeightPx;
  const vertical = (at: Pt, len = reach, up = true): OverlayShape => ({
    kind: 'line',
    from: at,
    to: [at[0], at[1] + (up ? -len : len)],
    role: 'reference',
  });
  const horizontal = (at: Pt, len = reach): OverlayShape => ({
    kind: 'line',
    from: [at[0] - len, at[1]],
    to: [at[0] + len, at[1]],
    role: 'reference',
  });
  const text = (at: Pt | null): OverlayShape[] => (at ? [{ kind: 'label', at, text: label }] : []);
  const out: OverlayShape[] = [];

  switch (metric) {
    case 'footAheadOfHipRatio':
    case 'footAheadOfComRatio':
    case 'stepWidthRatio':
    case 'hipBackShiftRatio': {
      const foot = metric === 'hipBackShiftRatio' ? ankleMid : ankle;
      if (!hipMid || !foot) return [];
      // Plumb line from the hips to the floor, and the horizontal gap to the foot at foot height.
      out.push({ kind: 'line', from: hipMid, to: [hipMid[0], foot[1]], role: 'reference' });
      out.push(vertical(foot, reach / 2));
      out.push({ kind: 'line', from: [hipMid[0], foot[1]], to: foot, role: 'measured' });
      return [...out, ...text([(hipMid[0] + foot[0]) / 2, foot[1] + 0.04 * frameHeightPx])];
    }
    case 'kneeForwardTravelRatio':
      if (!knee || !ankle) return [];
      out.push(vertical(ankle, ankle[1] - knee[1]));
      out.push({ kind: 'line', from: [ankle[0], knee[1]], to: knee, role: 'measured' });
      return [...out, ...text(knee)];
    case 'shankAngleAtContactDeg':
    case 'shinAngleDeg':
      if (!knee || !ankle) return [];
      out.push(
        metric === 'shinAngleDeg'
          ? vertical(ankle, ankle[1] - knee[1])
          : vertical(knee, ankle[1] - knee[1], false),
      );
      out.push({ kind: 'line', from: knee, to: ankle, role: 'measured' });
      return [...out, ...text(knee)];
    case 'trunkLeanDeg':
    case 'trunkAngleDeg':
    case 'trunkDriftDeg':
    case 'lockoutTrunkDeg':
      if (!hipMid || !shoulderMid) return [];
      out.push(vertical(hipMid, Math.hypot(shoulderMid[0] - hipMid[0], shoulderMid[1] - hipMid[1])));
      out.push({ kind: 'line', from: hipMid, to: shoulderMid, role: 'measured' });
      return [...out, ...text(shoulderMid)];
    case 'pelvicDropDeg': {
      const l = p(KP.left_hip);
      const r = p(KP.right_hip);
      if (!l || !r) return [];
      const stance = s === 'left' ? l : r;
      out.push(horizontal(stance, 1.5 * Math.abs(l[0] - r[0]) + 10));
      out.push({ kind: 'line', from: l, to: r, role: 'measured' });
      return [...out, ...text([(l[0] + r[0]) / 2, Math.min(l[1], r[1]) - 0.04 * frameHeightPx])];
    }
    case 'kneeFppaDeg':
      if (!hip || !knee || !ankle) return [];
      out.push({ kind: 'line', from: hip, to: ankle, role: 'reference' });
      out.push({ kind: 'polyline', points: [hip, knee, ankle], role: 'measured' });
      return [...out, ...text(knee)];
    case 'hipKneeRatio':
    case 'hipFlexionDeg':
      if (!shoulder || !hip || !knee) return [];
      out.push({
        kind: 'polyline',
        points: ankle ? [shoulder, hip, knee, ankle] : [shoulder, hip, knee],
        role: 'measured',
      });
      return [...out, ...text(hip)];
    case 'hipDropStanceRatio':
    case 'verticalOscillationRatio':
      if (!hipMid) return [];
      out.push(horizontal(hipMid));
      return [...out, ...text([hipMid[0], hipMid[1] - 0.04 * frameHeightPx])];
    default:
      // Knee flexion metrics and anything new: show the leg's hip–knee–ankle chain.
      if (!hip || !knee || !ankle) return [];
      out.push({ kind: 'polyline', points: [hip, knee, ankle], role: 'measured' });
      return [...out, ...text(knee)];
  }
}

/** The leg seen more confidently (the near side in a side view). */
export function nearSide(kp: readonly KeypointTriple[]): Side {
  const sc = (s: Side) => kp[KP[`${s}_hip`]]![2] + kp[KP[`${s}_knee`]]![2] + kp[KP[`${s}_ankle`]]![2];
  return sc('left') >= sc('right') ? 'left' : 'right';
}
