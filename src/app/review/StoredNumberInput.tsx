import { useEffect, useState } from 'react';
import type { StoredEntry } from './rememberedEntry.ts';

interface Props<U extends string> {
  legend: string;
  unitLabel: string;
  units: readonly { value: U; label: string }[];
  load(): StoredEntry<U>;
  save(e: StoredEntry<U>): void;
  /** undefined: empty; null: not acceptable (the hint says `invalid`); else the value in SI units. */
  parse(e: StoredEntry<U>): number | null | undefined;
  value: number | undefined;
  onChange(v: number | undefined): void;
  disabled: boolean;
  hint: string;
  invalid: string;
  testId: string;
}

/**
 * An optional number with a unit that the app remembers (treadmill speed, the lifter's height): the
 * request follows what is typed, and the remembered value at start. No loop: it only calls back
 * when the parsed value and the request differ.
 */
export function StoredNumberInput<U extends string>(p: Props<U>) {
  const [s, setS] = useState<StoredEntry<U>>(p.load);
  const v = p.parse(s);
  const { value, onChange } = p;
  useEffect(() => {
    const next = v ?? undefined;
    if (next !== value) onChange(next);
  }, [v, value, onChange]);
  const update = (n: StoredEntry<U>) => {
    setS(n);
    p.save(n);
  };
  return (
    <fieldset className="choice-row speed-row" disabled={p.disabled}>
      <legend>{p.legend}</legend>
      <input
        type="text"
        inputMode="decimal"
        size={6}
        value={s.text}
        aria-label={p.legend}
        aria-invalid={v === null}
        data-testid={p.testId}
        onChange={(e) => update({ ...s, text: e.currentTarget.value })}
      />
      <select
        value={s.unit}
        aria-label={p.unitLabel}
        onChange={(e) =>
          update({ ...s, unit: p.units.find((u) => u.value === e.currentTarget.value)!.value })
        }
      >
        {p.units.map((u) => (
          <option key={u.value} value={u.value}>
            {u.label}
          </option>
        ))}
      </select>
      <small className="hint">{v === null ? p.invalid : p.hint}</small>
    </fieldset>
  );
}
