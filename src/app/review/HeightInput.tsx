import { useI18n } from '../i18n/useI18n.ts';
import { heightLoad, heightOf, heightSave } from './heightStore.ts';
import { StoredNumberInput } from './StoredNumberInput.tsx';

interface Props {
  value: number | undefined;
  onChange(heightM: number | undefined): void;
  disabled: boolean;
}

/**
 * Optional height of the lifter (cm or feet and inches, remembered): it scales the bar's velocity
 * to m/s (issue 18); without it, or a plate marked on the video, the velocity is relative (leg lengths/s).
 */
export function HeightInput({ value, onChange, disabled }: Props) {
  const { t } = useI18n();
  return (
    <StoredNumberInput
      legend={t('start.height')}
      unitLabel={t('start.heightUnit')}
      units={[
        { value: 'cm', label: t('start.heightCm') },
        { value: 'ftin', label: t('start.heightFtIn') },
      ]}
      load={heightLoad}
      save={heightSave}
      parse={heightOf}
      value={value}
      onChange={onChange}
      disabled={disabled}
      hint={t('start.heightHint')}
      invalid={t('start.heightInvalid')}
      testId="height-input"
    />
  );
}
