/**
 * The card shown for a marked sentence or word: what it is, who says it, why it was marked, and
 * for a loaded word its category, explanation and a neutral alternative. Renders data only; the
 * corrections it offers are callbacks wired by the content script.
 *
 * ARIA (WAI-ARIA APG): a card with nothing to operate is a tooltip (role="tooltip", dismissed with
 * Escape by its host). A card with buttons ("Not loaded here", "Mark a word as loaded…") is a
 * non-modal dialog (role="dialog", no aria-modal, named by aria-label after what it explains),
 * because a tooltip must not hold focusable content. The marked text is a CSS highlight, not an
 * element, so it cannot point at the card with aria-describedby; instead:
 * - the card host keeps the card's text in a polite live region, so stepping to a mark with the
 *   keyboard (Alt+Shift+N) reads the card out while focus stays in the page;
 * - Tab then moves focus into the dialog (entrypoints/content/interact.ts), where a screen reader
 *   announces the dialog's name and the focused button; Escape closes it and gives focus back.
 * The actions sit in an aria-live="off" part, so opening the word list is not read out as a whole;
 * the result of a choice is announced through its own role="status".
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LoadedCategory } from '../lib/analysis/types';
import { categoryLabel, DEFAULT_WORD_CATEGORY, WORD_CATEGORIES } from '../lib/lexicon/categories';
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
  /** For a sentence: its words that can be marked as loaded (see lib/page/candidate-words.ts). */
  candidates?: readonly string[];
  /** The categories offered for a new loaded word (those shown on the page). Default: all words'. */
  categories?: readonly LoadedCategory[];
  /**
   * The reader marks `term` as loaded, on `site` or everywhere (site undefined). Resolves to the
   * stored correction's id, for Undo.
   */
  onMarkLoaded?: (term: string, category: LoadedCategory, site: string | undefined) => Promise<string>;
  /** Takes back a correction made here. */
  onUndo?: (id: string) => Promise<unknown>;
  /** The card changed size (the word list opened): its host places it again. */
  onResize?: () => void;
}

export function swatchStyle(kind: CardData['kind'], palette?: Palette): Record<string, string> {
  return declarations(kind, palette);
}

interface Done {
  term: string;
  id: string;
}

