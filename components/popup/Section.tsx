import type { ComponentChildren } from 'preact';

/**
 * A titled region: a landmark with its heading, so screen readers can jump between sections. A
 * folded one is a <details> whose summary holds the heading: closed until the reader opens it
 * (click, Enter or Space), so the first screen stays short.
 */
export function Section({
  id,
  title,
  children,
  folded = false,
}: {
  id: string;
  title: string;
  children: ComponentChildren;
  folded?: boolean;
}) {
  const heading = <h2 id={`sw-${id}`}>{title}</h2>;
  return (
    <section
      class={folded ? 'sw-section sw-fold' : 'sw-section'}
      aria-labelledby={`sw-${id}`}
      data-testid={`section-${id}`}
    >
      {folded ? (
        <details>
          <summary>{heading}</summary>
          <div class="sw-fold-body">{children}</div>
        </details>
      ) : (
        <>
          {heading}
          {children}
        </>
      )}
    </section>
  );
}
