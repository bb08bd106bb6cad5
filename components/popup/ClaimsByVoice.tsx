import type { Report } from '../../lib/analysis/types';
import { type ClaimGroup, claimGroups, hedgingText } from '../../lib/export';
import { Section } from './Section';
import { ShowMoreButton, useShowMore } from './ShowMore';
import type { RevealTarget } from './types';

const PER_VOICE = 3;

/** Who asserts what: the outlet's own claims first, then each named source with their role. */
export function ClaimsByVoice({ report, onReveal }: { report: Report; onReveal: (t: RevealTarget) => void }) {
  const groups = claimGroups(report);
  return (
    <Section id="claims" title="Claims by voice" folded>
      {groups.length === 0 ? (
        <p class="sw-empty">No check-worthy claims found.</p>
      ) : (
        <>
          <p class="sw-hint">Select a claim to see it in the page.</p>
          {groups.map((group, i) => (
            <Group group={group} id={`sw-claims-${i}`} onReveal={onReveal} key={group.key} />
          ))}
        </>
      )}
    </Section>
  );
}

function Group({
  group,
  id,
  onReveal,
}: {
  group: ClaimGroup;
  id: string;
  onReveal: (t: RevealTarget) => void;
}) {
  const more = useShowMore(group.claims, PER_VOICE);
  return (
    <div class={group.outlet ? 'sw-group sw-group-outlet' : 'sw-group'}>
      <h3>
        {group.heading}
        <span class="sw-count"> ({group.claims.length})</span>
      </h3>
      <ul class="sw-list" id={id}>
        {more.shown.map(({ claim, index }) => (
          <li key={index}>
            <button
              type="button"
              class="sw-claim"
              aria-describedby={`sw-claim-${index}-how`}
              onClick={() => onReveal({ kind: 'claim', index })}
            >
              <span class="sw-claim-text">“{claim.text}”</span>
            </button>
            <span class="sw-sub" id={`sw-claim-${index}-how`}>
              {claim.verb ? `${claim.verb} · ` : ''}
              {hedgingText(claim)}
            </span>
          </li>
        ))}
      </ul>
      <ShowMoreButton {...more} noun={more.hidden === 1 ? 'claim' : 'claims'} controls={id} />
    </div>
  );
}
