/**
 * Diverging bars: the entities an outlet casts most negatively (to the left of 0, ending in a
 * left-pointing triangle) and most positively (to the right, a right-pointing one), with the tone
 * written beside each, and a table for screen readers.
 */
import { signed, toneWord } from '../../lib/export';
import { ChartSvg, ChartTable, ColHeads, ToneAxis, ToneGrid, toneScale } from './chart-parts';

const W = 300;
const NAME_W = 110;
const PLOT_X = NAME_W + 6;
const PLOT_W = 140;
const MID = PLOT_X + PLOT_W / 2;
const ROW = 16;
const AXIS_H = 14;

export interface EntityTone {
  name: string;
  tone: number;
  mentions: number;
}

function short(name: string, max = 18): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}

export function entityBarsHeight(n: number): number {
  return Math.max(1, n) * ROW + AXIS_H;
}

export function EntityBars({
  id,
  title,
  caption,
  entities,
}: {
  id: string;
  /** The chart's accessible name (and table caption). */
  title: string;
  /** Shorter words shown above the chart. */
  caption?: string;
  entities: EntityTone[];
}) {
  const h = entityBarsHeight(entities.length);
  const x = toneScale(MID, PLOT_W);
  return (
    <figure class="sw-chart sw-entity-bars" data-testid={`chart-${id}`}>
      <figcaption class="sw-chart-title">{caption ?? title}</figcaption>
      {entities.length === 0 ? (
        <p class="sw-empty">No entity named twice or more with a clear tone yet.</p>
      ) : (
        <>
          <ChartSvg id={id} title={title} w={W} h={h}>
            <ToneGrid x={x} mid={MID} bottom={h - AXIS_H} grid={false} />
            {entities.map((e, i) => {
              const cy = i * ROW + ROW / 2;
              const end = x(e.tone);
              const neg = e.tone < 0;
              const tip = neg ? -5 : 5;
              return (
                <g key={e.name}>
                  <text class="sw-chart-name" x={0} y={cy + 4}>
                    {short(e.name)}
                  </text>
                  <rect
                    class={neg ? 'sw-bar-neg' : 'sw-bar-pos'}
                    x={Math.min(MID, end)}
                    y={cy - 4}
                    width={Math.abs(end - MID)}
                    height={8}
                  />
                  <path
                    class={neg ? 'sw-bar-neg' : 'sw-bar-pos'}
                    d={`M${end + tip} ${cy}L${end} ${cy - 5}L${end} ${cy + 5}Z`}
                  />
                  <text class="sw-chart-value" x={PLOT_X + PLOT_W + 10} y={cy + 4}>
                    {signed(e.tone)}
                  </text>
                </g>
              );
            })}
            <ToneAxis plotX={PLOT_X} plotW={PLOT_W} y={h - 2} />
          </ChartSvg>
          <ChartTable id={id} title={title} head={<ColHeads names={['Entity', 'Tone', 'Mentions']} />}>
            {entities.map((e) => (
              <tr key={e.name}>
                <th scope="row">{e.name}</th>
                <td>
                  {toneWord(e.tone)} ({signed(e.tone)})
                </td>
                <td>{e.mentions}</td>
              </tr>
            ))}
          </ChartTable>
        </>
      )}
    </figure>
  );
}
