import { describe, expect, it } from 'vitest';
import type { Report } from '../report/report.ts';
import type { Session } from './session.ts';
import {
  MAX_SESSION_FILE_BYTES,
  sessionFileCreate,
  sessionFileParse,
  sessionFileSizeError,
} from './sessionFile.ts';
import { testTrack } from './testTrack.ts';

const report: Report = {
  format: 'hipcheck-report',
  version: 1,
  activity: 'run',
  view: 'side',
  source: { name: 'test', durationS: 1, fps: 30 },
  flags: [],
  quality: { framesWithPose: 1, meanScore: 0.8, warnings: [] },
};

function session(): Session {
  return {
    id: 's1',
    clientId: 'c1',
    title: 'Treadmill 12 km/h',
    date: '2026-12-01',
    activity: 'run',
    view: 'side',
    video: { name: 'male_side.mp4', sizeBytes: 1234, mimeType: 'video/mp4', storage: 'reference' },
    track: testTrack(6),
    report,
    corrections: [{ id: 'k1', keypoint: 15, fromFrame: 1, toFrame: 3, xPx: 10.5, yPx: 20 }],
    annotations: [
      { id: 'n1', type: 'note', t: 0.1, text: '<img src=x onerror=alert(1)>' },
      { id: 'm1', type: 'marker', t: 0.2, label: 'contact' },
      {
        id: 'd1',
        type: 'drawing',
        t: 0.1,
        shape: { kind: 'angle', a: { xPx: 1, yPx: 2 }, vertex: { xPx: 3, yPx: 4 }, b: { xPx: 5, yPx: 7 } },
      },
      {
        id: 'd2',
        type: 'drawing',
        t: 0.1,
        shape: {
          kind: 'freehand',
          points: [
            { xPx: 1, yPx: 1 },
            { xPx: 2, yPx: 3 },
          ],
        },
        color: '#ff0',
      },
    ],
    createdAt: '2026-12-01T10:00:00Z',
    updatedAt: '2026-12-01T10:00:00Z',
  };
}

const text = (o: unknown) => JSON.stringify(o);
const fileObject = () =>
  JSON.parse(text(sessionFileCreate(session(), { name: 'Aiko' }, { exportedAt: '2026-12-02T00:00:00Z' })));

describe('session file', () => {
  it('round-trips track, corrections and annotations; text stays plain data', () => {
    const r = sessionFileParse(text(fileObject()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = session();
    expect(r.file.session.track).toEqual(s.track);
    expect(r.file.session.corrections).toEqual(s.corrections);
    expect(r.file.session.annotations).toEqual(s.annotations);
    expect(r.file.client).toEqual({ name: 'Aiko' });
    expect(r.file.videoData).toBeUndefined();
  });

  it('turns null keypoint coordinates (JSON has no NaN) into NaN', () => {
    const f = fileObject();
    f.session.track.frames[0].kp[3] = [null, null, 0];
    const r = sessionFileParse(text(f));
    expect(r.ok && r.file.session.track.frames[0]!.kp[3]![0]).toBeNaN();
  });

  it('refuses a wrong version and says which', () => {
    const f = fileObject();
    f.version = 2;
    const r = sessionFileParse(text(f));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('wrong-version');
    expect(r.error.detail).toContain('version 2');
  });

  it('refuses another format, truncated and corrupted JSON', () => {
    const good = text(fileObject());
    const cases: [string, string][] = [
      [text({ format: 'hipcheck-track', version: 1 }), 'not-session'],
      [good.slice(0, Math.floor(good.length / 2)), 'not-json'],
      [good.replace(/"frames":\[/, '"frames":[}'), 'not-json'],
      ['', 'empty'],
    ];
    for (const [t, code] of cases) {
      const r = sessionFileParse(t);
      expect(r.ok ? 'ok' : r.error.code).toBe(code);
    }
  });

  it('names the path of a malformed field', () => {
    const f = fileObject();
    f.session.track.frames[2].kp[4] = [1, 'x', 0.5];
    f.session.annotations[0].text = 5;
    const r = sessionFileParse(text(f));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid');
    expect(r.error.detail).toContain('session.track.frames[2].kp[4][1]');
    expect(r.error.detail).toContain('session.annotations[0].text');
  });

  it('refuses unknown keys, oversized strings, bad corrections and time going backwards', () => {
    const mutations: ((f: ReturnType<typeof fileObject>) => void)[] = [
      (f) => (f.session.script = 'x'),
      (f) => (f.session.annotations[0].text = 'x'.repeat(20_001)),
      (f) => (f.session.corrections[0].keypoint = 17),
      (f) => (f.session.corrections[0].toFrame = 0),
      (f) => (f.session.track.frames[3].t = 0),
      (f) => (f.videoData = { mimeType: 'video/mp4', base64: 'not base64!' }),
    ];
    for (const m of mutations) {
      const f = fileObject();
      m(f);
      const r = sessionFileParse(text(f));
      expect(r.ok ? 'ok' : r.error.code).toBe('invalid');
    }
  });

  it('checks the size before parsing', () => {
    expect(sessionFileSizeError(200 * 1024 * 1024)).toMatchObject({
      code: 'too-large',
      detail: '200.0 MB; the limit is 64.0 MB',
    });
    expect(sessionFileSizeError(MAX_SESSION_FILE_BYTES)).toBeNull();
    // Over the limit, not even syntax is looked at: a string of garbage reports its size.
    expect(sessionFileParse('{'.repeat(2000), 1000)).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
  });

  it('embeds the video only when given', () => {
    const f = sessionFileCreate(session(), null, {
      exportedAt: 'now',
      videoData: { mimeType: 'video/mp4', base64: 'AAAA' },
    });
    const r = sessionFileParse(text(f));
    expect(r.ok && r.file.videoData).toEqual({ mimeType: 'video/mp4', base64: 'AAAA' });
    expect(r.ok && r.file.client).toBeUndefined();
  });
});
