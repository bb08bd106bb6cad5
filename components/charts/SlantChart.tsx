/**
 * Slant per main entity, by voice: for each entity three diverging bars from 0 (the middle) to the
 * voice's tone, negative to the left and positive to the right; the outlet's own voice ends in a
 * circle, the quoted voices in a square, the related stories in a triangle. Position carries the
 * tone, shape and colour the voice. An SVG with an accessible name, and the same figures as a
 * table for screen readers right after it.
 */
import { signed, voiceToneText } from '../../lib/export';
import { type EntitySlant, SLANT_VOICES, type SlantVoice } from '../../lib/glance';
import { ChartSvg, ChartTable, ToneAxis, ToneGrid, toneScale } from './chart-parts';
import { LegendMark, VoiceMark } from './shapes';

const W = 360;
const NAME_W = 112; // entity names on the left
const PLOT_X = NAME_W + 8;
const PLOT_W = 188;
const MID = PLOT_X + PLOT_W / 2;
const ROW = 13;
const GROUP_GAP = 7;
const AXIS_H = 16;

function groupHeight() {
  return ROW * SLANT_VOICES.length + GROUP_GAP;
}

/** The SVG's height for `n` entities: fixed by the count alone, so nothing moves as data comes. */
export function slantChartHeight(n: number): number {
  return Math.max(1, n) * groupHeight() + AXIS_H;
}

function short(name: string, max = 17): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}

export function SlantChart({
  id,
  entities,
  voiceNames,
  title,
}: {
  id: string;
  entities: EntitySlant[];
  voiceNames: Record<SlantVoice, string>;
  /** The accessible name, e.g. "Slant towards Azerbaijan, Armenia and NATO, by voice". */
  title: string;
}) {
  const h = slantChartHeight(entities.length);
  const x = toneScale(MID, PLOT_W);
  return (
    <figure class="sw-chart sw-slant" data-testid="slant-chart">
      <ul class="sw-legend" aria-hidden="true">
        {SLANT_VOICES.map((v) => (
          <LegendMark key={v} voice={v} text={voiceNames[v]} />
        ))}
      </ul>
      <ChartSvg id={id} title={title} w={W} h={h}>
        <ToneGrid x={x} mid={MID} bottom={h - AXIS_H} />
        {entities.map((e, gi) => {
          const top = gi * groupHeight();
          return (
            <g key={e.name} class="sw-slant-group">
              <text class="sw-chart-name" x={0} y={top + ROW * 1.5 + 4}>
                {short(e.name)}
              </text>
              {SLANT_VOICES.map((v, ri) => {
                const cy = top + ROW * ri + ROW / 2;
                const t = e[v];
                if (!t) return <line key={v} class="sw-none" x1={MID - 10} x2={MID + 10} y1={cy} y2={cy} />;
                const end = x(t.tone);
                return (
                  <g key={v}>
                    <rect
                      class={`sw-bar sw-v-${v}`}
                      x={Math.min(MID, end)}
                      y={cy - 2}
                      width={Math.abs(end - MID)}
                      height={4}
                    />
                    <VoiceMark voice={v} x={end} y={cy} />
                    <text class="sw-chart-value" x={PLOT_X + PLOT_W + 8} y={cy + 4}>
                      {signed(t.tone)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <ToneAxis plotX={PLOT_X} plotW={PLOT_W} y={h - 3} mid={MID} />
      </ChartSvg>
      <ChartTable
        id={id}
        title={title}
        head={
          <>
            <th scope="col">Entity</th>
            {SLANT_VOICES.map((v) => (
              <th key={v} scope="col">
                {voiceNames[v]}
              </th>
            ))}
          </>
        }
      >
        {entities.map((e) => (
          <tr key={e.name}>
            <th scope="row">{e.name}</th>
            {SLANT_VOICES.map((v) => (
              <td key={v}>{voiceToneText(e[v], v)}</td>
            ))}
          </tr>
        ))}
      </ChartTable>
    </figure>
  );
}
