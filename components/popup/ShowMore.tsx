import { useState } from 'preact/hooks';

/**
 * The first `limit` items, and a button for the rest: a long list (nine claims by one source,
 * eighteen entities) would bury the sections below it in a 600 px popup.
 */
export function useShowMore<T>(items: T[], limit: number) {
  const [open, setOpen] = useState(false);
  const hidden = items.length - limit;
  return {
    shown: open || hidden <= 0 ? items : items.slice(0, limit),
    hidden: Math.max(hidden, 0),
    open,
    toggle: () => setOpen((o) => !o),
  };
}

export function ShowMoreButton({
  hidden,
  open,
  toggle,
  noun,
  controls,
}: {
  hidden: number;
  open: boolean;
  toggle: () => void;
  noun: string;
  controls: string;
}) {
  if (hidden === 0) return null;
  return (
    <button type="button" class="sw-more" aria-expanded={open} aria-controls={controls} onClick={toggle}>
      {open ? 'Show fewer' : `Show ${hidden} more ${noun}`}
    </button>
  );
}
