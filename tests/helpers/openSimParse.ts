import { expect } from 'vitest';

/*
 * Readers written from the file formats' descriptions (OpenSim's TRC: five tab-separated header
 * lines, then Frame#, Time, X Y Z per marker, an empty cell for a missing marker; OpenSim's
 * storage .mot: key=value lines up to `endheader`, a column-label row, then numbers, NaN missing),
 * not from the writers.
 */
export function parseTrc(text: string) {
  const lines = text.split(/\r?\n/);
  if (!lines[0]!.startsWith('PathFileType\t4')) throw new Error('not a TRC file');
  const keys = lines[1]!.split('\t');
  const vals = lines[2]!.split('\t');
  const header = Object.fromEntries(keys.map((k, i) => [k, vals[i]!]));
  const nameCells = lines[3]!.split('\t');
  if (nameCells[0] !== 'Frame#' || nameCells[1] !== 'Time') throw new Error('bad marker line');
  const markers = nameCells.slice(2).filter((c) => c !== '');
  const axes = lines[4]!.split('\t').slice(2);
  markers.forEach((_, m) =>
    expect(axes.slice(3 * m, 3 * m + 3)).toEqual([`X${m + 1}`, `Y${m + 1}`, `Z${m + 1}`]),
  );
  const rows = lines
    .slice(5)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'));
  const num = (c: string | undefined) =>
    c === undefined || c.trim() === '' || /^nan$/i.test(c.trim()) ? NaN : Number(c);
  const frames = rows.map((r) => ({
    frame: Number(r[0]),
    t: Number(r[1]),
    xyz: markers.map((_, m) => [num(r[2 + 3 * m]), num(r[3 + 3 * m]), num(r[4 + 3 * m])]),
  }));
  return {
    dataRate: Number(header.DataRate),
    cameraRate: Number(header.CameraRate),
    numFrames: Number(header.NumFrames),
    numMarkers: Number(header.NumMarkers),
    units: header.Units,
    markers,
    frames,
  };
}

export function parseMot(text: string) {
  const lines = text.split(/\r?\n/);
  const end = lines.findIndex((l) => l.trim() === 'endheader');
  if (end < 0) throw new Error('no endheader');
  const header: Record<string, string> = {};
  for (const l of lines.slice(0, end)) {
    const eq = l.indexOf('=');
    if (eq > 0) header[l.slice(0, eq).trim()] = l.slice(eq + 1).trim();
  }
  const labels = lines[end + 1]!.split('\t');
  const rows = lines
    .slice(end + 2)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t').map((c) => (/^nan$/i.test(c) ? NaN : Number(c))));
  return { header, labels, rows };
}
