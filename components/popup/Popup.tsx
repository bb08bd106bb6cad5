import type { TabState } from '../../lib/messages';
import type { ProfileSummary } from '../../lib/profiles-schema';
import { normaliseSite } from '../../lib/settings-schema';
import { ReportView } from './ReportView';
import { AnalysisError, NotArticle, Restricted, Skeleton, Unknown, UnsupportedLanguage } from './States';
import type { PopupActions } from './types';
import '../charts/charts.css';
import './popup.css';

export interface PopupProps {
  /** null while the background has not answered yet. */
  state: TabState | null;
  url?: string;
  version: string;
  actions: PopupActions;
  /** The outlet's profile on this device, when there is one. */
  profile?: ProfileSummary | null;
}

/** Every state a user can meet, each with one clear message; the report itself when there is one. */
export function Popup({ state, url, version, actions, profile }: PopupProps) {
  return (
    <>
      <main class="sw-popup" aria-busy={state === null || state.kind === 'analysing'}>
        <Body state={state} url={url} version={version} actions={actions} profile={profile} />
      </main>
      <footer class="sw-footer">
        <p class="sw-diet-link">
          <a
            href="diet.html"
            target="_blank"
            rel="noopener"
            onClick={(e) => {
              if (!actions.openDiet) return;
              e.preventDefault();
              actions.openDiet();
            }}
          >
            Your reading diet: the outlets you read, over time
          </a>
        </p>
      </footer>
    </>
  );
}

function Body({ state, url, version, actions, profile }: PopupProps) {
  if (state === null) return <Skeleton label="Loading…" />;
  switch (state.kind) {
    case 'analysing':
      return <Skeleton label="Analysing this article…" />;
    case 'not-article':
      return <NotArticle onAnalyze={actions.analyze} />;
    case 'unknown':
      return <Unknown onAnalyze={actions.analyze} />;
    case 'restricted':
      return <Restricted />;
    case 'error':
      return <AnalysisError message={state.message} onRetry={actions.analyze} />;
    case 'unsupported-language':
      return (
        <UnsupportedLanguage
          language={state.language}
          report={state.report}
          site={url ? normaliseSite(url) || undefined : undefined}
          onIgnoreSite={actions.ignoreSite}
        />
      );
    case 'done':
      return (
        <ReportView report={state.report} url={url} version={version} actions={actions} profile={profile} />
      );
  }
}
