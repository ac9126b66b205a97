import type { CoreText, TextRef, View } from '../core/report/report.ts';
import { f0, f1, f2, f3, plural, type Catalogue } from './textEntry.ts';

// English, the reference language: every word hipcheck shows (`ui`) or writes into a report
// (`report`), in this one file (issue 14). Every other language is one file like this one (ja.ts),
// its two exports typed by `LanguageCatalogue` below, listed in languages.ts.

/**
 * The app's screens (review, trainer, live, errors). Keys are grouped by screen; `{name}` marks a
 * value filled in by `t()`; a count that changes the words is `{n, plural, one {# step} other {# steps}}`
 * (Intl.PluralRules categories; `#` is the number). A new key is one line here and the same key in
 * every other language file, with the same placeholders (the type and messages.test.ts enforce it).
 */
export const ui = {
  'app.tagline': 'Where do your hips stop doing the work?',
  'app.privacy': 'Everything runs on this device: your video never leaves the browser.',
  'app.trainer': 'Trainer workspace',
  'app.language': 'Language',
  'app.languageName': 'English',
  'unit.spm': 'steps/min',
  'unit.leg': '× leg',
  'unit.reps': 'reps',
  'app.newClip': 'New clip',

  'slowmo.title': 'Slow-motion video?',
  'slowmo.factor': 'Slow-motion factor',
  'slowmo.real': 'Real time (not slow motion)',
  'slowmo.option': '×{f} (filmed at {fps} fps)',
  'slowmo.suggest':
    'This looks like a slow-motion video, saved ×{f} slower than real time (filmed at about {fps} fps). Read in the file’s own clock it is not a plausible run.',
  'slowmo.apply': 'Re-analyse as ×{f} slow motion',
  'slowmo.active': 'Analysed as ×{f} slow motion: all times and cadences are real time',
  'slowmo.rhythm':
    'The legs repeat their cycle at {c} steps/min in the file’s own clock; ×{f} makes that {r} steps/min, a running cadence.',
  'start.title': 'Analyse a clip',
  'start.again': 'Analyse another clip',
  'start.options': 'Change the type, camera view or pose model',
  'start.activity': 'What is it?',
  'start.view': 'Camera view',
  'activity.run': 'Running',
  'activity.hinge': 'Hip hinge',
  'activity.auto': 'Let hipcheck decide',
  'view.side': 'Side',
  'view.rear': 'Rear',
  'view.front': 'Front',
  'view.auto': 'Decide for me',
  'start.lift': 'Which lift? (hip hinge)',
  'lift.auto': 'Tell from the movement',
  'lift.deadlift': 'Deadlift from the floor / kettlebell swing (bent knees)',
  'lift.rdl': 'Romanian or stiff-leg deadlift / good morning',
  'lift.squat': 'Squat',
  'lift.swing': 'Kettlebell swing',
  'lift.good-morning': 'Good morning (load or dowel on the upper back)',
  'start.upload': 'Upload video',
  'start.drop': 'or drop a video file here',
  'start.camera': 'Start camera',
  'start.or': 'or',

  'analysis.title': 'Analysing',
  'analysis.frames': 'Frame {done} of {total}',
  'analysis.eta': 'About {s} left',
  'analysis.analysing': 'Measuring steps, reps and flags…',
  'analysis.cancel': 'Cancel analysis',
  'analysis.cancelled': 'Analysis cancelled. Your choices are kept: pick a clip to start again.',
  'analysis.failed': 'The analysis stopped: {msg}',

  'player.skeleton': 'Show skeleton',
  'player.speed': 'Playback speed',
  'player.play': 'Play',
  'player.pause': 'Pause',
  'player.prev': 'Previous frame',
  'player.next': 'Next frame',
  'player.frame': 'Frame {i} of {n}',
  'player.keys': 'Keys: ← → one frame, Shift+← → ten frames, space play/pause',
  'player.evidence': 'Evidence frame for: {flag}',

  'timeline.title': 'Timeline',
  'timeline.contactLeft': 'Left foot contact',
  'timeline.contactRight': 'Right foot contact',
  'timeline.rep': 'Rep {n}',
  'timeline.flag': 'Flag',

  'charts.title': 'Over time',
  'charts.kneeFlexion': 'Knee flexion',
  'charts.trunk': 'Trunk angle',
  'charts.pelvis': 'Pelvic obliquity',
  'charts.hipHeight': 'Hip height',
  'charts.time': 'Time',
  'unit.sShort': ' s',
  'charts.hint': 'Click a chart to jump the video there.',

  'side.left': 'Left',
  'side.right': 'Right',
  'side.both': 'Both sides',

  'summary.title': 'Summary',
  'summary.typical': 'typical {range}',
  'summary.noRange': 'no published range',
  'summary.outside': 'outside the typical range',
  'summary.cadence': 'Cadence',
  'summary.steps': '{n, plural, one {# step} other {# steps}}',
  'summary.reps': 'Reps',
  'summary.pattern': 'Movement pattern',
  'summary.view': 'View: {view}',
  'pattern.hinge': 'Hinge',
  'pattern.squat': 'Squat',
  'pattern.hybrid': 'Between a hinge and a squat',
  'pattern.unknown': 'Not determined',

  'table.steps': 'Steps',
  'table.reps': 'Reps',
  'table.side': 'Side',
  'table.contact': 'Contact',
  'table.rep': 'Rep',
  'table.start': 'Start',
  'table.bottom': 'Bottom',
  'table.end': 'End',
  'table.jump': 'Jump to {t}',

  'flags.title': 'What we noticed',
  'flags.notRunning': 'No running flags: the clip does not look like real-time running (see Clip quality).',
  'flags.none': 'No pattern crossed its threshold in this clip.',
  'flags.severity.info': 'Note',
  'flags.severity.warn': 'Worth working on',
  'flags.severity.alert': 'Clear pattern',
  'flags.measured': 'Measured',
  'flags.threshold': 'Threshold',
  'flags.at': 'at {t}',
  'flags.showMe': 'Show me',
  'flags.drills': 'Suggested drills',
  'flags.confidence': 'Confidence: {p}',
  'flags.heuristic': 'The threshold is a heuristic from coaching and research notes, not a clinical cut-off.',
  'flags.source': 'Threshold source: {src}',
  'flags.disclaimer':
    'This is feedback on how you move, not a diagnosis. If you have pain, numbness or an injury, see a physiotherapist or a doctor.',

  'quality.title': 'Clip quality',
  'quality.warningsEnglish': 'Notes from the analysis ({n}, in English)',
  'quality.pose': 'Person found in {p} of frames, mean keypoint score {s}',

  'framing.feetCut':
    'The feet are often out of the picture: step back or tilt the camera down so the whole body stays in view.',
  'framing.tooSmall':
    'The person is small in the picture: move the camera closer or zoom in so the body fills about half the height.',
  'framing.tilted':
    'The camera looks tilted: level it, because a tilt adds straight onto trunk and pelvis angles.',
  'framing.twoPeople':
    'The tracked person seems to jump between positions, as if two people were in view: film one person at a time.',
  'framing.lowScore':
    'The keypoints are often uncertain: add light, avoid baggy clothes and a busy background.',

  'export.title': 'Take the report home',
  'export.json': 'Download report (JSON)',
  'export.csv': 'Download CSV',
  'export.track': 'Download track',
  'export.print': 'Print report',
  'export.preparing': 'Preparing key frames…',
  'export.trc': 'Download keypoints (OpenSim .trc)',
  'export.mot': 'Download angles per frame (OpenSim .mot)',

  'print.title': 'hipcheck movement report',
  'print.clip': 'Clip: {name} ({dur})',
  'print.keyFrames': 'Key frames',
  'print.generated': 'Made on this device on {date}.',

  'live.title': 'Live camera',
  'live.stop': 'Stop camera',
  'live.record': 'Record',
  'live.stopRecord': 'Stop and analyse',
  'live.recording': 'Recording {s}',
  'live.cadence': 'Cadence',
  'live.trunk': 'Trunk angle',
  'live.reps': 'Reps',
  'live.smoothed': 'Live numbers are smoothed for display only; the full analysis uses the recorded take.',
  'live.cue.hipsBack': 'Push the hips back',
  'live.cue.leanBack': 'Lean-back at lockout',
  'live.cue.stepBack': 'Step back: the whole body should be in view',
  'live.starting': 'Starting the camera…',
  'live.noPerson': 'No person in view yet',

  'guide.title': 'How to film',
  'guide.height': 'Camera height',
  'guide.distance': 'Distance',
  'guide.framing': 'Framing',
  'guide.light': 'Light',
  'guide.side.height': 'At hip height, level, on a tripod or a shelf.',
  'guide.side.distance': '3–5 m away, pointing straight across the direction of movement.',
  'guide.rear.height': 'At pelvis height, straight behind the treadmill or the runner.',
  'guide.rear.distance': '2–4 m behind, centred on the body.',
  'guide.front.height': 'At pelvis height, straight in front.',
  'guide.front.distance': '2–4 m in front, centred on the body.',
  'guide.framing.run': 'Head to feet in view the whole time, with some room below the feet; one person only.',
  'guide.framing.hinge':
    'The whole body and the bar or kettlebell in view from the start to the end of the set.',
  'guide.light.all':
    'Even light from the front or the side, no bright window behind; fitted clothes help the keypoints.',
  'guide.fps': 'Use 60 fps or more if the phone allows it: contacts are only 0.2–0.3 s long.',
  'guide.illustration': 'Camera placement, {view} view',

  'error.title': 'That did not work',
  'error.keep': 'Nothing you chose was lost: pick another clip or try again.',

  'start.model': 'Pose model',
  'model.lightning': 'MoveNet Lightning (fast)',
  'model.thunder': 'MoveNet Thunder (accurate)',
  'app.backend': 'Pose model:',
  'analysis.file': 'Analysing {name}',
  'analysis.loadingModel': 'Loading the pose model…',
  'analysis.progressLabel': 'Analysis progress',
  'analysis.stats': '{n} frames analysed in {s} ({fps} frames/s, {rt}× real time)',
  'error.EmptyFileError': 'This file is empty (0 bytes). Choose the video file again.',
  'error.NotAVideoError':
    'This file is not a video hipcheck can read. Use an MP4 or MOV from your phone or camera.',
  'error.UnsupportedCodecError':
    'This video uses a codec this browser cannot decode. Use MP4 or MOV (H.264).',
  'error.UnsupportedContainerError': 'This video format is not supported. Use MP4 or MOV (H.264).',
  'error.VideoDecodeError': 'The video could not be decoded: it may be damaged.',
  'error.PoseModelLoadError': 'The pose model could not start in this browser.',
  'error.noPerson':
    'No person was found in this video. Film the whole body, side or rear view, with one person in the frame.',
  'error.other': 'The analysis failed.',
  'error.WorkerCrashError':
    'The browser ended hipcheck’s background task unexpectedly, often for lack of memory. Try again, or close other tabs first.',
  'error.camera.denied':
    'The camera was not allowed. Allow this site to use the camera in the browser’s site settings, then start it again.',
  'error.camera.none': 'No camera was found. Connect a camera, or film with your phone and upload the video.',
  'error.camera.busy':
    'The camera is in use by another app or tab, or it failed. Close the other app and start it again.',
  'error.camera.insecure':
    'The camera needs a secure page: open hipcheck over https (or on this computer as localhost).',
  'error.camera.other': 'The camera could not be started.',

  'metric.cadenceSpm': 'Cadence',
  'metric.contactTimeS': 'Contact time',
  'metric.kneeFlexionAtContactDeg': 'Knee bend at contact',
  'metric.peakKneeFlexionStanceDeg': 'Peak knee bend in stance',
  'metric.shankAngleAtContactDeg': 'Shin angle at contact',
  'metric.footAheadOfHipRatio': 'Foot ahead of hips at contact',
  'metric.footAheadOfComRatio': 'Foot ahead of centre of mass',
  'metric.kneeForwardTravelRatio': 'Knee travel past the ankle',
  'metric.trunkLeanDeg': 'Trunk lean',
  'metric.hipDropStanceRatio': 'Hip sink in stance',
  'metric.verticalOscillationRatio': 'Vertical bounce',
  'metric.pelvicDropDeg': 'Pelvic drop',
  'metric.kneeFppaDeg': 'Knee inward angle',
  'metric.stepWidthRatio': 'Step width',
  'metric.trunkAngleDeg': 'Trunk angle at bottom',
  'metric.hipFlexionDeg': 'Hip bend at bottom',
  'metric.kneeFlexionDeg': 'Knee bend at bottom',
  'metric.hipKneeRatio': 'Hip-to-knee bend ratio',
  'metric.shinAngleDeg': 'Shin angle at bottom',
  'metric.hipBackShiftRatio': 'Hips moved back',
  'metric.trunkDriftDeg': 'Trunk angle drift',
  'metric.lockoutTrunkDeg': 'Trunk at lockout',
  'metric.lockoutTrunkVsStandingDeg': 'Trunk at lockout vs your own stance (− = past it)',
  'metric.lockoutHipVsStandingDeg': 'Hip at lockout vs your own stance (+ = short of it)',
  'metric.lockoutKneeVsStandingDeg': 'Knee at lockout vs your own stance (+ = short of it)',
  'metric.trailingLegRatio': 'Foot trailing behind at toe-off',
  'metric.q.leftMedian': 'left, median',
  'metric.q.rightMedian': 'right, median',
  'metric.q.firstPart': 'first part',
  'metric.q.lastPart': 'last part',
  'metric.other': 'Measured value',
  // Issue 12: confidence of the summary numbers and flags; the running speed the norms use.
  'summary.basis': '{n, plural, one {# step} other {# steps}}, middle half within {iqr}',
  'summary.fewSteps': 'fewer than 7 steps: a rough value',
  'summary.speedGiven': 'Norms for {v} m/s (the speed you gave)',
  'summary.speedEstimated':
    'Norms for about {v} m/s, estimated from cadence: give the treadmill speed for firmer norms',
  'flags.fewEvents':
    'Rests on only {n, plural, one {# step or rep} other {# steps or reps}} ({min} or more are needed for a firm judgement), so it is shown one level lower and with low confidence.',
  'start.speed': 'Treadmill speed (optional)',
  'start.speedHint': 'Running norms depend on speed; without it, speed is estimated from cadence.',
  'start.speedUnit': 'Speed unit',
  'start.speedKmh': 'km/h',
  'start.speedMph': 'mph',
  'start.speedInvalid': 'Enter a speed between 3 and 40 km/h (2 and 25 mph), or leave it empty.',
  // Issue 16: offline / install (src/app/pwa).
  'pwa.updateReady': 'A new version is ready — reload to use it.',
  'pwa.reload': 'Reload',
  'pwa.later': 'Later',
  'pwa.offlineReady': 'hipcheck now works offline on this device.',
  'pwa.dismiss': 'OK',
  // Issue 16: the review's first screen (src/app/review/TopFindings.tsx).
  'top.title': 'What to work on first',
  'top.none': 'Nothing to work on in this clip: no pattern crossed its threshold.',
  'top.notRunning': 'Nothing to rank: this clip does not look like real-time running.',
  'top.steps': 'seen on {n, plural, one {# step} other {# steps}}',
  'top.reps': 'seen on {n, plural, one {# rep} other {# reps}}',
  'top.few': 'only {n} of the {min} steps or reps needed: tentative',
  'top.confidence': 'confidence {p}',
  'top.show': 'Show the frame at {t}',
  'top.more': 'Everything else (all findings, charts, tables) is below.',
  // The trainer workspace (issue 6).
  'trainer.title': 'Trainer',
  'trainer.clients': 'Clients',
  'trainer.clientName': 'Client name',
  'trainer.addClient': 'Add client',
  'trainer.noClients': 'No clients yet: add one to start.',
  'trainer.sessions': 'Sessions',
  'trainer.noSessions': 'No sessions for this client yet.',
  'trainer.newSession': 'New session',
  'trainer.sessionTitle': 'Session title',
  'trainer.sessionDate': 'Date filmed',
  'trainer.sessionVideo': 'Session video',
  'trainer.sessionTrack': 'Pose track file (optional, skips the model)',
  'trainer.keepVideo': 'Keep a copy of the video in this browser',
  'trainer.createSession': 'Create session',
  'trainer.analysing': 'Finding the pose in every frame…',
  'trainer.open': 'Open',
  'trainer.delete': 'Delete session',
  'trainer.back': 'Back to sessions',
  'trainer.clientReport': 'Client report',
  'trainer.backToSession': 'Back to the session',
  'trainer.report.notes': 'Notes from your trainer',
  'trainer.report.for': 'For {client} · {title} · filmed {date}',
  'trainer.report.nothing': 'No notes or drawings on this session.',
  'trainer.report.frameAt': 'Frame at {t} with the trainer’s drawings',
  'trainer.videoMissing':
    'The video of this session is not stored here ({name}). Choose it again to see it; everything else works without it.',
  'trainer.chooseVideo': 'Choose the video again',
  'trainer.videoMismatch': 'That file is not the session video ({name}, {size} bytes).',
  'trainer.saved': 'All changes saved',
  'trainer.saving': 'Saving…',
  'trainer.saveFailed': 'Your last change could not be saved: {msg}',
  'trainer.tools': 'Tools',
  'trainer.tool.correct': 'Move keypoint',
  'trainer.tool.line': 'Line',
  'trainer.tool.arrow': 'Arrow',
  'trainer.tool.angle': 'Angle',
  'trainer.tool.freehand': 'Free hand',
  'trainer.tool.text': 'Text',
  'trainer.drawingText': 'Drawing text',
  'trainer.addText': 'Add text',
  'trainer.angleHint': 'Click three points: one end, the vertex, the other end.',
  'trainer.pauseToEdit': 'Pause the video to draw or move keypoints.',
  'trainer.correctFrames': 'Frames to correct from this one',
  'trainer.undo': 'Undo',
  'trainer.redo': 'Redo',
  'trainer.addNote': 'Add note',
  'trainer.note': 'Note',
  'trainer.saveNote': 'Save note',
  'trainer.cancel': 'Cancel',
  'trainer.notes': 'Notes',
  'trainer.noNotes': 'No notes yet.',
  'trainer.addMarker': 'Add marker',
  'trainer.markers': 'Markers',
  'trainer.markerLabel': 'Marker {n}',
  'trainer.drawings': 'Drawings',
  'trainer.remove': 'Remove',
  'trainer.at': 'at {t}',
  'trainer.goTo': 'Go to {t}',
  'trainer.corrections': 'Keypoint corrections',
  'trainer.noCorrections': 'No corrections: the model’s keypoints are used as they are.',
  'trainer.correctionItem': '{kp}, frames {from}–{to}',
  'trainer.metrics': 'Metrics',
  'trainer.metric': 'Metric',
  'trainer.model': 'Model only',
  'trainer.corrected': 'With corrections',
  'trainer.difference': 'Difference',
  'trainer.noMetrics': 'No metrics could be measured in this clip.',
  'trainer.flags': 'Flags',
  'trainer.export': 'Export session',
  'trainer.exportVideo': 'Include the video in the file',
  'trainer.import': 'Import session',
  'trainer.imported': 'Imported “{title}”.',
  'trainer.importError': 'Could not import {name}: {msg}',
  'trainer.importErr.too-large': 'the file is too large ({detail}).',
  'trainer.importErr.empty': 'the file is empty.',
  'trainer.importErr.not-json': 'the file is not valid JSON, it may be truncated or corrupted ({detail}).',
  'trainer.importErr.not-session': 'this is not a hipcheck session file ({detail}).',
  'trainer.importErr.wrong-version': 'this session file has a version this hipcheck cannot read ({detail}).',
  'trainer.importErr.invalid': 'the session file is damaged or incomplete ({detail}).',
  'trainer.compare': 'Compare sessions',
  'trainer.compareA': 'Session A',
  'trainer.compareB': 'Session B',
  'trainer.syncBy': 'Sync by',
  'trainer.sync.contact': 'Foot contact',
  'trainer.sync.rep': 'Rep',
  'trainer.compareTable': 'Metrics of both sessions',
  'trainer.side.left': 'left',
  'trainer.side.right': 'right',
  'trainer.metric.stepCount': 'Steps',
  'trainer.metric.flagCount': 'Flags',
  'trainer.metric.repCount': 'Reps',
  'trainer.keypoint': 'Keypoint {name}',
  'trainer.activity': 'Activity',
  'trainer.analyzeMs': 'Recomputed in {ms} ms',
  'trainer.kp.nose': 'nose',
  'trainer.kp.left_eye': 'left eye',
  'trainer.kp.right_eye': 'right eye',
  'trainer.kp.left_ear': 'left ear',
  'trainer.kp.right_ear': 'right ear',
  'trainer.kp.left_shoulder': 'left shoulder',
  'trainer.kp.right_shoulder': 'right shoulder',
  'trainer.kp.left_elbow': 'left elbow',
  'trainer.kp.right_elbow': 'right elbow',
  'trainer.kp.left_wrist': 'left wrist',
  'trainer.kp.right_wrist': 'right wrist',
  'trainer.kp.left_hip': 'left hip',
  'trainer.kp.right_hip': 'right hip',
  'trainer.kp.left_knee': 'left knee',
  'trainer.kp.right_knee': 'right knee',
  'trainer.kp.left_ankle': 'left ankle',
  'trainer.kp.right_ankle': 'right ankle',
  'trainer.change': 'Beyond the noise?',
  'trainer.change.real': 'Real change',
  'trainer.change.noise':
    'Within the noise: film about {n, plural, one {# more step} other {# more steps}} per clip to tell',
  'trainer.change.same': 'No change',
  'trainer.change.how':
    'Smallest detectable change {mdc} (95 %, from each clip’s own step-to-step spread: {na} and {nb} steps or reps)',
  // Issue 16: persistent storage (src/app/storage/storagePersistence.ts).
  'trainer.persist.granted': 'Storage: kept. The browser will not clear your saved sessions to free space.',
  'trainer.persist.notGranted':
    'Storage: not guaranteed. The browser may clear saved sessions when space runs low (Safari also after 7 days without use). Export the sessions you need to keep.',
  'trainer.persist.unsupported':
    'Storage: this browser cannot promise to keep saved sessions. Export the sessions you need to keep.',
  'trainer.persist.notAsked':
    'Storage: when you save the first session, the browser is asked to keep your sessions.',
  // Issue 16: creating a session (progress, cancel, drag and drop) and its errors.
  'trainer.cancelled': 'Cancelled: no session was created. Your choices are kept.',
  'trainer.dropHint': 'or drop a video file on this form',
  'trainer.chosen': 'Video: {name}',
  'trainer.notVideo': '“{name}” is not a video file. Drop or choose an MP4 or MOV video.',
  'trainer.dropMany': 'Drop one video file at a time.',
  'trainer.trackFileError':
    'The pose track file could not be read: it is not a hipcheck track or it is damaged.',
  'trainer.createFailed': 'The session could not be created: {msg}',
  'error.storage.quota':
    'The browser has run out of storage space for hipcheck. Export sessions to keep them, or delete old ones.',
  'error.storage.unavailable':
    'Browser storage is unavailable (private mode or blocked), so nothing could be saved.',
  'error.storage.other': 'Saving in this browser failed.',
  // Issue 18: the client report's compare with the previous session (ClientReport.tsx, MetricsTable showSpread).
  'trainer.change.spread': 'Step-to-step SD {sda} / {sdb} ({na} / {nb} steps or reps)',
  'trainer.change.tiny': 'Within the noise, and too small to matter',
  'trainer.report.since': 'Since your previous session ({date})',
  'trainer.report.sinceHow':
    'A change is called real only when it is larger than the smallest change the two clips’ own step-to-step (or rep-to-rep) spread can show, at 95 %.',
  // Issue 18: the bar (src/core/hinge/barPath.ts) in the review.
  'metric.barPathMaxDeviationRatio': 'Bar path: furthest from the mid-foot line',
  'metric.barConcentricMeanVelocityMps': 'Bar speed up (mean)',
  'metric.barConcentricPeakVelocityMps': 'Bar speed up (peak)',
  'metric.barConcentricMeanVelocityLps': 'Bar speed up (mean, relative)',
  'unit.legPerS': '× leg/s',
  'player.barPath': 'Bar path',
  'start.height': 'Your height (optional)',
  'start.heightUnit': 'Height unit',
  'start.heightCm': 'cm',
  'start.heightFtIn': 'ft in',
  'start.heightHint': 'Turns the bar speed of a lift into m/s; without it the speed is relative.',
  'start.heightInvalid':
    'Enter a height between 100 and 250 cm (3 ft 4 in and 8 ft 2 in), or leave it empty.',
  'bar.title': 'Bar path and speed',
  'bar.caption':
    'Every rep’s bar path as the camera sees it: the mid-point of the wrists stands in for the bar. Dashed: the line above the middle of the foot at the bottom of each rep.',
  'bar.loss': 'Velocity loss over the set: {pct} % (fastest rep to the last)',
  'bar.lossNone': 'Velocity loss needs at least 2 reps with a measured speed.',
  'bar.scale.plate': 'Speeds in m/s, scaled by the plate you marked (45 cm).',
  'bar.scale.subjectHeight': 'Speeds in m/s, scaled by your height.',
  'bar.scale.none':
    'No scale, so the speeds are relative (leg lengths per second). For m/s, enter your height on the start screen or mark a plate on the video.',
  'bar.markPlate': 'Mark a plate (45 cm)',
  'bar.markHint': 'Click the left edge, then the right edge, of a 45 cm plate in the video.',
  'bar.markCancel': 'Cancel marking',
  'bar.clearPlate': 'Forget the plate',
} as const;

