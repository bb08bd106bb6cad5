/**
 * One value per month as columns (the newest twelve months), each labelled with its value, and a
 * table with the same figures for screen readers. The SVG's size depends on nothing but its
 * props' count, so nothing moves when data comes in.
 */
import { ChartSvg, ChartTable, ColHeads } from './chart-parts';

const W = 300;
const H = 120;
const TOP = 14; // room for the value labels
const BOTTOM = 16; // room for the month labels
const MAX_MONTHS = 12;

export interface MonthValue {
  month: string;
  value: number;
}

/** "2026-11" -> "Nov 26". */
export function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[Number(m[2]) - 1] ?? m[2]} ${m[1]!.slice(2)}`;
}

export function MonthColumns({
  id,
  title,
  caption,
  points,
  max,
  format,
  tone,
}: {
  id: string;
  /** The chart's accessible name (and table caption). */
  title: string;
  /** Shorter words shown above the chart where the page around it already names the outlet. */
  caption?: string;
  points: MonthValue[];
  /** The value of a full-height column (values above it are drawn full). */
  max: number;
  format: (v: number) => string;
  /** Colour class: the opinion orange or the loaded-word purple. */
  tone: 'opinion' | 'loaded';
}) {
  const shown = points.slice(-MAX_MONTHS);
  const slot = W / MAX_MONTHS;
  const plotH = H - TOP - BOTTOM;
  return (
    <figure class="sw-chart sw-months" data-testid={`chart-${id}`}>
      <figcaption class="sw-chart-title">{caption ?? title}</figcaption>
      <ChartSvg id={id} title={title} w={W} h={H}>
        <line class="sw-zero" x1={0} x2={W} y1={H - BOTTOM} y2={H - BOTTOM} />
        {shown.map((p, i) => {
          const h = Math.max(1, (Math.min(p.value, max) / max) * plotH);
          const x = i * slot + slot * 0.15;
          return (
            <g key={p.month}>
              <rect class={`sw-col sw-col-${tone}`} x={x} y={H - BOTTOM - h} width={slot * 0.7} height={h} />
              <text class="sw-chart-value" x={x + slot * 0.35} y={H - BOTTOM - h - 3} text-anchor="middle">
                {format(p.value)}
              </text>
              <text class="sw-axis" x={x + slot * 0.35} y={H - 3} text-anchor="middle">
                {monthLabel(p.month)}
              </text>
            </g>
          );
        })}
      </ChartSvg>
      <ChartTable id={id} title={title} head={<ColHeads names={['Month', 'Value']} />}>
        {shown.map((p) => (
          <tr key={p.month}>
            <th scope="row">{monthLabel(p.month)}</th>
            <td>{format(p.value)}</td>
          </tr>
        ))}
      </ChartTable>
    </figure>
  );
}
