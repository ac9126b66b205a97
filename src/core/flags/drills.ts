import type { Drill } from '../report/report.ts';

/**
 * The exercises the source articles prescribe (shared/domain/patterns.md, "Exercises"), with what
 * each trains and why it fits. Written in our own words. Running flags and the hinge helper refer
 * to them by id. hipcheck gives movement feedback, not a diagnosis.
 */
export const DRILLS = {
  'glute-stretch': {
    id: 'glute-stretch',
    name: { en: 'Glute stretch (front knee folded)', ja: 'お尻のストレッチ(前脚を折りたたむ)' },
    why: {
      en: 'Fold one knee in front of you and lean the pelvis over it. Restores hip rotation and glute length, so the hip can flex and absorb load at landing instead of handing it to the knee and lower back.',
      ja: '片膝を体の前で折りたたみ、その上に骨盤ごと体を倒します。股関節の回旋とお尻の柔軟性を取り戻し、着地の衝撃を膝や腰に任せず股関節で受け止めやすくします。',
    },
  },
  'split-stance-hinge': {
    id: 'split-stance-hinge',
    name: { en: 'Split-stance hip hinge', ja: 'スプリットスタンスのヒップヒンジ' },
    why: {
      en: 'Stand in a short split stance, push the hips back and keep the head-to-hip line straight. Teaches the front-leg glute and hamstrings to take the load eccentrically, the way a stance leg should in running.',
      ja: '前後に軽く脚を開き、頭からお尻までを一直線に保ったままお尻を後ろへ引きます。前脚のお尻と太もも裏で体重を受け止める(遠心性に働かせる)感覚を覚え、走りの接地脚の使い方につなげます。',
    },
  },
  'wall-drill': {
    id: 'wall-drill',
    name: { en: 'Wall drill (alternating knee drives)', ja: '壁ドリル(交互の膝上げ)' },
    why: {
      en: 'Hands on a wall, body leaning in, drive one knee up at a time while the standing hip holds the body tall. Trains the stance-side hip to keep the pelvis level and high, against hips sinking and dropping.',
      ja: '壁に手をついて体を預け、片膝ずつ引き上げます。その間、軸脚側の股関節で体を高く支え続けます。腰が落ちる・骨盤が横に傾く動きに対して、接地側のお尻で骨盤を保つ練習です。',
    },
  },
  'calf-raise-ball': {
    id: 'calf-raise-ball',
    name: {
      en: 'Calf raise squeezing a tennis ball between the heels',
      ja: 'かかとでテニスボールを挟むカーフレイズ',
    },
    why: {
      en: 'Rise onto the toes while gently squeezing a ball between the heels. Makes tibialis posterior and peroneus longus work together to hold the arch, so the foot and knee do not collapse inward on landing.',
      ja: 'かかとの間にボールを挟んだまま、つま先立ちを繰り返します。後脛骨筋と長腓骨筋を同時に働かせて土踏まずを支え、着地で足部や膝が内側へ崩れにくくします。',
    },
  },
  'wall-hip-hinge': {
    id: 'wall-hip-hinge',
    name: { en: 'Wall hip-hinge drill', ja: '壁を使ったヒップヒンジ' },
    why: {
      en: 'Stand a foot-length from a wall and push the hips back until they touch it, heels down and knees not drifting forward. The wall gives feedback that the bend comes from the hips, not from the knees or the lower back.',
      ja: '壁から足一つ分ほど離れて立ち、かかとをつけたまま、膝を前に出さずにお尻を後ろの壁に触れるまで引きます。曲げる動きが膝や腰ではなく股関節から起きているかを壁が教えてくれます。',
    },
  },
  'paused-hinge': {
    id: 'paused-hinge',
    name: { en: 'Bodyweight hinge with a 1–2 s pause at the bottom', ja: '下で1〜2秒止める自重ヒップヒンジ' },
    why: {
      en: 'Hinge slowly and hold the bottom for one or two seconds before standing. The pause removes momentum, so the trunk angle and hip position must be controlled by the glutes and hamstrings.',
      ja: 'ゆっくりお尻を引いて前傾し、一番下で1〜2秒止めてから戻ります。反動を使えないため、体幹の角度とお尻の位置をお尻と太もも裏でコントロールする力が身につきます。',
    },
  },
  'single-leg-hinge-ball': {
    id: 'single-leg-hinge-ball',
    name: { en: 'Single-leg hinge, back foot on a ball', ja: '後ろ足をボールに乗せた片脚ヒップヒンジ' },
    why: {
      en: 'Rest the back foot lightly on a ball and hinge over the front leg. Loads one hip at a time and challenges side-to-side pelvic control, useful when one side is clearly weaker.',
      ja: '後ろ足を軽くボールに乗せ、前脚一本で股関節から前傾します。片側ずつお尻に負荷をかけ、骨盤の左右のブレを抑える力を鍛えます。左右差が大きいときに向いています。',
    },
  },
  'diaphragmatic-breathing': {
    id: 'diaphragmatic-breathing',
    name: { en: 'Diaphragmatic breathing with the belly drawn in', ja: 'お腹を引き込んだ腹式呼吸' },
    why: {
      en: 'Breathe slowly into the lower ribs while keeping the belly gently drawn in. Builds trunk stiffness from the inside, so the lower back does not arch or fold to make up for the hips.',
      ja: 'お腹を軽く引き込んだまま、肋骨の下の方へゆっくり息を入れます。体の内側から体幹を安定させ、お尻の代わりに腰が反ったり丸まったりするのを防ぎます。',
    },
  },
  'pelvic-reset': {
    id: 'pelvic-reset',
    name: { en: 'Pelvic resets for sitting and standing', ja: '座り姿勢・立ち姿勢の骨盤リセット' },
    why: {
      en: 'Several times a day, roll the pelvis forward and back and settle it in the middle, sitting and standing. Undoes a pelvis stuck in a backward tilt from long sitting, which keeps the hips from doing their share.',
      ja: '座っているときと立っているときに、骨盤を前後に動かしてから真ん中に戻す動きを一日に何度か行います。長時間の座り姿勢で後ろに傾いたまま固まった骨盤を戻し、股関節が働きやすい状態を作ります。',
    },
  },
  'cadence-plus-5': {
    id: 'cadence-plus-5',
    name: { en: 'Raise cadence by 5–10 %', ja: 'ピッチを5〜10%上げる' },
    why: {
      en: 'Run a few minutes with a metronome 5–10 % above your usual step rate. Shorter steps land closer under the body and lower knee and hip loading (Heiderscheit et al. 2011).',
      ja: 'メトロノームを普段のピッチより5〜10%速く設定して数分走ります。歩幅が自然に短くなり、体の真下に近い位置で着地できるため、膝や股関節への負担が減ることが報告されています(Heiderscheit 2011)。',
    },
  },
} as const satisfies Record<string, Drill>;

export type DrillId = keyof typeof DRILLS;

/** Drill entries for the given ids, in order (copies, so a report can be mutated safely). */
export function drillsFor(ids: readonly DrillId[]): Drill[] {
  return ids.map((id) => ({ ...DRILLS[id], name: { ...DRILLS[id].name }, why: { ...DRILLS[id].why } }));
}
