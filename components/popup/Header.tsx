import type { Report } from '../../lib/analysis/types';
import { metaLine, outletLoadedWords, outletName, possessive } from '../../lib/export';
import { LeanMeter } from './LeanMeter';

/** Title, outlet/byline/date, the one-line lean statement, the two headline numbers, the outlet's own loaded words. */
export function Header({ report }: { report: Report }) {
  const meta = metaLine(report);
  const own = report.supported ? outletLoadedWords(report) : [];
  return (
    <header class="sw-header">
      <h1 class="sw-title">{report.meta.title?.trim() || 'Untitled article'}</h1>
      {meta && <p class="sw-meta">{meta}</p>}
      {report.supported && (
        <>
          <p class="sw-statement" data-testid="statement">
            {report.summary.statement}
          </p>
          {report.notice && (
            <p class="sw-notice" role="note" data-testid="notice">
              {report.notice}
            </p>
          )}
          <LeanMeter report={report} />
          {own.length > 0 && (
            <p class="sw-own" data-testid="own-words">
              <span class="sw-own-label">{possessive(outletName(report))} own loaded words: </span>
              {own.map((w, i) => (
                <span key={w}>
                  {i > 0 && ', '}
                  <span class="sw-word">“{w}”</span>
                </span>
              ))}
            </p>
          )}
        </>
      )}
    </header>
  );
}
