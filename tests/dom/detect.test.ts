import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isArticlePage } from '../../lib/page/detect';
import { readJsonLd } from '../../lib/page/meta';
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
      { '@type': 'ReportageNewsArticle' },
    ];
    const found = variants.map((v) => isArticlePage(page(jsonLd(v), BODY)).signals[0]);
    expect(found).toEqual([
      'json-ld:NewsArticle',
      'json-ld:ReportageNews',
      'json-ld:BlogPosting',
      'json-ld:Article',
      'json-ld:ReportageNewsArticle',
    ]);
  });

  it('reads JSON-LD with the usual slips: raw line breaks in strings, a CDATA wrapper, trailing commas', () => {
    const raw = `//<![CDATA[
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Plan",
 "articleBody": "First line.
Second line.	Tabbed.", "keywords": ["harbour", "budget",],}
//]]>`;
    const d = isArticlePage(page(`<script type="application/ld+json">${raw}</script>`, ''));
    expect(d.signals).toEqual(['json-ld:NewsArticle']);
    expect(d.isArticle).toBe(true);
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

  describe('a body cut into sections', () => {
    const sentence = 'The inquest heard that the pills were bought online from a seller abroad last spring.';
    // Five items, each a div with its own (unlinked) heading and two paragraphs, one with a link
    // inside its sentence: 2 x 87 characters each.
    const item = (n: number) =>
      `<div class="item" id="item-${n}"><h2>Part ${n}</h2>` +
      `<p>${sentence.replace('online', '<a href="/src">online</a>')}</p><p>${sentence}</p></div>`;
    const items = [1, 2, 3, 4, 5].map(item).join('');
    const rail = `<aside>${'<h3><a href="/other">Another story</a></h3>'.repeat(8)}</aside>`;

    it('adds the sections up in their parent', () => {
      expect(isArticlePage(page('', `<div class="story">${items}${items}</div>`))).toEqual({
        isArticle: true,
        signals: ['text-density'],
        score: 3,
      });
      // six items, 1,044 characters: a body, so the rail of related links is not read as a grid
      const six = [1, 2, 3, 4, 5, 6].map(item).join('');
      expect(
        isArticlePage(page('<meta property="og:type" content="article">', `<div>${six}</div>${rail}`)),
      ).toEqual({ isArticle: true, signals: ['og:type=article', 'text-density'], score: 5 });
      // each item alone is a short text (174 characters): with the rail it looks like a grid
      expect(isArticlePage(page('', `<div>${item(1)}</div>${rail}`))).toEqual({
        isArticle: false,
        signals: ['headline-grid'],
        score: -4,
      });
    });

    it('does not add up teaser cards: links outside the text, link-heavy text, <article>, <li>', () => {
      const summary = 'Thousands of people have left their homes after days of heavy rain across the region.';
      const withImageLink = `<div class="card"><a href="/s"><img src="x.png" alt=""></a><p>${summary}</p></div>`;
      const headlineInText = `<div class="card"><p><a href="/s">${summary.slice(0, 60)}</a></p><p>${summary}</p></div>`;
      const articleCard = `<article><h3>Floods</h3><p>${summary}</p></article>`;
      const listCard = `<li><h3>Floods</h3><p>${summary}</p></li>`;
      for (const card of [withImageLink, headlineInText, articleCard]) {
        expect(isArticlePage(page('', `<main>${card.repeat(12)}</main>`))).toEqual({
          isArticle: false,
          signals: card === articleCard ? ['headline-grid'] : [],
          score: card === articleCard ? -4 : 0,
        });
      }
      expect(isArticlePage(page('', `<ul>${listCard.repeat(12)}</ul>`))).toEqual({
        isArticle: false,
        signals: [],
        score: 0,
      });
    });
  });

  describe('microdata', () => {
    const brBody = `<div itemprop="articleBody">${'I have written about this chip before, and here is the rest of the story.<br><br>'.repeat(10)}</div>`;
    const posting = (type: string, body = brBody) =>
      `<div itemscope itemtype="${type}"><h1 itemprop="headline">A post</h1>${body}</div>`;

    it('takes one article-typed item for the page type, as JSON-LD', () => {
      expect(isArticlePage(page('', posting('http://schema.org/BlogPosting')))).toEqual({
        isArticle: true,
        signals: ['microdata:BlogPosting'],
        score: 3,
      });
      expect(
        isArticlePage(
          page('<meta property="og:type" content="article">', posting('https://schema.org/Article')),
        ),
      ).toEqual({ isArticle: true, signals: ['microdata:Article', 'og:type=article'], score: 5 });
    });

    it('ignores article types on many teasers and inside a listing', () => {
      const teaser = posting('https://schema.org/NewsArticle', '<p>Short teaser.</p>');
      expect(isArticlePage(page('', teaser.repeat(3)))).toEqual({ isArticle: false, signals: [], score: 0 });
      const listing = `<div itemscope itemtype="https://schema.org/ItemList">${posting('https://schema.org/NewsArticle')}</div>`;
      expect(isArticlePage(page('', listing))).toEqual({ isArticle: false, signals: [], score: 0 });
    });

    it('is not read when the page is decided without it', () => {
      const article = posting('https://schema.org/NewsArticle', BODY);
      expect(isArticlePage(page('', article)).signals).toEqual(['text-density']);
    });
  });

  it('rejects the e2e front-page fixture (a grid of teasers)', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../e2e/fixtures/home.html'), 'utf8');
    expect(isArticlePage(htmlDocument(html))).toEqual({
      isArticle: false,
      signals: ['headline-grid'],
      score: -4,
    });
  });

  describe('an explicit article declaration is not overruled by page furniture', () => {
    const story = (n: number) =>
      `<p>${'The council approved the harbour plan after a long debate about its cost. '.repeat(n)}</p>`;
    const rail = `<aside>${'<div class="teaser"><h3><a href="/x">Another headline of the day</a></h3></div>'.repeat(10)}</aside>`;
    const body = `<div class="story">${story(4)}${story(3)}</div>${rail}`;

    it('keeps a JSON-LD NewsArticle with a headline rail an article', () => {
      expect(isArticlePage(page(jsonLd({ '@type': 'NewsArticle', headline: 'Plan' }), body))).toEqual({
        isArticle: true,
        signals: ['json-ld:NewsArticle', 'text-density:low'],
        score: 4,
      });
    });

    it('keeps og:type=article over a body of two paragraphs an article, rail or not', () => {
      expect(isArticlePage(page('<meta property="og:type" content="article">', body))).toEqual({
        isArticle: true,
        signals: ['og:type=article', 'text-density:low'],
        score: 3,
      });
    });

    it('still takes og:type=article without a body over a grid for a front page', () => {
      expect(isArticlePage(page('<meta property="og:type" content="article">', rail))).toEqual({
        isArticle: false,
        signals: ['og:type=article', 'headline-grid'],
        score: -2,
      });
    });
  });

  describe('paragraphs without <p>', () => {
    const line = 'The council approved the harbour plan after a long debate about its cost and timing. ';
    const nav = `<nav>${'<a href="/s">Section</a>'.repeat(8)}</nav>`;

    it('counts a story set in divs of text, and text set with <br>s between blocks', () => {
      const divs = `<div class="story">${`<div>${line.repeat(3)}</div>`.repeat(4)}</div>`;
      expect(isArticlePage(page('', `${nav}${divs}`))).toEqual({
        isArticle: true,
        signals: ['text-density'],
        score: 3,
      });
      const brs = `<div class="post-body">${line.repeat(3)}<br><br><h2>Why</h2>${line.repeat(3)}<br><br>${line.repeat(3)}<br><br>${line.repeat(3)}<ul><li>one</li></ul></div>`;
      expect(isArticlePage(page('', `${nav}${brs}`))).toEqual({
        isArticle: true,
        signals: ['text-density'],
        score: 3,
      });
    });

    it('does not count headline links set in divs, nor scripts and styles in a div', () => {
      const grid = `<div class="grid">${`<div class="headline"><a href="/x">${line}</a></div>`.repeat(20)}</div>`;
      expect(isArticlePage(page('', `${nav}${grid}`)).isArticle).toBe(false);
      const code = `<div class="ads"><script>${'var slot = define("ad", { size: [300, 250], lazy: true }); '.repeat(60)}</script><style>${'.x{color:red}'.repeat(200)}</style></div>`;
      expect(isArticlePage(page('', `${nav}${code}`))).toEqual({ isArticle: false, signals: [], score: 0 });
    });
  });
});

