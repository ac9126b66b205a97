import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.ts';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return {
    writes,
    stream: {
      isTTY,
      columns: 200,
      write: (s: string) => (writes.push(s), true),
    } as unknown as NodeJS.WriteStream,
  };
}

describe('createProgress', () => {
  it('redraws one line with bar, rate and ETA on a terminal', () => {
    const { writes, stream } = fakeStream(true);
    let t = 0;
    const p = createProgress({ label: 'clip.mp4', total: 100, stream, now: () => t });
    t = 1;
    p.update(25);
    t = 1.05;
    p.update(26); // throttled: < 0.1 s since the last redraw
    p.finish('done');
    expect(writes).toHaveLength(2);
    expect(writes[0]).toMatch(/^\rclip\.mp4 \[#{6}\.{18}\] {2}25% 25\/100 frames 25\.0 fps ETA 3s/);
    expect(writes[1]).toBe('\r\x1b[Kdone\n');
  });

  it('prints a plain line every few seconds when not a terminal', () => {
    const { writes, stream } = fakeStream(false);
    let t = 0;
    const p = createProgress({ label: 'c', total: Number.NaN, stream, now: () => t, plainEveryS: 5 });
    for (let i = 1; i <= 120; i++) {
      t = i / 10;
      p.update(i);
    }
    expect(writes).toHaveLength(3); // at 0.1 s, 5.1 s and 10.1 s
    expect(writes.every((w) => w.endsWith('\n') && !w.includes('\r'))).toBe(true);
    expect(writes[2]).toMatch(/^c 101 frames 10\.0 fps ETA \?/);
  });
});
