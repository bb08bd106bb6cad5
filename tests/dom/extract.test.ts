import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/page/extract';
import type { BlockMap } from '../../lib/page/types';
import { htmlDocument, loadPage } from './page-fixtures';

/** The live page text a block span points at, read back through the map. */
function liveText(map: BlockMap, start: number, end: number): string {
  const [a, aOff] = map.toNode(start);
  const [b, bOff] = map.toNode(end);
  if (a === b) return map.nodes[a]!.data.slice(aOff, bOff);
  let out = map.nodes[a]!.data.slice(aOff);
  for (let i = a + 1; i < b; i++) out += map.nodes[i]!.data;
  return out + map.nodes[b]!.data.slice(0, bOff);
}

const STAND =
  'NATO Secretary General Jens Stoltenberg’s visit to the Caucasus navigates the delicate balance between Armenia and Azerbaijan amidst complex regional dynamics.';

describe('extractArticle on the demo page', () => {
  const doc = loadPage('demo');
  const before = doc.documentElement.outerHTML;
  const { input, map } = extractArticle(doc, 'https://www.thepost.example/world/nato');

  it('reads the headline, standfirst and the eight body paragraphs, and nothing else', () => {
    expect(input.blocks.map((b) => b.kind)).toEqual(['heading', ...Array(9).fill('paragraph')]);
    expect(input.blocks[0]!.text).toBe(
      'NATO Treads Fine Line Between Armenia, Azerbaijan in South Caucasus Mission',
    );
    expect(input.blocks[1]!.text).toBe(STAND);
    expect(input.blocks[3]!.text).toBe(
      'Stoltenberg commended Azerbaijan’s longstanding collaboration with NATO over the past three decades, particularly its contributions to NATO-led missions in Kosovo and Afghanistan. He lauded the professionalism and dedication of Azerbaijani soldiers, noting their crucial role in safeguarding the Kabul airport during the evacuation efforts in Afghanistan.',
    );
    expect(input.blocks.map((b) => b.text.slice(0, 30))).toEqual([
      'NATO Treads Fine Line Between ',
      'NATO Secretary General Jens St',
      'During a recent interview with',
      'Stoltenberg commended Azerbaij',
      'One of the focal points of the',
      'Addressing the ongoing conflic',
      'The interview comes amid Stolt',
      'Stoltenberg’s visit to the Sou',
      'As tensions persist in the Sou',
      'In the context of Armenia’s al',
    ]);
    expect(input.blocks[8]!.text).toContain(
      'and its inept and corruption-ridden diplomatic service and officials, further complicate the situation.',
    );
    const all = input.blocks.map((b) => b.text).join('\n');
    for (const chrome of [
      'Share on X',
      'Copy link',
      'Reuters',
      'Anna Keller',
      'PROMOTED',
      'More from',
      'Privacy',
    ]) {
      expect(all).not.toContain(chrome);
    }
  });

  it('reads the metadata', () => {
    expect(input.meta).toEqual({
      title: 'NATO Treads Fine Line Between Armenia, Azerbaijan in South Caucasus Mission',
      site: 'The Post',
      byline: 'Anna Keller',
      date: '2024-03-21',
      lang: 'en',
      url: 'https://www.thepost.example/world/nato',
    });
  });

  it('finds the three "More from The Post" stories and counts the promoted ones it leaves out', () => {
    expect(input.related).toEqual({
      heading: 'More from The Post',
      excluded: 4,
      links: [
        {
          title: 'Czech Government Remains Silent on Alleged Corruption Links of Azerbaijani Officials',
          url: 'https://www.thepost.example/europe/2024/03/19/czech-government-remains-silent-on-alleged-corruption-links-of-azerbaijani-officials',
        },
        {
          title: 'Liechtenstein Cautions Over Restoring Voting Rights for Azerbaijan at PACE',
          url: 'https://www.thepost.example/europe/2024/03/14/liechtenstein-cautions-over-restoring-voting-rights-for-azerbaijan-at-pace',
        },
        {
          title: 'US Congress Targets Azerbaijan with Sanctions Over Alleged Human Rights Abuses',
          url: 'https://www.thepost.example/world/2024/03/08/us-congress-targets-azerbaijan-with-sanctions-over-alleged-human-rights-abuses',
        },
      ],
    });
  });

  it('maps every block back to its live element and Text nodes', () => {
    expect(map).toHaveLength(input.blocks.length);
    expect(map[0]!.element.localName).toBe('h1');
    expect(map[1]!.element.className).toBe('standfirst');
    map.forEach((m, i) => {
      expect(m.element.isConnected).toBe(true);
      expect(liveText(m, 0, input.blocks[i]!.text.length)).toBe(input.blocks[i]!.text);
    });
    const p = input.blocks[8]!.text;
    const at = p.indexOf('corruption-ridden');
    expect(liveText(map[8]!, at, at + 'corruption-ridden'.length)).toBe('corruption-ridden');
  });

  it('never changes the page', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle text map on inline markup', () => {
  const doc = loadPage('inline-markup');
  const before = doc.documentElement.outerHTML;
  const { input, map } = extractArticle(doc);

  it('collapses whitespace, drops soft hyphens and leaves out hidden, script and reader-typed text', () => {
    expect(input.blocks).toEqual([
      { kind: 'heading', text: 'Ministers reject report' },
      {
        kind: 'paragraph',
        text: 'The minister called the report “deeply flawed”, saying it ignored the evidence.',
      },
      { kind: 'paragraph', text: 'Critics said the decision was rushed. Officials denied any wrongdoing.' },
      {
        kind: 'paragraph',
        text: 'A third paragraph long enough to count as body text for the density check, with a few more words in it so it passes the bar.',
      },
      {
        kind: 'paragraph',
        text: 'A fourth paragraph that also carries enough words to look like the body of a real article rather than a teaser line on a front page.',
      },
      { kind: 'paragraph', text: 'Reader input above.' },
    ]);
    expect(input.meta.lang).toBe('en-GB');
  });

  it('maps offsets across <a> and <em> to the right live Text nodes', () => {
    const text = input.blocks[1]!.text;
    const m = map[1]!;
    const minister = text.indexOf('minister');
    const [n1, o1] = m.toNode(minister);
    expect(m.nodes[n1]!.parentElement!.localName).toBe('a');
    expect(o1).toBe(0);
    const quote = text.indexOf('“deeply');
    const [n2, o2] = m.toNode(quote);
    expect(m.nodes[n2]!.parentElement!.localName).toBe('em');
    expect(o2).toBe(0);
    expect(liveText(m, quote, quote + '“deeply flawed”'.length)).toBe('“deeply flawed”');
    // "ignored   the" in the page: the collapsed space still maps into the same node
    const the = text.indexOf('the evidence');
    const [n3, o3] = m.toNode(the);
    expect(m.nodes[n3]!.data.slice(o3, o3 + 12)).toBe('the evidence');
    // a node's used text starts after the space it opens with
    expect(m.starts).toEqual([0, 4, 13, 31, 46]);
  });

  it('maps across a soft hyphen, a <br> and nested inline elements', () => {
    const text = input.blocks[2]!.text;
    const m = map[2]!;
    const d = text.indexOf('decision');
    expect(liveText(m, d, d + 8)).toBe('de\u00adcision');
    const any = text.indexOf('any');
    const [n, o] = m.toNode(any);
    expect(m.nodes[n]!.parentElement!.localName).toBe('em');
    expect(m.nodes[n]!.data.slice(o)).toBe('any');
    const officials = text.indexOf('Officials');
    expect(liveText(m, officials, officials + 9)).toBe('Officials');
  });

  it('never changes the page', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticle on other pages', () => {
  it('reads a German article with several authors and a full timestamp', () => {
    const { input } = extractArticle(loadPage('german-article'));
    expect(input.meta).toEqual({
      title: 'Stadtrat beschließt neuen Radweg entlang des Flusses',
      site: 'Kurier am Abend',
      byline: 'Jana Roth, Lukas Beck',
      date: '2024-05-14T09:30:00+02:00',
      lang: 'de',
    });
    expect(input.blocks.map((b) => b.text.slice(0, 20))).toEqual([
      'Stadtrat beschließt ',
      'Der Stadtrat hat am ',
      'Nach Angaben der Ver',
      'Die Opposition kriti',
      'Der Bürgermeister ze',
    ]);
    expect(input.related).toBeUndefined();
  });

  it('reads a malformed page whose unclosed share-bar wrapper holds the whole article', () => {
    const { input } = extractArticle(loadPage('malformed-article'));
    expect(input.meta).toEqual({ title: 'Harbour bridge reopens after repairs', site: 'Coastal Times' });
    expect(input.blocks.map((b) => `${b.kind}:${b.text.slice(0, 24)}`)).toEqual([
      'heading:Harbour bridge reopens a',
      'paragraph:The harbour bridge reope',
      'paragraph:Engineers replaced more ',
      'paragraph:Local businesses said th',
      'paragraph:The council said the fin',
      'paragraph:Cyclists will have a sep',
    ]);
  });

  it('takes the headline from above the body and leaves out Related, Outbrain and sponsored links', () => {
    const para = `<p>${'Officials confirmed the figures on Monday after a review of the accounts. '.repeat(3)}</p>`;
    const doc = htmlDocument(`<html><body>
      <h1>Budget figures confirmed</h1>
      <div class="body">${para}${para}${para}</div>
      <aside><h3>Related</h3><ul>
        <li><a href="/a/2">Budget talks stall as deadline nears</a></li>
        <li><a href="/a/3">Read more</a></li>
        <li><a href="https://ads.example/x" rel="sponsored">Ten tricks banks do not want you to know</a></li>
        <li><a href="/a/2">Budget talks stall as deadline nears</a></li>
      </ul></aside>
      <div class="OUTBRAIN"><a href="https://ob.example/1">You will not believe these celebrity homes</a>
        <a href="https://ob.example/2">This one weird trick lowers your energy bill</a></div>
    </body></html>`);
    const { input } = extractArticle(doc, 'https://news.example/a/1');
    expect(input.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
    expect(input.blocks[0]!.text).toBe('Budget figures confirmed');
    expect(input.related).toEqual({
      heading: 'Related',
      links: [{ title: 'Budget talks stall as deadline nears', url: 'https://news.example/a/2' }],
      excluded: 3,
    });
  });
});

describe('the headline above the body', () => {
  it('is the h1 that matches the page title, not a logo set in an h1', () => {
    const para = `<p>${'Officials confirmed the figures on Monday after a review of the accounts. '.repeat(3)}</p>`;
    const doc =
      htmlDocument(`<html><head><meta property="og:title" content="Budget figures confirmed"></head><body>
      <header><h1><a href="/">The Daily Ledger</a></h1></header>
      <div class="headline-wrap"><h1>Budget figures confirmed</h1></div>
      <div class="body">${para}${para}${para}</div></body></html>`);
    const { input, map } = extractArticle(doc);
    expect(input.blocks.map((b) => b.text.slice(0, 24))).toEqual([
      'Budget figures confirmed',
      'Officials confirmed the ',
      'Officials confirmed the ',
      'Officials confirmed the ',
    ]);
    expect(map[0]!.element.parentElement!.className).toBe('headline-wrap');
  });
});

describe('an article header with breadcrumbs', () => {
  it('keeps the headline and leaves out the breadcrumb navigation', () => {
    const para = `<p>${'Officials confirmed the figures on Monday after a review of the accounts. '.repeat(3)}</p>`;
    const doc = htmlDocument(`<html><body><header><nav><a href="/">Home</a></nav><p>Today’s paper</p></header>
      <article><header><nav class="crumbs"><ol><li><a href="/news">News</a></li></ol></nav>
      <h1>Budget figures confirmed</h1></header>${para}${para}${para}</article></body></html>`);
    expect(extractArticle(doc).input.blocks.map((b) => `${b.kind}:${b.text.slice(0, 24)}`)).toEqual([
      'heading:Budget figures confirmed',
      'paragraph:Officials confirmed the ',
      'paragraph:Officials confirmed the ',
      'paragraph:Officials confirmed the ',
    ]);
  });
});

describe('a page behind a consent dialog', () => {
  it('still reads the article while the page wrapper is aria-hidden, and leaves the dialog out', () => {
    const para = `<p>${'Officials confirmed the figures on Monday after a review of the accounts. '.repeat(3)}</p>`;
    const doc = htmlDocument(`<html><body><div id="page" aria-hidden="true"><article>
      <h1>Budget figures confirmed</h1>${para}${para}<span aria-hidden="true">Icon text</span></article></div>
      <div role="dialog" class="cookie-consent"><p>We use cookies to improve your experience on our site and to show you relevant advertising.</p></div>
      </body></html>`);
    expect(extractArticle(doc).input.blocks.map((b) => b.text.slice(0, 24))).toEqual([
      'Budget figures confirmed',
      'Officials confirmed the ',
      'Officials confirmed the ',
    ]);
  });
});

describe('related links next to ad markup', () => {
  it('keeps a related box inside a page-wide ad layout, and organic boxes, as the outlet’s own', () => {
    const para = `<p>${'Officials confirmed the figures on Monday after a review of the accounts. '.repeat(3)}</p>`;
    const doc = htmlDocument(`<html><body><div class="layout ads-enabled"><div class="col"><div class="wrap">
      <article><h1>Budget figures confirmed</h1>${para}${para}${para}</article>
      <div class="group"><h2>More on this story</h2><ul>
        <li><a href="https://news.example/a/2">Budget talks stall as deadline nears</a></li></ul></div>
      <div class="trc_rbox trc-content-organic"><h3>More from News</h3>
        <a href="https://news.example/a/3">Council tax to rise by five per cent</a></div>
      <div class="trc_rbox trc-content-sponsored"><h3>Sponsored Links</h3>
        <a href="https://ads.example/1">Seniors are switching to this new plan</a></div>
    </div></div></div></body></html>`);
    expect(extractArticle(doc).input.related).toEqual({
      heading: 'More on this story',
      links: [
        { title: 'Budget talks stall as deadline nears', url: 'https://news.example/a/2' },
        { title: 'Council tax to rise by five per cent', url: 'https://news.example/a/3' },
      ],
      excluded: 1,
    });
  });
});

describe('extractArticle in a live, styled page', () => {
  it('leaves out blocks a stylesheet hides', () => {
    const para = 'The inquiry heard evidence from eleven witnesses over three days in the town hall.';
    document.head.innerHTML = '<style>.mobile-copy { display: none; }</style>';
    document.body.innerHTML = `<article><h1>Inquiry hears evidence</h1>
      <p>${para}</p><p class="mobile-copy">${para} (mobile)</p><p>${para} Again.</p></article>`;
    try {
      const { input } = extractArticle(document);
      expect(input.blocks.map((b) => b.text)).toEqual(['Inquiry hears evidence', para, `${para} Again.`]);
    } finally {
      document.head.innerHTML = '';
      document.body.innerHTML = '';
    }
  });
});

describe('boxes inside the article that are not its text', () => {
  const para = (n: number): string =>
    `<p>Paragraph ${n}: the council approved the harbour budget after a long debate on Tuesday night.</p>`;
  const body = `${para(1)}${para(2)}${para(3)}`;
  /** The article's blocks for a page whose article holds `box` after three paragraphs. */
  const texts = (box: string, head = '<h1>Harbour budget approved</h1>'): string[] =>
    extractArticle(
      htmlDocument(`<html><body><article>${head}${body}${box}</article></body></html>`),
    ).input.blocks.map((b) => b.text);
  const article = [
    'Harbour budget approved',
    'Paragraph 1: the council approved the harbour budget after a long debate on Tuesday night.',
    'Paragraph 2: the council approved the harbour budget after a long debate on Tuesday night.',
    'Paragraph 3: the council approved the harbour budget after a long debate on Tuesday night.',
  ];

  it('leaves out a feedback prompt', () => {
    expect(
      texts(
        '<div class="reader-survey feedback-prompt"><p>We are interested in your feedback on this page.</p></div>',
      ),
    ).toEqual(article);
  });

  it('leaves out a "recommend this" footer', () => {
    expect(
      texts(
        '<div class="postFooter-recommend"><p>Recommend this story to your friends and followers.</p></div>',
      ),
    ).toEqual(article);
  });

  it('leaves out an author note under a story', () => {
    expect(
      texts(
        '<div class="portlet author-note"><p>A note from the author: next chapter comes on Friday.</p></div>',
      ),
    ).toEqual(article);
  });

  it('leaves out a call-to-action box, by its class or a cta token', () => {
    expect(
      texts('<div class="call-to-action"><p>Still have questions? Ask our community of experts.</p></div>'),
    ).toEqual(article);
    expect(
      texts('<div class="box cta"><p>Start your free trial today and write better content.</p></div>'),
    ).toEqual(article);
  });

  it('leaves out a post meta list, but not a headline container named meta', () => {
    expect(texts('<ul class="post-module--metaList--x1"><li>On 6/13/2018 by @someone</li></ul>')).toEqual(
      article,
    );
    expect(texts('', '<div class="story-meta"><h1>Harbour budget approved</h1></div>')).toEqual(article);
  });

  it('leaves out wiki notices: a role=note hatnote and a metadata/ambox box', () => {
    expect(
      texts(
        '<div role="note" class="hatnote">This is a dynamic list and may never be complete. You can help by adding items.</div>',
      ),
    ).toEqual(article);
    expect(
      texts(
        '<table class="box-Update metadata ambox"><tr><td><p>This article needs to be updated.</p></td></tr></table>',
      ),
    ).toEqual(article);
    expect(
      texts('<div class="ambox-content mbox-notice"><p>This section needs additional citations.</p></div>'),
    ).toEqual(article);
  });

  it('leaves out a box whose aria-label names it as chrome', () => {
    expect(
      texts(
        '<section aria-label="Newsletter sign-up"><p>Get the morning briefing in your inbox.</p></section>',
      ),
    ).toEqual(article);
    // A label is free text: one that merely mentions sharing is not chrome.
    expect(
      texts('<section aria-label="Profit sharing plans"><p>Profit sharing was also approved.</p></section>'),
    ).toEqual([...article, 'Profit sharing was also approved.']);
  });

  it('leaves out a photo gallery whose captions are other stories, but keeps a gallery page’s headline', () => {
    const gallery = `<div class="widget type-gallery"><ul class="legends">
      <li><h2>1/3 Luxury giant sells stake</h2><p>The luxury giant sold a stake in its perfume arm to an investor group.</p></li>
      <li><h2>2/3 Ecommerce giant changes chief</h2><p>The ecommerce giant replaced its chief executive on Monday morning.</p></li>
    </ul></div>`;
    expect(texts(gallery)).toEqual(article);
    expect(
      texts('', '<div class="headline-container--gallery"><h1>Harbour budget approved</h1></div>'),
    ).toEqual(article);
  });
  it('leaves out an e-mail opt-in and a post footer with the author card', () => {
    expect(
      texts('<div class="email-opt-in"><p>Get breaking news alerts to your inbox. Sign me up now.</p></div>'),
    ).toEqual(article);
    expect(
      texts(
        '<div class="postFooter-info"><div class="infoCard-bio">Freelance writer and designer. Will work for tea.</div></div>',
      ),
    ).toEqual(article);
  });

  it('leaves out an element with a hidden class, and takes the visible headline over a hidden h1 in the body', () => {
    expect(
      texts('<ul class="hidden"><li>A list the stylesheet hides from every reader of the page.</li></ul>'),
    ).toEqual(article);
    const doc = htmlDocument(`<html><head><title>Harbour budget approved | The Post</title></head><body>
      <h1>Harbour budget approved</h1><article><h1 class="is-hidden">Harbour budget approved</h1>${body}</article></body></html>`);
    expect(extractArticle(doc).input.blocks.map((b) => b.text)).toEqual(article);
  });

  it('leaves out linked headlines in a list (teasers for other stories), but keeps a linked headline of the article', () => {
    const teasers = `<ul><li><a href="/a/2"><h3>Council votes on parking fees</h3></a></li>
      <li><h3><a href="/a/3">Ferry timetable changes in May</a></h3></li></ul>`;
    expect(texts(teasers)).toEqual(article);
    expect(texts('', '<h1><a href="/a/1">Harbour budget approved</a></h1>')).toEqual(article);
  });
});
