import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
// The one ECharts wrapper of the console (bars and lines only), shared with the scores page.
import { EChart, type ChartOption } from '../scores/echart';
import type { Cockpit } from './cockpit.page';

export type CockpitChartKind = 'tasks' | 'cards' | 'tracks' | 'parks';

// Light series colours for the dark panel; text is drawn in TEXT (#e6edf7, ≥ 12:1 on the panel), and
// every figure is also in the chart's aria-label or the district table, so none is in colour alone.
const STATUS_COLOUR = { accepted: '#52c41a', submitted: '#faad14', in_progress: '#40a9ff', assigned: '#8c9bb5' } as const;
const LEVEL_COLOUR = { yellow: '#fadb14', red: '#ff4d4f', 'leading-group': '#b37feb' } as const;
const TRACK_COLOUR: Record<string, string> = { A: '#52c41a', B: '#40a9ff', C: '#fa8c16', D: '#ff4d4f', none: '#8c9bb5' };
const TEXT = '#e6edf7';

const base = { backgroundColor: 'transparent', textStyle: { color: TEXT, fontSize: 14 }, tooltip: { trigger: 'axis' as const }, legend: { top: 0, textStyle: { color: TEXT } } };

function build(kind: CockpitChartKind, data: Cockpit, t: TFunction): { option: ChartOption; summary: string; height: number } {
  if (kind === 'tasks') {
    const rows = data.tasks.byTask;
    const statuses = ['accepted', 'submitted', 'in_progress', 'assigned'] as const;
    return {
      height: Math.max(220, rows.length * 44 + 60),
      summary: rows.map((r) => `${r.taskCode} ${r.byStatus.accepted}/${r.total} ${t('status.accepted')}${r.overdue ? `，${r.overdue} ${t('cockpit.taskOverdue')}` : ''}`).join('；') || t('cockpit.none'),
      option: {
        ...base,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: rows.map((r) => r.taskCode), inverse: true },
        series: statuses.map((s) => ({ type: 'bar' as const, stack: 'status', name: t(`status.${s}`), itemStyle: { color: STATUS_COLOUR[s] }, data: rows.map((r) => r.byStatus[s]) })),
      },
    };
  }
  if (kind === 'cards') {
    const months = data.cards.map((c) => c.month);
    const levels = ['yellow', 'red', 'leading-group'] as const;
    const resolved = data.cards.map((c) => c.resolved.yellow + c.resolved.red + c.resolved['leading-group']);
    return {
      height: 320,
      summary:
        data.cards.map((c, i) => `${c.month} ${t('cockpit.raised')} ${c.raised.yellow + c.raised.red + c.raised['leading-group']}，${t('cockpit.resolved')} ${resolved[i]}`).join('；') || t('cockpit.none'),
      option: {
        ...base,
        grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: months, boundaryGap: false },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          ...levels.map((l) => ({ type: 'line' as const, name: t('cockpit.raisedLevel', { level: t(`level.${l}`) }), itemStyle: { color: LEVEL_COLOUR[l] }, data: data.cards.map((c) => c.raised[l]) })),
          { type: 'line' as const, name: t('cockpit.resolvedAll'), lineStyle: { type: 'dashed' as const, width: 3 }, itemStyle: { color: '#5cdbd3' }, data: resolved },
        ],
      },
    };
  }
  if (kind === 'tracks') {
    const tracks = data.enterprises.byTrack;
    const steps = [...new Set(tracks.flatMap((r) => Object.keys(r.openSteps)))];
    const trackName = (track: string) => (track === 'none' ? t('cockpit.unclassified') : t(`enterprises.tracks.${track}`, { defaultValue: track }));
    return {
      height: 340,
      summary:
        tracks.map((r) => `${trackName(r.track)} ${t('cockpit.count', { count: r.total })}（${Object.entries(r.openSteps).map(([s, n]) => `${t(`enterprises.steps.${s}`, { defaultValue: s })} ${n}`).join('、') || '—'}）`).join('；') ||
        t('cockpit.none'),
      option: {
        ...base,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: steps.map((s) => t(`enterprises.steps.${s}`, { defaultValue: s })), axisLabel: { interval: 0, rotate: steps.length > 6 ? 30 : 0 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: tracks.map((r) => ({ type: 'bar' as const, stack: 'track', name: trackName(r.track), itemStyle: { color: TRACK_COLOUR[r.track] ?? '#8c9bb5' }, data: steps.map((s) => r.openSteps[s] ?? 0) })),
      },
    };
  }
  const parks = data.parks;
  return {
    height: Math.max(200, parks.length * 40 + 40),
    summary: parks.map((p) => `${p.parkName} ${t('cockpit.count', { count: p.enterprises })}`).join('；') || t('cockpit.none'),
    option: {
      ...base,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: parks.map((p) => p.parkName), inverse: true, axisLabel: { width: 160, overflow: 'truncate' } },
      series: [{ type: 'bar', name: t('cockpit.enterprises'), itemStyle: { color: '#40a9ff' }, label: { show: true, position: 'right', color: TEXT }, data: parks.map((p) => p.enterprises) }],
    },
  };
}

/** One of the cockpit's charts, on the dark theme, described for screen readers. Loaded lazily. */
export default function CockpitChart({ kind, data, label }: { kind: CockpitChartKind; data: Cockpit; label: string }) {
  const { t, i18n } = useTranslation();
  // The language is a dependency: `t` keeps its identity across a language change.
  const built = useMemo(() => build(kind, data, t), [kind, data, t, i18n.language]);
  return <EChart option={built.option} label={t(label, { summary: built.summary })} height={built.height} theme="dark" testId={`cockpit-chart-${kind}`} />;
}

