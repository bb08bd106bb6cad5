/**
 * Events as the reader's own input makes them. In a browser only events the browser made from
 * real input have `isTrusted` true, and a script cannot set it (it is unforgeable there); happy-dom
 * has no `isTrusted` at all. Tests that stand for the reader mark their events trusted with these
 * helpers; tests of a page's attacks dispatch plain events, as a page's script would.
 */
import { fireEvent } from '@testing-library/preact';

/** The event, marked as the browser marks real input. */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A keydown on the window from the reader's keyboard; true when it was taken (default prevented). */
export function trustedKey(init: KeyboardEventInit, target: EventTarget = window): boolean {
  const e = trusted(
    new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init }),
  );
  target.dispatchEvent(e);
  return e.defaultPrevented;
}

/**
 * A click from the reader's mouse (or Enter/Space on a focused button), through testing-library's
 * fireEvent so that Preact's state updates are flushed as with its own fireEvent.click.
 */
export function trustedClick(el: Element): void {
  fireEvent(el, trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
}

/** A pointer move from the reader's mouse. */
export function trustedPointer(x: number, y: number, target: EventTarget = document): void {
  target.dispatchEvent(trusted(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true })));
}
