/**
 * The reading-diet page: the outlets read on this device, each over time, and how differently they
 * treat the entities they share. Built only from the local outlet profiles; nothing leaves the
 * device. Export as JSON or CSV; clear all profiles (after a confirmation).
 */
import { useEffect, useState } from 'preact/hooks';
import { dietCsv, dietJson, outletSeries, sharedEntities } from '../../lib/diet';
import type { OutletProfile } from '../../lib/profiles-schema';
import { CrossOutlet } from '../charts/CrossOutlet';
import { OutletCard } from './OutletCard';
import '../charts/charts.css';
import './diet.css';

export interface DietBridge {
  listProfiles(): Promise<OutletProfile[]>;
  /** Calls back with the new list whenever profiles change; returns unwatch. */
  watchProfiles(cb: (list: OutletProfile[]) => void): () => void;
  clearAllProfiles(): Promise<void>;
  saveFile(name: string, text: string, type: string): void;
  version: string;
  now?: () => number;
}

export function Diet({ bridge }: { bridge: DietBridge }) {
  const [profiles, setProfiles] = useState<OutletProfile[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const unwatch = bridge.watchProfiles(setProfiles);
    bridge.listProfiles().then(setProfiles, () => {
      setProfiles([]);
      setStatus('The outlet profiles could not be read.');
    });
    return unwatch;
  }, [bridge]);

  const now = () => (bridge.now ? bridge.now() : Date.now());
  const stamp = () => new Date(now()).toISOString().slice(0, 10);
  const save = (kind: 'json' | 'csv') => {
    if (!profiles) return;
    const name = `slantwise-reading-diet-${stamp()}.${kind}`;
    if (kind === 'json') bridge.saveFile(name, dietJson(profiles, bridge.version, now()), 'application/json');
    else bridge.saveFile(name, dietCsv(profiles), 'text/csv');
    setStatus(`Download started: ${name}`);
  };
  const clear = () => {
    setConfirming(false);
    bridge.clearAllProfiles().then(
      () => {
        setProfiles([]);
        setStatus('All outlet profiles were cleared.');
      },
      () => setStatus('The profiles could not be cleared.'),
    );
  };

  const list = profiles ?? [];
  const shared = sharedEntities(list);
  return (
    <main class="sw-diet" aria-busy={profiles === null}>
      <header>
        <h1>Your reading diet</h1>
        <p class="sw-lead">
          The outlets you read with Slantwise, built on this device from the articles you opened. Nothing
          leaves the device.
        </p>
      </header>
      {profiles === null ? (
        <p class="sw-loading">Loading…</p>
      ) : list.length === 0 ? (
        <p class="sw-empty" data-testid="diet-empty">
          No outlet profiles yet. They grow as you read news articles with Slantwise.
        </p>
      ) : (
        <>
          <section class="sw-cross-section" aria-labelledby="sw-cross">
            <h2 id="sw-cross">Across outlets</h2>
            {shared.length === 0 ? (
              <p class="sw-empty">No person, place or organisation is named by two outlets yet.</p>
            ) : (
              <>
                <p class="sw-sub">
                  The mean tone of each outlet’s own voice towards the people, places and organisations two or
                  more of them name; the widest spread first.
                </p>
                <CrossOutlet
                  id="sw-cross-chart"
                  title={`How outlets treat ${shared.map((e) => e.name).join(', ')}`}
                  sites={list.map((p) => p.site)}
                  entities={shared}
                />
              </>
            )}
          </section>
          {list.map((p, i) => (
            <OutletCard key={p.site} series={outletSeries(p)} i={i} />
          ))}
        </>
      )}
      <section class="sw-diet-actions" aria-label="Export and clear">
        <div class="sw-buttons">
          <button type="button" class="sw-button" disabled={list.length === 0} onClick={() => save('json')}>
            Export JSON
          </button>
          <button type="button" class="sw-button" disabled={list.length === 0} onClick={() => save('csv')}>
            Export CSV
          </button>
          {confirming ? (
            <>
              <button type="button" class="sw-button sw-danger" onClick={clear}>
                Yes, clear {list.length === 1 ? '1 outlet' : `all ${list.length} outlets`}
              </button>
              <button type="button" class="sw-button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </>
          ) : (
            <button
              type="button"
              class="sw-button"
              disabled={list.length === 0}
              onClick={() => setConfirming(true)}
            >
              Clear all profiles…
            </button>
          )}
        </div>
        <p class="sw-status" role="status" data-testid="diet-status">
          {status}
        </p>
      </section>
    </main>
  );
}
