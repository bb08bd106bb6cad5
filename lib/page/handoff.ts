/**
 * What the first stage (entrypoints/first-stage, run at document_start) and the full content
 * script share in one frame: an object in the content scripts' own global (Chrome's isolated
 * world, Firefox's sandbox, both shared by every script of ours in the frame), which the page can
 * neither see nor reach.
 *
 * The first stage puts its keydown listener on window, in the capture phase, before any script of
 * the page has run: listeners on one target run in the order they were added, so no page listener
 * can stop a real key before ours sees it. It hands each trusted keydown to the session's handler,
 * once a session has one.
 */
const KEY = Symbol.for('slantwise.handoff');

export interface Handoff {
  /** The session's keydown handler; null until a session has one. */
  keydown: ((e: KeyboardEvent) => void) | null;
  /** A full content script runs in this frame: it answers the popup and the background now. */
  full: boolean;
  /**
   * The first stage has just found an article here and asked for the full script: that script's
   * first check takes this answer (once) instead of detecting the same page again.
   */
  article: boolean;
}

type Holder = { [KEY]?: Handoff };

/** The frame's hand-off, when a first stage set one up. */
export function handoff(): Handoff | undefined {
  return (globalThis as Holder)[KEY];
}

/**
 * Sets up the hand-off and its early keydown listener, once per frame: a second call (a second
 * copy of the first stage in the same world) gets the same object and adds no listener, so no
 * key is handed over twice.
 */
export function listenEarly(win: Window): Handoff {
  const known = handoff();
  if (known) return known;
  const h: Handoff = { keydown: null, full: false, article: false };
  (globalThis as Holder)[KEY] = h;
  win.addEventListener(
    'keydown',
    (e) => {
      if (e.isTrusted) h.keydown?.(e);
    },
    true,
  );
  return h;
}
