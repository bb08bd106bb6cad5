/**
 * The hover card, rendered (components/HoverCard.tsx) in its own closed root (ui-host.ts) and
 * placed beside the mark it explains, inside the viewport.
 */
import { h, render } from 'preact';
import { HoverCard, type HoverCardProps } from '@/components/HoverCard';
import type { Palette } from '@/lib/page/highlight-styles';
import { type Box, placeCard } from '@/lib/page/hit-test';
import type { CardData } from '@/lib/page/marks';
import { CARD_TAG, createHost, pin, type UiHost } from './ui-host';

/** What the card can do besides show data (corrections), wired by the content script. */
export type CardActions = Pick<
  HoverCardProps,
  'site' | 'onNotLoaded' | 'candidates' | 'categories' | 'onMarkLoaded' | 'onUndo'
> & {
  /** Which mark the card is for: the card's own state (an open word list) lasts while this stays. */
  key?: string;
};

export interface CardController {
  show(data: CardData, anchor: Box, actions?: CardActions): void;
  hide(): void;
  readonly open: boolean;
  /** Whether an event target is the card (pointer moved onto the card: keep it open). */
  owns(target: EventTarget | null): boolean;
  /** Move keyboard focus to the open card's first button; false when there is none. */
  focusAction?(): boolean;
  /** Whether keyboard focus is inside the card. */
  hasFocus?(): boolean;
  destroy(): void;
}

export const CARD_ID = 'slantwise-card-tooltip';

export function createCard(doc: Document, palette?: Palette): CardController {
  let ui: UiHost | null = null;
  let open = false;
  let anchor: Box | null = null;
  let placing = false;
  const view = doc.defaultView!;

  /** Measure the card where it is, then put it beside the anchor, inside the viewport. */
  const place = () => {
    if (!ui || !anchor) return;
    const card = ui.root.querySelector<HTMLElement>('.sw-card');
    card?.style.removeProperty('max-height');
    const size = card ? card.getBoundingClientRect() : { width: 300, height: 120 };
    const at = placeCard(anchor, size, { width: view.innerWidth, height: view.innerHeight });
    if (card && at.maxHeight !== undefined) card.style.setProperty('max-height', `${at.maxHeight}px`);
    // Only what placing needs goes on the host, which the page can see (no side, no kind of mark).
    pin(ui.host, { left: `${at.left}px`, top: `${at.top}px`, visibility: 'visible' });
  };
  const onResize = () => {
    if (open && !placing) place();
  };

  return {
    show(data, box, actions) {
      if (!ui) {
        ui = createHost(doc, CARD_TAG);
        // Read out when the card changes, e.g. when stepping through marks from the keyboard.
        ui.mount.setAttribute('aria-live', 'polite');
      }
      const { host, mount } = ui;
      const { key, ...rest } = actions ?? {};
      anchor = box;
      placing = true;
      // Measure off screen first, then place: the card must not cover the text it explains.
      pin(host, { left: '-10000px', top: '0px', visibility: 'hidden' });
      render(h(HoverCard, { key, data, id: CARD_ID, palette, onResize, ...rest }), mount);
      ui.raise();
      open = true;
      place();
      placing = false;
    },
    hide() {
      if (!ui || !open) return;
      render(null, ui.mount);
      pin(ui.host, { visibility: 'hidden', left: '-10000px' });
      open = false;
      anchor = null;
    },
    get open() {
      return open;
    },
    owns: (target) => ui !== null && target === ui.host,
    focusAction() {
      const button = open ? ui?.root.querySelector<HTMLElement>('button') : null;
      if (!button) return false;
      button.focus();
      return true;
    },
    hasFocus: () => open && ui !== null && ui.root.activeElement !== null,
    destroy() {
      ui?.destroy();
      ui = null;
      open = false;
    },
  };
}
