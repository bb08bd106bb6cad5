import type { Report } from '../../lib/analysis/types';
import { leanComparisons, promotedText, relatedSumLines, signed, toneWord } from '../../lib/export';
import { Section } from './Section';

/** Only http(s) links from the page become links here: never javascript:, data: or the like. */
export function webUrl(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The outlet's related headlines: each one's tone and loaded words, the sum per entity, and the lean beside the article's. */
export function RelatedSlant({ report }: { report: Report }) {
  const { related } = report;
  const sums = relatedSumLines(report);
  const comparisons = leanComparisons(report);
  return (
    <Section id="related" title="Related-story slant" folded>
      {related.heading && <p class="sw-sub">Under “{related.heading}”</p>}
      {related.stories.length === 0 ? (
        <p class="sw-empty">No related stories found on the page.</p>
      ) : (
        <ul class="sw-list sw-stories">
          {related.stories.map((story) => (
            <li key={story.url} class="sw-story">
              {webUrl(story.url) ? (
                <a class="sw-story-title" href={webUrl(story.url)} target="_blank" rel="noopener noreferrer">
                  {story.title}
                </a>
              ) : (
                <span class="sw-story-title">{story.title}</span>
              )}
              <span class="sw-sub">
                <span class={`sw-badge sw-tone-${toneWord(story.tone)}`}>
                  {toneWord(story.tone)} {signed(story.tone)}
                </span>
                {story.loaded.length > 0 ? ` · loaded: ${story.loaded.map((l) => l.text).join(', ')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {sums.length > 0 && (
        <ul class="sw-list sw-sums" aria-label="Sum per entity">
          {sums.map((line) => (
            <li key={line.text} class={`sw-sum sw-sum-${line.lean}`} data-testid="related-sum">
              {line.text}
            </li>
          ))}
        </ul>
      )}
      <p data-testid="promoted">{promotedText(related.excluded)}</p>
      {comparisons.map((line) => (
        <p key={line} class="sw-compare" data-testid="lean-compare">
          {line}
        </p>
      ))}
    </Section>
  );
}
