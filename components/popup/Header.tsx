import type { Report } from '../../lib/analysis/types';
import { metaLine } from '../../lib/export';
import { LeanMeter } from './LeanMeter';

/** Title, outlet/byline/date, the one-line lean statement and the two headline numbers. */
export function Header({ report }: { report: Report }) {
  const meta = metaLine(report);
  return (
    <header class="sw-header">
      <h1 class="sw-title">{report.meta.title?.trim() || 'Untitled article'}</h1>
      {meta && <p class="sw-meta">{meta}</p>}
      {report.supported && (
        <>
          <p class="sw-statement" data-testid="statement">
            {report.summary.statement}
          </p>
          <LeanMeter report={report} />
        </>
      )}
    </header>
  );
}
