import { describe, expect, it } from 'vitest';
import { isArticlePage } from '../../lib/page/detect';
import { htmlDocument, loadPage } from './page-fixtures';

const BODY =
  `<p>${'The council approved the plan after a long debate about its cost and its timing. '.repeat(4)}</p>`.repeat(
    4,
  );

function page(head: string, body = ''): Document {
  return htmlDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

function jsonLd(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

describe('isArticlePage', () => {
  it('finds the demo article by JSON-LD, og:type, density and <article>', () => {
    const d = isArticlePage(loadPage('demo'));
    expect(d).toEqual({
      isArticle: true,
      signals: ['json-ld:NewsArticle', 'og:type=article', 'text-density', 'article-element'],
      score: 10,
    });
  });

  it('rejects a home page with a grid of headline teasers', () => {
    const d = isArticlePage(loadPage('news-home'));
    expect(d).toEqual({ isArticle: false, signals: ['json-ld:listing', 'headline-grid'], score: -6 });
  });

  it('does not take a NewsArticle nested in an ItemList for the page type', () => {
    const d = isArticlePage(
      page(
        jsonLd({
          '@type': 'ItemList',
          itemListElement: [{ '@type': 'ListItem', item: { '@type': 'NewsArticle' } }],
        }),
      ),
    );
    expect(d.signals).toEqual(['json-ld:listing']);
    expect(d.isArticle).toBe(false);
  });

  it('reads JSON-LD types from @graph, arrays, type arrays and full IRIs', () => {
    const variants = [
      { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': 'NewsArticle' }] },
      [{ '@type': 'BreadcrumbList' }, { '@type': ['ReportageNews', 'CreativeWork'] }],
      { '@type': 'https://schema.org/BlogPosting' },
      { '@type': 'WebPage', mainEntity: { '@type': 'Article' } },
    ];
    const found = variants.map((v) => isArticlePage(page(jsonLd(v), BODY)).signals[0]);
    expect(found).toEqual([
      'json-ld:NewsArticle',
      'json-ld:ReportageNews',
      'json-ld:BlogPosting',
      'json-ld:Article',
    ]);
  });

  it('ignores malformed JSON-LD and still decides from the page', () => {
    const d = isArticlePage(loadPage('malformed-article'));
    expect(d).toEqual({ isArticle: true, signals: ['og:type=article', 'text-density:low'], score: 3 });
  });

  it('takes a long text without any markup for an article', () => {
    expect(isArticlePage(page('', `<div>${BODY}</div>`))).toEqual({
      isArticle: true,
      signals: ['text-density'],
      score: 3,
    });
  });

  it('counts paragraphs wrapped one by one in divs as one body, but not teaser cards', () => {
    const para =
      'The council approved the plan after a long debate about its cost and its timing, said officials.';
    const wrapped = `<div class="body">${`<div class="p-wrap"><p>${para} ${para}</p></div>`.repeat(6)}</div>`;
    expect(isArticlePage(page('', wrapped))).toEqual({
      isArticle: true,
      signals: ['text-density'],
      score: 3,
    });
    const cards = `<section>${`<div class="card"><h3><a href="/x">A headline</a></h3><p>${para}</p></div>`.repeat(8)}</section>`;
    expect(isArticlePage(page('', cards))).toEqual({
      isArticle: false,
      signals: ['headline-grid'],
      score: -4,
    });
  });

  it('rejects pages with no text', () => {
    expect(isArticlePage(page('<title>Search</title>', '<form><input name="q"></form>'))).toEqual({
      isArticle: false,
      signals: [],
      score: 0,
    });
    expect(isArticlePage(page('<meta property="og:type" content="article">')).isArticle).toBe(false);
  });

  it('finds a German article (language is decided later, not here)', () => {
    expect(isArticlePage(loadPage('german-article')).isArticle).toBe(true);
  });
});
