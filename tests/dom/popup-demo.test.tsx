/**
 * The popup on the REAL engine's Report for the demo article (happy-dom Document -> extractArticle
 * -> analyzeArticle), so the views are tested on what users will see, not only on a hand-made Report.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Popup } from '../../components/popup/Popup';
import { analyzeArticle } from '../../lib/analysis/report';
import type { Report } from '../../lib/analysis/types';
import { toMarkdown } from '../../lib/export';
import { extractArticle } from '../../lib/page/extract';

const URL = 'https://www.thepost.example/world/nato-south-caucasus';
let report: Report;

beforeAll(() => {
  const html = readFileSync(path.resolve('assets/demo/nato-south-caucasus.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  report = analyzeArticle(extractArticle(doc, URL).input);
});

afterEach(cleanup);

const actions = { analyze() {}, reveal: async () => true, copyText: async () => {}, saveFile() {} };
const texts = (els: Element[]) => els.map((el) => el.textContent);

describe('popup on the demo article (real engine)', () => {
  it('groups claims: the outlet first, then Stoltenberg, Aliyev and Peskov with their roles', () => {
    render(<Popup state={{ kind: 'done', report }} version="0.1.0" actions={actions} />);
    const claims = screen.getByRole('region', { name: 'Claims by voice' });
    const voices = texts(within(claims).getAllByRole('heading', { level: 3 })).map((h) =>
      h?.replace(/ \(\d+\)$/, ''),
    );
    expect(voices).toEqual([
      'The Post says',
      'Jens Stoltenberg — NATO Secretary General',
      'Ilham Aliyev — President',
      'Dmitry Peskov — Kremlin spokesperson',
    ]);
    const peskov = within(claims).getByRole('button', { name: /Dmitry Peskov accusing NATO/ });
    expect(peskov.closest('li')?.querySelector('.sw-sub')?.textContent).toBe('accusing · no hedging');
  });

  it('shows the outlet’s own "inept" and "corruption-ridden" as pejorative, in its own words', () => {
    render(<Popup state={{ kind: 'done', report }} version="0.1.0" actions={actions} />);
    expect(screen.getByTestId('own-words').textContent).toMatch(
      /^The Post’s own loaded words: .*“inept”, “corruption-ridden”/,
    );
    const loaded = screen.getByRole('region', { name: /^Loaded language/ });
    const pejorative = within(loaded)
      .getAllByRole('heading', { level: 3 })
      .find((h) => h.textContent?.startsWith('Pejorative labels'))!;
    const terms = [...pejorative.parentElement!.querySelectorAll('li')].map((li) => [
      li.querySelector('button')?.textContent,
      li.querySelector('.sw-sub')?.textContent?.split(' · ')[0],
    ]);
    expect(terms).toContainEqual(['inept', 'The Post’s own words']);
    expect(terms).toContainEqual(['corruption-ridden', 'The Post’s own words']);
  });

  it('sums the related stories against Azerbaijan and counts the promoted links left out', () => {
    render(<Popup state={{ kind: 'done', report }} version="0.1.0" actions={actions} />);
    expect(texts([...document.querySelectorAll('.sw-story-title')])).toEqual([
      'Czech Government Remains Silent on Alleged Corruption Links of Azerbaijani Officials',
      'Liechtenstein Cautions Over Restoring Voting Rights for Azerbaijan at PACE',
      'US Congress Targets Azerbaijan with Sanctions Over Alleged Human Rights Abuses',
    ]);
    expect(screen.getAllByTestId('related-sum')[0]!.textContent).toMatch(
      /^3 of 3 related stories cast Azerbaijan negatively: corruption, voting rights, sanctions/,
    );
    // the demo page has four links under "PROMOTED STORIES"
    expect(screen.getByTestId('promoted').textContent).toBe('4 promoted links were left out.');
    expect(screen.getAllByTestId('lean-compare')[0]!.textContent).toMatch(
      /^Like its related stories, The Post’s own voice in this article is negative towards Azerbaijan \(article −0\.\d\d, related stories −0\.\d\d\)\.$/,
    );
  });

  it('exports the same findings as Markdown', () => {
    const md = toMarkdown(report, URL);
    expect(md.split('\n').slice(0, 5)).toEqual([
      '# NATO Treads Fine Line Between Armenia, Azerbaijan in South Caucasus Mission',
      '',
      'The Post · By Anna Keller · March 21, 2024',
      '',
      `<${URL}>`,
    ]);
    expect(md).toContain('### Dmitry Peskov — Kremlin spokesperson\n');
    expect(md).toContain('4 promoted links were left out.');
  });
});
