import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../core/report/report.ts';
import type { Session } from '../../core/session/session.ts';
import { sessionFileCreate } from '../../core/session/sessionFile.ts';
import { testTrack } from '../../core/session/testTrack.ts';

// The browser stores (OPFS, IndexedDB) stand in memory: this test is about the file format.
const store = vi.hoisted(() => ({ videos: new Map<string, Blob>(), sessions: [] as unknown[] }));
vi.mock('../storage/videoStore.ts', () => ({
  videoStoreAvailable: () => true,
  videoStoreLoad: (name: string) =>
    Promise.resolve(store.videos.has(name) ? new File([store.videos.get(name)!], name) : null),
  videoStoreSave: (name: string, blob: Blob) => Promise.resolve(void store.videos.set(name, blob)),
}));
vi.mock('../storage/sessionStore.ts', () => ({
  newId: () => crypto.randomUUID(),
  clientsList: () => Promise.resolve([]),
  clientSave: () => Promise.resolve(),
  sessionCreate: (s: unknown) => Promise.resolve(void store.sessions.push(s)),
}));
const { sessionExportBlob, sessionExportFileName, sessionImportFile } = await import('./sessionTransfer.ts');

const report: Report = {
  format: 'hipcheck-report',
  version: 1,
  activity: 'run',
  view: 'side',
  source: { name: 't', durationS: 1, fps: 30 },
  flags: [],
  quality: { framesWithPose: 1, meanScore: 0.8, warnings: [] },
};
const analyze = () => report;

function session(videoBytes: number): Session {
  return {
    id: 's1',
    clientId: 'c1',
    title: 'Big clip',
    date: '2026-12-05',
    activity: 'run',
    view: 'side',
    video: {
      name: 'big.mp4',
      sizeBytes: videoBytes,
      mimeType: 'video/mp4',
      storage: 'opfs',
      opfsName: 's1.video',
    },
    track: testTrack(6),
    report,
    corrections: [],
    annotations: [{ id: 'n1', type: 'note', t: 0.1, text: 'keep me' }],
    createdAt: '2026-12-05T10:00:00Z',
    updatedAt: '2026-12-05T10:00:00Z',
  };
}

/** Bytes that differ along the file, so a shifted or truncated copy cannot pass. */
function videoBytes(n: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = (i * 2654435761) >>> 24;
  return b;
}

/** The imported session; a refusal fails the test with its message. */
function imported(r: Awaited<ReturnType<typeof sessionImportFile>>): Session {
  if (!r.ok) throw new Error(`import refused: ${r.error.code} ${r.error.message} ${r.error.detail ?? ''}`);
  return r.session;
}

const sameBytes = async (a: Blob, b: Uint8Array) => {
  const x = new Uint8Array(await a.arrayBuffer());
  return x.length === b.length && x.every((v, i) => v === b[i]);
};

describe('session export with its video, imported again', () => {
  beforeEach(() => {
    store.videos.clear();
    store.sessions.length = 0;
  });

  it('a 50 MiB video (over the ~47 MiB that base64 in JSON allowed under the 64 MiB limit) comes back byte for byte', async () => {
    const n = 50 * 1024 * 1024;
    const bytes = videoBytes(n);
    store.videos.set('s1.video', new Blob([bytes], { type: 'video/mp4' }));
    const blob = await sessionExportBlob(session(n), { id: 'c1', name: 'Aiko', createdAt: '' }, true);
    const name = sessionExportFileName('Big_clip', blob);
    store.videos.clear();
    const s = imported(await sessionImportFile(new File([blob], name), analyze, 'fallback'));
    expect(s.video).toMatchObject({ storage: 'opfs', sizeBytes: n, mimeType: 'video/mp4' });
    expect(s.annotations).toEqual(session(n).annotations);
    expect(await sameBytes(store.videos.get(s.video.opfsName!)!, bytes)).toBe(true);
  });

  it('a file whose video part is cut short is refused as damaged, and nothing is written', async () => {
    const n = 4096;
    store.videos.set('s1.video', new Blob([videoBytes(n)], { type: 'video/mp4' }));
    const blob = await sessionExportBlob(session(n), null, true);
    store.videos.clear();
    const r = await sessionImportFile(
      new File([blob.slice(0, blob.size - 100)], 'cut.hipcheck-session'),
      analyze,
      'fallback',
    );
    expect(r.ok ? null : r.error.code).toBe('invalid');
    expect(store.videos.size).toBe(0);
    expect(store.sessions).toHaveLength(0);
  });

  it('still reads the old JSON export with the video as base64', async () => {
    const bytes = videoBytes(3000);
    const old = sessionFileCreate(session(3000), null, {
      exportedAt: '2026-12-01T00:00:00Z',
      videoData: { mimeType: 'video/mp4', base64: Buffer.from(bytes).toString('base64') },
    });
    const s = imported(
      await sessionImportFile(
        new File([JSON.stringify(old)], 'old.hipcheck-session.json'),
        analyze,
        'fallback',
      ),
    );
    expect(await sameBytes(store.videos.get(s.video.opfsName!)!, bytes)).toBe(true);
  });

  it('without the video the export stays a readable JSON file', async () => {
    const blob = await sessionExportBlob(session(10), null, false);
    expect(sessionExportFileName('x', blob)).toBe('x.hipcheck-session.json');
    expect(JSON.parse(await blob.text())).toMatchObject({
      format: 'hipcheck-session',
      session: { title: 'Big clip' },
    });
  });
});
