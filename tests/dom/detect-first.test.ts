import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isArticlePage } from '../../lib/page/detect';
import { mayBeArticle } from '../../lib/page/detect-first';
import { htmlDocument, loadPage } from './page-fixtures';

const ROOT = resolve(import.meta.dirname, '..', '..');
const sentence = 'The council approved the plan after a long debate about its cost and its timing. ';

describe('mayBeArticle (the first stage’s test before detection)', () => {
  it('never rules out a page detection takes for an article: every fixture page', () => {
    const pages = [
      loadPage('demo'),
      ...readdirSync(resolve(ROOT, 'tests/fixtures/pages')).map((slug) => loadPage(slug)),
      ...readdirSync(resolve(ROOT, 'tests/e2e/fixtures'))
        .filter((f) => f.endsWith('.html'))
        .map((f) => htmlDocument(readFileSync(resolve(ROOT, 'tests/e2e/fixtures', f), 'utf8'))),
    ];
    let articles = 0;
    for (const doc of pages) {
      if (!isArticlePage(doc).isArticle) continue;
      articles++;
      expect(mayBeArticle(doc)).toBe(true);
    }
    expect(articles).toBeGreaterThanOrEqual(5);
  });

  it('rules out the e2e front page (short teasers, no declarations) without detection', () => {
    const doc = htmlDocument(readFileSync(resolve(ROOT, 'tests/e2e/fixtures/home.html'), 'utf8'));
    expect(isArticlePage(doc).isArticle).toBe(false);
    expect(mayBeArticle(doc)).toBe(false);
  });

  it('lets through any JSON-LD script or microdata item, and 200 characters of long paragraphs', () => {
    const page = (head: string, body: string) =>
      htmlDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
    expect(mayBeArticle(page('<script type=" Application/LD+JSON ">{}</script>', ''))).toBe(true);
    expect(mayBeArticle(page('', '<div itemscope itemtype="https://schema.org/BlogPosting"></div>'))).toBe(
      true,
    );
    expect(mayBeArticle(page('', `<p>${'x'.repeat(120)}</p><p>${'y'.repeat(80)}</p>`))).toBe(true);
    // Two long paragraphs short of 200 characters, and any number of short ones: no article.
    expect(mayBeArticle(page('', `<p>${'x'.repeat(100)}</p><p>${'y'.repeat(99)}</p>`))).toBe(false);
    expect(mayBeArticle(page('<meta property="og:type" content="article">', '<p>short</p>'.repeat(50)))).toBe(
      false,
    );
  });

  it('never rules out an article on generated pages (paragraphs, wrappers, sections, links, declarations)', () => {
    const paragraph = fc.record({
      words: fc.integer({ min: 0, max: 30 }),
      link: fc.boolean(),
      wrapped: fc.boolean(),
    });
    const section = fc.record({
      tag: fc.constantFrom('div', 'section', 'article', 'li'),
      paragraphs: fc.array(paragraph, { maxLength: 6 }),
      looseLink: fc.boolean(),
    });
    const pageSpec = fc.record({
      og: fc.boolean(),
      jsonLd: fc.constantFrom('none', 'article', 'listing'),
      microdata: fc.boolean(),
      teasers: fc.integer({ min: 0, max: 6 }),
      sections: fc.array(section, { maxLength: 5 }),
      inArticle: fc.boolean(),
    });
    let articles = 0;
    fc.assert(
      fc.property(pageSpec, (spec) => {
        const p = (q: { words: number; link: boolean; wrapped: boolean }) => {
          const text = sentence.repeat(Math.ceil(q.words / 14)).slice(0, q.words * 6);
          const inner = q.link ? `${text}<a href="/x">a link in the text</a>` : text;
          return q.wrapped ? `<div><p>${inner}</p></div>` : `<p>${inner}</p>`;
        };
        const body = spec.sections
          .map(
            (s) =>
              `<${s.tag}>${s.looseLink ? '<a href="/y">more</a>' : ''}${s.paragraphs.map(p).join('')}</${s.tag}>`,
          )
          .join('');
        const teasers = '<article><h3><a href="/t">A headline</a></h3><p>A teaser.</p></article>'.repeat(
          spec.teasers,
        );
        const head = [
          spec.og ? '<meta property="og:type" content="article">' : '',
          spec.jsonLd === 'article'
            ? '<script type="application/ld+json">{"@type":"NewsArticle"}</script>'
            : '',
          spec.jsonLd === 'listing' ? '<script type="application/ld+json">{"@type":"ItemList"}</script>' : '',
        ].join('');
        const micro = spec.microdata ? '<div itemscope itemtype="https://schema.org/NewsArticle"></div>' : '';
        const main = spec.inArticle ? `<article>${body}</article>` : `<main>${body}</main>`;
        const doc = htmlDocument(
          `<!doctype html><html><head>${head}</head><body>${micro}${main}${teasers}</body></html>`,
        );
        if (!isArticlePage(doc).isArticle) return;
        articles++;
        expect(mayBeArticle(doc)).toBe(true);
      }),
      { numRuns: 150, seed: 11 },
    );
    // The generator makes both kinds of page (the property is not asked of non-articles alone).
    expect(articles).toBeGreaterThan(20);
    expect(articles).toBeLessThan(140);
  }, 60_000);
});
