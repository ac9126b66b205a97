import type { LocalizedText } from '../report/report.ts';

/** Titles and explanations of the running flags, in our own words (patterns.md ideas). */
export const RUN_FLAG_TEXT: Record<string, { title: LocalizedText; detail: LocalizedText }> = {
  'knee-dominant-landing': {
    title: { en: 'Knee-dominant landing', ja: '膝主導の着地' },
    detail: {
      en: 'The knee bends deeply in stance and travels ahead of the ankle while the trunk stays upright: the knee is taking the landing load that the hips could absorb. In studies this pattern goes with higher knee-extensor and kneecap loading.',
      ja: '接地中に膝が深く曲がり、足首より前へ出ています。上体も起きたままで、本来お尻(股関節)で受け止めたい着地の衝撃を膝が引き受けている状態です。膝や膝蓋骨まわりの負担が大きくなりやすい動きとされています。',
    },
  },
  'hips-sinking': {
    title: { en: 'Hips sinking after contact', ja: '接地後に腰が落ちる' },
    detail: {
      en: 'The hips drop a lot after each contact and the body bounces up and down: a sign the glutes are not catching the landing. It costs energy and tends to get worse late in long runs.',
      ja: '接地のたびに腰が大きく沈み、上下動が大きくなっています。お尻で着地の衝撃を受け止めきれていないサインで、エネルギーのロスにつながり、長い距離の後半ほど目立ちやすくなります。',
    },
  },
  overstride: {
    title: { en: 'Overstride: landing ahead of the body', ja: 'オーバーストライド(体より前で着地)' },
    detail: {
      en: 'The foot lands well ahead of the hips with the shin tilted forward and the knee nearly straight. Landing this far in front brakes each step and has been associated with higher impact and knee load.',
      ja: '足が腰よりかなり前に着地し、すねが前に傾き、膝もほぼ伸びています。体の前で着地するとブレーキがかかりやすく、衝撃や膝への負担が大きくなることと関連が報告されています。',
    },
  },
  'trailing-leg': {
    title: { en: 'Trailing leg after push-off', ja: '足が後ろに流れる' },
    detail: {
      en: 'At toe-off the foot is still far behind the hips: push-off is coming from the calf rather than from the hip driving the leg through. This often goes with calf tightness.',
      ja: '離地の時点で足が腰よりかなり後ろに残っています。股関節で脚を前へ運ぶのではなく、ふくらはぎで地面を蹴っている可能性があり、ふくらはぎの張りにつながりやすい動きです。',
    },
  },
  'pelvic-drop': {
    title: { en: 'Pelvic drop on the swing side', ja: '骨盤の左右のブレ(遊脚側の落ち込み)' },
    detail: {
      en: 'During stance the hip on the swing side drops: the stance-side gluteus medius is not holding the pelvis level. Larger drop has been associated with several running injuries.',
      ja: '接地中に、浮いている脚の側の骨盤が下がっています。接地側の中殿筋が骨盤を水平に保てていないサインで、骨盤の落ち込みが大きいほどランニング障害との関連が報告されています。',
    },
  },
  'knee-collapse': {
    title: { en: 'Knee moving toward the midline', ja: '膝が内側に入る' },
    detail: {
      en: 'In stance the knee moves inward of the hip–ankle line. From a 2D video this is a screening cue only (it tracks real 3D knee motion poorly in running); read it together with pelvic drop.',
      ja: '接地中に膝が股関節と足首を結ぶ線より内側へ入っています。2D動画では目安にとどまる指標(走動作では実際の3Dの動きとの対応が弱い)なので、骨盤の落ち込みと合わせて見てください。',
    },
  },
  crossover: {
    title: { en: 'Feet landing on or across the midline', ja: '足が体の中心線上・反対側に着地' },
    detail: {
      en: 'The feet land very close to, or across, the body midline. Very narrow steps have been linked with higher iliotibial-band strain and shin loading.',
      ja: '左右の足が体の中心線付近、またはそれを越えて着地しています。歩隔が極端に狭いと、腸脛靭帯やすねへの負担が増えることが報告されています。',
    },
  },
  asymmetry: {
    title: { en: 'One side clearly differs', ja: '左右差が大きい' },
    detail: {
      en: 'One leg differs clearly from the other on this measure. Problems often show up first on the side that works differently.',
      ja: 'この指標で片脚がもう片方とはっきり異なります。使い方が違う側から先にトラブルが出やすい傾向があります。',
    },
  },
  'late-run-breakdown': {
    title: { en: 'Form changes late in the clip', ja: '後半にフォームが崩れる' },
    detail: {
      en: 'Compared with the first part of the clip, the last part shows worse values: a sign of fatigue, typically of the hip muscles, as in the late stages of a long race.',
      ja: 'クリップの前半と比べて後半で数値が悪化しています。長い距離の後半のように、股関節まわりの筋肉が疲れてきたサインと考えられます。',
    },
  },
};
