import type { ComponentChildren } from 'preact';

/** A titled region: a landmark with its heading, so screen readers can jump between sections. */
export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="sw-section" aria-labelledby={`sw-${id}`} data-testid={`section-${id}`}>
      <h2 id={`sw-${id}`}>{title}</h2>
      {children}
    </section>
  );
}
