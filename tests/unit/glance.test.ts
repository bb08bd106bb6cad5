import { describe, expect, it } from 'vitest';
import type { Report } from '../../lib/analysis/types';
import { leanBasis, slantTitle, stripSummary, toMarkdown, voiceToneText } from '../../lib/export';
import { mainEntities, stripCells } from '../../lib/glance';
import demo from '../fixtures/reports/demo-handwritten.json';

const load = (): Report => structuredClone(demo) as Report;

describe('mainEntities', () => {
  it('puts the lean’s entity first, then toned ones by weight, with the related stories joined by name', () => {
    const slants = mainEntities(load());
    expect(slants).toEqual([
      {
        name: 'Azerbaijan',
        lean: true,
        outlet: { tone: -0.85, count: 2 },
        quoted: { tone: 0.55, count: 4 },
        related: { tone: -0.63, count: 3 },
      },
      {
        name: 'NATO',
        lean: false,
        outlet: { tone: 0.05, count: 2 },
        quoted: { tone: -0.4, count: 1 },
        related: null,
      },
      { name: 'Czech Republic', lean: false, outlet: null, quoted: null, related: { tone: -0.2, count: 1 } },
    ]);
    expect(slantTitle(slants)).toBe('Slant towards Azerbaijan, NATO and Czech Republic, by voice');
    expect(mainEntities(load(), 1).map((s) => s.name)).toEqual(['Azerbaijan']);
  });

  it('leaves out an entity named once and nowhere else, and untoned ones after toned ones', () => {
    const r = load();
    r.summary.leans = [];
    r.related = { stories: [], excluded: 0, byEntity: [] };
    // Dmitry Peskov: one neutral mention; Jens Stoltenberg: one neutral mention in the outlet's voice
    expect(mainEntities(r, 5).map((s) => s.name)).toEqual(['Azerbaijan', 'NATO']);
    expect(slantTitle(mainEntities(r, 1))).toBe('Slant towards Azerbaijan, by voice');
  });

  it('says what the lean rests on when the chart’s dot for the outlet’s voice points the other way', () => {
    const r = load();
    // The handwritten report agrees with itself: own wording and all mentions both negative.
    expect(leanBasis(r)).toBeUndefined();
    r.entities.find((e) => e.name === 'Azerbaijan')!.tone.outlet = { score: 0.249, mentions: 9 };
    r.summary.leans[0]!.outlet = -0.111;
    expect(leanBasis(r)).toBe(
      'The lean rests on The Post’s own judging words about Azerbaijan (−0.11); the chart’s dot for The Post’s voice is the tone of all its 9 mentions of Azerbaijan (+0.25).',
    );
    expect(toMarkdown(r)).toContain('The lean rests on The Post’s own judging words about Azerbaijan');
    // A lean from the related stories alone says nothing of the outlet's words.
    r.summary.leans[0]!.outlet = 0;
    expect(leanBasis(r)).toBeUndefined();
  });

  it('says how much each voice rests on', () => {
    expect(voiceToneText({ tone: -0.767, count: 3 }, 'related')).toBe('negative (−0.77, 3 related stories)');
    expect(voiceToneText({ tone: 0.233, count: 1 }, 'quoted')).toBe('positive (+0.23, 1 mention)');
    expect(voiceToneText(null, 'outlet')).toBe('not named');
  });
});

describe('stripCells', () => {
  it('one cell per sentence in reading order, with its label and loaded words', () => {
    const cells = stripCells(load());
    expect(cells.map((c) => c.label)).toEqual([
      'fact',
      'claim',
      'reported-opinion',
      'reported-opinion',
      'claim',
      'claim',
      'opinion',
      'opinion',
    ]);
    expect(cells[6]).toEqual({ index: 6, label: 'opinion', loaded: ['inept', 'corruption-ridden'] });
    expect(stripSummary(load())).toBe(
      '8 sentences: 2 own opinion, 2 reported opinion, 3 claims, 1 fact; 6 loaded words in 4 sentences',
    );
  });

  it('a source’s sentence keeps the engine’s label: reported opinion, or the outlet’s own when its frame judges', () => {
    const r = load();
    r.sentences[6]!.voice = { speaker: 'Jens Stoltenberg', via: 'quote' };
    r.sentences[6]!.label = 'reported-opinion';
    expect(stripCells(r)[6]!.label).toBe('reported-opinion');
    r.sentences[6]!.label = 'opinion';
    expect(stripCells(r)[6]!.label).toBe('opinion');
  });
});

describe('figures in the Markdown export', () => {
  it('escapes page text in the slant table, and leaves the table out when no entity qualifies', () => {
    const r = load();
    r.entities[0]!.name = 'Azer|baijan *Inc*';
    const md = toMarkdown(r);
    const row = md.split('\n').find((l) => l.startsWith('| Azer'))!;
    // a pipe from the page must not add a column: | name | three voices |
    expect(row.split(/(?<!\\)\|/).length).toBe(6);
    expect(row).not.toContain(' *Inc* ');
    r.entities = [];
    r.related.byEntity = [];
    r.summary.leans = [];
    const bare = toMarkdown(r);
    expect(bare).not.toContain('## Slant towards');
    expect(bare).toContain('## Opinion strip, sentence by sentence\n\n8 sentences: ');
  });
});
