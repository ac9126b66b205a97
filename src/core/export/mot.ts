/**
 * Per-frame values as an OpenSim motion/storage (.mot) file, the format Sports2D writes its angles
 * in: a header (the name, version=1, nRows, nColumns counting the time column, inDegrees=yes,
 * endheader), then a tab-separated table whose first column is `time`. Missing samples are written
 * `NaN` (OpenSim's Storage reads it; an empty cell would shift the columns).
 */
export interface MotColumn {
  name: string;
  values: ArrayLike<number>;
}

/** Decimals written for each value (0.001°); times get 6. */
export const MOT_DECIMALS = 3;

export function motText(name: string, timeS: ArrayLike<number>, columns: readonly MotColumn[]): string {
  const n = timeS.length;
  for (const c of columns)
    if (c.values.length !== n)
      throw new Error(`mot column ${c.name}: ${c.values.length} values for ${n} times`);
  const cell = (v: number, digits: number) => (Number.isFinite(v) ? v.toFixed(digits) : 'NaN');
  const lines = [
    name,
    'version=1',
    `nRows=${n}`,
    `nColumns=${columns.length + 1}`,
    'inDegrees=yes',
    'endheader',
    ['time', ...columns.map((c) => c.name)].join('\t'),
  ];
  for (let i = 0; i < n; i++)
    lines.push([cell(timeS[i]!, 6), ...columns.map((c) => cell(c.values[i]!, MOT_DECIMALS))].join('\t'));
  return lines.join('\n') + '\n';
}
