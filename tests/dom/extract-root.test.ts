/**
 * The article root, found with Readability's heuristics (lib/page/root.ts): one fixture per rule.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/page/extract';
import { htmlDocument } from './page-fixtures';

const sentence = (i: number) =>
  `Sentence ${i} of the story, in which the council, after a long debate, approved the harbour budget on Tuesday night.`;

const texts = (body: string): string[] =>
  extractArticle(htmlDocument(`<!doctype html><html><body>${body}</body></html>`)).input.blocks.map(
    (b) => b.text,
  );

const nav = `<div class="menu-bar"><ul>${Array.from({ length: 8 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('')}</ul></div>`;

describe('the article root', () => {
  it('reads a story set line by line in divs, short lines included', () => {
    const lines = [sentence(1), 'They both took one.', sentence(2), sentence(3), '“Yes.”', sentence(4)];
    const story = `<div class="chapter-inner">${lines.map((l) => `<div style="direction: ltr">${l}</div>`).join('')}</div>`;
    expect(texts(`${nav}<div class="page">${story}</div>`)).toEqual(lines);
  });

  it('takes every part of a story cut into sibling steps', () => {
    const step = (i: number) =>
      `<div class="mod step"><div class="stepContent"><div class="content"><p>${sentence(2 * i)}</p><p>${sentence(2 * i + 1)}</p></div></div></div>`;
    const out = texts(`${nav}<div class="col-main">${[0, 1, 2, 3].map(step).join('')}</div>`);
    expect(out).toEqual(Array.from({ length: 8 }, (_, i) => sentence(i)));
  });

  it('lets prose paragraphs beside the body container join it, but not a link list', () => {
    const out = texts(
      `${nav}<div id="story"><p class="intro">${sentence(0)}</p><div class="text"><p>${sentence(1)}</p><p>${sentence(2)}</p><p>${sentence(3)}</p></div><p>${sentence(4)}</p><p><a href="/a">Read more stories like this one on our site today</a></p></div>`,
    );
    expect(out).toEqual(Array.from({ length: 5 }, (_, i) => sentence(i)));
  });

  it('reads an article set in a layout table inside <center>', () => {
    const out = texts(
      `<center><table><tr><td class="sidebar-cell"><a href="/">Home</a></td><td>${[1, 2, 3].map((i) => `<p>${sentence(i)}</p>`).join('')}</td></tr></table></center>`,
    );
    expect(out).toEqual([1, 2, 3].map(sentence));
  });

  it('prefers a body named as content over a longer comment thread', () => {
    const comments = `<div class="comments">${Array.from({ length: 6 }, (_, i) => `<p>Comment ${i}: I think this is great, really great, thanks.</p>`).join('')}</div>`;
    const out = texts(
      `<div class="article-content">${[1, 2, 3, 4].map((i) => `<p>${sentence(i)}</p>`).join('')}</div>${comments}`,
    );
    expect(out).toEqual([1, 2, 3, 4].map(sentence));
  });

  it('does not take a section named "…-shared-…" for a share bar', () => {
    const out = texts(
      `${nav}<div class="section" id="evolve-shared-mutable-history">${[1, 2, 3].map((i) => `<p>${sentence(i)}</p>`).join('')}</div>`,
    );
    expect(out).toEqual([1, 2, 3].map(sentence));
  });

  it('does not read a run of labels in a div as a paragraph (a grid of cards)', () => {
    const card = (i: number) =>
      `<div class="card">${Array.from({ length: 24 }, (_, j) => `<span>${i}-${j}</span>`).join('')}<a href="/s/${i}">Story ${i}</a></div>`;
    const grid = `<div class="grid">${Array.from({ length: 40 }, (_, i) => card(i)).join('')}</div>`;
    const out = texts(
      `${grid}<div class="story">${[1, 2, 3].map((i) => `<p>${sentence(i)}</p>`).join('')}</div>${grid}`,
    );
    expect(out).toEqual([1, 2, 3].map(sentence));
  });

  it('keeps an <article> post whose classes name comments and tags (WordPress) as the article', () => {
    const out = texts(
      `<article class="post hentry commented tag-harbour"><h1>Budget approved</h1>${[1, 2, 3].map((i) => `<p>${sentence(i)}</p>`).join('')}</article><aside>${[5, 6].map((i) => `<p>${sentence(i)}</p>`).join('')}</aside>`,
    );
    expect(out).toEqual(['Budget approved', ...[1, 2, 3].map(sentence)]);
  });

  it('reads loose text set between blocks with <br>s as paragraphs (a blog post body)', () => {
    const out = texts(
      `${nav}<div class="post-body">${sentence(1)}<br><br><h2>What happened</h2><br> ${sentence(2)} <a href="/c">the council</a> agreed.<br>\n<br> ${sentence(3)}<br><br><ul><li>${sentence(4)}</li></ul>${sentence(5)}</div>`,
    );
    expect(out).toEqual([
      sentence(1),
      'What happened',
      `${sentence(2)} the council agreed.`,
      sentence(3),
      sentence(4),
      sentence(5),
    ]);
  });

  it('keeps a list item whose own text comes before its sub-list', () => {
    const out = texts(
      `${nav}<div class="story">${[1, 2].map((i) => `<p>${sentence(i)}</p>`).join('')}<ol><li>Find the places for the <b>pivot</b>:<ul><li>${sentence(3)}</li><li>${sentence(4)}</li></ul></li></ol><p>${sentence(5)}</p></div>`,
    );
    expect(out).toEqual([
      sentence(1),
      sentence(2),
      'Find the places for the pivot:',
      sentence(3),
      sentence(4),
      sentence(5),
    ]);
  });

  it('leaves short loose text outside the article out (labels in a rail beside the body)', () => {
    const out = texts(
      `${nav}<div class="wrap">${[1, 2, 3].map((i) => `<p>${sentence(i)}</p>`).join('')}<div class="box">Short label<br><br>Another one <b>here</b><p>Tiny</p></div></div>`,
    );
    expect(out).toEqual([1, 2, 3].map(sentence).concat('Tiny'));
  });

  it('joins a part of the story set in a sibling container of its own, but not a box of teasers', () => {
    // Both deeper than the units' points reach (five levels), so only the prose rule decides.
    const deep = (inner: string) =>
      `<div class="part"><div><div><div><div><div><div>${inner}</div></div></div></div></div></div></div>`;
    const first = deep([1, 2, 3, 4, 5].map((i) => `<p>${sentence(i)}</p>`).join(''));
    const second = `<div class="part"><div><div>${[6, 7, 8, 9, 10, 11, 12].map((i) => `<p>${sentence(i)}</p>`).join('')}</div></div></div>`;
    const teasers = deep(
      [20, 21, 22, 23, 24]
        .map((i) => `<h3><a href="/s/${i}">Other story ${i}</a></h3><p>${sentence(i)}</p>`)
        .join(''),
    );
    const out = texts(
      `${nav}<div class="wrap">${first}<div class="pic"><img src="a.jpg"></div>${second}${teasers}</div>`,
    );
    expect(out).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(sentence));
  });

  it('reads a story set line by line with every line wrapped twice, short lines included', () => {
    const lines = [sentence(1), 'They both took one.', sentence(2), sentence(3), '“Yes.”', sentence(4)];
    const story = `<div class="chapter-inner">${lines.map((l) => `<div style="margin: 1em 0"><div style="direction: ltr"><span>${l}</span></div></div>`).join('')}</div>`;
    expect(texts(`${nav}<div class="page">${story}</div>`)).toEqual(lines);
  });
});
