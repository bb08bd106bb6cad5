import type { TabState } from '../../lib/messages';
import { ReportView } from './ReportView';
import { AnalysisError, NotArticle, Restricted, Skeleton, Unknown, UnsupportedLanguage } from './States';
import type { PopupActions } from './types';
import './popup.css';

export interface PopupProps {
  /** null while the background has not answered yet. */
  state: TabState | null;
  url?: string;
  version: string;
  actions: PopupActions;
}

/** Every state a user can meet, each with one clear message; the report itself when there is one. */
export function Popup({ state, url, version, actions }: PopupProps) {
  return (
    <main class="sw-popup" aria-busy={state === null || state.kind === 'analysing'}>
      <Body state={state} url={url} version={version} actions={actions} />
    </main>
  );
}

function Body({ state, url, version, actions }: PopupProps) {
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
      return <UnsupportedLanguage language={state.language} report={state.report} />;
    case 'done':
      return <ReportView report={state.report} url={url} version={version} actions={actions} />;
  }
}