/** "1 frame", "2 frames": a count with its English word form (plural(), CLDR rules). */
const count = (n: number, one: string, other: string): string => `${n} ${plural('en', n, { one, other })}`;

/**
 * The report's words, one entry per text key the core emits (the core emits keys and parameters,
 * the language files give the words; src/text/localizeReport.ts fills the report's `{en, ja}`
 * pairs). The parameter types here type every other language's entries. Flags and drills are in
 * our own words (patterns.md ideas; hipcheck gives movement feedback, not a diagnosis).
 */
export const report = {
  // Running flags (runFlags.ts, runBreakdownFlags.ts) and the drills (flags/drills.ts).
  'flag.knee-dominant-landing.title': 'Knee-dominant landing',
  'flag.knee-dominant-landing.detail':
    'The knee bends deeply in stance and travels ahead of the ankle while the trunk stays upright: the knee is taking the landing load that the hips could absorb. In studies this pattern goes with higher knee-extensor and kneecap loading.',
  'flag.hips-sinking.title': 'Hips sinking after contact',
  'flag.hips-sinking.detail':
    'The hips drop a lot after each contact and the body bounces up and down: a sign the glutes are not catching the landing. It costs energy and tends to get worse late in long runs.',
  'flag.overstride.title': 'Overstride: landing ahead of the body',
  'flag.overstride.detail':
    'The foot lands well ahead of the hips with the shin tilted forward and the knee nearly straight. Landing this far in front brakes each step and has been associated with higher impact and knee load.',
  'flag.trailing-leg.title': 'Trailing leg after push-off',
  'flag.trailing-leg.detail':
    'At toe-off the foot is still far behind the hips: push-off is coming from the calf rather than from the hip driving the leg through. This often goes with calf tightness.',
  'flag.pelvic-drop.title': 'Pelvic drop on the swing side',
  'flag.pelvic-drop.detail':
    'During stance the hip on the swing side drops: the stance-side gluteus medius is not holding the pelvis level. Larger drop has been associated with several running injuries.',
  'flag.knee-collapse.title': 'Knee moving toward the midline',
  'flag.knee-collapse.detail':
    'In stance the knee moves inward of the hip–ankle line. From a 2D video this is a screening cue only (it tracks real 3D knee motion poorly in running); read it together with pelvic drop.',
  'flag.crossover.title': 'Feet landing on or across the midline',
  'flag.crossover.detail':
    'The feet land very close to, or across, the body midline. Very narrow steps have been linked with higher iliotibial-band strain and shin loading.',
  'flag.asymmetry.title': 'One side clearly differs',
  'flag.asymmetry.detail':
    'One leg differs clearly from the other on this measure. Problems often show up first on the side that works differently.',
  'flag.late-run-breakdown.title': 'Form changes late in the clip',
  'flag.late-run-breakdown.detail':
    'Compared with the first part of the clip, the last part shows worse values: a sign of fatigue, typically of the hip muscles, as in the late stages of a long race.',
  'drill.glute-stretch.name': 'Glute stretch (front knee folded)',
  'drill.glute-stretch.why':
    'Fold one knee in front of you and lean the pelvis over it. Restores hip rotation and glute length, so the hip can flex and absorb load at landing instead of handing it to the knee and lower back.',
  'drill.split-stance-hinge.name': 'Split-stance hip hinge',
  'drill.split-stance-hinge.why':
    'Stand in a short split stance, push the hips back and keep the head-to-hip line straight. Teaches the front-leg glute and hamstrings to take the load eccentrically, the way a stance leg should in running.',
  'drill.wall-drill.name': 'Wall drill (alternating knee drives)',
  'drill.wall-drill.why':
    'Hands on a wall, body leaning in, drive one knee up at a time while the standing hip holds the body tall. Trains the stance-side hip to keep the pelvis level and high, against hips sinking and dropping.',
  'drill.calf-raise-ball.name': 'Calf raise squeezing a tennis ball between the heels',
  'drill.calf-raise-ball.why':
    'Rise onto the toes while gently squeezing a ball between the heels. Makes tibialis posterior and peroneus longus work together to hold the arch, so the foot and knee do not collapse inward on landing.',
  'drill.wall-hip-hinge.name': 'Wall hip-hinge drill',
  'drill.wall-hip-hinge.why':
    'Stand a foot-length from a wall and push the hips back until they touch it, heels down and knees not drifting forward. The wall gives feedback that the bend comes from the hips, not from the knees or the lower back.',
  'drill.paused-hinge.name': 'Bodyweight hinge with a 1–2 s pause at the bottom',
  'drill.paused-hinge.why':
    'Hinge slowly and hold the bottom for one or two seconds before standing. The pause removes momentum, so the trunk angle and hip position must be controlled by the glutes and hamstrings.',
  'drill.single-leg-hinge-ball.name': 'Single-leg hinge, back foot on a ball',
  'drill.single-leg-hinge-ball.why':
    'Rest the back foot lightly on a ball and hinge over the front leg. Loads one hip at a time and challenges side-to-side pelvic control, useful when one side is clearly weaker.',
  'drill.diaphragmatic-breathing.name': 'Diaphragmatic breathing with the belly drawn in',
  'drill.diaphragmatic-breathing.why':
    'Breathe slowly into the lower ribs while keeping the belly gently drawn in. Builds trunk stiffness from the inside, so the lower back does not arch or fold to make up for the hips.',
  'drill.pelvic-reset.name': 'Pelvic resets for sitting and standing',
  'drill.pelvic-reset.why':
    'Several times a day, roll the pelvis forward and back and settle it in the middle, sitting and standing. Undoes a pelvis stuck in a backward tilt from long sitting, which keeps the hips from doing their share.',
  'drill.cadence-plus-5.name': 'Raise cadence by 5–10 %',
  'drill.cadence-plus-5.why':
    'Run a few minutes with a metronome 5–10 % above your usual step rate. Shorter steps land closer under the body and lower knee and hip loading (Heiderscheit et al. 2011).',
  'flag.fewEvents': (p: { n: number; minEvents: number }) =>
    ` Only ${p.n} ${plural('en', p.n, { one: 'event', other: 'events' })} (${p.minEvents} or more advised), so this is shown one level lower and with low confidence.`,
  'run.speedNote.estimated': (p: { mps: number | null }) =>
    ` Norms for ${p.mps !== null ? `about ${f1(p.mps)} m/s, estimated from cadence` : 'an unknown speed'}: give the treadmill speed for a firmer judgement.`,
  'run.speedNote.given': (p: { mps: number }) => ` Norms for ${f1(p.mps)} m/s (the speed given).`,
  'run.medianVsThreshold': (p: { metric: string; median: number; threshold: number }) =>
    ` Median ${p.metric} ${f2(p.median)} (threshold ${p.threshold}).`,
  'run.overstride.signs': (p: {
    metric1: string;
    median1: number;
    threshold1: number;
    metric2: string;
    median2: number;
    threshold2: number;
  }) =>
    ` Both signs: ${p.metric1} ${f2(p.median1)} (threshold ${p.threshold1}), ${p.metric2} ${f2(p.median2)} (threshold ${p.threshold2}).`,
  'run.kneeDominant.values': (p: { peakKneeDeg: number; trunkLeanDeg: number; overstride: boolean }) =>
    ` Peak stance knee flexion ${f1(p.peakKneeDeg)}°, trunk lean ${f1(p.trunkLeanDeg)}°, with ${p.overstride ? 'overstride' : 'a low cadence for the speed'}.`,
  'run.crossover.values': (p: { median: number }) =>
    ` Median step width ${f3(p.median)} L: the feet land across the midline.`,
  'run.asymmetry.values': (p: { metric: string; left: number; right: number }) =>
    ` ${p.metric}: left ${f3(p.left)}, right ${f3(p.right)}.`,
  'run.breakdown.changes': (p: { changes: readonly TextRef[] }, t: (x: CoreText) => string) =>
    ` ${p.changes.map(t).join('; ')}.`,
  'run.breakdown.change': (p: {
    metric: string;
    first: number | null;
    last: number | null;
    change: number | null;
    noiseFloor: number | null;
  }) => `${p.metric} ${p.first} → ${p.last} (change ${p.change}, noise floor ${p.noiseFloor})`,
  'run.breakdown.cadence': (p: { first: number; last: number }) =>
    ` Cadence ${p.first} → ${p.last} steps/min.`,
  // Hinge flags (hingeFlagText.ts): 2D keypoints cannot see the spine, so nothing here claims to
  // measure spinal flexion; the lower back is only ever named as a likely cause.
  'hinge.squattingTop.title': 'Knees take over the hinge',
  'hinge.squattingTop.detail': (p: { ratio: number; shin: number; knee: number }) =>
    `At the bottom the hips bend only ${f2(p.ratio)}× as much as the knees (a hinge is usually 2× or more), with the knees bent ${f0(p.knee)}° and the shins tilted ${f0(p.shin)}° forward. The knees travel forward and the hips go down rather than back, so the thighs do more of the work than the glutes and hamstrings. If you meant to squat, ignore this.`,
  'hinge.squattingFloor.title': 'Hips low and knees forward at the start of the pull',
  'hinge.squattingFloor.detail': (p: { knee: number; shin: number }) =>
    `At the start of the lift the knees are bent ${f0(p.knee)}° and the shins tilted ${f0(p.shin)}° forward, beyond the usual deadlift start (knees about 60–110°, shins about 5–20°). Starting this squat-like pushes the knees in front of the bar path and shifts work from the hips to the thighs.`,
  'hinge.hipsNotBack.title': 'Trunk tips forward but the hips hardly move back',
  'hinge.hipsNotBack.detail': (p: { shift: number; trunk: number }) =>
    `The trunk leans ${f0(p.trunk)}° forward at the bottom, yet the hips moved back only ${f2(p.shift)} of a leg length behind the ankles. When the hips stay over the feet like this, the forward bend is likely coming from the lower back rather than from the hip joints. The camera cannot see the spine itself, so take this as a likely cause to check, not a measurement.`,
  'hinge.trunkDrift.title': 'Trunk angle changes between lowering and rising',
  'hinge.trunkDrift.detail': (p: { drift: number }) =>
    `At the same hip angle, the trunk is up to ${f0(p.drift)}° more or less inclined on the way up than on the way down. A hinge keeps one trunk angle for one hip angle; a change like this often means the hips rise first and the lower back finishes the lift.`,
  'hinge.barDrift.title': 'The bar drifts away from the legs',
  'hinge.barDrift.detail': (p: { devRatio: number; devCm: number }) =>
    `During the rep the hands (the bar) move up to ${f2(p.devRatio)} of a leg length${Number.isFinite(p.devCm) ? ` (about ${f0(p.devCm)} cm)` : ''} away from the line above the middle of the foot. The further the load hangs in front of the feet, the longer its lever on the hips and the lower back: keep the bar close, brushing the thighs and shins. The wrists stand in for the bar here; the camera cannot see the bar itself.`,
  'hinge.hipsShootUp.title': 'Hips rise first at the start of the lift',
  'hinge.hipsShootUp.detail': (p: { trunk: number; knee: number }) =>
    `In the first half of the rise the knees straighten ${f0(p.knee)}° while the trunk tips ${f0(p.trunk)}° further forward: the hips come up before the shoulders. This leaves the back muscles to lift the load from a more horizontal trunk.`,
  'hinge.leanBack.title': 'Leaning back at lockout',
  'hinge.leanBack.detail': (p: { trunk: number }) =>
    `At the top the shoulders finish ${f0(-p.trunk)}° behind the hips. The hips cannot extend much past straight, so leaning back this far is usually made up by arching the lower back. Finish by standing tall with the glutes, ribs stacked over the pelvis.`,
  'hinge.leanBackVsStanding.title': 'Leaning back at lockout',
  'hinge.leanBackVsStanding.detail': (p: { pastDeg: number }) =>
    `At the top the trunk leans ${f0(p.pastDeg)}° further back than your own upright stance in this clip. The hips cannot extend much past straight, so that extra lean is usually made up by arching the lower back. Finish by standing tall with the glutes, ribs stacked over the pelvis.`,
  'hinge.incompleteVsStanding.title': 'Not fully standing at the top',
  'hinge.incompleteVsStanding.detail': (p: { hipShortDeg: number; kneeShortDeg: number }) =>
    `At the top of the rep the hips stay ${f0(p.hipShortDeg)}° and the knees ${f0(p.kneeShortDeg)}° short of your own upright stance in this clip. Finishing each rep standing as tall as you stand before the set lets the glutes complete the hip extension.`,
  'hinge.incompleteLockout.title': 'Not fully standing at the top',
  'hinge.incompleteLockout.detail': (p: { hip: number; knee: number }) =>
    `At the top of the rep the hips are still bent ${f0(p.hip)}° and the knees ${f0(p.knee)}°. Finishing each rep standing straight lets the glutes complete the hip extension instead of stopping short.`,
  'hinge.inconsistency.title': 'Reps are not alike',
  'hinge.inconsistency.detail': (p: { parts: readonly TextRef[] }, t: (x: CoreText) => string) =>
    `Over the set ${p.parts.map(t).join('; ')}. Bottom positions or tempo that drift from rep to rep often mean fatigue or a movement that is not yet grooved.`,
  'hinge.inconsistency.trunkAngleDeg': 'the trunk angle at the bottom',
  'hinge.inconsistency.hipFlexionDeg': 'the hip angle at the bottom',
  'hinge.inconsistency.drift': (
    p: { what: TextRef; changeDeg: number; firstDeg: number; lastDeg: number; noiseFloorDeg: number },
    t: (x: CoreText) => string,
  ) =>
    `${t(p.what)} moves ${f0(p.changeDeg)}° over the set (about ${f0(p.firstDeg)}° in the first reps, ${f0(p.lastDeg)}° in the last), more than the ${f0(p.noiseFloorDeg)}° your own rep-to-rep variation explains`,
  'hinge.inconsistency.tempo': (p: { cvPct: number; minS: number; maxS: number }) =>
    `rep duration varies by ${f0(p.cvPct)}% (${f1(p.minS)}–${f1(p.maxS)} s)`,
  // Warnings: Running analysis (analyzeRun.ts, gaitPlausibility.ts).
  'warn.run.legsSwapped': (p: { frames: number }) =>
    `left/right legs were swapped by the pose model in ${count(p.frames, 'frame', 'frames')}; repaired by gait continuity`,
  'warn.run.tooFewFrames': 'too few frames for a running analysis',
  'warn.run.legsNotVisible': 'the legs (hips, knees, ankles) are not visible: no running metrics',
  'warn.run.noContacts': (p: { durationS: number }) =>
    `no foot contacts found in ${f1(p.durationS)} s: is this a run, and are both legs in view?`,
  'warn.run.sameFootTwice': (p: { pairs: number }) =>
    `${count(p.pairs, 'pair', 'pairs')} of consecutive contacts by the same foot (missed contact or leg mix-up)`,
  'warn.run.tooFewForCadence': (p: { contacts: number }) =>
    `only ${count(p.contacts, 'contact', 'contacts')}: cadence needs at least 3`,
  'warn.run.fewStepsPerSide': (p: { steps: number }) =>
    `only ${count(p.steps, 'step', 'steps')} on one side (7 or more per side advised for stable medians): flags are shown one level lower with low confidence`,
  'warn.run.notRunning':
    'no running flags or per-step running metrics: the clip does not look like real-time running',
  'warn.run.tooFewContacts': 'too few contacts to tell whether this is running',
  'warn.run.slowMotion': (p: { cadenceSpm: number; factor: number | null }) =>
    `cadence ${f0(p.cadenceSpm)} steps/min is far too slow for running: if this is a slow-motion video, give the slow-motion factor (--slowmo${p.factor ? ` ${p.factor}` : ' FACTOR'}) or the capture frame rate; metrics are in file time until then`,
  'warn.run.walkingCadence': (p: { cadenceSpm: number; missingStance: boolean }) =>
    `cadence ${f0(p.cadenceSpm)} steps/min${p.missingStance ? ' with stance phases longer than running allows' : ''}: this looks like walking, not running; running flags are not computed`,
  'warn.run.walkingNoSink': (p: { sinkRatio: number }) =>
    `the pelvis does not sink after contact (median ${f3(p.sinkRatio)} L): this looks like walking, not running; running flags are not computed`,
  'warn.run.cadenceTooHigh': (p: { cadenceSpm: number }) =>
    `cadence ${f0(p.cadenceSpm)} steps/min is implausibly high: check the frame rate of the video (fast-forward or wrong timestamps?)`,
  'warn.run.toeOffMissing':
    'toe-off not found for most steps: contact times and stance metrics are incomplete',
  'warn.run.longContact': (p: { contactTimeS: number }) =>
    `median contact time ${f0(p.contactTimeS * 1000)} ms is long for running`,
  // Warnings: Hinge analysis (analyzeHinge.ts, screenTrack.ts).
  'warn.hinge.incomplete.no-lockout': (p: { t: number }) =>
    `The pull from the bottom at ${f1(p.t)} s does not reach lockout (standing tall) in the clip: it is not counted as a rep and its top is not judged.`,
  'warn.hinge.incomplete.too-shallow': (p: { t: number }) =>
    `A movement at ${f1(p.t)} s was too shallow to count as a rep.`,
  'warn.hinge.incomplete.no-standing-after': (p: { t: number }) =>
    `The rep with its bottom at ${f1(p.t)} s does not return to standing in the clip (or the lifter leaves the frame): not counted.`,
  'warn.hinge.incomplete.no-standing-before': (p: { t: number }) =>
    `The rep with its bottom at ${f1(p.t)} s does not start from standing or from a still start at the bottom: not counted.`,
  'warn.hinge.tooShort': 'The clip is too short for a rep (under 0.5 s).',
  'warn.hinge.noPerson': 'No person was found in the clip.',
  'warn.hinge.ankleHidden': (p: { hiddenPct: number }) =>
    `An ankle was hidden or unsure in ${p.hiddenPct}% of the frames (plates in front of the feet?): there it was taken from where that foot stands in the rest of the clip.`,
  'warn.hinge.sceneStartsRising': (p: { cutT: number }) =>
    `The scene that begins at ${f1(p.cutT)} s starts while the lifter is already rising: the true bottom of that rep may be before the cut, so its bottom angles describe the first frames seen.`,
  'warn.hinge.clipStartsRising': (p: { startT: number }) =>
    `The clip starts while the lifter is already rising (${f1(p.startT)} s): the true bottom of that rep may be before the first frame, so its bottom angles describe the first frames seen.`,
  'warn.hinge.noCompleteRep':
    'No complete rep was found (a rep runs from standing, or a still start at the floor, down to the bottom and back to standing).',
  'warn.hinge.neverStandsStill':
    'The lifter never stands still, so the lockout is not compared with their own upright stance: lean-back and incomplete lockout stay at info.',
  'warn.hinge.spineNotJudged':
    'Spinal rounding is not judged: the body keypoints give one straight line from hips to shoulders, so a rounded back cannot be seen. Watch the back in the video.',
  'warn.hinge.cameraOblique': (p: { offSideDeg: number; lowered: string }) =>
    `The camera is about ${p.offSideDeg}° off a side view (the shoulders appear side by side instead of one behind the other). Seen at a slant, the trunk, hip and knee angles read smaller than they are and the hips' backward shift shorter, so lockout, lean-back, hips-back, trunk-drift and rep-to-rep checks are given as information only${p.lowered ? ` (${p.lowered})` : ''}; the squatting and hips-rise-first checks were checked on views up to about 45°. For a full check, film from the side with the camera at hip height.`,
  'warn.hinge.notSideView': (p: { view: string }) =>
    `In a ${p.view} view only reps and tempo are measured: the hinge angles need a side view.`,
  'warn.hinge.legsHidden': (p: { pct: number }) =>
    `The legs are not visible in ${p.pct}% of the frames with a person: the lifter may be partly out of frame. Reps there cannot be measured.`,
  'warn.hinge.atEdge':
    'Hips, knees or ankles touch the edge of the picture: the lifter is partly out of frame.',
  'warn.hinge.bodyJumped': (p: { frames: number; fromT: number; toT: number }) =>
    `The detected body jumped on ${count(p.frames, 'frame', 'frames')} (from ${f1(p.fromT)} s to ${f1(p.toT)} s), as when a second person walks through the picture; those frames were left out.`,
  'warn.hinge.scenes': (p: { cutsS: readonly number[] }) =>
    `The clip has ${p.cutsS.length + 1} scenes (the picture cuts at ${p.cutsS.map(f1).join(', ')} s): each scene was analysed on its own and the reps added up.`,
  // Warnings: The whole analysis (analyzeTrack.ts): input, view, people, slow motion, running clip checks.
  'warn.secondPerson': (p: { jumps: number; keptShare: number; otherFrames: number }) =>
    `a second person is in view: the pose jumped between two people ${count(p.jumps, 'time', 'times')}; only the person seen in most frames (${f0(p.keptShare * 100)} %) is analysed, ${count(p.otherFrames, 'frame', 'frames')} of the other are left out`,
  'warn.twoPeople': (p: { jumps: number; keptShare: number }) =>
    `two people are in view and the pose keeps jumping between them (${count(p.jumps, 'time', 'times')}; the one seen most fills only ${f0(p.keptShare * 100)} % of frames): no analysis. Film one person alone in the frame`,
  'warn.viewMismatch': (p: { view: View; autoView: View }) =>
    `view set to ${p.view}; the keypoints look like a ${p.autoView} view`,
  'warn.emptyTrack': 'the track is empty: no frames to analyse',
  'warn.fewPersonFrames': (p: { framesWithPose: number }) =>
    `a person was found in only ${f0(p.framesWithPose * 100)} % of frames: results may be incomplete`,
  'warn.clipTooShort': (p: { durationS: number }) =>
    `the clip is only ${f1(p.durationS)} s long: at least 5–10 s (≥ 7 steps per side, or a full set) is needed for stable results`,
  'warn.run.cadenceWithheld': (p: {
    contacts: number;
    contactCadenceSpm: number;
    rhythmCadenceSpm: number;
  }) =>
    `cadence withheld: ${p.contacts} contacts give ${f0(p.contactCadenceSpm)} steps/min but the stride rhythm gives ${f0(p.rhythmCadenceSpm)}, so a contact was missed or is spurious`,
  'warn.run.fewSteps': (p: { held: number; stepsNeeded: number; needS: number }) =>
    `the clip holds about ${count(p.held, 'step', 'steps')}; stable running numbers need at least ${p.stepsNeeded} (7 per side): film at least ${p.needS} s at this pace`,
  'warn.run.walkingPelvis':
    'the pelvis is highest, not lowest, at midstance: this looks like walking, not running; running flags are not computed',
  'warn.run.looksSlowMotion': (p: { factor: number }) =>
    `this looks like slow motion saved ×${p.factor} slower than real time: analyse it with slow-motion factor ${p.factor}`,
  'warn.notADiagnosis':
    'hipcheck gives feedback on movement, not a diagnosis: see a professional if there is pain or numbness',
  'warn.slowmoIgnored': (p: { factor: number }) =>
    `slow-motion factor ${p.factor} ignored: it must be between 1 and 64`,
  'warn.slowmo': (p: { factor: number }) => `slow motion ×${p.factor}: all times and cadences are real time`,
  'warn.captureFps': (p: { captureFps: number; fileFps: number; factor: number }) =>
    `captured at ${p.captureFps} fps, saved at ${p.fileFps} fps (slow motion ×${p.factor}): all times and cadences are real time`,
  'warn.captureFpsIgnored': (p: { captureFps: number; fileFps: number }) =>
    `capture rate ${p.captureFps} fps ignored: it must be 1–64 times the file rate (${p.fileFps} fps)`,
} satisfies Catalogue;

/** A key of the app's screens (`t(key)`). */
export type MessageKey = keyof typeof ui;

/**
 * Every language's report texts have the English keys, with the same parameters; an entry may be
 * fixed words where the English one is built around its parameters (the language leaves them out).
 */
export type ReportCatalogue = { readonly [K in keyof typeof report]: (typeof report)[K] | string };

/** The two exports of every language file: the app's words (every `MessageKey`) and the report's words. */
export interface LanguageCatalogue {
  readonly ui: Readonly<Record<MessageKey, string>>;
  readonly report: ReportCatalogue;
}
