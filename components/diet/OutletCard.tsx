import type { OutletSeries } from '../../lib/diet';
import { per1000, percent, plural } from '../../lib/export';
import { EntityBars } from '../charts/EntityBars';
import { MonthColumns } from '../charts/MonthColumns';
import { MonthEntities } from './MonthEntities';

/** Loaded terms per 1,000 words at which a column is full: dense opinion writing sits around here. */
const LOADED_FULL = 30;

function day(ms: number | undefined): string | undefined {
  if (!ms || !Number.isFinite(ms)) return undefined;
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(ms));
}

/** One outlet over time: opinion share and loaded terms by month, and whom it casts which way, overall and by month. */
export function OutletCard({ series, i }: { series: OutletSeries; i: number }) {
  const id = `sw-outlet-${i}`;
  const since = day(series.first);
  const entities = [...series.negative, ...[...series.positive].reverse()];
  return (
    <section class="sw-outlet-card" aria-labelledby={id} data-testid="outlet">
      <h2 id={id}>{series.site}</h2>
      <p class="sw-sub">
        {plural(series.articles, 'article', 'articles')} read{since ? ` since ${since}` : ''} ·{' '}
        {percent(series.opinionShare)} own opinion · {per1000(series.loadedPer1000)} loaded terms per 1,000
        words
      </p>
      <div class="sw-outlet-charts">
        <MonthColumns
          id={`${id}-opinion`}
          title={`${series.site}: own opinion by month (share of sentences)`}
          caption="Own opinion by month (share of sentences)"
          points={series.months.map((m) => ({ month: m.month, value: m.opinionShare }))}
          max={Math.max(0.25, ...series.months.map((m) => m.opinionShare))}
          format={percent}
          tone="opinion"
        />
        <MonthColumns
          id={`${id}-loaded`}
          title={`${series.site}: loaded terms per 1,000 words by month`}
          caption="Loaded terms per 1,000 words by month"
          points={series.months.map((m) => ({ month: m.month, value: m.loadedPer1000 }))}
          max={Math.max(LOADED_FULL, ...series.months.map((m) => m.loadedPer1000))}
          format={per1000}
          tone="loaded"
        />
        <EntityBars
          id={`${id}-entities`}
          title={`${series.site}: entities cast most negatively and positively`}
          caption="Cast most negatively and positively, overall"
          entities={entities}
        />
        <MonthEntities id={`${id}-entity-months`} site={series.site} months={series.months} />
      </div>
    </section>
  );
}
