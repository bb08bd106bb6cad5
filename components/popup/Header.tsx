import type { Report } from '../../lib/analysis/types';
import { metaLine, outletLoadedWords, outletName, possessive } from '../../lib/export';
import { LeanMeter } from './LeanMeter';

/**
 * Title, outlet/byline/date, the one-line lean statement (with the notice of a capped article and
 * a way to see where the analysis stops), the two headline numbers, the outlet's own loaded words.
 */
export function Header({ report, onShowEnd }: { report: Report; onShowEnd?: () => void }) {
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
            <div class="sw-cut">
              <p class="sw-notice" role="note" data-testid="notice">
                {report.notice}
              </p>
              {onShowEnd && report.sentences.length > 0 && (
                // a capped article: the one thing to do is see where the marks stop
                <button type="button" class="sw-more" onClick={onShowEnd}>
                  Show where the analysis stops
                </button>
              )}
            </div>
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
