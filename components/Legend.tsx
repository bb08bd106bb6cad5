/**
 * The small in-page legend: collapsed, a pill with the mark count; open, what each style means,
 * a switch to hide or show the marks, and the keyboard shortcuts. Renders data only.
 */

import type { LoadedCategory } from '../lib/analysis/types';
import { categoryLabel } from '../lib/lexicon/categories';
import { declarations, type Palette } from '../lib/page/highlight-styles';
import type { MarkKind } from '../lib/page/marks';
import { DEFAULT_SHORTCUTS, type Shortcuts, shortcutKeys } from '../lib/shortcuts';

export interface LegendProps {
  /** How many marks of each kind are on the page. */
  counts: Partial<Record<MarkKind, number>>;
  on: boolean;
  expanded: boolean;
  onToggleMarks(): void;
  onToggleExpanded(): void;
  palette?: Palette;
  /** The reader's in-page keys (settings); the defaults when not given. */
  keys?: Shortcuts;
}

function Keys({ shortcut }: { shortcut: string }) {
  return (
    <>
      {shortcutKeys(shortcut).map((k, i) => (
        <span key={k}>
          {i > 0 && '+'}
          <kbd>{k}</kbd>
        </span>
      ))}
    </>
  );
}

export function kindLabel(kind: MarkKind): string {
  if (kind === 'opinion') return 'The outlet’s own opinion';
  if (kind === 'reported') return 'Opinion it reports';
  return `Loaded: ${categoryLabel(kind.slice('loaded-'.length) as LoadedCategory)}`;
}

export function Legend({
  counts,
  on,
  expanded,
  onToggleMarks,
  onToggleExpanded,
  palette,
  keys = DEFAULT_SHORTCUTS,
}: LegendProps) {
  const kinds = (Object.keys(counts) as MarkKind[]).filter((k) => (counts[k] ?? 0) > 0);
  const total = kinds.reduce((n, k) => n + (counts[k] ?? 0), 0);
  return (
    <section class="sw-legend" aria-label="Slantwise marks" data-expanded={expanded ? 'true' : 'false'}>
      <button type="button" class="sw-pill" aria-expanded={expanded} onClick={onToggleExpanded}>
        Slantwise · {total} {total === 1 ? 'mark' : 'marks'}
      </button>
      {expanded && (
        <div class="sw-legend-body">
          <ul class="sw-kinds">
            {kinds.map((k) => (
              <li key={k} data-kind={k}>
                <span class="sw-swatch" style={declarations(k, palette)} aria-hidden="true">
                  Ab
                </span>{' '}
                {kindLabel(k)} <span class="sw-count">{counts[k]}</span>
              </li>
            ))}
          </ul>
          <button type="button" class="sw-toggle" aria-pressed={on} onClick={onToggleMarks}>
            {on ? 'Hide marks' : 'Show marks'}
          </button>
          <p class="sw-keys">
            <Keys shortcut={keys.toggle} /> marks on/off · <Keys shortcut={keys.next} /> next mark ·{' '}
            <Keys shortcut={keys.previous} /> previous mark · <kbd>Esc</kbd> close card
          </p>
        </div>
      )}
    </section>
  );
}
