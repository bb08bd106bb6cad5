/**
 * The closed shadow roots that hold our in-page UI (the hover card, the legend), so page CSS cannot
 * reach their insides and page script cannot read or press them (host.shadowRoot is null for the
 * page; only this module keeps the roots), and in the top layer (popover) where supported, so no
 * z-index on the page can cover them. Inside a root, input events that the browser did not make
 * itself (isTrusted false: dispatched by a script) are stopped before any of our handlers sees them.
 * The host elements hang off <html>, outside <body>: the page's text and layout stay as they were.
 * Every function returns or offers its undo (destroy).
 */
import { render } from 'preact';

export const CARD_TAG = 'slantwise-card';
export const LEGEND_TAG = 'slantwise-legend';

const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.sw-card, .sw-legend { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1f;
  background: #ffffff; border: 1px solid #8a8a93; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.sw-card { width: max-content; max-width: min(340px, calc(100vw - 16px)); padding: 8px 11px; overflow-y: auto; }
.sw-card p { margin: 0 0 4px; }
.sw-label { font-weight: 600; }
.sw-swatch { display: inline-block; padding: 0 3px; border-radius: 2px; font-weight: 400; }
.sw-note { color: #33333a; }
.sw-voice { margin-top: 6px !important; }
.sw-via { color: #55555e; }
.sw-reasons { margin: 4px 0 0; padding-left: 18px; color: #33333a; }
.sw-legend { padding: 0; max-width: 300px; }
.sw-pill { all: unset; cursor: pointer; display: block; padding: 5px 10px; font-weight: 600; }
.sw-pill:focus-visible, .sw-card button:focus-visible, .sw-card select:focus-visible, .sw-card input:focus-visible, .sw-toggle:focus-visible { outline: 2px solid #0072B2; outline-offset: 1px; }
.sw-legend-body { padding: 0 10px 8px; }
.sw-kinds { list-style: none; margin: 0 0 6px; padding: 0; }
.sw-kinds li { margin: 2px 0; }
.sw-count { color: #55555e; }
.sw-toggle { font: inherit; padding: 2px 8px; border-radius: 4px; border: 1px solid #8a8a93; background: #f2f2f5; color: inherit; cursor: pointer; }
.sw-correct, .sw-disclose, .sw-undo, .sw-word { font: inherit; margin: 2px 0 4px; padding: 2px 8px; border-radius: 4px; border: 1px solid #8a8a93; background: #f2f2f5; color: inherit; cursor: pointer; }
.sw-add { margin-top: 6px; }
.sw-add-row { margin: 2px 0 4px !important; }
.sw-category { font: inherit; color: inherit; }
.sw-words { display: flex; flex-wrap: wrap; gap: 4px; margin: 4px 0 0; padding: 0; border: 0; min-width: 0; }
.sw-words legend { float: left; width: 100%; padding: 0; margin: 0 0 2px; }
.sw-word { margin: 0; }
.sw-status { margin: 4px 0 0 !important; color: #33333a; }
.sw-status:empty { display: none; }
.sw-keys { margin: 6px 0 0; color: #55555e; font-size: 12px; }
kbd { font: 11px ui-monospace, monospace; border: 1px solid #aaa; border-radius: 3px; padding: 0 3px; }
@media (prefers-color-scheme: dark) {
  .sw-card, .sw-legend { color: #ececf1; background: #222227; border-color: #6b6b75; }
  .sw-note, .sw-reasons { color: #d0d0d8; }
  .sw-via, .sw-count, .sw-keys { color: #a8a8b3; }
  .sw-toggle, .sw-correct, .sw-disclose, .sw-undo, .sw-word { background: #33333a; }
  .sw-status { color: #d0d0d8; }
}
`;

/** Inline !important declarations outrank any page rule, including `* { ... !important }`. */
export function pin(el: HTMLElement, decls: Record<string, string>): void {
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

/**
 * Events a script could dispatch to act for the reader; inside our roots only trusted ones pass.
 * (A page cannot reach into a closed root; this also holds should one of our own modules ever
 * dispatch such an event by mistake.)
 */
export const GUARDED_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

const stopUntrusted = (e: Event) => {
  if (e.isTrusted === true) return;
  e.stopImmediatePropagation();
  if (e.cancelable) e.preventDefault();
};

/** The closed roots, by host: only this module (in the content script's own world) can read them. */
const roots = new WeakMap<Element, ShadowRoot>();

/**
 * The closed shadow root of one of our hosts. For our own code and the DOM tests; the page's
 * script cannot call this (it cannot reach the content script's modules).
 */
export function uiRootOf(host: Element | null | undefined): ShadowRoot | undefined {
  return host ? roots.get(host) : undefined;
}

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
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(host, root);
  for (const type of GUARDED_EVENTS) root.addEventListener(type, stopUntrusted, { capture: true });
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
