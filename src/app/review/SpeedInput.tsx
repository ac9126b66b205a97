import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/useI18n.ts';
import { speedLoad, speedOf, speedSave, type StoredSpeed } from './treadmillSpeedStore.ts';

interface Props {
  value: number | undefined;
  onChange(speedMps: number | undefined): void;
  disabled: boolean;
}

/**
 * Optional treadmill speed (km/h or mph, remembered): the running norms depend on speed
 * (runNorms.ts); without it the analysis estimates speed from cadence.
 */
export function SpeedInput({ value, onChange, disabled }: Props) {
  const { t } = useI18n();
  const [s, setS] = useState<StoredSpeed>(speedLoad);
  const mps = speedOf(s);
  // The request follows what is typed (and the remembered speed at start); no loop, as it only
  // calls back when they differ.
  useEffect(() => {
    const next = mps ?? undefined;
    if (next !== value) onChange(next);
  }, [mps, value, onChange]);
  const update = (n: StoredSpeed) => {
    setS(n);
    speedSave(n);
  };
  return (
    <fieldset className="choice-row speed-row" disabled={disabled}>
      <legend>{t('start.speed')}</legend>
      <input
        type="text"
        inputMode="decimal"
        size={5}
        value={s.text}
        aria-label={t('start.speed')}
        aria-invalid={mps === null}
        data-testid="speed-input"
        onChange={(e) => update({ ...s, text: e.currentTarget.value })}
      />
      <select
        value={s.unit}
        aria-label={t('start.speedUnit')}
        onChange={(e) => update({ ...s, unit: e.currentTarget.value === 'mph' ? 'mph' : 'kmh' })}
      >
        <option value="kmh">{t('start.speedKmh')}</option>
        <option value="mph">{t('start.speedMph')}</option>
      </select>
      <small className="hint">{mps === null ? t('start.speedInvalid') : t('start.speedHint')}</small>
    </fieldset>
  );
}
