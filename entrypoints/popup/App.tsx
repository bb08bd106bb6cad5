import { useEffect, useRef, useState } from 'preact/hooks';
import { Popup } from '../../components/popup/Popup';
import type { PopupActions } from '../../components/popup/types';
import type { Report } from '../../lib/analysis/types';
import type { TabState } from '../../lib/messages';
import type { ProfileSummary } from '../../lib/profiles-schema';

/** Everything the popup needs from the browser, passed in so the wiring can be tested with fakes. */
export interface PopupBridge extends Omit<PopupActions, 'analyze'> {
  getState(): Promise<TabState>;
  analyze(): Promise<TabState>;
  /** The outlet's profile on this device (optional: the popup works without it). */
  getProfile?(report: Report): Promise<ProfileSummary | null>;
  version: string;
  /** The tab's URL when the browser tells us; the Report's own URL otherwise. */
  url?: string;
}

/** While a page is still being analysed (or its script has not answered yet), ask again this often. */
const POLL_MS = 400;
const POLL_LIMIT = 75; // 30 s, then the last state stays on screen
/**
 * "Not an article" is asked again this many times (6 s): a popup opened as a page finishes loading
 * can hear it before the page's first check has decided and the background has injected the full
 * script, which the first stage retries after 1 s and 2 s (then the tab's state changes under it).
 * 2 s was too short on a busy machine: the popup stayed on "not an article" for the demo article.
 */
export const NOT_ARTICLE_RECHECKS = 15;
/**
 * Then this many more, NOT_ARTICLE_SLOW_EVERY intervals apart (24 s): on a machine busy enough the
 * first stage decided after the 6 s (a German article's popup stayed on "not an article" in one
 * CI run), and a message every 2 s while the popup is open costs nothing.
 */
export const NOT_ARTICLE_SLOW_RECHECKS = 12;
const NOT_ARTICLE_SLOW_EVERY = 5;

const polled = (state: TabState, polls: number) =>
  state.kind === 'analysing' ||
  state.kind === 'unknown' ||
  (state.kind === 'not-article' && polls < NOT_ARTICLE_RECHECKS + NOT_ARTICLE_SLOW_RECHECKS);

/** How long to wait before asking again. */
const pollDelay = (state: TabState, polls: number, pollMs: number) =>
  state.kind === 'not-article' && polls >= NOT_ARTICLE_RECHECKS ? pollMs * NOT_ARTICLE_SLOW_EVERY : pollMs;

function failed(err: unknown): TabState {
  return { kind: 'error', message: err instanceof Error ? err.message : String(err) };
}

export function App({ bridge, pollMs = POLL_MS }: { bridge: PopupBridge; pollMs?: number }) {
  const [state, setState] = useState<TabState | null>(null);
  const [polls, setPolls] = useState(0);
  const [profile, setProfile] = useState<ProfileSummary | null>(null);

  useEffect(() => {
    bridge.getState().then(setState, (err) => setState(failed(err)));
  }, [bridge]);

  // The reader's own action (Analyze) starts a new epoch: an answer asked for before it is dropped.
  const epoch = useRef(0);
  useEffect(() => {
    if (!state || !polled(state, polls) || polls >= POLL_LIMIT) return;
    const asked = epoch.current;
    const timer = setTimeout(
      () => {
        bridge.getState().then(
          (next) => {
            if (asked !== epoch.current) return;
            setState(next);
            setPolls((n) => n + 1);
          },
          (err) => {
            if (asked === epoch.current) setState(failed(err));
          },
        );
      },
      pollDelay(state, polls, pollMs),
    );
    return () => clearTimeout(timer);
  }, [state, polls, bridge, pollMs]);

  const doneReport = state?.kind === 'done' ? state.report : undefined;
  useEffect(() => {
    if (!doneReport || !bridge.getProfile) return;
    // a profile that cannot be read only costs the popup one line
    bridge.getProfile(doneReport).then(setProfile, () => setProfile(null));
  }, [doneReport, bridge]);

  const actions: PopupActions = {
    analyze: () => {
      epoch.current++;
      setState({ kind: 'analysing' });
      setPolls(0);
      bridge.analyze().then(setState, (err) => setState(failed(err)));
    },
    reveal: bridge.reveal,
    copyText: bridge.copyText,
    saveFile: bridge.saveFile,
    openDiet: bridge.openDiet,
    ignoreSite: bridge.ignoreSite,
  };
  const report = state && 'report' in state ? state.report : undefined;
  return (
    <Popup
      state={state}
      url={bridge.url ?? report?.meta.url}
      version={bridge.version}
      actions={actions}
      profile={profile}
    />
  );
}
