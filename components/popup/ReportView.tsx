import { useState } from 'preact/hooks';
import type { Report } from '../../lib/analysis/types';
import { outletName } from '../../lib/export';
import type { ProfileSummary } from '../../lib/profiles-schema';
import { ClaimsByVoice } from './ClaimsByVoice';
import { EntityTone } from './EntityTone';
import { Export } from './Export';
import { Header } from './Header';
import { LoadedByCategory } from './LoadedByCategory';
import { OutletSoFar } from './OutletSoFar';
import { RelatedSlant } from './RelatedSlant';
import type { PopupActions, RevealTarget } from './types';

/** The whole report, in the order a reader asks: what leans, who says what, which words, whom, related. */
export function ReportView({
  report,
  url,
  version,
  actions,
  profile,
}: {
  report: Report;
  url?: string;
  version: string;
  actions: PopupActions;
  profile?: ProfileSummary | null;
}) {
  const [missing, setMissing] = useState(false);
  const reveal = (target: RevealTarget) => {
    setMissing(false);
    actions.reveal(target).then(
      (found) => setMissing(!found),
      () => setMissing(true),
    );
  };
  return (
    <>
      <Header report={report} />
      {profile && <OutletSoFar outlet={outletName(report)} profile={profile} />}
      <p class="sw-toast" role="status" data-testid="reveal-status">
        {missing ? 'That passage is no longer on the page. Reload the page to analyse it again.' : ''}
      </p>
      <ClaimsByVoice report={report} onReveal={reveal} />
      <LoadedByCategory report={report} onReveal={reveal} />
      <EntityTone report={report} />
      <RelatedSlant report={report} />
      <Export report={report} url={url} version={version} actions={actions} />
    </>
  );
}
