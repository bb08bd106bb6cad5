/**
 * The article at a glance, one cell per sentence in reading order. A cell's height and colour say
 * its label (own opinion tallest, then reported opinion, claim, fact: the page's Okabe–Ito
 * colours), a tick above it each loaded word. Every cell is a button: Tab reaches it, the arrow keys
 * (and Home/End) move between cells, Enter, Space or a click shows the sentence in the page and
 * opens its card. The cell last shown is marked current.
 */
import type { Label } from '../../lib/analysis/types';
import { LABEL_ORDER, LABEL_TEXT, type StripCell } from '../../lib/glance';

const W = 360;
const ROW = 30;
const TICKS = 6; // room above the bars for the loaded-word ticks
const BAR = 20;
const GAP = 2;
const HEIGHT: Record<Label, number> = { opinion: 1, 'reported-opinion': 0.72, claim: 0.45, fact: 0.22 };

/** Cell width for `n` sentences: one row up to 45 sentences, then rows of 8 px cells. */
export function stripLayout(n: number) {
  const cell = Math.max(8, Math.min(24, W / Math.max(1, n)));
  const cols = Math.max(1, Math.floor(W / cell));
  const rows = Math.max(1, Math.ceil(n / cols));
  return { cell, cols, rows, height: rows * ROW };
}

function clip(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

export function cellName(cell: StripCell, total: number, text: string): string {
  const loaded = cell.loaded.length > 0 ? `; loaded: ${cell.loaded.join(', ')}` : '';
  return `Sentence ${cell.index + 1} of ${total}, ${LABEL_TEXT[cell.label]}${loaded}: ${clip(text)}`;
}

export function OpinionStrip({
  id,
  cells,
  texts,
  summary,
  current,
  onActivate,
}: {
  id: string;
  cells: StripCell[];
  /** Sentence texts by index, for each cell's name and tooltip. */
  texts: string[];
  /** One line for the group's description: "19 sentences: 1 own opinion, …". */
  summary: string;
  current: number | null;
  onActivate: (index: number) => void;
}) {
  const { cell, cols, height } = stripLayout(cells.length);
  const focusCell = (from: Element, to: number) => {
    const next = from.parentElement?.querySelector<SVGGElement>(`[data-cell="${to}"]`);
    next?.focus();
  };
  const onKey = (e: KeyboardEvent, i: number) => {
    const moves: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowDown: i + cols,
      ArrowLeft: i - 1,
      ArrowUp: i - cols,
      Home: 0,
      End: cells.length - 1,
    };
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onActivate(i);
    } else if (e.key in moves) {
      e.preventDefault();
      focusCell(e.currentTarget as Element, Math.max(0, Math.min(cells.length - 1, moves[e.key]!)));
    }
  };
  return (
    <figure class="sw-chart sw-strip" data-testid="opinion-strip">
      <div class="sw-strip-scroll">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG holds no <fieldset>; the group names its cells */}
        <svg
          viewBox={`0 0 ${W} ${height}`}
          width="100%"
          role="group"
          aria-label="Opinion strip: each sentence in reading order"
          aria-describedby={`${id}-summary`}
          style={{ aspectRatio: `${W} / ${height}` }}
        >
          {cells.map((c, i) => {
            const x = (i % cols) * cell;
            const y = Math.floor(i / cols) * ROW;
            const w = cell - GAP;
            const bh = BAR * HEIGHT[c.label];
            const name = cellName(c, cells.length, texts[c.index] ?? '');
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG cell cannot be a <button>; role, tabindex and keys make it one
              <g
                key={c.index}
                class={`sw-cell sw-l-${c.label}`}
                data-cell={i}
                role="button"
                tabindex={0}
                aria-label={name}
                aria-current={current === c.index ? 'true' : undefined}
                onClick={() => onActivate(c.index)}
                onKeyDown={(e) => onKey(e as unknown as KeyboardEvent, c.index)}
              >
                <title>{name}</title>
                <rect class="sw-hit" x={x} y={y} width={cell} height={ROW} />
                <rect class="sw-bar-cell" x={x} y={y + TICKS + BAR - bh} width={w} height={bh} />
                {c.loaded.slice(0, 3).map((_, k) => (
                  <rect
                    key={k}
                    class="sw-tick"
                    x={x + (w / 4) * (k + 1) - 0.75}
                    y={y}
                    width={1.5}
                    height={TICKS - 1}
                  />
                ))}
                <rect class="sw-current" x={x} y={y + TICKS + BAR + 1} width={w} height={2.5} />
                <rect class="sw-focus" x={x + 0.5} y={y + 0.5} width={w - 1} height={ROW - 1.5} />
              </g>
            );
          })}
        </svg>
      </div>
      <p class="sw-sr" id={`${id}-summary`}>
        {summary}
      </p>
      <ul class="sw-legend" aria-hidden="true">
        {LABEL_ORDER.map((l) => (
          <li key={l}>
            <svg width="10" height="12" viewBox="0 0 10 12" aria-hidden="true" focusable="false">
              <rect
                class={`sw-bar-cell sw-l-${l}`}
                x={1}
                y={12 - 12 * HEIGHT[l]}
                width={8}
                height={12 * HEIGHT[l]}
              />
            </svg>
            {LABEL_TEXT[l]}
          </li>
        ))}
        <li>
          <svg width="6" height="12" viewBox="0 0 6 12" aria-hidden="true" focusable="false">
            <rect class="sw-tick" x={2} y={0} width={2} height={7} />
          </svg>
          loaded word
        </li>
      </ul>
    </figure>
  );
}
