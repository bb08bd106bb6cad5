/**
 * The card shown for a marked sentence or word: what it is, who says it, why it was marked, and
 * for a loaded word its category, explanation and a neutral alternative. Renders data only.
 * WAI-ARIA tooltip pattern: role="tooltip", dismissed with Escape by its host.
 */
import { declarations, type Palette } from '../lib/page/highlight-styles';
import type { CardData } from '../lib/page/marks';

export interface HoverCardProps {
  data: CardData;
  id?: string;
  palette?: Palette;
  /** The site the page is on, for a correction made from the card. */
  site?: string;
  /** For a loaded word: the reader says it is not loaded on this site. Without it, no button. */
  onNotLoaded?: (term: string, site: string) => void;
}

export function swatchStyle(kind: CardData['kind'], palette?: Palette): Record<string, string> {
  return declarations(kind, palette);
}

export function HoverCard({ data, id, palette, site, onNotLoaded }: HoverCardProps) {
  const { term } = data;
  return (
    <div class="sw-card" role="tooltip" id={id} data-kind={data.kind}>
      <p class="sw-label">
        <span class="sw-swatch" style={swatchStyle(data.kind, palette)} aria-hidden="true">
          Ab
        </span>{' '}
        {data.label}
      </p>
      {term && (
        <div class="sw-term">
          <p>
            <strong>“{term.text}”</strong> is a {term.categoryLabel}.
          </p>
          <p class="sw-note">{term.note}</p>
          {term.neutral && (
            <p class="sw-neutral">
              Neutral wording: <strong>“{term.neutral}”</strong>
            </p>
          )}
          {onNotLoaded && site && (
            <button
              type="button"
              class="sw-correct"
              aria-label={`“${term.text}” is not loaded on ${site}: stop marking it here`}
              onClick={() => onNotLoaded(term.text, site)}
            >
              Not loaded here
            </button>
          )}
        </div>
      )}
      <p class="sw-voice">
        Voice: <strong>{data.voice}</strong>
        {data.voiceVia && <span class="sw-via"> ({data.voiceVia})</span>}
      </p>
      {data.reasons.length > 0 && (
        <ul class="sw-reasons" aria-label="Why it was marked">
          {data.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
