/**
 * Hosts the hover card and the legend in shadow roots, so page CSS cannot reach their insides,
 * and in the top layer (popover) where supported, so no z-index on the page can cover them.
 * The host elements hang off <html>, outside <body>: the page's text and layout stay as they were.
 * Every function returns or offers its undo (destroy).
 */
import { h, render } from 'preact';
import { HoverCard, type HoverCardProps } from '../../components/HoverCard';
import { Legend, type LegendProps } from '../../components/Legend';
import type { Palette } from './highlight-styles';
import { type Box, placeCard } from './hit-test';
import type { CardData } from './marks';

export const CARD_TAG = 'slantwise-card';
export const LEGEND_TAG = 'slantwise-legend';

const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.sw-card, .sw-legend { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1f;
  background: #ffffff; border: 1px solid #8a8a93; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.sw-card { width: max-content; max-width: 340px; padding: 8px 11px; }
.sw-card p { margin: 0 0 4px; }
.sw-label { font-weight: 600; }
.sw-swatch { display: inline-block; padding: 0 3px; border-radius: 2px; font-weight: 400; }
.sw-note { color: #33333a; }
.sw-voice { margin-top: 6px !important; }
.sw-via { color: #55555e; }
.sw-reasons { margin: 4px 0 0; padding-left: 18px; color: #33333a; }
.sw-legend { padding: 0; max-width: 300px; }
.sw-pill { all: unset; cursor: pointer; display: block; padding: 5px 10px; font-weight: 600; }
.sw-pill:focus-visible, .sw-toggle:focus-visible, .sw-correct:focus-visible { outline: 2px solid #0072B2; outline-offset: 1px; }
.sw-legend-body { padding: 0 10px 8px; }
.sw-kinds { list-style: none; margin: 0 0 6px; padding: 0; }
.sw-kinds li { margin: 2px 0; }
.sw-count { color: #55555e; }
.sw-toggle { font: inherit; padding: 2px 8px; border-radius: 4px; border: 1px solid #8a8a93; background: #f2f2f5; color: inherit; cursor: pointer; }
.sw-correct { font: inherit; margin: 2px 0 4px; padding: 2px 8px; border-radius: 4px; border: 1px solid #8a8a93; background: #f2f2f5; color: inherit; cursor: pointer; }
.sw-keys { margin: 6px 0 0; color: #55555e; font-size: 12px; }
kbd { font: 11px ui-monospace, monospace; border: 1px solid #aaa; border-radius: 3px; padding: 0 3px; }
@media (prefers-color-scheme: dark) {
  .sw-card, .sw-legend { color: #ececf1; background: #222227; border-color: #6b6b75; }
  .sw-note, .sw-reasons { color: #d0d0d8; }
  .sw-via, .sw-count, .sw-keys { color: #a8a8b3; }
  .sw-toggle, .sw-correct { background: #33333a; }
}
`;

/** Inline !important declarations outrank any page rule, including `* { ... !important }`. */
function pin(el: HTMLElement, decls: Record<string, string>): void {
  for (const [k, v] of Object.entries(decls)) el.style.setProperty(k, v, 'important');
}

const HOST_BASE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  'z-index': '2147483647',
  display: 'block',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  inset: 'auto',
  width: 'max-content',
  height: 'auto',
  'max-width': 'none',
  'max-height': 'none',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  'pointer-events': 'auto',
  contain: 'layout style',
};

export interface UiHost {
  host: HTMLElement;
  /** Shadow root (holds our style sheet). */
  root: ShadowRoot;
  /** Where Preact renders, beside the style sheet (render() owns all children of its container). */
  mount: HTMLElement;
  /** Put the host into the top layer (again), above anything the page stacks. */
  raise(): void;
  destroy(): void;
}

export function createHost(doc: Document, tag: string): UiHost {
  doc.querySelector(tag)?.remove(); // a host left by an earlier copy of the script
  const host = doc.createElement(tag);
  pin(host, HOST_BASE);
  const topLayer = typeof (host as { showPopover?: unknown }).showPopover === 'function';
  if (topLayer) host.setAttribute('popover', 'manual');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  root.appendChild(style);
  const mount = doc.createElement('div');
  root.appendChild(mount);
  doc.documentElement.appendChild(host);
  const raise = () => {
    if (!topLayer || !host.isConnected) return;
    try {
      if (host.matches(':popover-open')) host.hidePopover();
      host.showPopover();
    } catch {
      // a page's own top-layer element (a modal dialog) may refuse us; z-index still applies
    }
  };
  raise();
  return {
    host,
    root,
    mount,
    raise,
    destroy: () => {
      render(null, mount);
      host.remove();
    },
  };
}

/** What the card can do besides show data (a correction), wired by the content script. */
export type CardActions = Pick<HoverCardProps, 'site' | 'onNotLoaded'>;

export interface CardController {
  show(data: CardData, anchor: Box, actions?: CardActions): void;
  hide(): void;
  readonly open: boolean;
  /** Whether an event target is the card (pointer moved onto the card: keep it open). */
  owns(target: EventTarget | null): boolean;
  /** Move keyboard focus to the open card's first button; false when there is none. */
  focusAction?(): boolean;
  destroy(): void;
}

export const CARD_ID = 'slantwise-card-tooltip';

export function createCard(doc: Document, palette?: Palette): CardController {
  let ui: UiHost | null = null;
  let open = false;
  const view = doc.defaultView!;
  return {
    show(data, anchor, actions) {
      if (!ui) {
        ui = createHost(doc, CARD_TAG);
        // Read out when the card changes, e.g. when stepping through marks from the keyboard.
        ui.mount.setAttribute('aria-live', 'polite');
      }
      const { host, root, mount } = ui;
      // Measure off screen first, then place: the card must not cover the text it explains.
      pin(host, { left: '-10000px', top: '0px', visibility: 'hidden' });
      render(h(HoverCard, { data, id: CARD_ID, palette, ...actions }), mount);
      ui.raise();
      const card = root.querySelector('.sw-card');
      const size = card ? card.getBoundingClientRect() : { width: 300, height: 120 };
      const place = placeCard(anchor, size, { width: view.innerWidth, height: view.innerHeight });
      pin(host, { left: `${place.left}px`, top: `${place.top}px`, visibility: 'visible' });
      host.dataset.side = place.side;
      open = true;
    },
    hide() {
      if (!ui || !open) return;
      render(null, ui.mount);
      pin(ui.host, { visibility: 'hidden', left: '-10000px' });
      open = false;
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
    destroy() {
      ui?.destroy();
      ui = null;
      open = false;
    },
  };
}

export interface LegendController {
  update(props: LegendProps): void;
  destroy(): void;
}

export function createLegend(doc: Document): LegendController {
  const ui = createHost(doc, LEGEND_TAG);
  pin(ui.host, { right: '12px', bottom: '12px', left: 'auto', top: 'auto' });
  return {
    update: (props) => render(h(Legend, props), ui.mount),
    destroy: () => ui.destroy(),
  };
}