describe('JSON-LD read twice (detection, then extraction)', () => {
  it('reads a block anew once its text changes (a page that swaps in another story)', () => {
    const doc = page(jsonLd({ '@type': 'NewsArticle', headline: 'First' }), BODY);
    expect(readJsonLd(doc)).toEqual([{ '@type': 'NewsArticle', headline: 'First' }]);
    expect(readJsonLd(doc)).toEqual([{ '@type': 'NewsArticle', headline: 'First' }]);
    const script = doc.getElementsByTagName('script')[0]!;
    script.textContent = JSON.stringify({ '@type': 'ItemList' });
    expect(readJsonLd(doc)).toEqual([{ '@type': 'ItemList' }]);
    expect(isArticlePage(doc).signals).toContain('json-ld:listing');
  });

  it('gives each document its own blocks', () => {
    const a = page(jsonLd({ '@type': 'NewsArticle', headline: 'A' }));
    const b = page(
      jsonLd([
        { '@type': 'BlogPosting', headline: 'B' },
        { '@type': 'Person', name: 'C' },
      ]),
    );
    expect(readJsonLd(a)).toEqual([{ '@type': 'NewsArticle', headline: 'A' }]);
    expect(readJsonLd(b)).toEqual([
      { '@type': 'BlogPosting', headline: 'B' },
      { '@type': 'Person', name: 'C' },
    ]);
    expect(readJsonLd(a)).toEqual([{ '@type': 'NewsArticle', headline: 'A' }]);
  });
});
