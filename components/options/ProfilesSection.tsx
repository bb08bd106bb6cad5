/** Outlet profiles built on this device, each clearable, and all at once after a confirmation. */
import { useState } from 'preact/hooks';
import { type OutletProfile, summariseProfile } from '../../lib/profiles-schema';
import { ProfileCard } from './ProfileCard';
import type { OptionsBridge } from './types';

export function ProfilesSection({ profiles, bridge }: { profiles: OutletProfile[]; bridge: OptionsBridge }) {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');

  const clearOne = async (site: string) => {
    await bridge.clearProfile(site);
    setStatus(`Cleared the profile of ${site}.`);
  };
  const clearAll = async () => {
    const n = profiles.length;
    await bridge.clearAllProfiles();
    setConfirming(false);
    setStatus(`Cleared ${n} ${n === 1 ? 'profile' : 'profiles'}.`);
  };

  return (
    <section aria-labelledby="sw-profiles">
      <h2 id="sw-profiles">Outlet profiles</h2>
      <p class="sw-hint">
        Built only on this device from the articles you read, and kept in this browser’s storage: per news
        site, how many articles, sentences and words, how much was the outlet’s own opinion, the loaded words
        seen, and the people, places and organisations named with how they were cast, in totals and month by
        month. Never the articles’ text, their addresses or when you read them. Clear one site or all of them
        below; removing Slantwise removes them too.
      </p>
      <p role="status" class="sw-status">
        {status}
      </p>
      {profiles.length === 0 ? (
        <p class="sw-empty">No profiles yet.</p>
      ) : (
        <>
          <ul class="sw-profiles" aria-label="Outlet profiles">
            {profiles.map((p) => (
              <li key={p.site}>
                <ProfileCard summary={summariseProfile(p)} />
                <button
                  type="button"
                  onClick={() => clearOne(p.site)}
                  aria-label={`Clear the profile of ${p.site}`}
                >
                  Clear
                </button>
              </li>
            ))}
          </ul>
          {confirming ? (
            <fieldset class="sw-row">
              <legend>
                Clear all {profiles.length} {profiles.length === 1 ? 'profile' : 'profiles'}?
              </legend>
              <button type="button" class="sw-danger" onClick={clearAll}>
                Yes, clear all
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Keep them
              </button>
            </fieldset>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              Clear all profiles
            </button>
          )}
        </>
      )}
    </section>
  );
}
