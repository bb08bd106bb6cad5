import type { Report } from '../../lib/analysis/types';
import { outletName, per1000, percent, possessive } from '../../lib/export';

/** Loaded terms per 1,000 words at which the bar is full: dense opinion writing sits around here. */
const LOADED_FULL = 30;

function Bar({ label, value, fraction }: { label: string; value: string; fraction: number }) {
  const width = `${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}%`;
  return (
    <div class="sw-meter">
      <dt>{label}</dt>
      <dd>
        <span class="sw-meter-value">{value}</span>
        {/* the number says it all to a screen reader; the bar is for the eye */}
        <span class="sw-meter-track" aria-hidden="true">
          <span class="sw-meter-fill" style={{ width }} />
        </span>
      </dd>
    </div>
  );
}

/** Outlet opinion share and loaded-term density, as numbers with a bar each. */
export function LeanMeter({ report }: { report: Report }) {
  const s = report.summary;
  return (
    <dl class="sw-meters" aria-label="Key numbers">
      <Bar
        label={`${possessive(outletName(report))} own opinion`}
        value={`${percent(s.opinionShare)} of sentences`}
        fraction={s.opinionShare}
      />
      <Bar
        label="Loaded terms"
        value={`${per1000(s.loadedPer1000)} per 1,000 words`}
        fraction={s.loadedPer1000 / LOADED_FULL}
      />
    </dl>
  );
}
