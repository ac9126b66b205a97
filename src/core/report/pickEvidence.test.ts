import { expect, it } from 'vitest';
import type { Flag } from './report.ts';
import { pickEvidence } from './pickEvidence.ts';

const flag = (evidence: Flag['evidence']): Flag => ({
  id: 'x',
  severity: 'warn',
  side: null,
  evidence,
  title: { en: '', ja: '' },
  detail: { en: '', ja: '' },
});

it('jumps to the sample furthest from its threshold', () => {
  expect(
    pickEvidence(
      flag([
        { t: 1, metric: 'm', value: 0.32, threshold: 0.3 },
        { t: 2, metric: 'm', value: 0.41, threshold: 0.3 },
        { t: 3, metric: 'm', value: 0.35, threshold: 0.3 },
      ]),
    ),
  ).toBe(1);
});
it('falls back to the largest magnitude, and to −1 with no evidence', () => {
  expect(
    pickEvidence(
      flag([
        { t: 1, metric: 'm', value: -12 },
        { t: 2, metric: 'm', value: 4 },
      ]),
    ),
  ).toBe(0);
  expect(pickEvidence(flag([]))).toBe(-1);
});
