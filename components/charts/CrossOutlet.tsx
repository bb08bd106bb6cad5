/**
 * How differently outlets treat the same entity: one row per entity, one mark per outlet at its
 * mean tone on a shared axis from negative to positive. Each outlet has its own shape and colour
 * (Okabe–Ito), named in the legend; the table after the chart gives the same figures.
 */

import type { SharedEntity } from '../../lib/diet';
import { signed, toneWord } from '../../lib/export';
import { ChartSvg, ChartTable, ColHeads, ToneAxis, ToneGrid, toneScale } from './chart-parts';

const W = 600;
const NAME_W = 150;
const PLOT_X = NAME_W + 10;
const PLOT_W = 380;
const MID = PLOT_X + PLOT_W / 2;
const ROW = 22;
const AXIS_H = 16;
/** Outlets beyond these share the last shape and colour: the table still tells them apart. */
export const OUTLET_STYLES = 7;

export function OutletMark({ i, x, y, r = 5.5 }: { i: number; x: number; y: number; r?: number }) {
  const k = Math.min(i, OUTLET_STYLES - 1);
  const cls = `sw-outlet sw-outlet-${k}`;
  switch (k) {
    case 0:
      return <circle class={cls} cx={x} cy={y} r={r} />;
    case 1:
      return <rect class={cls} x={x - r * 0.9} y={y - r * 0.9} width={r * 1.8} height={r * 1.8} />;
    case 2:
      return <path class={cls} d={`M${x} ${y - r * 1.1}L${x + r} ${y + r * 0.8}L${x - r} ${y + r * 0.8}Z`} />;
    case 3:
      return (
        <path
          class={cls}
          d={`M${x} ${y - r * 1.2}L${x + r * 1.2} ${y}L${x} ${y + r * 1.2}L${x - r * 1.2} ${y}Z`}
        />
      );
    case 4:
      return <path class={cls} d={`M${x} ${y + r * 1.1}L${x + r} ${y - r * 0.8}L${x - r} ${y - r * 0.8}Z`} />;
    case 5:
      return <rect class={cls} x={x - r * 1.2} y={y - r * 0.5} width={r * 2.4} height={r} />;
    default:
      return <rect class={cls} x={x - r * 0.5} y={y - r * 1.2} width={r} height={r * 2.4} />;
  }
}

export function CrossOutlet({
  id,
  title,
  sites,
  entities,
}: {
  id: string;
  title: string;
  /** Every outlet, in legend order: an outlet's index picks its shape and colour. */
  sites: string[];
  entities: SharedEntity[];
}) {
  const h = Math.max(1, entities.length) * ROW + AXIS_H;
  const x = toneScale(MID, PLOT_W);
  const index = new Map(sites.map((s, i) => [s, i]));
  return (
    <figure class="sw-chart sw-cross" data-testid="chart-cross">
      <ul class="sw-legend" aria-hidden="true">
        {sites.map((s, i) => (
          <li key={s}>
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
              <OutletMark i={i} x={7} y={7} r={5} />
            </svg>
            {s}
          </li>
        ))}
      </ul>
      <ChartSvg id={id} title={title} w={W} h={h}>
        <ToneGrid x={x} mid={MID} bottom={h - AXIS_H} />
        {entities.map((e, r) => {
          const cy = r * ROW + ROW / 2;
          const tones = e.outlets.map((o) => x(o.tone));
          return (
            <g key={e.name}>
              <text class="sw-chart-name" x={0} y={cy + 4}>
                {e.name.length > 22 ? `${e.name.slice(0, 21)}…` : e.name}
              </text>
              <line class="sw-range" x1={Math.min(...tones)} x2={Math.max(...tones)} y1={cy} y2={cy} />
              {e.outlets.map((o) => (
                <OutletMark key={o.site} i={index.get(o.site) ?? OUTLET_STYLES - 1} x={x(o.tone)} y={cy} />
              ))}
            </g>
          );
        })}
        <ToneAxis plotX={PLOT_X} plotW={PLOT_W} y={h - 3} mid={MID} />
      </ChartSvg>
      <ChartTable id={id} title={title} head={<ColHeads names={['Entity', 'Outlet', 'Tone', 'Mentions']} />}>
        {entities.flatMap((e) =>
          e.outlets.map((o) => (
            <tr key={`${e.name} ${o.site}`}>
              <th scope="row">{e.name}</th>
              <td>{o.site}</td>
              <td>
                {toneWord(o.tone)} ({signed(o.tone)})
              </td>
              <td>{o.mentions}</td>
            </tr>
          )),
        )}
      </ChartTable>
    </figure>
  );
}
