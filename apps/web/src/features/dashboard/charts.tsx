// The dashboard's only Chart.js code, loaded as its own chunk (React.lazy in chart-panel.tsx): the desk screens never
// download it. Only the parts a bar chart needs are registered.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartData, type ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { SeriesStyle } from './palette';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface BarSeries {
  label: string;
  data: number[];
  style: SeriesStyle;
}

export interface BarChartProps {
  labels: string[];
  series: BarSeries[];
  /** Bars along the y axis (long procedure names read better as rows). */
  horizontal?: boolean;
  stacked?: boolean;
  /** What the chart shows, for screen readers (the table holds the figures). */
  ariaLabel: string;
  testId: string;
  language: string;
}

const patterns = new Map<string, CanvasPattern | string>();

/** Diagonal stripes of the colour on white: "late" stays recognisable on a greyscale printout. */
function fillOf(style: SeriesStyle): CanvasPattern | string {
  if (!style.hatched) return style.colour;
  const cached = patterns.get(style.colour);
  if (cached) return cached;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return style.colour;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = style.colour;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(-2, 10);
  ctx.lineTo(10, -2);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.stroke();
  const pattern = ctx.createPattern(tile, 'repeat') ?? style.colour;
  patterns.set(style.colour, pattern);
  return pattern;
}

export function BarChart({ labels, series, horizontal = false, stacked = true, ariaLabel, testId, language }: BarChartProps) {
  const data: ChartData<'bar'> = {
    labels,
    datasets: series.map((s) => ({
      label: s.label,
      data: s.data,
      backgroundColor: fillOf(s.style),
      borderColor: s.style.colour,
      borderWidth: 1,
      maxBarThickness: 48,
    })),
  };
  const valueAxis = { stacked, beginAtZero: true, ticks: { precision: 0 } };
  const categoryAxis = {
    stacked,
    ticks: {
      autoSkip: false,
      // Long procedure names: cut to one readable line; the table and the tooltip hold the full name.
      callback(this: { getLabelForValue(v: number): string }, value: string | number) {
        const label = this.getLabelForValue(Number(value));
        return label.length > 38 ? `${label.slice(0, 36)}…` : label;
      },
    },
  };
  const options: ChartOptions<'bar'> = {
    indexAxis: horizontal ? 'y' : 'x',
    responsive: true,
    maintainAspectRatio: false,
    // A modest PC: no animation to wait for.
    animation: false,
    locale: language === 'en' ? 'en-GB' : 'vi-VN',
    plugins: { legend: { position: 'bottom', labels: { boxWidth: 14 } }, tooltip: { mode: 'index', intersect: false } },
    scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
  };
  return <Bar data={data} options={options} role="img" aria-label={ariaLabel} data-testid={testId} />;
}
