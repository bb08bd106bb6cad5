import { per1000, percent, plural } from '../../lib/export';
import type { ProfileSummary } from '../../lib/profiles-schema';

/**
 * One line from the outlet's local profile (built on this device from the articles read), so this
 * article can be read against the outlet's habit. Shown once there is more than this one article.
 */
export function OutletSoFar({ outlet, profile }: { outlet: string; profile: ProfileSummary }) {
  if (profile.articles < 2) return null;
  const negative = profile.negative.slice(0, 3).map((e) => e.name);
  return (
    <p class="sw-sofar" data-testid="outlet-so-far">
      {outlet} so far: {plural(profile.articles, 'article', 'articles')} read on this device,{' '}
      {percent(profile.opinionShare)} own opinion, {per1000(profile.loadedPer1000)} loaded terms per 1,000
      words
      {negative.length > 0 ? `; cast most negatively: ${negative.join(', ')}.` : '.'}
    </p>
  );
}
