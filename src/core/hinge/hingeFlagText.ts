import type { LocalizedText } from '../report/report.ts';

/**
 * English and Japanese text of the hinge flags, written for hipcheck (not taken from the source
 * articles). 2D keypoints cannot see the spine, so nothing here claims to measure spinal flexion;
 * the lower back is only ever named as a likely cause. Numbers are set medians over the reps.
 */
const f0 = (v: number) => v.toFixed(0);
const f2 = (v: number) => v.toFixed(2);

export interface FlagText {
  title: LocalizedText;
  detail: LocalizedText;
}

export const hingeFlagText = {
  squattingTop: (ratio: number, shin: number, knee: number): FlagText => ({
    title: { en: 'Knees take over the hinge', ja: '膝が前に出てスクワットに近い動き' },
    detail: {
      en: `At the bottom the hips bend only ${f2(ratio)}× as much as the knees (a hinge is usually 2× or more), with the knees bent ${f0(knee)}° and the shins tilted ${f0(shin)}° forward. The knees travel forward and the hips go down rather than back, so the thighs do more of the work than the glutes and hamstrings. If you meant to squat, ignore this.`,
      ja: `一番下の位置で、股関節の曲がりが膝の${f2(ratio)}倍しかありません(ヒップヒンジでは通常2倍以上)。膝は${f0(knee)}°曲がり、すねは${f0(shin)}°前に傾いています。お尻が後ろではなく下に落ち、膝が前に出るため、お尻や太もも裏より太もも前側が主に働いている可能性があります。スクワットのつもりであれば、この指摘は当てはまりません。`,
    },
  }),
  squattingFloor: (knee: number, shin: number): FlagText => ({
    title: {
      en: 'Hips low and knees forward at the start of the pull',
      ja: '引き始めでお尻が低く、膝が前に出ている',
    },
    detail: {
      en: `At the start of the lift the knees are bent ${f0(knee)}° and the shins tilted ${f0(shin)}° forward, beyond the usual deadlift start (knees about 60–110°, shins about 5–20°). Starting this squat-like pushes the knees in front of the bar path and shifts work from the hips to the thighs.`,
      ja: `引き始めの膝の曲がりが${f0(knee)}°、すねの前傾が${f0(shin)}°で、一般的なデッドリフトの開始姿勢(膝およそ60〜110°、すね5〜20°)を超えています。スクワットのような構えになると膝がバーの通り道より前に出て、股関節ではなく太ももの前側に負荷が移りやすくなります。`,
    },
  }),
  hipsNotBack: (shift: number, trunk: number): FlagText => ({
    title: {
      en: 'Trunk tips forward but the hips hardly move back',
      ja: '上体は倒れているが、お尻が後ろに引けていない',
    },
    detail: {
      en: `The trunk leans ${f0(trunk)}° forward at the bottom, yet the hips moved back only ${f2(shift)} of a leg length behind the ankles. When the hips stay over the feet like this, the forward bend is likely coming from the lower back rather than from the hip joints. The camera cannot see the spine itself, so take this as a likely cause to check, not a measurement.`,
      ja: `一番下で上体は${f0(trunk)}°前に倒れていますが、お尻が足首より後ろへ動いた距離は脚の長さの${f2(shift)}倍しかありません。お尻が足の上に残ったまま前に倒れると、股関節ではなく腰(背中)を曲げて前屈している可能性があります。カメラの映像から背骨そのものは見えないため、測定値ではなく「考えられる原因」として確認してください。`,
    },
  }),
  trunkDrift: (drift: number): FlagText => ({
    title: {
      en: 'Trunk angle changes between lowering and rising',
      ja: '下ろす時と上げる時で上体の角度が違う',
    },
    detail: {
      en: `At the same hip angle, the trunk is up to ${f0(drift)}° more or less inclined on the way up than on the way down. A hinge keeps one trunk angle for one hip angle; a change like this often means the hips rise first and the lower back finishes the lift.`,
      ja: `同じ股関節の角度で比べると、上げる時の上体の傾きが下ろす時より最大${f0(drift)}°違います。ヒップヒンジでは股関節の角度が同じなら上体の角度も同じになるのが理想で、このような差はお尻が先に上がり、最後を腰で持ち上げているサインであることが多いです。`,
    },
  }),
  barDrift: (devRatio: number, devCm: number): FlagText => ({
    title: { en: 'The bar drifts away from the legs', ja: 'バーが脚から離れていく' },
    detail: {
      en: `During the rep the hands (the bar) move up to ${f2(devRatio)} of a leg length${Number.isFinite(devCm) ? ` (about ${f0(devCm)} cm)` : ''} away from the line above the middle of the foot. The further the load hangs in front of the feet, the longer its lever on the hips and the lower back: keep the bar close, brushing the thighs and shins. The wrists stand in for the bar here; the camera cannot see the bar itself.`,
      ja: `レップ中に手(バー)が、足の中央の真上の線から最大で脚の長さの${f2(devRatio)}倍${Number.isFinite(devCm) ? `(約${f0(devCm)}cm)` : ''}離れています。重りが足より前にあるほど、股関節と腰にかかるてこが長くなります。太ももとすねをこするようにバーを体の近くに保ちましょう。ここでは手首の位置をバーの代わりにしており、バーそのものは見ていません。`,
    },
  }),
  hipsShootUp: (trunk: number, knee: number): FlagText => ({
    title: { en: 'Hips rise first at the start of the lift', ja: '上げ始めにお尻だけが先に上がる' },
    detail: {
      en: `In the first half of the rise the knees straighten ${f0(knee)}° while the trunk tips ${f0(trunk)}° further forward: the hips come up before the shoulders. This leaves the back muscles to lift the load from a more horizontal trunk.`,
      ja: `上げ動作の前半で膝が${f0(knee)}°伸びる間に、上体はさらに${f0(trunk)}°前へ倒れています。肩より先にお尻が上がっており、上体が水平に近い状態で背中の筋肉に持ち上げを任せる形になっています。`,
    },
  }),
  leanBack: (trunk: number): FlagText => ({
    title: { en: 'Leaning back at lockout', ja: '立ち上がりの最後で上体が後ろに反る' },
    detail: {
      en: `At the top the shoulders finish ${f0(-trunk)}° behind the hips. The hips cannot extend much past straight, so leaning back this far is usually made up by arching the lower back. Finish by standing tall with the glutes, ribs stacked over the pelvis.`,
      ja: `立ち上がった時点で、肩がお尻より${f0(-trunk)}°後ろにあります。股関節はまっすぐ以上にはあまり伸びないため、ここまで後ろに倒れる分は腰を反らせて補っていることが多いです。最後はお尻を締めて、肋骨を骨盤の真上に重ねるように立ちましょう。`,
    },
  }),
  /** Issue 13: lean-back against the lifter's own still standing posture in the clip. */
  leanBackVsStanding: (pastDeg: number): FlagText => ({
    title: { en: 'Leaning back at lockout', ja: '立ち上がりの最後で上体が後ろに反る' },
    detail: {
      en: `At the top the trunk leans ${f0(pastDeg)}° further back than your own upright stance in this clip. The hips cannot extend much past straight, so that extra lean is usually made up by arching the lower back. Finish by standing tall with the glutes, ribs stacked over the pelvis.`,
      ja: `立ち上がった時点で、この動画でのあなた自身の直立姿勢より上体が${f0(pastDeg)}°後ろに倒れています。股関節はまっすぐ以上にはあまり伸びないため、この分は腰を反らせて補っていることが多いです。最後はお尻を締めて、肋骨を骨盤の真上に重ねるように立ちましょう。`,
    },
  }),
  /** Issue 13: lockout short of the lifter's own still standing posture in the clip. */
  incompleteVsStanding: (hipShortDeg: number, kneeShortDeg: number): FlagText => ({
    title: { en: 'Not fully standing at the top', ja: '立ち上がりきっていない(ロックアウト不足)' },
    detail: {
      en: `At the top of the rep the hips stay ${f0(hipShortDeg)}° and the knees ${f0(kneeShortDeg)}° short of your own upright stance in this clip. Finishing each rep standing as tall as you stand before the set lets the glutes complete the hip extension.`,
      ja: `レップの一番上で、この動画でのあなた自身の直立姿勢より股関節が${f0(hipShortDeg)}°、膝が${f0(kneeShortDeg)}°曲がったままです。セット前に立っているときと同じくらいまっすぐ立ちきることで、お尻が股関節の伸展を最後までやり切れます。`,
    },
  }),
  incompleteLockout: (hip: number, knee: number): FlagText => ({
    title: { en: 'Not fully standing at the top', ja: '立ち上がりきっていない(ロックアウト不足)' },
    detail: {
      en: `At the top of the rep the hips are still bent ${f0(hip)}° and the knees ${f0(knee)}°. Finishing each rep standing straight lets the glutes complete the hip extension instead of stopping short.`,
      ja: `レップの一番上でも股関節が${f0(hip)}°、膝が${f0(knee)}°曲がったままです。毎回まっすぐ立ちきることで、お尻が股関節の伸展を最後までやり切れます。`,
    },
  }),
  inconsistency: (what: string, whatJa: string): FlagText => ({
    title: { en: 'Reps are not alike', ja: 'レップごとのばらつきが大きい' },
    detail: {
      en: `Over the set ${what}. Bottom positions or tempo that drift from rep to rep often mean fatigue or a movement that is not yet grooved.`,
      ja: `セットを通して${whatJa}。一番下の姿勢やテンポがレップごとに変わるのは、疲労や、動きがまだ定着していないことのサインであることが多いです。`,
    },
  }),
};
