/**
 * Whom an outlet cast most negatively and most positively, month by month (the newest twelve
 * months first): a plain table, since each cell is a short list of names with their tone.
 */
import type { EntityPoint, MonthPoint } from '../../lib/diet';
import { signed, toneWord } from '../../lib/export';
import { monthLabel } from '../charts/MonthColumns';

const MAX_MONTHS = 12;

function Names({ list }: { list: EntityPoint[] }) {
  if (list.length === 0) return <span class="sw-none">—</span>;
  return (
    <>
      {list.map((e, i) => (
        <span key={e.name} class={`sw-month-entity sw-${toneWord(e.tone)}`}>
          {i > 0 ? ', ' : ''}
          {e.name} <span class="sw-tone">{signed(e.tone)}</span>
        </span>
      ))}
    </>
  );
}

export function MonthEntities({ id, site, months }: { id: string; site: string; months: MonthPoint[] }) {
  const rows = months
    .filter((m) => m.negative.length + m.positive.length > 0)
    .slice(-MAX_MONTHS)
    .reverse();
  if (rows.length === 0) return null;
  return (
    <figure class="sw-chart sw-month-entities" data-testid={`chart-${id}`}>
      <figcaption class="sw-chart-title">Cast most negatively and positively, by month</figcaption>
      <table class="sw-month-table">
        <caption class="sw-sr">{`${site}: entities cast most negatively and positively, by month`}</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Most negatively</th>
            <th scope="col">Most positively</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthLabel(m.month)}</th>
              <td>
                <Names list={m.negative} />
              </td>
              <td>
                <Names list={m.positive} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
