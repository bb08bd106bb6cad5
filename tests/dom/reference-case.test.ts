/**
 * The reference case of DESIGN.md, end to end on the bundled demo page: extract the article from
 * a happy-dom Document, analyse it, and check what a reader must see.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis/report';
import type { Attribution, Report, Sentence } from '../../lib/analysis/types';
import { extractArticle } from '../../lib/page/extract';
import { loadPage } from './page-fixtures';

let report: Report;
let doc: Document;

function sentence(startsWith: string): Sentence {
  const s = report.sentences.find((x) => x.text.startsWith(startsWith));
  if (!s) throw new Error(`no sentence starting "${startsWith}"`);
  return s;
}

function speakerOf(s: Sentence): Attribution {
  if (s.voice === 'outlet') throw new Error(`"${s.text}" is in the outlet's voice`);
  return s.voice;
}

beforeAll(() => {
  doc = loadPage('demo');
  report = analyzeArticle(extractArticle(doc).input);
});

describe('reference case: NATO in the South Caucasus (The Post)', () => {
  it('is analysed as English', () => {
    expect(report.supported).toBe(true);
    expect(report.language).toBe('en');
  });

  it('marks the inept and corruption-ridden sentence as the outlet’s own opinion', () => {
    const s = sentence('However, Azerbaijan’s complicated relationship');
    expect(
      s.text.endsWith(
        'and its inept and corruption-ridden diplomatic service and officials, further complicate the situation.',
      ),
    ).toBe(true);
    expect(s.label).toBe('opinion');
    expect(s.voice).toBe('outlet');
    const block = report.blocks[s.block]!.text;
    expect(block.slice(s.start, s.end)).toBe(s.text);
  });

  it('marks "inept" and "corruption-ridden" as pejorative, with a note and a neutral wording', () => {
    const s = sentence('However, Azerbaijan’s complicated relationship');
    for (const word of ['inept', 'corruption-ridden']) {
      const term = report.loaded.find((l) => l.text === word);
      expect(term, word).toBeDefined();
      expect(term!.category).toBe('pejorative');
      expect(term!.sentence).toBe(s.index);
      expect(term!.voice).toBe('outlet');
      expect(term!.note.length).toBeGreaterThan(10);
      expect(term!.neutral?.length).toBeGreaterThan(3);
      expect(report.blocks[term!.block]!.text.slice(term!.start, term!.end)).toBe(word);
    }
  });

  it('gives Stoltenberg’s praise to him as reported opinion, "He" resolved', () => {
    for (const start of ['Stoltenberg commended Azerbaijan’s', 'He lauded']) {
      const s = sentence(start);
      expect(s.label, start).toBe('reported-opinion');
      expect(speakerOf(s).speaker, start).toBe('Jens Stoltenberg');
    }
    expect(speakerOf(sentence('He lauded')).via).toBe('pronoun');
  });

  it('makes the Peskov sentence his claim, with his role', () => {
    const claim = report.claims.find((c) => c.speaker === 'Dmitry Peskov');
    expect(claim).toBeDefined();
    expect(claim!.role).toBe('Kremlin spokesperson');
    expect(claim!.text).toContain('seeking to gain a foothold');
    expect(claim!.text).toContain('Peskov');
    expect(claim!.verb).toBe('accusing');
  });

  it('groups claims by who makes them: Stoltenberg, Aliyev, Peskov and the outlet', () => {
    const speakers = new Set(report.claims.map((c) => c.speaker));
    for (const who of ['Jens Stoltenberg', 'Ilham Aliyev', 'Dmitry Peskov', 'The Post']) {
      expect(speakers.has(who), who).toBe(true);
    }
    const aliyev = report.claims.find((c) => c.speaker === 'Ilham Aliyev')!;
    expect(aliyev.text).toContain('optimism');
    const outlet = report.claims.filter((c) => c.speaker === 'The Post').map((c) => c.sentence);
    expect(outlet).toContain(sentence('However, Azerbaijan’s complicated relationship').index);
  });

  it('scores the three "More from The Post" headlines, all negative towards Azerbaijan', () => {
    expect(report.related.heading).toBe('More from The Post');
    expect(report.related.stories.map((s) => s.title)).toEqual([
      'Czech Government Remains Silent on Alleged Corruption Links of Azerbaijani Officials',
      'Liechtenstein Cautions Over Restoring Voting Rights for Azerbaijan at PACE',
      'US Congress Targets Azerbaijan with Sanctions Over Alleged Human Rights Abuses',
    ]);
    for (const story of report.related.stories) {
      const az = story.entities.find((e) => e.name === 'Azerbaijan');
      expect(az, story.title).toBeDefined();
      expect(az!.tone, story.title).toBeLessThan(0);
    }
    const az = report.related.byEntity.find((b) => b.name === 'Azerbaijan')!;
    expect(az).toMatchObject({ stories: 3, negative: 3, positive: 0, neutral: 0 });
    for (const theme of ['corruption', 'voting rights', 'sanctions']) expect(az.themes).toContain(theme);
  });

  it('leaves the promoted stories out and counts them', () => {
    const promoted = [...doc.querySelectorAll('section, aside, div')].find((el) =>
      /^promoted stories$/i.test(el.querySelector('h2, h3')?.textContent?.trim() ?? ''),
    );
    const links = new Set(
      [...(promoted?.querySelectorAll('a[href]') ?? [])].map((a) => a.getAttribute('href')),
    );
    expect(links.size).toBeGreaterThan(0);
    expect(report.related.excluded).toBe(links.size);
  });

  it('concludes that the outlet’s own voice and its related stories lean against Azerbaijan', () => {
    const lean = report.summary.leans.find((l) => l.name === 'Azerbaijan');
    expect(lean?.direction).toBe('against');
    expect(lean!.outlet).toBeLessThan(0);
    expect(lean!.related).toBeLessThan(0);
    expect(report.summary.statement).toBe(
      'The Post’s own voice and all 3 of its related stories lean against Azerbaijan.',
    );
  });
});
