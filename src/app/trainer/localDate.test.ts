import { afterEach, describe, expect, it } from 'vitest';
import { localDateIso } from './localDate.ts';

const savedTz = process.env.TZ;

describe('new-session date: the local calendar day, not the UTC one', () => {
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('in Tokyo (UTC+9) at 05:00 on 5 December it is the 5th (UTC still says the 4th)', () => {
    process.env.TZ = 'Asia/Tokyo';
    const d = new Date('2026-12-04T20:00:00Z');
    expect(d.getHours()).toBe(5); // the zone took effect
    expect(localDateIso(d)).toBe('2026-12-05');
    expect(d.toISOString().slice(0, 10)).toBe('2026-12-04'); // what the form used to default to
  });

  it('in Los Angeles (UTC−8) at 19:00 on 4 December it is the 4th (UTC already says the 5th)', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(localDateIso(new Date('2026-12-05T03:00:00Z'))).toBe('2026-12-04');
  });

  it('pads months, days and early years', () => {
    process.env.TZ = 'UTC';
    expect(localDateIso(new Date('0987-01-02T12:00:00Z'))).toBe('0987-01-02');
  });
});
