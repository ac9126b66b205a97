import { useCallback, useMemo } from 'react';
import type { View } from '../../core/report/report.ts';
import { useI18n } from '../i18n/useI18n.ts';
import type { PlayheadStore } from '../player/playheadStore.ts';
import { SeriesChart, type ChartLine } from './SeriesChart.tsx';
import type { ChartSeries } from '../../core/report/seriesForCharts.ts';

interface Props {
  series: ChartSeries;
  view: View;
  store: PlayheadStore;
  onSeek(tS: number): void;
}

const LEFT = '#1f8fe0';
const RIGHT = '#e07b00';
const MID = '#6b4fd8';

/**
 * The key series over time. Pelvic obliquity only from behind or in front: in a side view the two
 * hips overlap and the angle between them is noise.
 */
export function SeriesCharts({ series, view, store, onSeek }: Props) {
  const { t, fmt } = useI18n();
  const format = useCallback((v: number) => fmt.num(v, Math.abs(v) < 10 ? 1 : 0), [fmt]);
  const formatRatio = useCallback((v: number) => fmt.num(v, 2), [fmt]);
  const knee = useMemo<ChartLine[]>(
    () => [
      { label: t('side.left'), values: series.kneeFlexionLeftDeg, colour: LEFT },
      { label: t('side.right'), values: series.kneeFlexionRightDeg, colour: RIGHT },
    ],
    [series, t],
  );
  const trunk = useMemo<ChartLine[]>(
    () => [{ label: t('charts.trunk'), values: series.trunkAngleDeg, colour: MID }],
    [series, t],
  );
  const pelvis = useMemo<ChartLine[]>(
    () => [{ label: t('charts.pelvis'), values: series.pelvicObliquityDeg, colour: MID }],
    [series, t],
  );
  const hip = useMemo<ChartLine[]>(
    () => [{ label: t('charts.hipHeight'), values: series.hipHeightRatio, colour: '#2a9d5b' }],
    [series, t],
  );
  const common = { t: series.t, store, onSeek, xLabel: t('charts.time'), xSuffix: t('unit.sShort') };
  return (
    <section className="charts" aria-label={t('charts.title')}>
      <h3>{t('charts.title')}</h3>
      <p className="hint">{t('charts.hint')}</p>
      <div className="charts-grid">
        <SeriesChart
          title={t('charts.kneeFlexion')}
          unitSuffix="°"
          lines={knee}
          format={format}
          {...common}
        />
        {view === 'side' ? (
          <SeriesChart title={t('charts.trunk')} unitSuffix="°" lines={trunk} format={format} {...common} />
        ) : (
          <SeriesChart title={t('charts.pelvis')} unitSuffix="°" lines={pelvis} format={format} {...common} />
        )}
        <SeriesChart
          title={t('charts.hipHeight')}
          unitSuffix=""
          lines={hip}
          format={formatRatio}
          {...common}
        />
      </div>
    </section>
  );
}
