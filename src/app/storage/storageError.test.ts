import { describe, expect, it } from 'vitest';
import { toStorageError } from './storageError.ts';

describe('toStorageError', () => {
  it('recognises a quota error by name and says what failed', () => {
    const e = toStorageError(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      'store the video',
    );
    expect(e.kind).toBe('quota');
    // The browser's message sits inside the sentence the UI builds around it: no full stop of its own.
    expect(e.message).toBe('Not enough storage space to store the video: The quota has been exceeded');
  });
  it('sorts other failures', () => {
    expect(toStorageError({ name: 'InvalidStateError' }, 'x').kind).toBe('unavailable');
    expect(toStorageError(new Error('boom'), 'x')).toMatchObject({
      kind: 'other',
      message: 'Could not x: boom',
    });
  });
});
