import { beforeAll, expect, it } from 'vitest';
import { analyzeHinge, type HingeAnalysis } from '../helpers/localized.ts';
import type { Track } from '../../src/core/track/track.ts';
import { describeWithShared } from '../helpers/shared.ts';
import { REP_CLIPS, labelledCounts, trackForClip } from './repClips.ts';

// Rep counts on every labelled real hinge clip (shared/media/hinge/LABELS.json; the three
// MediaPipe-PoseReader clips from MANIFEST.md and rdl.mp4's frames). Side views must match a count
// a coach accepts; the oblique ones are printed, not asserted. scripts/hinge-reps.ts prints the same.
const tracks = new Map<string, Track>();
const got = new Map<string, HingeAnalysis>();

describeWithShared(
  'rep counts on the labelled real hinge clips',
  [['media', 'hinge', 'LABELS.json'], ...REP_CLIPS.map((c) => c.media.split('/'))],
  () => {
    beforeAll(async () => {
      for (const c of REP_CLIPS) {
        const t = await trackForClip(c);
        tracks.set(c.id, t!);
        got.set(c.id, analyzeHinge(t!));
      }
    }, 600_000);

    it('every side-view clip has a labelled rep count (oblique ones printed)', () => {
      const labels = labelledCounts()!;
      const rows = REP_CLIPS.map(
        (c) =>
          `${c.id.padEnd(26)} ${c.side ? 'side   ' : 'oblique'} found ${got.get(c.id)!.hinge.repCount} labelled ${labels[c.id]!.accepted.join('/')}`,
      );
      console.log(rows.join('\n'));
      for (const c of REP_CLIPS.filter((k) => k.side)) {
        const a = got.get(c.id)!;
        expect(
          labels[c.id]!.accepted,
          `${c.id}: found ${a.hinge.repCount}; ${a.warnings.map((w) => w.en).join(' | ')}`,
        ).toContain(a.hinge.repCount);
      }
    });

    it('says which reps it counted: full reps (tby66 walks down to the bell first), floor -> lockout, none', () => {
      expect(got.get('0016c_1')!.hinge.repCountKind).toBe('full');
      expect(got.get('deadlift_good')!.hinge.repCountKind).toBe('concentric-only');
      expect(got.get('rdl')!.hinge.repCountKind).toBe('none');
    });

    it('no real clip is split into scenes', () => {
      for (const c of REP_CLIPS) expect(got.get(c.id)!.hinge.sceneCount, c.id).toBe(1);
    });

    it('two pulls spliced into one clip are two reps in two scenes, with a warning (en + ja)', () => {
      const g = tracks.get('deadlift_good')!;
      const b = tracks.get('deadlift_bad')!;
      const t0 = g.frames[g.frames.length - 1]!.t + 1 / g.fps;
      const spliced: Track = {
        ...g,
        frames: [...g.frames, ...b.frames.map((f) => ({ t: f.t + t0, kp: f.kp }))],
      };
      const a = analyzeHinge(spliced);
      expect(a.hinge.sceneCount).toBe(2);
      expect(a.hinge.repCount).toBe(2);
      expect(a.warnings.some((x) => /scene that begins at 2\.1 s/.test(x.en))).toBe(true);
      const w = a.warnings.find((x) => /2 scenes/.test(x.en));
      expect(w?.ja).toMatch(/2 つの場面/);
    });
  },
);
