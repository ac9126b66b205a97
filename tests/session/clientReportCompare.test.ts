import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { MetricsTable } from '../../src/app/trainer/MetricsTable.tsx';
import { translate } from '../../src/app/i18n/messages.ts';
import { UI_WORDS } from '../../src/text/languages.ts';
import { previousSession } from '../../src/app/trainer/usePreviousReport.ts';
import type { I18n } from '../../src/app/i18n/i18nContext.ts';
import { analyzeTrack } from '../helpers/localized.ts';
import { isOwnKey } from '../../src/core/report/ownKey.ts';
import { trackParse } from '../../src/core/track/trackParse.ts';
import { describeWithShared, sharedPath } from '../helpers/shared.ts';

// Issue 18: the client report compares with the client's previous session through the trainer's
// one MetricsTable (showSpread), printing each clip's SD and n beside the verdict, in en and ja.
const TRACK = ['fixtures', 'mocap', 'opencap_squats1_side.30fps.track.json'];
const tOf =
  (locale: 'en' | 'ja'): I18n['t'] =>
  (key, vars) =>
    translate(locale, key, vars);

it('previous session: the latest one filmed before, never itself or a later one', () => {
  const list = [
    { id: 'c', date: '2026-03-01' },
    { id: 'a', date: '2026-01-10' },
    { id: 'b', date: '2026-02-01' },
    { id: 'self', date: '2026-02-15' },
  ];
  expect(previousSession(list, '2026-02-15', 'self')?.id).toBe('b');
  expect(previousSession(list, '2026-01-10', 'a')).toBeNull();
});

describeWithShared('client report compare (issue 18)', [TRACK], () => {
  it('prints SD and n of both clips and the noise verdict for each per-rep metric, en and ja', () => {
    const track = trackParse(JSON.parse(readFileSync(sharedPath(...TRACK)!, 'utf8')));
    const a = analyzeTrack(track);
    const b = analyzeTrack(track);
    const spread = a.hinge!.spread!;
    for (const [lang, m] of [
      ['en', UI_WORDS.en],
      ['ja', UI_WORDS.ja],
    ] as const) {
      const html = renderToStaticMarkup(
        createElement(MetricsTable, {
          t: tOf(lang),
          a,
          b,
          labelA: 'before',
          labelB: 'after',
          caption: 'c',
          testId: 'x',
          showSpread: true,
        }),
      );
      const cells = [...html.matchAll(/<tr data-metric="(\w+)"[^>]*>.*?<\/tr>/g)];
      const withSpread = cells.filter((c) => c[0].includes('data-testid="change-spread"'));
      expect(withSpread.length, lang).toBeGreaterThan(15);
      for (const c of withSpread) {
        const name = c[1]!;
        const sp = isOwnKey(spread, name) ? spread[name] : undefined;
        expect(sp, name).toBeDefined();
        const n = String(sp!.n);
        expect(c[0], `${lang} ${c[1]}`).toContain(
          m['trainer.change.spread'].includes('({na} / {nb}') ? `(${n} / ${n}` : `（${n} / ${n}`,
        );
        expect(c[0], `${lang} ${c[1]}`).toContain(m['trainer.change.same']); // same clip: no change
      }
    }
    // Every rep's hip flexion shifted: by 0.01° too small to matter, by one SD "film
    // about N more", by 3 SD a real change.
    const sd = spread.hipFlexionDeg!.sd!;
    const verdict = (delta: number) => {
      const moved = structuredClone(a);
      for (const rep of moved.hinge!.reps)
        if (typeof rep.hipFlexionDeg === 'number') rep.hipFlexionDeg += delta;
      const html = renderToStaticMarkup(
        createElement(MetricsTable, {
          t: tOf('en'),
          a,
          b: moved,
          labelA: 'a',
          labelB: 'b',
          caption: 'c',
          testId: 'x',
        }),
      );
      return /<tr data-metric="hipFlexionDeg".*?data-change="(\w+)"[^>]*>([^<]*)/.exec(html)!.slice(1, 3);
    };
    expect(verdict(0.01)).toEqual(['noise', UI_WORDS.en['trainer.change.tiny']]);
    expect(verdict(sd)[1]).toMatch(/^Within the noise: film about \d+ more steps/);
    expect(verdict(3 * sd)).toEqual(['real', UI_WORDS.en['trainer.change.real']]);
    const plain = renderToStaticMarkup(
      createElement(MetricsTable, {
        t: tOf('en'),
        a,
        b,
        labelA: 'a',
        labelB: 'b',
        caption: 'c',
        testId: 'x',
      }),
    );
    expect(plain).not.toContain('change-spread');
  });
});
