import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Track } from '../../src/core/track/track.ts';
import { poseTrackForFile, poseTrackForMedia } from '../helpers/mediaTrack.ts';
import { ROOT, sharedPath } from '../helpers/shared.ts';

/** One labelled real hinge clip; `cropMaxX`/`endCardS` restrict the track to the labelled lifter. */
export interface RepClip {
  id: string;
  media: string;
  labelKey: string | null;
  side: boolean;
  cropMaxX?: number;
  endCardS?: number;
}

const tby = ['c', 'h', 'k', 'r', 'a'].flatMap((f) =>
  [1, 2].map((cam) => ({
    id: `0016${f}_${cam}`,
    media: `media/hinge/tby66/0016${f}_${cam}.mp4`,
    labelKey: `hinge/tby66/0016${f}_${cam}.mp4`,
    side: cam === 1,
  })),
);
const demo = (n: string, side: boolean): RepClip => ({
  id: n,
  media: `media/hinge/coach-demos/${n}.mp4`,
  labelKey: `hinge/coach-demos/${n}.mp4`,
  side,
});

export const REP_CLIPS: RepClip[] = [
  ...tby,
  demo('formfit_deadlift', true),
  demo('rnhrn_band_deadlift', true),
  // The split screen's left half (x < 240 px) is the correct lifter; the last ~4 s are an end card.
  {
    id: 'split_left',
    media: 'media/hinge/coach-demos/dumbbell_rdl_split_screen.mp4',
    labelKey: 'hinge/coach-demos/dumbbell_rdl_split_screen.mp4#left (crop x < 240)',
    side: true,
    cropMaxX: 240,
    endCardS: 4,
  },
  { id: 'deadlift_good', media: 'media/hinge/deadlift_good.mp4', labelKey: null, side: true },
  { id: 'deadlift_bad', media: 'media/hinge/deadlift_bad.mp4', labelKey: null, side: true },
  { id: 'rdl', media: 'media/hinge/rdl.mp4', labelKey: null, side: true },
  ...[
    'kettlebell_deadlift',
    'kettlebell_good_morning',
    'good_morning_dowel',
    'bar_path_drill_dowel',
    'deadlift_drill_dowel',
    'kettlebell_swing_russian',
    'kettlebell_swing_american',
  ].map((n) => demo(n, false)),
];

/**
 * Labelled counts per clip id: LABELS.json's repCount and repCountAccepted; the three MediaPipe-
 * PoseReader clips are labelled in MANIFEST.md only ("one rep"); rdl.mp4 was judged from its frames
 * (the lifter stops short of lockout as the clip ends: 0 complete reps).
 */
export function labelledCounts(): Record<string, { repCount: number; accepted: number[] }> | null {
  const p = sharedPath('media/hinge/LABELS.json');
  if (p === null) return null;
  const files = (
    JSON.parse(readFileSync(p, 'utf8')) as {
      files: Record<string, { repCount: number; repCountAccepted?: number[] }>;
    }
  ).files;
  const out: Record<string, { repCount: number; accepted: number[] }> = {};
  for (const c of REP_CLIPS) {
    if (c.labelKey) {
      const f = files[c.labelKey]!;
      out[c.id] = { repCount: f.repCount, accepted: f.repCountAccepted ?? [f.repCount] };
    }
  }
  out.deadlift_good = { repCount: 1, accepted: [1] };
  out.deadlift_bad = { repCount: 1, accepted: [1] };
  out.rdl = { repCount: 0, accepted: [0] };
  return out;
}

/**
 * The cached MoveNet track of a clip, restricted to its labelled lifter (null when absent). A crop
 * (the split screen's left half, without its end card) is cut with ffmpeg into tests/artifacts/crops
 * (git-ignored) and tracked on its own: MoveNet on the whole split frame follows the other lifter.
 */
export async function trackForClip(c: RepClip): Promise<Track | null> {
  if (c.cropMaxX === undefined) return poseTrackForMedia(c.media);
  const src = sharedPath(c.media);
  if (src === null) return null;
  const dir = join(ROOT, 'tests/artifacts/crops');
  const out = join(dir, `${c.id}.${statSync(src).size}.mp4`);
  if (!existsSync(out)) {
    mkdirSync(dir, { recursive: true });
    const dur = Number(
      execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', src], {
        encoding: 'utf8',
      }),
    );
    execFileSync('ffmpeg', [
      '-loglevel',
      'error',
      '-y',
      '-i',
      src,
      '-t',
      String(dur - (c.endCardS ?? 0)),
      '-vf',
      `crop=${c.cropMaxX}:ih:0:0`,
      '-an',
      out,
    ]);
  }
  return poseTrackForFile(out, `${c.id}.mp4`);
}
