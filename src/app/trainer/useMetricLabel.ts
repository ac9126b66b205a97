import { useContext } from 'react';
import { I18nContext } from '../i18n/i18nContext.ts';
import type { I18n } from '../i18n/i18nContext.ts';

/** Metric names in the UI language: U's labels where the i18n provider has them, ours for counts. */
export function useMetricLabel(t: I18n['t']): (metric: string) => string {
  const i18n = useContext(I18nContext);
  return (metric) => {
    if (metric === 'stepCount' || metric === 'flagCount' || metric === 'repCount')
      return t(`trainer.metric.${metric}`);
    return i18n ? i18n.metric(metric) : metric;
  };
}
