import type { Report } from '../../lib/analysis/types';
import { claimGroups, hedgingText } from '../../lib/export';
import { Section } from './Section';
import type { RevealTarget } from './types';

/** Who asserts what: the outlet's own claims first, then each named source with their role. */
export function ClaimsByVoice({ report, onReveal }: { report: Report; onReveal: (t: RevealTarget) => void }) {
  const groups = claimGroups(report);
  return (
    <Section id="claims" title="Claims by voice">
      {groups.length === 0 ? (
        <p class="sw-empty">No check-worthy claims found.</p>
      ) : (
        <>
          <p class="sw-hint">Select a claim to see it in the page.</p>
          {groups.map((group) => (
            <div class={group.outlet ? 'sw-group sw-group-outlet' : 'sw-group'} key={group.key}>
              <h3>{group.heading}</h3>
              <ul class="sw-list">
                {group.claims.map(({ claim, index }) => (
                  <li key={index}>
                    <button type="button" class="sw-claim" onClick={() => onReveal({ kind: 'claim', index })}>
                      “{claim.text}”
                    </button>
                    <span class="sw-sub">
                      {claim.verb ? `${claim.verb} · ` : ''}
                      {hedgingText(claim)}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </Section>
  );
}
