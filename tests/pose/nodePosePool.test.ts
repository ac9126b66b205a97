import { expect, it } from 'vitest';
import { NodePosePool } from '../../src/cli/nodePosePool.ts';
import { WHOLE_CLIP } from '../../src/cli/poseFrames.ts';

// A pose worker that dies must fail the jobs it had and every later one, not leave `hipcheck pose` waiting.
it('a dead pose worker fails its job and the later ones instead of hanging', async () => {
  const pool = await NodePosePool.start(1, { model: 'lightning' });
  try {
    const input = { width: 64, height: 64, scaleX: 1, scaleY: 1, sourceWidth: 64, sourceHeight: 64 };
    // Kill the worker behind the pool's back, as an out-of-memory crash would.
    await (
      pool as unknown as { slots: { worker: { terminate(): Promise<number> } }[] }
    ).slots[0]!.worker.terminate();
    await expect(pool.run('/nonexistent.mp4', input, [WHOLE_CLIP])).rejects.toThrow(/a pose worker stopped/);
    await expect(pool.run('/nonexistent.mp4', input, [WHOLE_CLIP])).rejects.toThrow(/a pose worker stopped/);
  } finally {
    await pool.close();
  }
}, 60_000);
