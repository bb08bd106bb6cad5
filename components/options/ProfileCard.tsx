/**
 * One outlet profile in plain words: articles read, how much is the outlet's own opinion, how
 * often loaded words appear, whom it casts most negatively and positively, and month by month.
 * Data only; the popup can show it as well.
 */
import type { ProfileSummary } from '../../lib/profiles-schema';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const signed = (x: number) => (x > 0 ? `+${x.toFixed(2)}` : x.toFixed(2));

export function ProfileCard({
  summary,
  headingLevel = 3,
}: {
  summary: ProfileSummary;
  headingLevel?: 3 | 4;
}) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const s = summary;
  return (
    <article class="sw-profile" aria-label={`Profile of ${s.site}`}>
      <H>{s.site}</H>
      <dl class="sw-facts">
        <dt>Articles read</dt>
        <dd data-fact="articles">{s.articles}</dd>
        <dt>Opinion in its own voice</dt>
        <dd data-fact="opinion">{pct(s.opinionShare)} of sentences</dd>
        <dt>Loaded words</dt>
        <dd data-fact="loaded">{s.loadedPer1000} per 1,000 words</dd>
        <dt>Most negatively cast</dt>
        <dd data-fact="negative">
          {s.negative.length
            ? s.negative.map((e) => `${e.name} (${signed(e.tone)}, ${e.mentions} mentions)`).join(', ')
            : 'no one yet'}
        </dd>
        <dt>Most positively cast</dt>
        <dd data-fact="positive">
          {s.positive.length
            ? s.positive.map((e) => `${e.name} (${signed(e.tone)}, ${e.mentions} mentions)`).join(', ')
            : 'no one yet'}
        </dd>
        <dt>Loaded words seen most</dt>
        <dd data-fact="terms">
          {s.topTerms.length ? s.topTerms.map((t) => `${t.term} ×${t.count}`).join(', ') : 'none'}
        </dd>
      </dl>
      {s.timeline.length > 1 && (
        <table class="sw-table sw-timeline">
          <caption>Over time</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Articles</th>
              <th scope="col">Own opinion</th>
              <th scope="col">Loaded / 1,000 words</th>
            </tr>
          </thead>
          <tbody>
            {s.timeline.map((b) => (
              <tr key={b.month}>
                <th scope="row">{b.month}</th>
                <td>{b.articles}</td>
                <td>{pct(b.opinionShare)}</td>
                <td>{b.loadedPer1000}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
