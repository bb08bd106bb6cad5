/**
 * The pieces the SVG charts share: the scale from a tone (-1..1) to an x position, the SVG frame
 * with its accessible name, the grid and zero line of a tone axis, the axis words under it, and
 * the visually hidden table that gives a screen reader the same figures.
 */
import type { ComponentChildren } from 'preact';

/** A tone in -1..1 (clamped) to x: `mid` is 0, the plot spans `plotW` around it. */
export function toneScale(mid: number, plotW: number): (tone: number) => number {
  return (tone) => mid + (Math.max(-1, Math.min(1, tone)) * plotW) / 2;
}

/** The chart's SVG: named by its <title>, described by the table `ChartTable` renders. */
export function ChartSvg({
  id,
  title,
  w,
  h,
  children,
}: {
  id: string;
  title: string;
  w: number;
  h: number;
  children: ComponentChildren;
}) {
  return (
    <svg
      viewBox={`0 0 ${w} ${h}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-table`}
      style={{ aspectRatio: `${w} / ${h}` }}
    >
      <title id={`${id}-title`}>{title}</title>
      {children}
    </svg>
  );
}

/** Vertical lines at -1, -0.5, 0.5 and 1 (with `grid`) and the zero line, from 0 to `bottom`. */
export function ToneGrid({
  x,
  mid,
  bottom,
  grid = true,
}: {
  x: (tone: number) => number;
  mid: number;
  bottom: number;
  grid?: boolean;
}) {
  return (
    <>
      {grid &&
        [-1, -0.5, 0.5, 1].map((t) => (
          <line key={t} class="sw-grid" x1={x(t)} x2={x(t)} y1={0} y2={bottom} />
        ))}
      <line class="sw-zero" x1={mid} x2={mid} y1={0} y2={bottom} />
    </>
  );
}

/** "← negative" at the plot's left, "positive →" at its right and, given `mid`, "0" between. */
export function ToneAxis({
  plotX,
  plotW,
  y,
  mid,
}: {
  plotX: number;
  plotW: number;
  y: number;
  mid?: number;
}) {
  return (
    <>
      <text class="sw-axis" x={plotX} y={y}>
        ← negative
      </text>
      {mid !== undefined && (
        <text class="sw-axis" x={mid} y={y} text-anchor="middle">
          0
        </text>
      )}
      <text class="sw-axis" x={plotX + plotW} y={y} text-anchor="end">
        positive →
      </text>
    </>
  );
}

/** The same figures as a table for screen readers: `head` gives the column headers in order. */
export function ChartTable({
  id,
  title,
  head,
  children,
}: {
  id: string;
  title: string;
  head: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <div class="sw-sr">
      <table id={`${id}-table`}>
        <caption>{title}</caption>
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** Column headers from their words. */
export function ColHeads({ names }: { names: string[] }) {
  return (
    <>
      {names.map((n) => (
        <th key={n} scope="col">
          {n}
        </th>
      ))}
    </>
  );
}
