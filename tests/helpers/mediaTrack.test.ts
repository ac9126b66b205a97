import { expect, it } from 'vitest';
import { poseTrackForMedia } from './mediaTrack.ts';
import { describeWithShared } from './shared.ts';

describeWithShared('poseTrackForMedia', [['media', 'hinge', 'rdl.mp4']], () => {
  it('produces and caches a MoveNet track of a real clip', async () => {
    const a = await poseTrackForMedia('media/hinge/rdl.mp4');
    expect(a?.frames.length).toBeGreaterThan(30);
    expect(a?.source.model).toBe('movenet-lightning');
    const b = await poseTrackForMedia('media/hinge/rdl.mp4');
    expect(b?.frames.length).toBe(a?.frames.length);
  });
});
