import { describe, expect, it } from 'vitest';
import type { Flag } from './report.ts';
import { topFindings } from './topFindings.ts';

const flag = (id: string, severity: Flag['severity'], extra: Partial<Flag> = {}): Flag => ({
  id,
  severity,
  side: null,
  evidence: [
    { t: 1, metric: 'm', value: 1, threshold: 0.5 },
    { t: 2, metric: 'm', value: 3, threshold: 0.5 },
  ],
  title: { en: id, ja: id },
  detail: { en: '', ja: '' },
  ...extra,
});

describe('topFindings', () => {
  it('keeps warn and alert only, alert first, at most three', () => {
    const flags = [
      flag('a', 'info'),
      flag('b', 'warn'),
      flag('c', 'alert'),
      flag('d', 'warn'),
      flag('e', 'warn'),
    ];
    const top = topFindings(flags);
    expect(top.map((f) => flags[f.flagIndex]!.id)).toEqual(['c', 'b', 'd']);
    expect(top[0]!.evidenceIndex).toBe(1); // the clearest sample: furthest from its threshold
    expect(top[0]!.t).toBe(2);
  });

  it('ranks, within a severity, a flag on enough steps before one on too few, then by confidence', () => {
    const flags = [
      flag('few', 'warn', { nEvents: 4, minEvents: 7, confidence: 0.9 }),
      flag('sure', 'warn', { nEvents: 12, minEvents: 7, confidence: 0.6 }),
      flag('surer', 'warn', { nEvents: 12, minEvents: 7, confidence: 0.8 }),
    ];
    const top = topFindings(flags);
    expect(top.map((f) => flags[f.flagIndex]!.id)).toEqual(['surer', 'sure', 'few']);
    expect(top[2]!.fewEvents).toBe(true);
  });

  it('is empty when nothing is worth working on (the "nothing to work on" state)', () => {
    expect(topFindings([flag('a', 'info')])).toEqual([]);
    expect(topFindings([])).toEqual([]);
  });
});
