// "Behaviour unchanged": the report JSON of every visible mocap fixture (clean, 60 fps, 30 fps;
// ../shared/fixtures/mocap), every cached clip track (tests/artifacts/tracks, the MoveNet tracks of
// ../shared/media that the tests build) and a 10-minute 60 fps track (the speed benchmark's), each
// written to one file, so that two checkouts can be compared report by report.
//   node bin/run-ts.mjs scripts/report-snapshot.ts out/before [--tracks DIR]
//   (change the code)
//   node bin/run-ts.mjs scripts/report-snapshot.ts out/after [--tracks DIR]
//   node bin/run-ts.mjs scripts/report-snapshot.ts --compare out/before out/after [--ignore field,field]
// --compare prints, per report, "identical" or the first paths that differ, and exits 1 when any
// differs. --ignore names fields a change added on purpose (compared as if absent on both sides).
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeTrack } from '../src/core/analyze/analyzeTrack.ts';
import type { Track } from '../src/core/track/track.ts';
import { trackParse } from '../src/core/track/trackParse.ts';
import { localizeReport } from '../src/text/localizeReport.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

function diffPaths(a: unknown, b: unknown, path: string, out: string[], ignore: Set<string>): void {
  if (out.length >= 5) return;
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) {
    out.push(`${path}: ${JSON.stringify(a)?.slice(0, 60)} -> ${JSON.stringify(b)?.slice(0, 60)}`);
    return;
  }
  if (a !== null && typeof a === 'object') {
    const ao = a as Record<string, unknown>;
    const bo = b as Record<string, unknown>;
    const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
    for (const k of keys) if (!ignore.has(k)) diffPaths(ao[k], bo[k], `${path}.${k}`, out, ignore);
    return;
  }
  if (!Object.is(a, b)) out.push(`${path}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`);
}

function compare(before: string, after: string, ignore: Set<string>): number {
  const names = [...new Set([...readdirSync(before), ...readdirSync(after)])].sort();
  let differ = 0;
  for (const n of names) {
    const pa = join(before, n);
    const pb = join(after, n);
    if (!existsSync(pa) || !existsSync(pb)) {
      console.log(`${n}: only in ${existsSync(pa) ? before : after}`);
      differ++;
      continue;
    }
    const out: string[] = [];
    diffPaths(JSON.parse(readFileSync(pa, 'utf8')), JSON.parse(readFileSync(pb, 'utf8')), '', out, ignore);
    if (out.length) differ++;
    console.log(`${n}: ${out.length ? `DIFFERS\n    ${out.join('\n    ')}` : 'identical'}`);
  }
  console.log(`${names.length} reports, ${names.length - differ} identical, ${differ} differ`);
  return differ ? 1 : 0;
}

function snapshot(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const shared = process.env.HIPCHECK_SHARED ?? new URL('../../shared', import.meta.url).pathname;
  const mocap = join(shared, 'fixtures/mocap');
  const tracksDir = arg('--tracks') ?? new URL('../tests/artifacts/tracks', import.meta.url).pathname;
  const inputs: [string, string][] = [
    ...readdirSync(mocap)
      .filter((f) => f.endsWith('.track.json'))
      .map((f): [string, string] => [f, join(mocap, f)]),
    ...(existsSync(tracksDir)
      ? readdirSync(tracksDir)
          .filter((f) => f.endsWith('.json'))
          .map((f): [string, string] => [`clip.${f}`, join(tracksDir, f)])
      : []),
  ];
  for (const [name, path] of inputs) {
    const report = localizeReport(analyzeTrack(trackParse(JSON.parse(readFileSync(path, 'utf8')))));
    writeFileSync(join(outDir, name.replace(/\.json$/, '.report.json')), JSON.stringify(report, null, 1));
  }
  // The speed benchmark's 10-minute track (scripts/bench-analysis.ts builds it the same way).
  const src = trackParse(
    JSON.parse(readFileSync(join(mocap, 'hamner_subject04_run300_side.60fps.track.json'), 'utf8')),
  );
  const period = src.frames.length / src.fps;
  const frames = Array.from({ length: 36_000 }, (_, i) => {
    const f = src.frames[i % src.frames.length]!;
    return { t: Math.floor(i / src.frames.length) * period + f.t, kp: f.kp };
  });
  const long: Track = { ...src, frames };
  writeFileSync(
    join(outDir, 'long36000.report.json'),
    JSON.stringify(localizeReport(analyzeTrack(long)), null, 1),
  );
  console.log(`${inputs.length + 1} reports written to ${outDir}`);
}

if (process.argv.includes('--compare')) {
  const i = process.argv.indexOf('--compare');
  const ignore = new Set((arg('--ignore') ?? '').split(',').filter(Boolean));
  process.exit(compare(process.argv[i + 1]!, process.argv[i + 2]!, ignore));
} else {
  const outDir = process.argv[2];
  if (!outDir || outDir.startsWith('--'))
    throw new Error('usage: report-snapshot.ts OUT_DIR [--tracks DIR] | --compare A B');
  snapshot(outDir);
}
