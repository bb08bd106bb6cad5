import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Report } from '../../lib/analysis/types';
import { Header } from './Header';

/**
 * Grey blocks in the shape of the report's first screen (title, statement, numbers, the slant
 * chart, the strip), as tall as a popup can be, so it does not jump when the report arrives.
 */
export function Skeleton({ label }: { label: string }) {
  return (
    <div class="sw-skeleton" data-testid="skeleton">
      <p class="sw-status" role="status">
        {label}
      </p>
      <div aria-hidden="true">
        <div class="sw-bone sw-bone-title" />
        <div class="sw-bone sw-bone-short" />
        <div class="sw-bone sw-bone-statement" />
        <div class="sw-bone sw-bone-chart" />
        <div class="sw-bone sw-bone-strip" />
      </div>
    </div>
  );
}

function Notice({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="sw-notice">
      <h1 class="sw-title">{title}</h1>
      {children}
    </div>
  );
}

export function NotArticle({ onAnalyze }: { onAnalyze: () => void }) {
  return (
    <Notice title="Not a news article">
      <p>This page doesn’t look like a news article, so Slantwise left it alone.</p>
      <button type="button" class="sw-button sw-primary" onClick={onAnalyze}>
        Analyze this page anyway
      </button>
    </Notice>
  );
}

export function Unknown({ onAnalyze }: { onAnalyze: () => void }) {
  // Without the "tabs" permission the background cannot always see a tab's URL, so a browser page
  // can land here rather than in Restricted: say both, plainly.
  return (
    <Notice title="No answer from this page yet">
      <p>
        If the page is still loading, wait a moment and open Slantwise again. If the page was open before
        Slantwise was installed or updated, reload it.
      </p>
      <p class="sw-sub">
        Browser pages (settings, new tabs) and extension stores are off limits to extensions.
      </p>
      <button type="button" class="sw-button" onClick={onAnalyze}>
        Analyze this page anyway
      </button>
    </Notice>
  );
}

export function Restricted() {
  return (
    <Notice title="Slantwise can’t run on this page">
      <p>
        Browsers don’t let extensions read or mark their own pages (settings, new tabs) or extension store
        pages. Open a news article to use Slantwise.
      </p>
    </Notice>
  );
}

/** "de" -> "German"; an unknown tag is shown as written. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function UnsupportedLanguage({
  language,
  report,
  site,
  onIgnoreSite,
}: {
  language: string;
  report: Report;
  /** The page's host, when known: the one action is to stop checking it. */
  site?: string;
  onIgnoreSite?: (site: string) => Promise<void>;
}) {
  const [done, setDone] = useState<'no' | 'yes' | 'failed'>('no');
  const ignore = () => {
    if (!site || !onIgnoreSite) return;
    onIgnoreSite(site).then(
      () => setDone('yes'),
      () => setDone('failed'),
    );
  };
  return (
    <>
      <Header report={report} />
      <div class="sw-notice" role="note">
        <p>
          This article is in {languageName(language)}. Slantwise reads English only for now, so nothing on the
          page is marked.
        </p>
      </div>
      {site && onIgnoreSite && done !== 'yes' && (
        <button type="button" class="sw-button" onClick={ignore}>
          Don’t check {site} by itself
        </button>
      )}
      <p class="sw-status" role="status">
        {done === 'yes' &&
          `Slantwise won’t check pages on ${site} by itself any more (Settings → Sites to undo).`}
        {done === 'failed' && 'That could not be saved. Try again from the settings.'}
      </p>
    </>
  );
}

export function AnalysisError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Notice title="Analysis failed">
      <p>Slantwise could not analyse this page. The page itself is unaffected.</p>
      <p class="sw-sub">Details: {message}</p>
      <button type="button" class="sw-button" onClick={onRetry}>
        Try again
      </button>
    </Notice>
  );
}
