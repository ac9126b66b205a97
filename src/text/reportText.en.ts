import type { CoreText, TextRef, View } from '../core/report/report.ts';
import { f0, f1, f2, f3, plural, type Catalogue } from './textEntry.ts';

/**
 * The report's words in English, one entry per text key the core emits (issue 14: the core emits
 * keys and parameters, this catalogue and its siblings give the words). The parameter types here
 * type every other language's entries (reportText.ja.ts). Flags and drills are in our own words
 * (patterns.md ideas; hipcheck gives movement feedback, not a diagnosis).
 */
/** "1 frame", "2 frames": a count with its English word form (plural(), CLDR rules). */
const count = (n: number, one: string, other: string): string => `${n} ${plural('en', n, { one, other })}`;

export const reportEn = {
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
    `two people are in view and the pose keeps jumping between them (${p.jumps} times; the one seen most fills only ${f0(p.keptShare * 100)} % of frames): no analysis. Film one person alone in the frame`,
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

/**
 * Every language's catalogue has the English one's keys, with the same parameters; an entry may be
 * fixed words where the English one is built around its parameters (the language leaves them out).
 */
export type ReportCatalogue = { readonly [K in keyof typeof reportEn]: (typeof reportEn)[K] | string };
