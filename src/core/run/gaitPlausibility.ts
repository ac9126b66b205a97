import type { LocalizedText, RunSection, View } from '../report/report.ts';
import { median } from '../signal/median.ts';

/**
 * Running cadence band (steps/min); below it a clip is walking or slow motion [H]. The top admits
 * sprinting: Dorn's sprinter runs 259 steps/min at 9.4 m/s and elite sprinters reach 280–290
 * (issue 12); above 300 a clip is more likely fast-forward or a wrong frame rate.
 */
export const RUN_CADENCE_MIN_SPM = 130;
export const RUN_CADENCE_MAX_SPM = 300;
/** Median pelvis sink after contact below which a side-view gait is walking, L [H]. */
export const WALK_HIP_SINK_MAX_RATIO = 0.02;
/**
 * ...and below which share of the step's vertical oscillation [H]. A walker's pelvis is lowest at
 * double support, i.e. at contact, so it barely sinks after contact however much it oscillates; a
 * runner's is lowest at midstance, so most of the oscillation is sink. A sprinter's pelvis moves
 * little at all (Dorn 9.4 m/s: sink 0.011–0.036 L, median under 0.02 L, yet 0.4–0.9 of the
 * oscillation), so the absolute sink alone read sprinting as walking (issue 12).
 */
export const WALK_HIP_SINK_MAX_SHARE = 0.3;
/** Below this cadence a "run" is far more likely a slow-motion file than walking [H]. */
export const SLOWMO_CADENCE_MAX_SPM = 85;

export interface GaitPlausibility {
  /** True when cadence and contact times fit real-time running. */
  running: boolean;
  warnings: LocalizedText[];
  /** Suggested slow-motion factor (4 or 8, the common 120/240 fps → 30 fps captures), if any. */
  suggestedSlowmo: number | null;
}

/**
 * Checks that detected gait looks like real-time running: cadence 130–300 steps/min and, in the
 * side view, stance times found (0.12–0.45 s). Phones save 120/240 fps slow motion for playback at
 * 30 fps, so the file clock can run 4–8× slow: a cadence under 85 steps/min suggests that (the
 * user then gives --slowmo or the capture rate); 85–130 with long or missing stances is walking.
 */
export function gaitPlausibility(run: RunSection, view: View): GaitPlausibility {
  const warnings: LocalizedText[] = [];
  const c = run.cadenceSpm;
  if (c === null)
    return {
      running: false,
      warnings: [
        {
          en: 'too few contacts to tell whether this is running',
          ja: '接地の数が少なすぎて、ランニングかどうか判断できません',
        },
      ],
      suggestedSlowmo: null,
    };
  const contacts = run.steps.map((s) => s.contactTimeS).filter((v): v is number => typeof v === 'number');
  const withTo = run.steps.filter((s) => typeof s.toeOffT === 'number').length;
  const missingStance = view === 'side' && withTo < run.steps.length / 2;
  if (c < SLOWMO_CADENCE_MAX_SPM) {
    const f = [4, 8].find((k) => c * k >= 140 && c * k <= 220) ?? null;
    warnings.push({
      en: `cadence ${c.toFixed(0)} steps/min is far too slow for running: if this is a slow-motion video, give the slow-motion factor (--slowmo${f ? ` ${f}` : ' FACTOR'}) or the capture frame rate; metrics are in file time until then`,
      ja: `ピッチ ${c.toFixed(0)} 歩/分はランニングとしては遅すぎます。スローモーション動画なら、スロー倍率（${f ? `${f} 倍` : '倍率'}）か撮影時のフレームレートを指定してください。それまでは数値は動画ファイル上の時間です`,
    });
    return { running: false, warnings, suggestedSlowmo: f };
  }
  if (c < RUN_CADENCE_MIN_SPM || (missingStance && c < 150)) {
    warnings.push({
      en: `cadence ${c.toFixed(0)} steps/min${missingStance ? ' with stance phases longer than running allows' : ''}: this looks like walking, not running; running flags are not computed`,
      ja: `ピッチ ${c.toFixed(0)} 歩/分${missingStance ? '、接地時間もランニングにしては長すぎます' : ''}。ランニングではなく歩行のようです。ランニングの指摘は計算しません`,
    });
    return { running: false, warnings, suggestedSlowmo: null };
  }
  // Running lands into a sinking pelvis (it is lowest at midstance); walking vaults over a
  // stiff leg, so the pelvis barely sinks after contact (inverted pendulum) [H: < 0.02 L].
  const sink = median(
    run.steps.map((s) => s.hipDropStanceRatio).filter((v): v is number => typeof v === 'number'),
  );
  const share = median(
    run.steps
      .map((s) =>
        typeof s.hipDropStanceRatio === 'number' &&
        typeof s.verticalOscillationRatio === 'number' &&
        s.verticalOscillationRatio > 0
          ? s.hipDropStanceRatio / s.verticalOscillationRatio
          : NaN,
      )
      .filter(Number.isFinite),
  );
  if (
    view === 'side' &&
    Number.isFinite(sink) &&
    sink < WALK_HIP_SINK_MAX_RATIO &&
    !(share >= WALK_HIP_SINK_MAX_SHARE)
  ) {
    warnings.push({
      en: `the pelvis does not sink after contact (median ${sink.toFixed(3)} L): this looks like walking, not running; running flags are not computed`,
      ja: `接地後に骨盤が沈みません（中央値 ${sink.toFixed(3)} L）。ランニングではなく歩行のようです。ランニングの指摘は計算しません`,
    });
    return { running: false, warnings, suggestedSlowmo: null };
  }
  if (c > RUN_CADENCE_MAX_SPM) {
    warnings.push({
      en: `cadence ${c.toFixed(0)} steps/min is implausibly high: check the frame rate of the video (fast-forward or wrong timestamps?)`,
      ja: `ピッチ ${c.toFixed(0)} 歩/分は高すぎて現実的ではありません。動画のフレームレートを確認してください（早送りやタイムスタンプの誤り？）`,
    });
    return { running: false, warnings, suggestedSlowmo: null };
  }
  if (missingStance)
    warnings.push({
      en: 'toe-off not found for most steps: contact times and stance metrics are incomplete',
      ja: 'ほとんどの歩で離地が見つかりません。接地時間と立脚期の数値は不完全です',
    });
  const ct = median(contacts);
  if (Number.isFinite(ct) && ct > 0.4)
    warnings.push({
      en: `median contact time ${(ct * 1000).toFixed(0)} ms is long for running`,
      ja: `接地時間の中央値 ${(ct * 1000).toFixed(0)} ms はランニングとしては長めです`,
    });
  return { running: true, warnings, suggestedSlowmo: null };
}
