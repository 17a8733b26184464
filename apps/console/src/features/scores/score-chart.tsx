import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { unitName } from '../../common/units';
import { EChart, type ChartOption } from './echart';
import type { ScoreRow } from './scores.page';

// Bar colours by grade, each with its value printed on the bar and the grade in the table beside it,
// so no state is carried by colour alone.
const COLOUR = { excellent: '#237804', passing: '#0958d9', below: '#a8071a' } as const;

/** The units' scores of one year as bars, lowest first so the units under target stand out. Loaded lazily. */
export default function ScoreChart({ rows, year }: { rows: ScoreRow[]; year: number }) {
  const { t, i18n } = useTranslation();
  const sorted = useMemo(() => [...rows].sort((a, b) => a.score - b.score || a.unit.localeCompare(b.unit)), [rows]);
  const names = sorted.map((r) => unitName(r.unit, i18n.language));
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', min: 0, max: (v: { max: number }) => Math.max(100, Math.ceil(v.max)) },
      yAxis: { type: 'category', data: names, axisLabel: { width: 140, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          name: t('scores.score'),
          label: { show: true, position: 'right', formatter: '{c}' },
          data: sorted.map((r) => ({ value: r.score, itemStyle: { color: r.belowTarget ? COLOUR.below : r.excellent ? COLOUR.excellent : COLOUR.passing } })),
        },
      ],
    }),
    [names, sorted, t],
  );
  const summary = sorted.length === 0 ? t('scores.chartEmpty', { year }) : sorted.map((r, i) => `${names[i]} ${r.score}${r.belowTarget ? `（${t('scores.belowTarget')}）` : ''}`).join('；');
  // One bar per unit: keep every bar at least ~26 px tall so the unit names stay readable on a phone.
  return <EChart option={option} label={t('scores.chartLabel', { year, summary })} height={Math.max(240, sorted.length * 26 + 40)} testId="score-chart" />;
}