export function HoverCard(props: HoverCardProps) {
  const { data, id, palette, site, onNotLoaded, onMarkLoaded, onUndo, onResize } = props;
  const { term } = data;
  const candidates = props.candidates ?? [];
  const categories = props.categories ?? WORD_CATEGORIES;
  const canNotLoad = Boolean(term && onNotLoaded && site);
  const canMark = Boolean(!term && onMarkLoaded && site && candidates.length > 0 && categories.length > 0);
  const dialog = canNotLoad || canMark;

  const [expanded, setExpanded] = useState(false);
  const [category, setCategory] = useState<LoadedCategory>(
    categories.includes(DEFAULT_WORD_CATEGORY)
      ? DEFAULT_WORD_CATEGORY
      : (categories[0] ?? DEFAULT_WORD_CATEGORY),
  );
  const [everywhere, setEverywhere] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const [status, setStatus] = useState('');
  const undoRef = useRef<HTMLButtonElement>(null);
  const discloseRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'undo' | 'disclose' | null>(null);

  // The card grew or shrank: its host must place it again (inside the viewport, off the text).
  useLayoutEffect(() => onResize?.(), [expanded, done, status]);
  // Focus follows the choice: onto Undo once a word is marked, back to the disclosure after Undo.
  useLayoutEffect(() => {
    if (focusNext.current === 'undo') undoRef.current?.focus();
    if (focusNext.current === 'disclose') discloseRef.current?.focus();
    focusNext.current = null;
  });

  const where = everywhere ? 'every site' : site;
  const choose = (word: string) => {
    if (!onMarkLoaded) return;
    const chosen = category;
    onMarkLoaded(word, chosen, everywhere ? undefined : site).then(
      (correctionId) => {
        setDone({ term: word, id: correctionId });
        setExpanded(false);
        setStatus(
          `Marked “${word}” as ${categoryLabel(chosen)} on ${where} — undo here or in Slantwise options.`,
        );
        focusNext.current = 'undo';
      },
      () => setStatus(`“${word}” could not be saved.`),
    );
  };
  const undo = () => {
    if (!done || !onUndo) return;
    const word = done.term;
    onUndo(done.id).then(
      () => {
        setDone(null);
        setStatus(`“${word}” is no longer marked.`);
        focusNext.current = 'disclose';
      },
      () => setStatus('That could not be undone here; use Slantwise options.'),
    );
  };
  /** Arrow keys, Home and End move between the word buttons (Tab goes through them too). */
  const onWordKey = (e: KeyboardEvent) => {
    const buttons = Array.from((e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('button'));
    const at = buttons.indexOf(e.target as HTMLElement);
    if (at < 0) return;
    const to =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? (at + 1) % buttons.length
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? (at - 1 + buttons.length) % buttons.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? buttons.length - 1
              : -1;
    if (to < 0) return;
    e.preventDefault();
    buttons[to]!.focus();
  };

  const name = term ? `Slantwise: “${term.text}”, ${data.label}` : `Slantwise: ${data.label}`;
  const listId = id ? `${id}-words` : 'sw-words';
  // A dialog is named after what it explains; a tooltip's text is its name.
  const role = dialog ? ({ role: 'dialog', 'aria-label': name } as const) : ({ role: 'tooltip' } as const);
  return (
    <div class="sw-card" {...role} id={id} data-kind={data.kind}>
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
          {term.neutral ? (
            <p class="sw-neutral">
              Neutral wording: <strong>“{term.neutral}”</strong>
            </p>
          ) : (
            term.category === 'intensifier' && (
              <p class="sw-neutral">Neutral wording: leave it out, or give the figure it stands for.</p>
            )
          )}
          {canNotLoad && (
            <div aria-live="off">
              <button
                type="button"
                class="sw-correct"
                aria-label={`“${term.text}” is not loaded on ${site}: stop marking it here`}
                onClick={() => onNotLoaded!(term.text, site!)}
              >
                Not loaded here
              </button>
            </div>
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
      {canMark && (
        <div class="sw-add" aria-live="off">
          {done ? (
            <button type="button" class="sw-undo" ref={undoRef} onClick={undo}>
              Undo
            </button>
          ) : (
            <button
              type="button"
              class="sw-disclose"
              ref={discloseRef}
              aria-expanded={expanded}
              aria-controls={listId}
              onClick={() => setExpanded(!expanded)}
            >
              Mark a word as loaded…
            </button>
          )}
          {expanded && !done && (
            <div id={listId} class="sw-add-body">
              <p class="sw-add-row">
                <label>
                  Category{' '}
                  <select
                    class="sw-category"
                    value={category}
                    onChange={(e) =>
                      setCategory((e.currentTarget as HTMLSelectElement).value as LoadedCategory)
                    }
                  >
                    {categories.map((c) => (
                      <option key={c} value={c}>
                        {categoryLabel(c)}
                      </option>
                    ))}
                  </select>
                </label>
              </p>
              <p class="sw-add-row">
                <label>
                  <input
                    type="checkbox"
                    class="sw-everywhere"
                    checked={everywhere}
                    onChange={(e) => setEverywhere((e.currentTarget as HTMLInputElement).checked)}
                  />{' '}
                  On every site, not only {site}
                </label>
              </p>
              <fieldset class="sw-words" onKeyDown={onWordKey}>
                <legend>Choose the word to mark as loaded:</legend>
                {candidates.map((w) => (
                  <button key={w} type="button" class="sw-word" onClick={() => choose(w)}>
                    {w}
                  </button>
                ))}
              </fieldset>
            </div>
          )}
          <p class="sw-status" role="status">
            {status}
          </p>
        </div>
      )}
    </div>
  );
}
