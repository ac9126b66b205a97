import { f0, f1, f2, f3 } from './textEntry.ts';
import type { LanguageCatalogue } from './en.ts';

// Japanese, written for runners and lifters (not translated word for word): the app's screens and
// the report's texts, with the keys and parameters of en.ts.

export const ui: LanguageCatalogue['ui'] = {
  'app.tagline': 'お尻はちゃんと仕事をしていますか？',
  'app.privacy': '処理はすべてこの端末の中で行われます。動画がブラウザの外に送られることはありません。',
  'app.trainer': 'トレーナー用ワークスペース',
  'app.language': '言語',
  'app.languageName': '日本語',
  'unit.spm': '歩/分',
  'unit.leg': '× 脚長',
  'unit.reps': '回',
  'app.newClip': '別の動画',

  'slowmo.title': 'スローモーション動画ですか？',
  'slowmo.factor': 'スロー倍率',
  'slowmo.real': '実時間（スローではない）',
  'slowmo.option': '×{f}（{fps} fps で撮影）',
  'slowmo.suggest':
    '実際の {f} 倍遅く保存されたスローモーション動画のようです（約 {fps} fps で撮影）。動画ファイル上の時間のままでは、ランニングとして成り立ちません。',
  'slowmo.apply': '×{f} のスローとして再解析',
  'slowmo.active': '×{f} のスローとして解析しました。時間とピッチはすべて実時間です',
  'slowmo.rhythm':
    '動画ファイル上の時間では脚の動きの周期は {c} 歩/分です。×{f} とすると {r} 歩/分で、ランニングのピッチになります。',
  'start.title': '動画を解析する',
  'start.again': '別の動画を解析する',
  'start.options': '動きの種類・カメラの向き・姿勢推定モデルを変更',
  'start.activity': '動きの種類',
  'start.view': 'カメラの向き',
  'activity.run': 'ランニング',
  'activity.hinge': 'ヒップヒンジ',
  'activity.auto': '自動で判定',
  'view.side': '横から',
  'view.rear': '後ろから',
  'view.front': '前から',
  'view.auto': '自動で判定',
  'start.lift': '種目（ヒップヒンジ）',
  'lift.auto': '動きから判断する',
  'lift.deadlift': '床からのデッドリフト／ケトルベルスイング（膝を曲げる）',
  'lift.rdl': 'ルーマニアン・スティッフレッグデッドリフト／グッドモーニング',
  'lift.squat': 'スクワット',
  'lift.swing': 'ケトルベルスイング',
  'lift.good-morning': 'グッドモーニング（肩の上にバーや棒を担ぐ）',
  'start.upload': '動画をアップロード',
  'start.drop': 'または動画ファイルをここにドロップ',
  'start.camera': 'カメラを起動',
  'start.or': 'または',

  'analysis.title': '解析中',
  'analysis.frames': '{total} フレーム中 {done}',
  'analysis.eta': '残り約 {s}',
  'analysis.analysing': '接地・レップ・フラグを計測しています…',
  'analysis.cancel': '解析を中止',
  'analysis.cancelled': '解析を中止しました。選んだ設定はそのままです。もう一度動画を選んでください。',
  'analysis.failed': '解析が止まりました：{msg}',

  'player.skeleton': '骨格を表示',
  'player.speed': '再生速度',
  'player.play': '再生',
  'player.pause': '一時停止',
  'player.prev': '前のフレーム',
  'player.next': '次のフレーム',
  'player.frame': 'フレーム {i} / {n}',
  'player.keys': 'キー操作：← → で1コマ、Shift+← → で10コマ、スペースで再生・停止',
  'player.evidence': '根拠のフレーム：{flag}',

  'timeline.title': 'タイムライン',
  'timeline.contactLeft': '左足の接地',
  'timeline.contactRight': '右足の接地',
  'timeline.rep': '{n} レップ目',
  'timeline.flag': 'フラグ',

  'charts.title': '時間の経過',
  'charts.kneeFlexion': '膝の曲がり',
  'charts.trunk': '体幹の角度',
  'charts.pelvis': '骨盤の傾き',
  'charts.hipHeight': '腰の高さ',
  'charts.time': '時間',
  'unit.sShort': '秒',
  'charts.hint': 'グラフをクリックすると、その時点に動画が移動します。',

  'side.left': '左',
  'side.right': '右',
  'side.both': '左右',

  'summary.title': 'まとめ',
  'summary.typical': '目安 {range}',
  'summary.noRange': '公表された目安なし',
  'summary.outside': '目安の範囲外',
  'summary.cadence': 'ピッチ',
  'summary.steps': '{n} 歩',
  'summary.reps': 'レップ数',
  'summary.pattern': '動きのパターン',
  'summary.view': 'カメラの向き：{view}',
  'pattern.hinge': 'ヒンジ',
  'pattern.squat': 'スクワット',
  'pattern.hybrid': 'ヒンジとスクワットの中間',
  'pattern.unknown': '判定できず',

  'table.steps': 'ステップごと',
  'table.reps': 'レップごと',
  'table.side': '左右',
  'table.contact': '接地',
  'table.rep': 'レップ',
  'table.start': '開始',
  'table.bottom': 'ボトム',
  'table.end': '終了',
  'table.jump': '{t} へ移動',

  'flags.title': '気づいたこと',
  'flags.notRunning':
    'ランニングの指摘はありません。実時間のランニング動画に見えないためです（「動画の品質」を参照）。',
  'flags.none': 'この動画では、しきい値を超えたパターンはありませんでした。',
  'flags.severity.info': '参考',
  'flags.severity.warn': '改善の余地あり',
  'flags.severity.alert': 'はっきり出ています',
  'flags.measured': '計測値',
  'flags.threshold': 'しきい値',
  'flags.at': '{t} の時点',
  'flags.showMe': '該当フレームを見る',
  'flags.drills': 'おすすめのエクササイズ',
  'flags.confidence': '信頼度：{p}',
  'flags.heuristic': 'このしきい値は指導現場と研究の知見にもとづく目安で、医学的な基準ではありません。',
  'flags.source': 'しきい値の出典：{src}',
  'flags.disclaimer':
    'これは動き方についてのフィードバックであり、診断ではありません。痛みやしびれ、けががある場合は、理学療法士や医師に相談してください。',

  'quality.title': '動画の品質',
  'quality.warningsEnglish': '解析からの注意事項（{n} 件、英語のみ）',
  'quality.pose': '人物を検出できたフレーム {p}、キーポイントの平均スコア {s}',

  'framing.feetCut':
    '足が画面から切れていることが多いです。少し下がるか、カメラを下に向けて全身が映るようにしてください。',
  'framing.tooSmall':
    '人物が小さく映っています。カメラを近づけるかズームして、画面の高さの半分ほどに体が収まるようにしてください。',
  'framing.tilted':
    'カメラが傾いているようです。傾きはそのまま体幹や骨盤の角度に上乗せされるので、水平にしてください。',
  'framing.twoPeople':
    '追跡している人物の位置が飛んでいます。二人映っている可能性があります。一人ずつ撮影してください。',
  'framing.lowScore':
    'キーポイントが不確かなことが多いです。明るくして、ゆったりした服や散らかった背景を避けてください。',

  'export.title': 'レポートを持ち帰る',
  'export.json': 'レポートをダウンロード（JSON）',
  'export.csv': 'CSV をダウンロード',
  'export.track': 'キーポイントのデータをダウンロード',
  'export.print': 'レポートを印刷',
  'export.preparing': '代表フレームを準備しています…',
  'export.trc': 'キーポイントをダウンロード（OpenSim の TRC 形式）',
  'export.mot': 'フレームごとの角度をダウンロード（OpenSim の MOT 形式）',

  'print.title': 'hipcheck 動作レポート',
  'print.clip': '動画：{name}（{dur}）',
  'print.keyFrames': '代表フレーム',
  'print.generated': '{date} にこの端末で作成。',

  'live.title': 'ライブカメラ',
  'live.stop': 'カメラを停止',
  'live.record': '録画',
  'live.stopRecord': '停止して解析',
  'live.recording': '録画中 {s}',
  'live.cadence': 'ピッチ',
  'live.trunk': '体幹の角度',
  'live.reps': 'レップ数',
  'live.smoothed': 'ライブの数値は見やすさのためだけに平滑化しています。本番の解析は録画した動画で行います。',
  'live.cue.hipsBack': 'お尻を後ろへ',
  'live.cue.leanBack': 'フィニッシュで反りすぎ',
  'live.cue.stepBack': '少し下がって、全身が映るようにしてください',
  'live.starting': 'カメラを起動しています…',
  'live.noPerson': 'まだ人物が映っていません',

  'guide.title': '撮り方のガイド',
  'guide.height': 'カメラの高さ',
  'guide.distance': '距離',
  'guide.framing': '画面の収め方',
  'guide.light': '明るさ',
  'guide.side.height': '腰の高さで水平に。三脚か棚に置いてください。',
  'guide.side.distance': '3〜5 m 離れて、進む方向に対して真横から。',
  'guide.rear.height': '骨盤の高さで、トレッドミルやランナーの真後ろから。',
  'guide.rear.distance': '2〜4 m 後ろから、体の中心に合わせて。',
  'guide.front.height': '骨盤の高さで、真正面から。',
  'guide.front.distance': '2〜4 m 前から、体の中心に合わせて。',
  'guide.framing.run': '頭から足先までずっと映るように、足元に少し余白を。映るのは一人だけに。',
  'guide.framing.hinge': 'セットの最初から最後まで、全身とバーやケトルベルが映るように。',
  'guide.light.all':
    '前か横から均一な光を。背後に明るい窓は避けて。体に沿った服だとキーポイントが安定します。',
  'guide.fps': '可能なら 60 fps 以上で。接地は 0.2〜0.3 秒しかありません。',
  'guide.illustration': 'カメラの置き方（{view}）',

  'error.title': 'うまくいきませんでした',
  'error.keep': '選んだ内容は失われていません。別の動画を選ぶか、もう一度お試しください。',

  'start.model': '姿勢推定モデル',
  'model.lightning': '高速（ライトニング）',
  'model.thunder': '高精度（サンダー）',
  'app.backend': '姿勢推定モデル：',
  'analysis.file': '{name} を解析中',
  'analysis.loadingModel': '姿勢推定モデルを読み込んでいます…',
  'analysis.progressLabel': '解析の進み具合',
  'analysis.stats': '{n} フレームを {s} で解析（毎秒 {fps} フレーム、実時間の {rt} 倍）',
  'error.EmptyFileError': 'このファイルは空です（0 バイト）。もう一度動画ファイルを選んでください。',
  'error.NotAVideoError':
    'このファイルは読み込める動画ではありません。スマートフォンやカメラで撮った MP4 か MOV を使ってください。',
  'error.UnsupportedCodecError':
    'この動画の圧縮形式は、このブラウザでは再生できません。MP4 か MOV（H.264）を使ってください。',
  'error.UnsupportedContainerError':
    'この動画形式には対応していません。MP4 か MOV（H.264）を使ってください。',
  'error.VideoDecodeError': '動画を読み込めませんでした。ファイルが壊れている可能性があります。',
  'error.PoseModelLoadError': 'このブラウザでは姿勢推定モデルを起動できませんでした。',
  'error.noPerson':
    'この動画では人物が見つかりませんでした。一人だけが映るように、横か後ろから全身を撮影してください。',
  'error.other': '解析に失敗しました。',
  'error.WorkerCrashError':
    'ブラウザが裏で動く処理を予期せず終了しました（メモリ不足のことが多いです）。もう一度試すか、ほかのタブを閉じてから試してください。',
  'error.camera.denied':
    'カメラの使用が許可されていません。ブラウザのサイト設定でこのサイトにカメラを許可してから、もう一度起動してください。',
  'error.camera.none':
    'カメラが見つかりません。カメラを接続するか、スマートフォンで撮影した動画をアップロードしてください。',
  'error.camera.busy':
    'カメラが別のアプリやタブで使用中か、故障しています。別のアプリを閉じてから、もう一度起動してください。',
  'error.camera.insecure':
    'カメラを使うには安全なページが必要です。https（またはこのパソコンの localhost）で hipcheck を開いてください。',
  'error.camera.other': 'カメラを起動できませんでした。',

  'metric.cadenceSpm': 'ピッチ',
  'metric.contactTimeS': '接地時間',
  'metric.kneeFlexionAtContactDeg': '接地時の膝の曲がり',
  'metric.peakKneeFlexionStanceDeg': '立脚期の膝の最大屈曲',
  'metric.shankAngleAtContactDeg': '接地時のすねの角度',
  'metric.footAheadOfHipRatio': '接地時の足と腰の前後差',
  'metric.footAheadOfComRatio': '足と重心の前後差',
  'metric.kneeForwardTravelRatio': '膝が足首より前に出る量',
  'metric.trunkLeanDeg': '体幹の前傾',
  'metric.hipDropStanceRatio': '立脚期の腰の沈み',
  'metric.verticalOscillationRatio': '上下動',
  'metric.pelvicDropDeg': '骨盤の落ち込み',
  'metric.kneeFppaDeg': '膝の内側への角度',
  'metric.stepWidthRatio': '歩隔',
  'metric.trunkAngleDeg': 'ボトムでの体幹の角度',
  'metric.hipFlexionDeg': 'ボトムでの股関節の曲がり',
  'metric.kneeFlexionDeg': 'ボトムでの膝の曲がり',
  'metric.hipKneeRatio': '股関節と膝の曲がりの比',
  'metric.shinAngleDeg': 'ボトムでのすねの角度',
  'metric.hipBackShiftRatio': 'お尻が後ろに引けた量',
  'metric.trunkDriftDeg': '体幹角度のぶれ',
  'metric.lockoutTrunkDeg': 'フィニッシュでの体幹',
  'metric.lockoutTrunkVsStandingDeg': 'フィニッシュでの体幹（本人の立位との差、− は反り過ぎ）',
  'metric.lockoutHipVsStandingDeg': 'フィニッシュでの股関節（本人の立位との差、+ は伸びきっていない）',
  'metric.lockoutKneeVsStandingDeg': 'フィニッシュでの膝（本人の立位との差、+ は伸びきっていない）',
  'metric.trailingLegRatio': '離地時に足が後ろに流れる量',
  'metric.q.leftMedian': '左・中央値',
  'metric.q.rightMedian': '右・中央値',
  'metric.q.firstPart': '前半',
  'metric.q.lastPart': '後半',
  'metric.other': '計測値',
  // Issue 12: confidence of the summary numbers and flags; the running speed the norms use.
  'summary.basis': '{n} 歩、中央の半数が {iqr} の幅',
  'summary.fewSteps': '7 歩未満のため目安の値です',
  'summary.speedGiven': '秒速 {v} m の基準(入力された速度)',
  'summary.speedEstimated':
    'ピッチから推定した秒速 約 {v} m の基準です。トレッドミルの速度を入力すると基準がより確かになります',
  'flags.fewEvents':
    '判定に使えたのは {n} 回だけです(確かな判定には {min} 回以上が必要)。そのため重要度を 1 段階下げ、信頼度を低く表示しています。',
  'start.speed': 'トレッドミルの速度(任意)',
  'start.speedHint': 'ランニングの基準は速度によって変わります。入力しない場合はピッチから速度を推定します。',
  'start.speedUnit': '速度の単位',
  'start.speedKmh': 'キロ毎時',
  'start.speedMph': 'マイル毎時',
  'start.speedInvalid': '時速 3〜40 キロ(2〜25 マイル)の範囲で入力するか、空欄にしてください。',
  // Issue 16: offline / install (src/app/pwa).
  'pwa.updateReady': '新しいバージョンがあります。再読み込みすると使えます。',
  'pwa.reload': '再読み込み',
  'pwa.later': 'あとで',
  'pwa.offlineReady': 'この端末では hipcheck をオフラインでも使えるようになりました。',
  'pwa.dismiss': '閉じる',
  // Issue 16: the review's first screen (src/app/review/TopFindings.tsx).
  'top.title': 'まず取り組むこと',
  'top.none': 'この動画で取り組むべき点はありません。どのパターンも基準を超えませんでした。',
  'top.notRunning': '順位を付けるものはありません。実時間のランニング動画ではないようです。',
  'top.steps': '{n} 歩で確認',
  'top.reps': '{n} レップで確認',
  'top.few': '判断に必要な {min} 歩（レップ）のうち {n} だけ：暫定的な結果です',
  'top.confidence': '信頼度 {p}',
  'top.show': '{t} のフレームを表示',
  'top.more': 'その他（すべての指摘・グラフ・表）は下にあります。',
  // The trainer workspace (issue 6).
  'trainer.title': 'トレーナー',
  'trainer.clients': 'クライアント',
  'trainer.clientName': 'クライアント名',
  'trainer.addClient': 'クライアントを追加',
  'trainer.noClients': 'クライアントはまだいません。追加して始めましょう。',
  'trainer.sessions': 'セッション',
  'trainer.noSessions': 'このクライアントのセッションはまだありません。',
  'trainer.newSession': '新しいセッション',
  'trainer.sessionTitle': 'セッション名',
  'trainer.sessionDate': '撮影日',
  'trainer.sessionVideo': 'セッションの動画',
  'trainer.sessionTrack': '姿勢トラックのファイル（任意・モデルを使わずに読み込み）',
  'trainer.keepVideo': '動画のコピーをこのブラウザに保存する',
  'trainer.createSession': 'セッションを作成',
  'trainer.analysing': '各フレームの姿勢を推定しています…',
  'trainer.open': '開く',
  'trainer.delete': 'セッションを削除',
  'trainer.back': 'セッション一覧へ戻る',
  'trainer.clientReport': 'クライアント用レポート',
  'trainer.backToSession': 'セッションへ戻る',
  'trainer.report.notes': 'トレーナーからのメモ',
  'trainer.report.for': '{client} さん · {title} · 撮影日 {date}',
  'trainer.report.nothing': 'このセッションにはメモも書き込みもありません。',
  'trainer.report.frameAt': '{t} のフレームとトレーナーの書き込み',
  'trainer.videoMissing':
    'このセッションの動画（{name}）はここに保存されていません。表示するにはもう一度選んでください。動画がなくても他の機能は使えます。',
  'trainer.chooseVideo': '動画をもう一度選ぶ',
  'trainer.videoMismatch': 'このファイルはセッションの動画（{name}、{size} バイト）ではありません。',
  'trainer.saved': '変更はすべて保存されました',
  'trainer.saving': '保存中…',
  'trainer.saveFailed': '最後の変更を保存できませんでした：{msg}',
  'trainer.tools': 'ツール',
  'trainer.tool.correct': 'キーポイントを移動',
  'trainer.tool.line': '線',
  'trainer.tool.arrow': '矢印',
  'trainer.tool.angle': '角度',
  'trainer.tool.freehand': '手書き',
  'trainer.tool.text': '文字',
  'trainer.drawingText': '描画する文字',
  'trainer.addText': '文字を追加',
  'trainer.angleHint': '端、頂点、もう一方の端の順に三点をクリックします。',
  'trainer.pauseToEdit': '描画やキーポイントの移動は動画を一時停止してから行います。',
  'trainer.correctFrames': 'このフレームから修正するフレーム数',
  'trainer.undo': '元に戻す',
  'trainer.redo': 'やり直す',
  'trainer.addNote': 'メモを追加',
  'trainer.note': 'メモ',
  'trainer.saveNote': 'メモを保存',
  'trainer.cancel': 'キャンセル',
  'trainer.notes': 'メモ',
  'trainer.noNotes': 'メモはまだありません。',
  'trainer.addMarker': 'マーカーを追加',
  'trainer.markers': 'マーカー',
  'trainer.markerLabel': 'マーカー {n}',
  'trainer.drawings': '描画',
  'trainer.remove': '削除',
  'trainer.at': '{t} の位置',
  'trainer.goTo': '{t} へ移動',
  'trainer.corrections': 'キーポイントの修正',
  'trainer.noCorrections': '修正はありません。モデルのキーポイントをそのまま使っています。',
  'trainer.correctionItem': '{kp}、フレーム {from}〜{to}',
  'trainer.metrics': '指標',
  'trainer.metric': '指標',
  'trainer.model': 'モデルのみ',
  'trainer.corrected': '修正後',
  'trainer.difference': '差',
  'trainer.noMetrics': 'この動画では指標を測れませんでした。',
  'trainer.flags': '注意点',
  'trainer.export': 'セッションを書き出す',
  'trainer.exportVideo': '動画もファイルに含める',
  'trainer.import': 'セッションを読み込む',
  'trainer.imported': '「{title}」を読み込みました。',
  'trainer.importError': '{name} を読み込めませんでした：{msg}',
  'trainer.importErr.too-large': 'ファイルが大きすぎます（{detail}）。',
  'trainer.importErr.empty': 'ファイルが空です。',
  'trainer.importErr.not-json':
    '正しい形式のファイルではありません。途中で切れているか壊れている可能性があります（{detail}）。',
  'trainer.importErr.not-session': 'hipcheck のセッションファイルではありません（{detail}）。',
  'trainer.importErr.wrong-version': 'このバージョンのセッションファイルは読み込めません（{detail}）。',
  'trainer.importErr.invalid': 'セッションファイルが壊れているか不完全です（{detail}）。',
  'trainer.compare': 'セッションを比較',
  'trainer.compareA': 'セッション1',
  'trainer.compareB': 'セッション2',
  'trainer.syncBy': '同期の基準',
  'trainer.sync.contact': '接地',
  'trainer.sync.rep': '反復',
  'trainer.compareTable': '両セッションの指標',
  'trainer.side.left': '左',
  'trainer.side.right': '右',
  'trainer.metric.stepCount': '歩数',
  'trainer.metric.flagCount': '注意点の数',
  'trainer.metric.repCount': '反復回数',
  'trainer.keypoint': 'キーポイント {name}',
  'trainer.activity': '動きの種類',
  'trainer.analyzeMs': '{ms} ミリ秒で再計算',
  'trainer.kp.nose': '鼻',
  'trainer.kp.left_eye': '左目',
  'trainer.kp.right_eye': '右目',
  'trainer.kp.left_ear': '左耳',
  'trainer.kp.right_ear': '右耳',
  'trainer.kp.left_shoulder': '左肩',
  'trainer.kp.right_shoulder': '右肩',
  'trainer.kp.left_elbow': '左肘',
  'trainer.kp.right_elbow': '右肘',
  'trainer.kp.left_wrist': '左手首',
  'trainer.kp.right_wrist': '右手首',
  'trainer.kp.left_hip': '左股関節',
  'trainer.kp.right_hip': '右股関節',
  'trainer.kp.left_knee': '左膝',
  'trainer.kp.right_knee': '右膝',
  'trainer.kp.left_ankle': '左足首',
  'trainer.kp.right_ankle': '右足首',
  'trainer.change': 'ばらつきを超えた変化？',
  'trainer.change.real': '本当の変化',
  'trainer.change.noise': 'ばらつきの範囲内：見分けるには各動画であと約 {n} 歩撮影してください',
  'trainer.change.same': '変化なし',
  'trainer.change.how':
    '検出できる最小の変化 {mdc}（95 %、各動画の歩ごとのばらつきから：{na} 歩／レップと {nb} 歩／レップ）',
  // Issue 16: persistent storage (src/app/storage/storagePersistence.ts).
  'trainer.persist.granted':
    '保存: 保持されます。空き容量のためにブラウザが保存したセッションを消すことはありません。',
  'trainer.persist.notGranted':
    '保存: 保証されていません。空き容量が少ないとき(サファリでは 7 日間使わなかったときも)、ブラウザが保存したセッションを消すことがあります。残したいセッションは書き出してください。',
  'trainer.persist.unsupported':
    '保存: このブラウザは保存したセッションを保持する約束ができません。残したいセッションは書き出してください。',
  'trainer.persist.notAsked':
    '保存: 最初のセッションを保存するときに、セッションを保持するようブラウザに求めます。',
  // Issue 16: creating a session (progress, cancel, drag and drop) and its errors.
  'trainer.cancelled': 'キャンセルしました。セッションは作成されていません。入力した内容はそのままです。',
  'trainer.dropHint': 'または動画ファイルをこのフォームにドロップ',
  'trainer.chosen': '動画：{name}',
  'trainer.notVideo':
    '「{name}」は動画ファイルではありません。MP4 か MOV の動画をドロップするか選んでください。',
  'trainer.dropMany': '動画ファイルは一度に 1 つだけドロップしてください。',
  'trainer.trackFileError':
    '姿勢トラックのファイルを読み込めませんでした。hipcheck のトラックではないか、壊れています。',
  'trainer.createFailed': 'セッションを作成できませんでした：{msg}',
  'error.storage.quota':
    'ブラウザの保存領域が足りません。セッションを書き出して保管するか、古いセッションを削除してください。',
  'error.storage.unavailable':
    'ブラウザの保存領域が使えません（プライベートモードか、ブロックされています）。何も保存できませんでした。',
  'error.storage.other': 'このブラウザへの保存に失敗しました。',
  // Issue 18: the client report's compare with the previous session (ClientReport.tsx, MetricsTable showSpread).
  'trainer.change.spread': '歩ごとの標準偏差 {sda} / {sdb}（{na} / {nb} 歩／レップ）',
  'trainer.change.tiny': 'ばらつきの範囲内で、意味のない小さな差です',
  'trainer.report.since': '前回のセッション（{date}）からの変化',
  'trainer.report.sinceHow':
    '2 本の動画それぞれの歩ごと（レップごと）のばらつきから 95 % で検出できる最小の変化を超えたときだけ、本当の変化としています。',
  // Issue 18: the bar (src/core/hinge/barPath.ts) in the review.
  'metric.barPathMaxDeviationRatio': 'バーの軌道：足の中央の線から最も離れた距離',
  'metric.barConcentricMeanVelocityMps': '挙上時のバーの速さ（平均）',
  'metric.barConcentricPeakVelocityMps': '挙上時のバーの速さ（最大）',
  'metric.barConcentricMeanVelocityLps': '挙上時のバーの速さ（平均・相対値）',
  'unit.legPerS': '× 脚長/秒',
  'player.barPath': 'バーの軌道',
  'start.height': '身長(任意)',
  'start.heightUnit': '身長の単位',
  'start.heightCm': 'cm',
  'start.heightFtIn': 'フィート・インチ',
  'start.heightHint':
    'リフトのバーの速度を メートル毎秒で表すために使います。入力しない場合は相対的な速度になります。',
  'start.heightInvalid': '100〜250 cm の範囲で入力するか、空欄にしてください。',
  'bar.title': 'バーの軌道と速度',
  'bar.caption':
    'カメラから見た各レップのバーの軌道です。両手首の中点をバーの代わりにしています。破線は各レップの一番下での足の中央の真上の線です。',
  'bar.loss': 'セット中の速度低下:{pct} %(最も速いレップから最後のレップまで)',
  'bar.lossNone': '速度低下には、速度を測れたレップが 2 回以上必要です。',
  'bar.scale.plate': '速度はメートル毎秒です(マークしたプレート 45 cm を基準にしています)。',
  'bar.scale.subjectHeight': '速度はメートル毎秒です(入力した身長を基準にしています)。',
  'bar.scale.none':
    '基準の長さがないため、速度は相対値(1 秒あたりの脚の長さ)です。メートル毎秒で見るには、最初の画面で身長を入力するか、動画上でプレートをマークしてください。',
  'bar.markPlate': 'プレートをマーク(45 cm)',
  'bar.markHint': '動画の中の 45 cm プレートの左端、次に右端をクリックしてください。',
  'bar.markCancel': 'マークをやめる',
  'bar.clearPlate': 'プレートの基準を消す',
};

const VIEW_JA = { side: '横', rear: '後方', front: '前方' } as const;

export const report: LanguageCatalogue['report'] = {
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
