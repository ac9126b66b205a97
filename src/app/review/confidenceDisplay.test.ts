import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Flag, Report } from '../../core/report/report.ts';
import { makeFormatters } from '../i18n/formatters.ts';
import { I18nContext, type I18n } from '../i18n/i18nContext.ts';
import { localizeMetricIds, metricLabel, translate } from '../i18n/messages.ts';
import type { Locale } from '../i18n/pickLocale.ts';
import { FlagCard } from './FlagCard.tsx';
import { SummaryCards } from './SummaryCards.tsx';

const i18n = (locale: Locale): I18n => ({
  locale,
  setLocale: () => undefined,
  t: (key, vars) => translate(locale, key, vars),
  metric: (name) => metricLabel(locale, name),
  pick: (text) => (text ? localizeMetricIds(locale, text[locale] || text.en) : ''),
  fmt: makeFormatters(locale),
});
const html = (locale: Locale, el: ReactElement) =>
  renderToStaticMarkup(createElement(I18nContext.Provider, { value: i18n(locale) }, el));

const report = {
  format: 'hipcheck-report',
  version: 1,
  activity: 'run',
  view: 'side',
  source: { name: 'x', durationS: 12, fps: 30 },
  run: {
    cadenceSpm: 170,
    steps: [],
    speed: { mps: 3, source: 'user' },
    summary: {
      left: { footAheadOfHipRatio: 0.25, shankAngleAtContactDeg: 9 },
      right: { footAheadOfHipRatio: 0.42 },
      count: {
        left: { footAheadOfHipRatio: 12, shankAngleAtContactDeg: 12 },
        right: { footAheadOfHipRatio: 4 },
      },
      spread: { left: { footAheadOfHipRatio: 0.03, shankAngleAtContactDeg: 2.5 }, right: {} },
    },
  },
  flags: [],
  quality: { framesWithPose: 1, meanScore: 0.7, warnings: [] },
} as unknown as Report;

describe('confidence shown beside each number and flag', () => {
  it('summary rows say how many steps and their spread, the speed the norms used, and a too-small count', () => {
    const en = html('en', createElement(SummaryCards, { report }));
    expect(en).toContain('12 steps, middle half within');
    expect(en).toContain('Norms for 3.0 m/s (the speed you gave)');
    expect(en).toContain('fewer than 7 steps: a rough value');
    // The speed norm at 3 m/s ends at 0.331 L: 0.42 is outside, 0.25 inside.
    expect(en.match(/metric-value outside/g)?.length).toBe(1);
    const ja = html('ja', createElement(SummaryCards, { report }));
    expect(ja).toContain('12 歩、中央の半数が');
    expect(ja).toContain('7 歩未満のため目安の値です');
  });
  it('a flag with too few steps says so in its own line, in en and ja', () => {
    const flag: Flag = {
      id: 'pelvic-drop',
      severity: 'info',
      side: 'left',
      evidence: [],
      title: { en: 'T', ja: 'T' },
      detail: { en: 'D', ja: 'D' },
      nEvents: 3,
      minEvents: 7,
    };
    expect(html('en', createElement(FlagCard, { flag, index: 0, onShow: () => undefined }))).toContain(
      'Rests on only 3 steps or reps (7 or more',
    );
    expect(html('ja', createElement(FlagCard, { flag, index: 0, onShow: () => undefined }))).toContain(
      '判定に使えたのは 3 回だけです',
    );
    expect(
      html(
        'en',
        createElement(FlagCard, { flag: { ...flag, nEvents: 9 }, index: 0, onShow: () => undefined }),
      ),
    ).not.toContain('flag-few');
  });
});
