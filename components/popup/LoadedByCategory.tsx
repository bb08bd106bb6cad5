import type { Report } from '../../lib/analysis/types';
import { loadedGroups, loadedVoiceText } from '../../lib/export';
import { Section } from './Section';
import type { RevealTarget } from './types';

/** Loaded wording by category with counts; each term takes the reader to its place in the page. */
export function LoadedByCategory({
  report,
  onReveal,
}: {
  report: Report;
  onReveal: (t: RevealTarget) => void;
}) {
  const groups = loadedGroups(report);
  return (
    <Section id="loaded" title={`Loaded language (${report.loaded.length})`}>
      {groups.length === 0 ? (
        <p class="sw-empty">No loaded terms found.</p>
      ) : (
        groups.map((group) => (
          <div class="sw-group" key={group.category}>
            <h3>
              {group.label} ({group.terms.length})
            </h3>
            <ul class="sw-list">
              {group.terms.map(({ term, index }) => (
                <li key={index}>
                  <button
                    type="button"
                    class={`sw-term sw-cat-${group.category}`}
                    aria-describedby={`sw-term-${index}-who sw-term-${index}-why`}
                    onClick={() => onReveal({ kind: 'loaded', index })}
                  >
                    {term.text}
                  </button>
                  <span class="sw-sub" id={`sw-term-${index}-who`}>
                    {loadedVoiceText(report, term)}
                    {term.neutral ? ` · neutral: “${term.neutral}”` : ''}
                  </span>
                  <span class="sw-note" id={`sw-term-${index}-why`}>
                    {term.note}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </Section>
  );
}
