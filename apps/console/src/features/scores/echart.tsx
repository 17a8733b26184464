import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { DatasetComponentOption, GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';

// Only the pieces the console draws (bars and lines, axes, tooltip, legend): this module is reached
// through React.lazy only, so echarts stays out of the first download (budget 400 KB gz).
echarts.use([BarChart, LineChart, DatasetComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | DatasetComponentOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/**
 * One ECharts chart in a box. The drawing is hidden from assistive technology as a whole image
 * (`role="img"`) and described by `label`, which the caller writes as a summary of the numbers; the
 * same numbers are always in a table on the page, so nothing is only in the picture.
 */
export function EChart({ option, label, height = 320, theme, testId }: { option: ChartOption; label: string; height?: number; theme?: 'dark'; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, theme, { renderer: 'svg' });
    chart.current = instance;
    // A phone rotating or a side panel opening changes the box, not the window: watch the box.
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(box.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [theme]);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option, theme]);
  return <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height }} />;
}
