/**
 * Related links keep only http(s) addresses, decided on the URL as parsed: script URLs written so
 * that a test of the raw attribute misses them (a newline or tab inside the scheme, entities,
 * upper case, leading spaces) never reach the Report.
 */
import { describe, expect, it } from 'vitest';
import { findRelated } from '../../lib/page/related-links';

const doc = (links: string) =>
  new DOMParser().parseFromString(
    `<html><body><article><p>Text.</p></article><div class="more"><h2>More from The Sentinel</h2><ul>${links}</ul></div></body></html>`,
    'text/html',
  );
const li = (href: string, title: string) => `<li><a href="${href}">${title}</a></li>`;

describe('related links are http(s) only', () => {
  it('drops javascript: in every spelling that parses to it, and other schemes', () => {
    const hostile = [
      'javascript:alert(1)',
      'java\nscript:alert(2)',
      'java&#x0A;script:alert(3)',
      'java&#9;script:alert(4)',
      '&#106;avascript:alert(5)',
      '  JavaScript:alert(6)',
      'jav&#x09;ascript&colon;alert(7)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox(8)',
      'mailto:desk@sentinel.example',
      'tel:+3212345',
      'ftp://files.sentinel.example/a',
    ];
    const page = doc(
      [
        ...hostile.map((h, i) => li(h.replace(/</g, '&lt;'), `Hostile link number ${i} here`)),
        li('https://sentinel.example/a/1', 'Port audit names eleven contracts'),
        li('/a/2', 'Ministry to publish the full audit'),
      ].join(''),
    );
    // The hostile hrefs really are in the document as a browser reads them.
    const hrefs = [...page.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('java\nscript:alert(2)');
    expect(hrefs).toContain('java\nscript:alert(3)');
    expect(hrefs).toContain('javascript:alert(5)');
    const { related } = findRelated(page, 'https://sentinel.example/a/0');
    expect(related?.links).toEqual([
      { title: 'Port audit names eleven contracts', url: 'https://sentinel.example/a/1' },
      { title: 'Ministry to publish the full audit', url: 'https://sentinel.example/a/2' },
    ]);
  });

  it('without an http(s) page address, a relative link is kept as written and a script URL still goes', () => {
    const page = doc(
      li('java\nscript:alert(1)', 'A hostile link written here') +
        li('/a/2', 'Ministry to publish the full audit'),
    );
    for (const base of [undefined, 'file:///home/reader/page.html', 'about:blank']) {
      expect(findRelated(page, base).related?.links).toEqual([
        { title: 'Ministry to publish the full audit', url: '/a/2' },
      ]);
    }
  });

  it('promoted links are counted only when they are http(s)', () => {
    const page = new DOMParser().parseFromString(
      `<html><body><article><p>Text.</p></article><div class="taboola"><h3>Sponsored Links</h3>
      <a href="https://ads.example/1">Seniors are switching to this plan</a>
      <a href="java&#x0A;script:void(0)">Click here to win a prize today</a></div></body></html>`,
      'text/html',
    );
    expect(findRelated(page, 'https://sentinel.example/').related?.excluded).toBe(1);
  });
});
