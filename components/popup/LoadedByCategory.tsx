import type { Report } from '../../lib/analysis/types';
import { type LoadedGroup, loadedGroups, loadedVoiceText } from '../../lib/export';
import { Section } from './Section';
import { ShowMoreButton, useShowMore } from './ShowMore';
import type { RevealTarget } from './types';

const PER_CATEGORY = 6;

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
    <Section id="loaded" title={`Loaded language (${report.loaded.length})`} folded>
      {groups.length === 0 ? (
        <p class="sw-empty">No loaded terms found.</p>
      ) : (
        groups.map((group) => (
          <Category report={report} group={group} onReveal={onReveal} key={group.category} />
        ))
      )}
    </Section>
  );
}

function Category({
  report,
  group,
  onReveal,
}: {
  report: Report;
  group: LoadedGroup;
  onReveal: (t: RevealTarget) => void;
}) {
  const more = useShowMore(group.terms, PER_CATEGORY);
  const listId = `sw-loaded-${group.category}`;
  return (
    <div class="sw-group">
      <h3>
        {group.label} ({group.terms.length})
      </h3>
      <ul class="sw-list" id={listId}>
        {more.shown.map(({ term, index }) => (
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
      <ShowMoreButton {...more} noun={more.hidden === 1 ? 'term' : 'terms'} controls={listId} />
    </div>
  );
}
