import { f0, f1, f2, f3 } from './textEntry.ts';
import type { ReportCatalogue } from './reportText.en.ts';

const VIEW_JA = { side: '横', rear: '後方', front: '前方' } as const;

/** The report's words in Japanese (keys and parameters: reportText.en.ts). */
export const reportJa: ReportCatalogue = {
  'flag.knee-dominant-landing.title': '膝主導の着地',
  'flag.knee-dominant-landing.detail':
    '接地中に膝が深く曲がり、足首より前へ出ています。上体も起きたままで、本来お尻(股関節)で受け止めたい着地の衝撃を膝が引き受けている状態です。膝や膝蓋骨まわりの負担が大きくなりやすい動きとされています。',
  'flag.hips-sinking.title': '接地後に腰が落ちる',
  'flag.hips-sinking.detail':
    '接地のたびに腰が大きく沈み、上下動が大きくなっています。お尻で着地の衝撃を受け止めきれていないサインで、エネルギーのロスにつながり、長い距離の後半ほど目立ちやすくなります。',
  'flag.overstride.title': 'オーバーストライド(体より前で着地)',
  'flag.overstride.detail':
    '足が腰よりかなり前に着地し、すねが前に傾き、膝もほぼ伸びています。体の前で着地するとブレーキがかかりやすく、衝撃や膝への負担が大きくなることと関連が報告されています。',
  'flag.trailing-leg.title': '足が後ろに流れる',
  'flag.trailing-leg.detail':
    '離地の時点で足が腰よりかなり後ろに残っています。股関節で脚を前へ運ぶのではなく、ふくらはぎで地面を蹴っている可能性があり、ふくらはぎの張りにつながりやすい動きです。',
  'flag.pelvic-drop.title': '骨盤の左右のブレ(遊脚側の落ち込み)',
  'flag.pelvic-drop.detail':
    '接地中に、浮いている脚の側の骨盤が下がっています。接地側の中殿筋が骨盤を水平に保てていないサインで、骨盤の落ち込みが大きいほどランニング障害との関連が報告されています。',
  'flag.knee-collapse.title': '膝が内側に入る',
  'flag.knee-collapse.detail':
    '接地中に膝が股関節と足首を結ぶ線より内側へ入っています。2D動画では目安にとどまる指標(走動作では実際の3Dの動きとの対応が弱い)なので、骨盤の落ち込みと合わせて見てください。',
  'flag.crossover.title': '足が体の中心線上・反対側に着地',
  'flag.crossover.detail':
    '左右の足が体の中心線付近、またはそれを越えて着地しています。歩隔が極端に狭いと、腸脛靭帯やすねへの負担が増えることが報告されています。',
  'flag.asymmetry.title': '左右差が大きい',
  'flag.asymmetry.detail':
    'この指標で片脚がもう片方とはっきり異なります。使い方が違う側から先にトラブルが出やすい傾向があります。',
  'flag.late-run-breakdown.title': '後半にフォームが崩れる',
  'flag.late-run-breakdown.detail':
    'クリップの前半と比べて後半で数値が悪化しています。長い距離の後半のように、股関節まわりの筋肉が疲れてきたサインと考えられます。',
  'drill.glute-stretch.name': 'お尻のストレッチ(前脚を折りたたむ)',
  'drill.glute-stretch.why':
    '片膝を体の前で折りたたみ、その上に骨盤ごと体を倒します。股関節の回旋とお尻の柔軟性を取り戻し、着地の衝撃を膝や腰に任せず股関節で受け止めやすくします。',
  'drill.split-stance-hinge.name': 'スプリットスタンスのヒップヒンジ',
  'drill.split-stance-hinge.why':
    '前後に軽く脚を開き、頭からお尻までを一直線に保ったままお尻を後ろへ引きます。前脚のお尻と太もも裏で体重を受け止める(遠心性に働かせる)感覚を覚え、走りの接地脚の使い方につなげます。',
  'drill.wall-drill.name': '壁ドリル(交互の膝上げ)',
  'drill.wall-drill.why':
    '壁に手をついて体を預け、片膝ずつ引き上げます。その間、軸脚側の股関節で体を高く支え続けます。腰が落ちる・骨盤が横に傾く動きに対して、接地側のお尻で骨盤を保つ練習です。',
  'drill.calf-raise-ball.name': 'かかとでテニスボールを挟むカーフレイズ',
  'drill.calf-raise-ball.why':
    'かかとの間にボールを挟んだまま、つま先立ちを繰り返します。後脛骨筋と長腓骨筋を同時に働かせて土踏まずを支え、着地で足部や膝が内側へ崩れにくくします。',
  'drill.wall-hip-hinge.name': '壁を使ったヒップヒンジ',
  'drill.wall-hip-hinge.why':
    '壁から足一つ分ほど離れて立ち、かかとをつけたまま、膝を前に出さずにお尻を後ろの壁に触れるまで引きます。曲げる動きが膝や腰ではなく股関節から起きているかを壁が教えてくれます。',
  'drill.paused-hinge.name': '下で1〜2秒止める自重ヒップヒンジ',
  'drill.paused-hinge.why':
    'ゆっくりお尻を引いて前傾し、一番下で1〜2秒止めてから戻ります。反動を使えないため、体幹の角度とお尻の位置をお尻と太もも裏でコントロールする力が身につきます。',
  'drill.single-leg-hinge-ball.name': '後ろ足をボールに乗せた片脚ヒップヒンジ',
  'drill.single-leg-hinge-ball.why':
    '後ろ足を軽くボールに乗せ、前脚一本で股関節から前傾します。片側ずつお尻に負荷をかけ、骨盤の左右のブレを抑える力を鍛えます。左右差が大きいときに向いています。',
  'drill.diaphragmatic-breathing.name': 'お腹を引き込んだ腹式呼吸',
  'drill.diaphragmatic-breathing.why':
    'お腹を軽く引き込んだまま、肋骨の下の方へゆっくり息を入れます。体の内側から体幹を安定させ、お尻の代わりに腰が反ったり丸まったりするのを防ぎます。',
  'drill.pelvic-reset.name': '座り姿勢・立ち姿勢の骨盤リセット',
  'drill.pelvic-reset.why':
    '座っているときと立っているときに、骨盤を前後に動かしてから真ん中に戻す動きを一日に何度か行います。長時間の座り姿勢で後ろに傾いたまま固まった骨盤を戻し、股関節が働きやすい状態を作ります。',
  'drill.cadence-plus-5.name': 'ピッチを5〜10%上げる',
  'drill.cadence-plus-5.why':
    'メトロノームを普段のピッチより5〜10%速く設定して数分走ります。歩幅が自然に短くなり、体の真下に近い位置で着地できるため、膝や股関節への負担が減ることが報告されています(Heiderscheit 2011)。',
  'flag.fewEvents': (p) =>
    `(判定に使えたのは${p.n}回のみで、推奨の${p.minEvents}回に届かないため、重要度を1段階下げ、信頼度も低く表示しています。)`,
  'run.speedNote.estimated': (p) =>
    `(速度が不明なため、ピッチから推定した速度${p.mps !== null ? `(秒速 約 ${f1(p.mps)} m)` : ''}の基準で判定しています。トレッドミルの速度を入力するとより確かな判定になります)`,
  'run.speedNote.given': (p) => `(入力された速度(秒速 ${f1(p.mps)} m)の基準で判定しています)`,
  'run.medianVsThreshold': (p) => `(${p.metric}の中央値 ${f2(p.median)}、基準 ${p.threshold})`,
  // The Japanese overstride detail does not repeat the two signs' numbers.
  'run.overstride.signs': '',
  'run.kneeDominant.values': (p) =>
    `(接地中の最大膝屈曲 ${f1(p.peakKneeDeg)}°、体幹前傾 ${f1(p.trunkLeanDeg)}°)`,
  'run.crossover.values': (p) => `(歩隔の中央値 ${f3(p.median)} L)`,
  'run.asymmetry.values': (p) => `(${p.metric}: 左 ${f3(p.left)}、右 ${f3(p.right)})`,
  // The Japanese breakdown detail sums the changes up in one sentence instead of listing them.
  'run.breakdown.changes': '(前半と後半の差が、1歩ごとのばらつきで説明できる幅を超えています)',
  'run.breakdown.change': (p) =>
    `${p.metric} ${p.first} → ${p.last}(変化 ${p.change}、ノイズ下限 ${p.noiseFloor})`,
  'run.breakdown.cadence': (p) => `(ピッチ ${p.first} → ${p.last} 歩/分)`,
  'hinge.squattingTop.title': '膝が前に出てスクワットに近い動き',
  'hinge.squattingTop.detail': (p) =>
    `一番下の位置で、股関節の曲がりが膝の${f2(p.ratio)}倍しかありません(ヒップヒンジでは通常2倍以上)。膝は${f0(p.knee)}°曲がり、すねは${f0(p.shin)}°前に傾いています。お尻が後ろではなく下に落ち、膝が前に出るため、お尻や太もも裏より太もも前側が主に働いている可能性があります。スクワットのつもりであれば、この指摘は当てはまりません。`,
  'hinge.squattingFloor.title': '引き始めでお尻が低く、膝が前に出ている',
  'hinge.squattingFloor.detail': (p) =>
    `引き始めの膝の曲がりが${f0(p.knee)}°、すねの前傾が${f0(p.shin)}°で、一般的なデッドリフトの開始姿勢(膝およそ60〜110°、すね5〜20°)を超えています。スクワットのような構えになると膝がバーの通り道より前に出て、股関節ではなく太ももの前側に負荷が移りやすくなります。`,
  'hinge.hipsNotBack.title': '上体は倒れているが、お尻が後ろに引けていない',
  'hinge.hipsNotBack.detail': (p) =>
    `一番下で上体は${f0(p.trunk)}°前に倒れていますが、お尻が足首より後ろへ動いた距離は脚の長さの${f2(p.shift)}倍しかありません。お尻が足の上に残ったまま前に倒れると、股関節ではなく腰(背中)を曲げて前屈している可能性があります。カメラの映像から背骨そのものは見えないため、測定値ではなく「考えられる原因」として確認してください。`,
  'hinge.trunkDrift.title': '下ろす時と上げる時で上体の角度が違う',
  'hinge.trunkDrift.detail': (p) =>
    `同じ股関節の角度で比べると、上げる時の上体の傾きが下ろす時より最大${f0(p.drift)}°違います。ヒップヒンジでは股関節の角度が同じなら上体の角度も同じになるのが理想で、このような差はお尻が先に上がり、最後を腰で持ち上げているサインであることが多いです。`,
  'hinge.barDrift.title': 'バーが脚から離れていく',
  'hinge.barDrift.detail': (p) =>
    `レップ中に手(バー)が、足の中央の真上の線から最大で脚の長さの${f2(p.devRatio)}倍${Number.isFinite(p.devCm) ? `(約${f0(p.devCm)}cm)` : ''}離れています。重りが足より前にあるほど、股関節と腰にかかるてこが長くなります。太ももとすねをこするようにバーを体の近くに保ちましょう。ここでは手首の位置をバーの代わりにしており、バーそのものは見ていません。`,
  'hinge.hipsShootUp.title': '上げ始めにお尻だけが先に上がる',
  'hinge.hipsShootUp.detail': (p) =>
    `上げ動作の前半で膝が${f0(p.knee)}°伸びる間に、上体はさらに${f0(p.trunk)}°前へ倒れています。肩より先にお尻が上がっており、上体が水平に近い状態で背中の筋肉に持ち上げを任せる形になっています。`,
  'hinge.leanBack.title': '立ち上がりの最後で上体が後ろに反る',
  'hinge.leanBack.detail': (p) =>
    `立ち上がった時点で、肩がお尻より${f0(-p.trunk)}°後ろにあります。股関節はまっすぐ以上にはあまり伸びないため、ここまで後ろに倒れる分は腰を反らせて補っていることが多いです。最後はお尻を締めて、肋骨を骨盤の真上に重ねるように立ちましょう。`,
  'hinge.leanBackVsStanding.title': '立ち上がりの最後で上体が後ろに反る',
  'hinge.leanBackVsStanding.detail': (p) =>
    `立ち上がった時点で、この動画でのあなた自身の直立姿勢より上体が${f0(p.pastDeg)}°後ろに倒れています。股関節はまっすぐ以上にはあまり伸びないため、この分は腰を反らせて補っていることが多いです。最後はお尻を締めて、肋骨を骨盤の真上に重ねるように立ちましょう。`,
  'hinge.incompleteVsStanding.title': '立ち上がりきっていない(ロックアウト不足)',
  'hinge.incompleteVsStanding.detail': (p) =>
    `レップの一番上で、この動画でのあなた自身の直立姿勢より股関節が${f0(p.hipShortDeg)}°、膝が${f0(p.kneeShortDeg)}°曲がったままです。セット前に立っているときと同じくらいまっすぐ立ちきることで、お尻が股関節の伸展を最後までやり切れます。`,
  'hinge.incompleteLockout.title': '立ち上がりきっていない(ロックアウト不足)',
  'hinge.incompleteLockout.detail': (p) =>
    `レップの一番上でも股関節が${f0(p.hip)}°、膝が${f0(p.knee)}°曲がったままです。毎回まっすぐ立ちきることで、お尻が股関節の伸展を最後までやり切れます。`,
  'hinge.inconsistency.title': 'レップごとのばらつきが大きい',
  'hinge.inconsistency.detail': (p, t) =>
    `セットを通して${p.parts.map(t).join('。')}。一番下の姿勢やテンポがレップごとに変わるのは、疲労や、動きがまだ定着していないことのサインであることが多いです。`,
  'hinge.inconsistency.trunkAngleDeg': '一番下での上体の角度',
  'hinge.inconsistency.hipFlexionDeg': '一番下での股関節の角度',
  'hinge.inconsistency.drift': (p, t) =>
    `${t(p.what)}がセットを通して${f0(p.changeDeg)}°変化しています(最初のレップで約${f0(p.firstDeg)}°、最後のレップで約${f0(p.lastDeg)}°)。レップごとの自然なばらつきで説明できる${f0(p.noiseFloorDeg)}°を超えています`,
  'hinge.inconsistency.tempo': (p) =>
    `1レップにかかる時間が${f0(p.cvPct)}%ばらついています(${f1(p.minS)}〜${f1(p.maxS)}秒)`,
  'warn.run.legsSwapped': (p) =>
    `姿勢推定モデルが ${p.frames} フレームで左右の脚を取り違えていました。歩行の連続性から修正しました`,
  'warn.run.tooFewFrames': 'ランニングを解析するにはフレーム数が足りません',
  'warn.run.legsNotVisible': '脚（股関節・膝・足首）が見えません。ランニングの数値は出せません',
  'warn.run.noContacts': (p) =>
    `${f1(p.durationS)} 秒の中に接地が見つかりません。ランニングの動画で、両脚が映っていますか？`,
  'warn.run.sameFootTwice': (p) =>
    `同じ足が続けて接地した箇所が ${p.pairs} か所あります（接地の見落としか左右の取り違え）`,
  'warn.run.tooFewForCadence': (p) =>
    `接地が ${p.contacts} 回しかありません。ピッチの計算には 3 回以上必要です`,
  'warn.run.fewStepsPerSide': (p) =>
    `片側の歩数が ${p.steps} 歩しかありません（安定した中央値には片側 7 歩以上を推奨）。指摘は 1 段階低く、低い信頼度で表示します`,
  'warn.run.notRunning':
    '実時間のランニング動画に見えないため、ランニングの指摘と 1 歩ごとの数値は出していません',
  'warn.run.tooFewContacts': '接地の数が少なすぎて、ランニングかどうか判断できません',
  'warn.run.slowMotion': (p) =>
    `ピッチ ${f0(p.cadenceSpm)} 歩/分はランニングとしては遅すぎます。スローモーション動画なら、スロー倍率（${p.factor ? `${p.factor} 倍` : '倍率'}）か撮影時のフレームレートを指定してください。それまでは数値は動画ファイル上の時間です`,
  'warn.run.walkingCadence': (p) =>
    `ピッチ ${f0(p.cadenceSpm)} 歩/分${p.missingStance ? '、接地時間もランニングにしては長すぎます' : ''}。ランニングではなく歩行のようです。ランニングの指摘は計算しません`,
  'warn.run.walkingNoSink': (p) =>
    `接地後に骨盤が沈みません（中央値 ${f3(p.sinkRatio)} L）。ランニングではなく歩行のようです。ランニングの指摘は計算しません`,
  'warn.run.cadenceTooHigh': (p) =>
    `ピッチ ${f0(p.cadenceSpm)} 歩/分は高すぎて現実的ではありません。動画のフレームレートを確認してください（早送りやタイムスタンプの誤り？）`,
  'warn.run.toeOffMissing': 'ほとんどの歩で離地が見つかりません。接地時間と立脚期の数値は不完全です',
  'warn.run.longContact': (p) =>
    `接地時間の中央値 ${f0(p.contactTimeS * 1000)} ms はランニングとしては長めです`,
  'warn.hinge.incomplete.no-lockout': (p) =>
    `${f1(p.t)} 秒の最下点からの引き上げは、動画の中でロックアウト（まっすぐ立った姿勢）に達していません。レップとして数えず、トップの姿勢も評価していません。`,
  'warn.hinge.incomplete.too-shallow': (p) =>
    `${f1(p.t)} 秒の動きは浅すぎるため、レップとして数えていません。`,
  'warn.hinge.incomplete.no-standing-after': (p) =>
    `${f1(p.t)} 秒に最下点があるレップは、動画の中で立位に戻っていません（または画面から出ています）。数えていません。`,
  'warn.hinge.incomplete.no-standing-before': (p) =>
    `${f1(p.t)} 秒に最下点があるレップは、立位からも、床での静止状態からも始まっていません。数えていません。`,
  'warn.hinge.tooShort': '動画が短すぎてレップを測れません（0.5 秒未満）。',
  'warn.hinge.noPerson': '動画の中に人物が見つかりませんでした。',
  'warn.hinge.ankleHidden': (p) =>
    `${p.hiddenPct}% のフレームで足首が隠れているか不確かでした（足の前にプレート？）。その部分は、ほかの場面でその足が置かれている位置を使いました。`,
  'warn.hinge.sceneStartsRising': (p) =>
    `${f1(p.cutT)} 秒から始まる場面は、すでに体を起こし始めたところから始まっています。このレップの本当の最下点は場面の切り替わりより前かもしれないため、最下点の角度は最初に映ったフレームのものです。`,
  'warn.hinge.clipStartsRising': (p) =>
    `動画は、すでに体を起こし始めたところから始まっています（${f1(p.startT)} 秒）。このレップの本当の最下点は最初のフレームより前かもしれないため、最下点の角度は最初に映ったフレームのものです。`,
  'warn.hinge.noCompleteRep':
    '完全なレップが見つかりませんでした（1 レップは、立位または床での静止状態から最下点まで下り、立位に戻るまでです）。',
  'warn.hinge.neverStandsStill':
    '静止して立っている場面がないため、ロックアウトを本人の立位姿勢と比べられません。反り過ぎとロックアウト不足は参考情報（info）にとどめます。',
  'warn.hinge.spineNotJudged':
    '背中の丸まりは判定していません。体のキーポイントは腰から肩までを 1 本の直線として捉えるため、背中が丸まっていても見えません。背中の形は動画で確認してください。',
  'warn.hinge.cameraOblique': (p) =>
    `カメラが真横から約${p.offSideDeg}°ずれています（両肩が前後に重ならず、横に並んで見えます）。斜めから撮ると上体・股関節・膝の角度が実際より小さく、お尻の後方移動も短く見えるため、ロックアウト、反り、お尻の引き、上体角度の変化、レップ間のばらつきの判定は参考情報（info）にとどめます${p.lowered ? `（${p.lowered}）` : ''}。スクワット化とお尻が先に上がる動きの判定は、約45°までの斜めの映像で確認済みです。すべてを判定するには、腰の高さのカメラで真横から撮影してください。`,
  'warn.hinge.notSideView': (p) =>
    `${p.view === 'rear' ? '後方' : '前方'}からの映像ではレップ数とテンポだけを測ります。ヒンジの角度には横からの映像が必要です。`,
  'warn.hinge.legsHidden': (p) =>
    `人物が映っているフレームの ${p.pct}% で脚が見えません。体の一部が画面の外に出ているかもしれません。その部分のレップは測定できません。`,
  'warn.hinge.atEdge': '股関節・膝・足首が画面の端にかかっています。体の一部が画面の外に出ています。',
  'warn.hinge.bodyJumped': (p) =>
    `検出した体の位置が ${p.frames} フレームで飛びました（${f1(p.fromT)} 秒から ${f1(p.toT)} 秒）。別の人が画面を横切ったときなどに起こります。それらのフレームは除外しました。`,
  'warn.hinge.scenes': (p) =>
    `この動画には ${p.cutsS.length + 1} つの場面があります（${p.cutsS.map(f1).join(', ')} 秒で切り替わります）。場面ごとに分析し、レップ数を合計しました。`,
  'warn.secondPerson': (p) =>
    `2 人目の人物が映っています。姿勢推定が 2 人の間で ${p.jumps} 回入れ替わりました。最も多くのフレームに映っている人物（${f0(p.keptShare * 100)} %）だけを解析し、もう一人の ${p.otherFrames} フレームは除外しました`,
  'warn.twoPeople': (p) =>
    `2 人が映っていて、姿勢推定が 2 人の間で入れ替わり続けています（${p.jumps} 回。最も多く映っている人物でもフレームの ${f0(p.keptShare * 100)} % だけ）。解析しません。1 人だけが映るように撮影してください`,
  'warn.viewMismatch': (p) =>
    `撮影方向は「${VIEW_JA[p.view]}」に指定されていますが、キーポイントは「${VIEW_JA[p.autoView]}」からの映像に見えます`,
  'warn.emptyTrack': 'トラックが空です。解析するフレームがありません',
  'warn.fewPersonFrames': (p) =>
    `人物が見つかったのはフレームの ${f0(p.framesWithPose * 100)} % だけです。結果が不完全な可能性があります`,
  'warn.clipTooShort': (p) =>
    `動画の長さが ${f1(p.durationS)} 秒しかありません。安定した結果には 5〜10 秒以上（片側 7 歩以上、または 1 セット全体）が必要です`,
  'warn.run.cadenceWithheld': (p) =>
    `ピッチは表示しません。${p.contacts} 回の接地からは ${f0(p.contactCadenceSpm)} 歩/分ですが、ストライドのリズムからは ${f0(p.rhythmCadenceSpm)} 歩/分で、接地の見落としか誤検出があります`,
  'warn.run.fewSteps': (p) =>
    `この動画に含まれるのは約 ${p.held} 歩です。安定したランニングの数値には ${p.stepsNeeded} 歩（片側 7 歩）以上が必要です。このペースなら ${p.needS} 秒以上撮影してください`,
  'warn.run.walkingPelvis':
    '立脚中期に骨盤が最も低くならず最も高くなっています。ランニングではなく歩行のようです。ランニングの指摘は計算しません',
  'warn.run.looksSlowMotion': (p) =>
    `実際の ${p.factor} 倍遅く保存されたスローモーション動画のようです。スロー倍率 ${p.factor} で解析してください`,
  'warn.notADiagnosis':
    'hipcheck は動きについてのフィードバックであり、診断ではありません。痛みやしびれがあれば専門家に相談してください',
  'warn.slowmoIgnored': (p) => `スロー倍率 ${p.factor} は無視しました。1〜64 の範囲で指定してください`,
  'warn.slowmo': (p) => `スローモーション ×${p.factor}：時間とピッチはすべて実時間です`,
  'warn.captureFps': (p) =>
    `${p.captureFps} fps で撮影、${p.fileFps} fps で保存（スローモーション ×${p.factor}）：時間とピッチはすべて実時間です`,
  'warn.captureFpsIgnored': (p) =>
    `撮影フレームレート ${p.captureFps} fps は無視しました。ファイルのフレームレート（${p.fileFps} fps）の 1〜64 倍で指定してください`,
};
