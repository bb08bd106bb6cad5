import { useState } from 'preact/hooks';
import type { Report } from '../../lib/analysis/types';
import { outletName } from '../../lib/export';
import type { ProfileSummary } from '../../lib/profiles-schema';
import { AtAGlance } from './AtAGlance';
import { ClaimsByVoice } from './ClaimsByVoice';
import { EntityTone } from './EntityTone';
import { Export } from './Export';
import { Header } from './Header';
import { LoadedByCategory } from './LoadedByCategory';
import { OutletSoFar } from './OutletSoFar';
import { RelatedSlant } from './RelatedSlant';
import type { PopupActions, RevealTarget } from './types';

/**
 * The whole report. The first screen answers the question (the lean, the two numbers, the slant
 * by voice, the article sentence by sentence); who says what, which words, whom and the related
 * stories sit below in folded sections.
 */
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
  const [current, setCurrent] = useState<number | null>(null);
  const reveal = (target: RevealTarget) => {
    setMissing(false);
    setCurrent(target.kind === 'sentence' ? target.index : null);
    actions.reveal(target).then(
      (found) => setMissing(!found),
      () => setMissing(true),
    );
  };
  return (
    <>
      <Header
        report={report}
        onShowEnd={() => reveal({ kind: 'sentence', index: report.sentences.length - 1 })}
      />
      <AtAGlance
        report={report}
        current={current}
        onSentence={(index) => reveal({ kind: 'sentence', index })}
      />
      <p class="sw-toast" role="status" data-testid="reveal-status">
        {missing ? 'That passage is no longer on the page. Reload the page to analyse it again.' : ''}
      </p>
      <ClaimsByVoice report={report} onReveal={reveal} />
      <LoadedByCategory report={report} onReveal={reveal} />
      <EntityTone report={report} />
      <RelatedSlant report={report} />
      <Export report={report} url={url} version={version} actions={actions} />
      {/* last: the profile is read after the report, and a line arriving here moves nothing above */}
      {profile && <OutletSoFar outlet={outletName(report)} profile={profile} />}
    </>
  );
}
