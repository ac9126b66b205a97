import { useI18n } from '../i18n/useI18n.ts';
import { StoredNumberInput } from './StoredNumberInput.tsx';
import { speedLoad, speedOf, speedSave } from './treadmillSpeedStore.ts';

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
  return (
    <StoredNumberInput
      legend={t('start.speed')}
      unitLabel={t('start.speedUnit')}
      units={[
        { value: 'kmh', label: t('start.speedKmh') },
        { value: 'mph', label: t('start.speedMph') },
      ]}
      load={speedLoad}
      save={speedSave}
      parse={speedOf}
      value={value}
      onChange={onChange}
      disabled={disabled}
      hint={t('start.speedHint')}
      invalid={t('start.speedInvalid')}
      testId="speed-input"
    />
  );
}
