import type { Report } from '../../lib/analysis/types';
import { entitiesByMentions, outletName, possessive, TYPE_LABEL, toneText, toneWord } from '../../lib/export';
import { Section } from './Section';
import { ShowMoreButton, useShowMore } from './ShowMore';

const FIRST = 6;

/** The people, places and organisations named, with the tone towards each, by voice. */
export function EntityTone({ report }: { report: Report }) {
  const entities = entitiesByMentions(report);
  const more = useShowMore(entities, FIRST);
  const outlet = `${possessive(outletName(report))} voice`;
  return (
    <Section id="entities" title="Who and what it names" folded>
      {entities.length === 0 ? (
        <p class="sw-empty">No people, places or organisations found.</p>
      ) : (
        <ul class="sw-list sw-entities" id="sw-entity-list">
          {more.shown.map((e) => (
            <li key={e.id} class="sw-entity">
              <h3 class="sw-entity-name">{e.name}</h3>
              <span class="sw-sub">
                {TYPE_LABEL[e.type]}
                {e.role ? ` · ${e.role}` : ''} · {e.mentions === 1 ? '1 mention' : `${e.mentions} mentions`}
              </span>
              <dl class="sw-tones">
                <div
                  class={`sw-tone sw-tone-${e.tone.outlet.mentions ? toneWord(e.tone.outlet.score) : 'none'}`}
                >
                  <dt>{outlet}</dt>
                  <dd>{toneText(e.tone.outlet)}</dd>
                </div>
                <div
                  class={`sw-tone sw-tone-${e.tone.quoted.mentions ? toneWord(e.tone.quoted.score) : 'none'}`}
                >
                  <dt>Quoted voices</dt>
                  <dd>{toneText(e.tone.quoted)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <ShowMoreButton {...more} noun={more.hidden === 1 ? 'entity' : 'entities'} controls="sw-entity-list" />
    </Section>
  );
}
