/**
 * The small in-page legend (components/Legend.tsx) in its own closed root (ui-host.ts), at the
 * bottom right of the viewport.
 */
import { h, render } from 'preact';
import { Legend, type LegendProps } from '@/components/Legend';
import { DEFAULT_SHORTCUTS, type Shortcuts } from '@/lib/shortcuts';
import { createHost, LEGEND_TAG, pin } from './ui-host';

export interface LegendController {
  update(props: LegendProps): void;
  destroy(): void;
}

/**
 * The reader's keys, shown in every legend. Set by the content script's keyboard wiring, which
 * reads them from the settings; the session that draws the legend need not know them.
 */
let legendKeys: Shortcuts = DEFAULT_SHORTCUTS;
const liveLegends = new Set<() => void>();

export function setLegendKeys(keys: Shortcuts): void {
  legendKeys = keys;
  for (const redraw of liveLegends) redraw();
}

export function createLegend(doc: Document): LegendController {
  const ui = createHost(doc, LEGEND_TAG);
  pin(ui.host, { right: '12px', bottom: '12px', left: 'auto', top: 'auto' });
  let last: LegendProps | null = null;
  const redraw = () => {
    if (last) render(h(Legend, { ...last, keys: legendKeys }), ui.mount);
  };
  liveLegends.add(redraw);
  return {
    update: (props) => {
      last = props;
      redraw();
    },
    destroy: () => {
      liveLegends.delete(redraw);
      ui.destroy();
    },
  };
}
