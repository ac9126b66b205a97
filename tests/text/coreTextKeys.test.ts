import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRILL_IDS, drillsFor } from '../../src/core/flags/drills.ts';
import { hingeFlagText } from '../../src/core/hinge/hingeFlagText.ts';
import type { CoreText } from '../../src/core/report/report.ts';
import { textParts } from '../../src/core/report/textParts.ts';
import { REPORT_WORDS } from '../../src/text/languages.ts';

const CORE = new URL('../../src/core', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
/** The code of a file without its comments (a rough cut: enough for this check). */
const withoutComments = (s: string) => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

/**
 * Issue 14: the core emits text keys and parameters, src/text's catalogues give the words. Every key
 * the core can emit has words in every report language (a missing one would throw where the report
 * is written), and the core holds no words of its own (ESLint refuses Japanese in src/core too).
 */
describe('the core emits keys; every key has words in every language', () => {
  const src = files(CORE).map((f) => [f, readFileSync(f, 'utf8')] as const);
  const literalKeys = [
    ...new Set(src.flatMap(([, s]) => [...s.matchAll(/key: '([\w.-]+)'/g)].map((m) => m[1]!))),
  ];
  const runFlagIds = [
    ...new Set(
      src.flatMap(([, s]) => [...s.matchAll(/(?:push\(|simple\(|id: )\s*'([a-z-]+)'/g)].map((m) => m[1]!)),
    ),
  ].filter((id) => `flag.${id}.title` in REPORT_WORDS.en);
  const dynamicKeys = [
    ...drillsFor(DRILL_IDS).flatMap((d) => [d.name, d.why].flatMap(textParts).map((r) => r.key)),
    ...Object.values(hingeFlagText).flatMap((f) => {
      const t = (f as (...a: never[]) => { title: CoreText; detail: CoreText })();
      return [...textParts(t.title), ...textParts(t.detail)].map((r) => r.key);
    }),
    ...(['no-standing-before', 'no-standing-after', 'too-shallow', 'no-lockout'] as const).map(
      (r) => `warn.hinge.incomplete.${r}`,
    ),
    ...(['trunkAngleDeg', 'hipFlexionDeg'] as const).map((k) => `hinge.inconsistency.${k}`),
    ...runFlagIds.flatMap((id) => [`flag.${id}.title`, `flag.${id}.detail`]),
  ];

  it('finds the keys (a scan that finds nothing proves nothing)', () => {
    expect(literalKeys.length).toBeGreaterThan(40);
    expect(runFlagIds.sort()).toEqual(
      [
        'asymmetry',
        'crossover',
        'hips-sinking',
        'knee-collapse',
        'knee-dominant-landing',
        'late-run-breakdown',
        'overstride',
        'pelvic-drop',
        'trailing-leg',
      ].sort(),
    );
  });
  for (const [lang, report] of Object.entries(REPORT_WORDS))
    it(`${lang}: every key the core emits is in the catalogue`, () => {
      const missing = [...literalKeys, ...dynamicKeys].filter((k) => !(k in report));
      expect(missing).toEqual([]);
    });
  it('every catalogue key is one the core emits (no dead words)', () => {
    const emitted = new Set([...literalKeys, ...dynamicKeys]);
    expect(Object.keys(REPORT_WORDS.en).filter((k) => !emitted.has(k))).toEqual([]);
  });
  // Comments may cite a Japanese term of the source articles (stepMetricsSide.ts); code may not.
  it('no Japanese characters in the core outside comments, tests included', () => {
    const all = files(CORE).concat(
      readdirSync(CORE, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.test.ts'))
        .map((f) => join(CORE, f)),
    );
    const withJa = all.filter((f) =>
      /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/.test(withoutComments(readFileSync(f, 'utf8'))),
    );
    expect(withJa).toEqual([]);
  });
});
