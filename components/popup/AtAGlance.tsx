import type { Report } from '../../lib/analysis/types';
import { leanBasis, slantTitle, stripSummary, voiceNames } from '../../lib/export';
import { mainEntities, stripCells } from '../../lib/glance';
import { OpinionStrip } from '../charts/OpinionStrip';
import { SlantChart } from '../charts/SlantChart';

/**
 * The two pictures of the first screen: the slant towards the main entities by voice, and the
 * article sentence by sentence. `current` is the sentence last shown in the page.
 */
export function AtAGlance({
  report,
  current,
  onSentence,
}: {
  report: Report;
  current: number | null;
  onSentence: (index: number) => void;
}) {
  const entities = mainEntities(report);
  const basis = entities.length > 0 ? leanBasis(report) : undefined;
  return (
    <>
      <section class="sw-glance" aria-labelledby="sw-slant">
        <h2 id="sw-slant" class="sw-glance-title">
          Slant by voice
        </h2>
        {entities.length > 0 ? (
          <SlantChart
            id="sw-slant-chart"
            entities={entities}
            voiceNames={voiceNames(report)}
            title={slantTitle(entities)}
          />
        ) : (
          <p class="sw-empty">No person, place or organisation is named often enough to chart.</p>
        )}
        {basis && <p class="sw-hint sw-lean-basis">{basis}</p>}
      </section>
      <section class="sw-glance" aria-labelledby="sw-strip">
        <div class="sw-glance-head">
          <h2 id="sw-strip" class="sw-glance-title">
            Sentence by sentence
          </h2>
          <span class="sw-hint">select to see it in the page</span>
        </div>
        <OpinionStrip
          id="sw-strip-chart"
          cells={stripCells(report)}
          texts={report.sentences.map((s) => s.text)}
          summary={stripSummary(report)}
          current={current}
          onActivate={onSentence}
        />
      </section>
    </>
  );
}
