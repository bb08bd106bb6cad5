import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../lib/analysis/report';
import { summarize } from '../../lib/analysis/summary';
import {
  assignTone,
  type Cue,
  frameCues,
  loadedCues,
  type Target,
  type ToneEvidence,
} from '../../lib/analysis/tone';
import type {
  ArticleInput,
  Block,
  Entity,
  LoadedCategory,
  RelatedSlant,
  RelatedStory,
  Report,
  Sentence,
} from '../../lib/analysis/types';

const NOTHING = 'Nothing to analyse: the page has no article text.';

function expectEmpty(report: Report) {
  expect(report.version).toBe(1);
  expect(report.supported).toBe(true);
  expect(report.sentences).toEqual([]);
  expect(report.loaded).toEqual([]);
  expect(report.claims).toEqual([]);
  expect(report.summary.statement).toBe(NOTHING);
  expect(report.summary.leans).toEqual([]);
  expect(report.summary.opinionShare).toBe(0);
  expect(report.summary.loadedPer1000).toBe(0);
}

describe('analyzeArticle on nothing to analyse', () => {
  it('returns a valid, empty Report for empty input', () => {
    const report = analyzeArticle({ meta: {}, blocks: [] });
    expectEmpty(report);
    expect(report.language).toBe('en');
    expect(report.related).toEqual({ stories: [], excluded: 0, byEntity: [] });
    expect(report.summary.words).toBe(0);
  });

  it('treats blocks of whitespace as empty', () => {
    const report = analyzeArticle({
      meta: { site: 'The Daily' },
      blocks: [
        { kind: 'paragraph', text: '   ' },
        { kind: 'paragraph', text: '\n\t\u00a0' },
      ],
    });
    expectEmpty(report);
    expect(report.blocks).toHaveLength(2);
  });

  it('has nothing to analyse in a lone heading, though the heading is a sentence', () => {
    const report = analyzeArticle({
      meta: { site: 'The Daily' },
      blocks: [{ kind: 'heading', text: 'Council Approves Budget' }],
    });
    expect(report.sentences.map((s) => [s.block, s.start, s.end])).toEqual([[0, 0, 23]]);
    expect(report.claims).toEqual([]);
    expect(report.summary.sentences).toBe(1);
    expect(report.summary.words).toBe(3);
    expect(report.summary.statement).toBe(NOTHING);
  });
});

describe('analyzeArticle on a non-English article', () => {
  const input: ArticleInput = {
    meta: { site: 'Die Zeitung', lang: 'de', title: 'Haushalt beschlossen' },
    blocks: [
      {
        kind: 'paragraph',
        text: 'Der Stadtrat hat am Montag den Haushalt beschlossen. Die Bürgermeisterin sagte, dass die Kosten um zwölf Prozent sinken werden, aber die Opposition ist nicht überzeugt.',
      },
    ],
    related: { links: [{ title: 'Mehr aus der Stadt', url: 'https://z.example/a' }], excluded: 3 },
  };

  it('says so in plain words and marks nothing, keeping the metadata', () => {
    const report = analyzeArticle(input);
    expect(report.supported).toBe(false);
    expect(report.language).toBe('de');
    expect(report.notice).toBe(
      'This article appears to be in German. Slantwise reads English only, so nothing on this page is marked.',
    );
    expect(report.meta).toEqual(input.meta);
    expect(report.sentences).toEqual([]);
    expect(report.loaded).toEqual([]);
    expect(report.claims).toEqual([]);
    expect(report.entities).toEqual([]);
    expect(report.related).toEqual({ stories: [], excluded: 3, byEntity: [] });
    expect(report.summary.statement).toBe(report.notice);
  });
});

describe('analyzeArticle on a short English article', () => {
  const report = analyzeArticle({
    meta: { site: 'The Daily', lang: 'en', title: 'Council Approves Budget' },
    blocks: [
      { kind: 'heading', text: 'Council Approves Budget' },
      {
        kind: 'paragraph',
        text: 'The city council approved the budget on Monday. Mayor Jane Smith said the plan would cut costs by 12 percent.',
      },
      {
        kind: 'paragraph',
        text: 'The reckless plan is a disgrace, and its cruel cuts will hurt the poorest families in Springfield.',
      },
    ],
    related: {
      heading: 'More from The Daily',
      links: [{ title: 'Springfield Mayor Faces Corruption Probe', url: 'https://d.example/a' }],
      excluded: 2,
    },
  });

  it('places every sentence at exact block offsets', () => {
    expect(report.sentences.map((s) => [s.index, s.block, s.start, s.end])).toEqual([
      [0, 0, 0, 23],
      [1, 1, 0, 47],
      [2, 1, 48, 109],
      [3, 2, 0, 98],
    ]);
    for (const s of report.sentences) expect(report.blocks[s.block]!.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('shifts every reason and loaded term to block offsets inside its sentence', () => {
    for (const s of report.sentences) {
      for (const r of s.reasons) {
        expect(r.block).toBe(s.block);
        expect(r.start).toBeGreaterThanOrEqual(s.start);
        expect(r.end).toBeLessThanOrEqual(s.end);
        expect(report.blocks[r.block]!.text.slice(r.start, r.end)).toBe(r.text);
      }
    }
    expect(report.loaded.map((l) => [l.text, l.block, l.start, l.end, l.sentence, l.voice])).toEqual([
      ['reckless', 2, 4, 12, 3, 'outlet'],
      ['disgrace', 2, 23, 31, 3, 'outlet'],
      ['cruel', 2, 41, 46, 3, 'outlet'],
    ]);
  });

  it('labels the outlet’s judgement as opinion and the mayor’s statement as hers', () => {
    expect(report.sentences[3]!.label).toBe('opinion');
    expect(report.sentences[3]!.voice).toBe('outlet');
    expect(report.sentences[2]!.voice).toMatchObject({ speaker: 'Jane Smith', role: 'Mayor', verb: 'said' });
  });

  it('finds the claims with who makes them', () => {
    expect(report.claims.map((c) => [c.sentence, c.speaker, c.role, c.verb])).toEqual([
      [2, 'Jane Smith', 'Mayor', 'said'],
      [3, 'The Daily', undefined, undefined],
    ]);
  });

  it('does not blame a place for a plan it is only named beside', () => {
    const springfield = report.entities.find((e) => e.name === 'Springfield');
    expect(springfield?.tone.outlet).toEqual({ score: 0, mentions: 1 });
  });

  it('sums up counts, shares and the lean, and says only what the evidence shows', () => {
    const { leans, ...summary } = report.summary;
    expect(summary).toEqual({
      words: 40,
      sentences: 4,
      opinionShare: 0.25,
      outletOpinion: 1,
      reportedOpinion: 0,
      claims: 2,
      loadedTerms: 3,
      loadedPer1000: 75,
      loadedByCategory: { pejorative: 1, emotive: 2 },
      statement:
        'The Daily’s one related story leans against Springfield; its own voice does not take a side.',
    });
    expect(leans).toEqual([
      { name: 'Springfield', entity: 'springfield', direction: 'against', outlet: 0, related: -0.6 },
    ]);
    expect(report.related.excluded).toBe(2);
  });
});

describe('analyzeArticle: labels are not prose', () => {
  it('does not call a heading or a credit line without a named cue the outlet’s opinion', () => {
    const report = analyzeArticle({
      meta: {},
      blocks: [
        { kind: 'heading', text: 'Conclusion' },
        { kind: 'paragraph', text: 'Image: Vjeran Pavic / The Verge' },
        { kind: 'heading', text: 'The Mayor’s Reckless, Incompetent and Disgraceful Budget' },
        { kind: 'paragraph', text: 'The council voted on the budget on Tuesday.' },
      ],
    });
    expect(report.sentences.map((s) => s.label)).toEqual(['fact', 'fact', 'opinion', 'fact']);
  });

  it('reads a paragraph closed by an inline photo credit as a caption', () => {
    const caption = 'The smooth and bloodless transition drew crowds to the capital on Saturday.';
    const report = analyzeArticle({
      meta: {},
      blocks: [
        { kind: 'paragraph', text: `${caption} (Ellen M. Banner / The Seattle Times)` },
        { kind: 'paragraph', text: `${caption}CreditChang W. Lee/The New York Times` },
        { kind: 'paragraph', text: `${caption} Credit: STR/AFP` },
        { kind: 'paragraph', text: caption },
        { kind: 'paragraph', text: 'Early maps named the southern one South (Stewart Island / Rakiura).' },
      ],
    });
    const ofBlock = (b: number) => report.sentences.filter((s) => s.block === b);
    // The same words without a credit are prose: the learned word scores count.
    expect(ofBlock(3)[0]!.reasons.some((r) => r.cue === 'word-scores')).toBe(true);
    for (const b of [0, 1, 2]) {
      expect(ofBlock(b).length).toBeGreaterThan(0);
      for (const s of ofBlock(b)) {
        expect(s.reasons.some((r) => r.cue === 'word-scores')).toBe(false);
        expect(s.label).toBe('fact');
        expect(s.opinion).toBeLessThan(ofBlock(3)[0]!.opinion);
      }
    }
    // Parentheses with a slash inside a sentence of prose are no credit.
    expect(ofBlock(4)[0]!.reasons.some((r) => r.cue === 'word-scores')).toBe(true);
  });

  it('scores a line about the writer on its cues alone, and only such a line', () => {
    const report = analyzeArticle({
      meta: {},
      blocks: [
        {
          kind: 'paragraph',
          text: 'Dana Whitfield is a reporter for the Herald covering free speech, censorship and culture wars.',
        },
        { kind: 'paragraph', text: 'The senator is a fierce critic of the plan and a disgraceful liar.' },
      ],
    });
    const [bio, judged] = report.sentences;
    expect(bio!.label).toBe('fact');
    expect(bio!.opinion).toBeLessThan(0.3);
    // (A word-score reason would mean the learned words still counted.)
    expect(bio!.reasons.some((r) => r.cue === 'word-scores')).toBe(false);
    expect(judged!.label).toBe('opinion');
  });
});

describe('analyzeArticle: tone towards entities', () => {
  const report = analyzeArticle({
    meta: { site: 'The Daily' },
    blocks: [
      {
        kind: 'paragraph',
        text: 'Moldova’s reckless government ignored the warnings, and its corrupt officials stayed silent. The vote is due in May.',
      },
      { kind: 'paragraph', text: '“Moldova’s leaders are reckless,” said John Doe, the opposition leader.' },
    ],
  });
  const moldova = report.entities.find((e) => e.name === 'Moldova')!;

  it('reads the outlet’s tone through possessives and "its", and a source’s tone apart', () => {
    // "Moldova’s reckless" (-0.6) and "its corrupt" (-0.7) over two outlet-voice mentions.
    expect(moldova.tone.outlet).toEqual({ score: -0.65, mentions: 2 });
    expect(moldova.tone.quoted).toEqual({ score: -0.6, mentions: 1 });
  });

  it('concludes a lean from the outlet’s own voice alone when there are no related stories', () => {
    expect(report.summary.leans[0]).toEqual({
      name: 'Moldova',
      entity: 'moldova',
      direction: 'against',
      outlet: -0.65,
    });
    expect(report.summary.statement).toBe('The Daily’s own voice leans against Moldova.');
  });
});

describe('analyzeArticle on arbitrary text', () => {
  // Pieces of news text and of noise: quotes, apostrophes, names, dashes, digits, odd characters.
  const piece = fc.constantFrom(
    'The minister said',
    'Azerbaijan’s',
    'its inept',
    ' “',
    '” ',
    '"',
    "'",
    ', ',
    '. ',
    '? ',
    ' — ',
    'Mr. Smith',
    'U.S.',
    'corruption-ridden',
    'allegedly',
    '12.5%',
    'He lauded',
    '\n',
    '\u0000',
    '\ud83d\ude00',
    'according to officials',
    'Die Regierung',
  );
  const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(' '));
  const block = fc.record({
    kind: fc.constantFrom('heading', 'paragraph', 'quote', 'list-item', 'caption') as fc.Arbitrary<
      Block['kind']
    >,
    text,
  });

  it('never throws, and every span it reports is exact', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (blocks) => {
        const report = analyzeArticle({ meta: { site: 'The Daily' }, blocks });
        expect(report.summary.statement.length).toBeGreaterThan(0);
        for (const s of report.sentences) expect(blocks[s.block]!.text.slice(s.start, s.end)).toBe(s.text);
        for (const l of report.loaded) expect(blocks[l.block]!.text.slice(l.start, l.end)).toBe(l.text);
        for (const c of report.claims) expect(blocks[c.block]!.text.slice(c.start, c.end)).toBe(c.text);
      }),
      { numRuns: 150 },
    );
  });
});

describe('summarize: the lean statement says no more than the evidence', () => {
  const sentence = (index: number, label: Sentence['label']): Sentence => ({
    index,
    block: 0,
    start: 0,
    end: 1,
    text: 'x',
    opinion: 0,
    label,
    voice: 'outlet',
    reasons: [],
  });
  const entity = (id: string, name: string, outlet: number, mentions: number): Entity => ({
    id,
    name,
    type: 'place',
    aliases: [],
    mentions,
    sentences: [0],
    tone: { outlet: { score: outlet, mentions }, quoted: { score: 0, mentions: 0 } },
  });
  const story = (title: string, entities: RelatedStory['entities']): RelatedStory => ({
    title,
    url: `/${title}`,
    tone: entities[0]?.tone ?? 0,
    loaded: [],
    entities,
    themes: [],
  });
  const slant = (stories: RelatedStory[]): RelatedSlant => {
    const by = new Map<string, RelatedSlant['byEntity'][number]>();
    for (const s of stories) {
      for (const e of s.entities) {
        const b = by.get(e.name) ?? {
          name: e.name,
          ...(e.entity ? { entity: e.entity } : {}),
          stories: 0,
          negative: 0,
          positive: 0,
          neutral: 0,
          tone: 0,
          themes: [],
        };
        b.tone = (b.tone * b.stories + e.tone) / (b.stories + 1);
        b.stories++;
        if (e.tone <= -0.15) b.negative++;
        else if (e.tone >= 0.15) b.positive++;
        else b.neutral++;
        by.set(e.name, b);
      }
    }
    return { stories, excluded: 0, byEntity: [...by.values()] };
  };
  const run = (
    entities: Entity[],
    related: RelatedSlant,
    evidence: [string, ToneEvidence][],
    labels: Sentence['label'][] = ['opinion', 'fact'],
    outlet: string | null = 'The Daily',
  ) =>
    summarize({
      sentences: labels.map((l, i) => sentence(i, l)),
      isHeading: () => false,
      loaded: [],
      claims: [],
      entities,
      related,
      ...(outlet ? { outlet } : {}),
      evidence: new Map(evidence),
    });
  const none = slant([]);

  it('does not call one mild remark a lean', () => {
    const s = run([entity('us', 'United States', -0.2, 2)], none, [
      ['us', { negative: 1, positive: 0, strongest: -0.4 }],
    ]);
    expect(s.leans).toEqual([{ name: 'United States', entity: 'us', direction: 'none', outlet: -0.2 }]);
    expect(s.statement).toBe('No clear lean: The Daily’s own opinions are not aimed at anyone named.');
  });

  it('calls two mentions cast the same way a lean, with "the" where English wants it', () => {
    const s = run([entity('us', 'United States', -0.2, 4)], none, [
      ['us', { negative: 2, positive: 0, strongest: -0.4 }],
    ]);
    expect(s.leans[0]!.direction).toBe('against');
    expect(s.statement).toBe('The Daily’s own voice leans against the United States.');
  });

  it('says when the outlet’s voice and its related stories pull apart', () => {
    const related = slant([
      story('A', [{ name: 'Ruritania', entity: 'ru', tone: 0.5 }]),
      story('B', [{ name: 'Ruritania', entity: 'ru', tone: 0.4 }]),
    ]);
    const s = run([entity('ru', 'Ruritania', -0.5, 2)], related, [
      ['ru', { negative: 1, positive: 0, strongest: -1 }],
    ]);
    expect(s.leans[0]).toEqual({
      name: 'Ruritania',
      entity: 'ru',
      direction: 'mixed',
      outlet: -0.5,
      related: 0.45,
    });
    expect(s.statement).toBe(
      'The Daily’s own voice leans against Ruritania, but its related stories lean for Ruritania.',
    );
  });

  it('needs two related stories (or all of them) to call the related stories a lean', () => {
    const two = slant([
      story('A', [{ name: 'Ruritania', tone: -0.5 }]),
      story('B', [{ name: 'Ruritania', tone: -0.4 }]),
      story('C', [{ name: 'Elbonia', tone: 0 }]),
    ]);
    expect(run([], two, [], ['fact']).statement).toBe(
      '2 of The Daily’s 3 related stories lean against Ruritania; its own voice does not take a side.',
    );
    const one = slant([
      story('A', [{ name: 'Ruritania', tone: -0.5 }]),
      story('C', [{ name: 'Elbonia', tone: 0 }]),
    ]);
    expect(run([], one, [], ['fact'], null).statement).toBe(
      'No clear lean: the outlet’s own voice is mostly reporting.',
    );
  });
});

describe('assignTone: which name a cue bears on', () => {
  /** Targets at each occurrence of the given names; cues at the given words. */
  function tone(text: string, names: string[], cues: [string, number, Cue['target']][], speaker?: string) {
    const targets: Target[] = names.map((n) => {
      const start = text.indexOf(n);
      return { key: n, start, end: start + n.length, ...(n === speaker ? { speaker: true } : {}) };
    });
    const cs: Cue[] = cues.map(([w, polarity, target]) => {
      const start = text.indexOf(w);
      return { start, end: start + w.length, polarity, target };
    });
    const sums = assignTone(text, targets, cs);
    return Object.fromEntries(names.map((n, i) => [n, sums[i]]));
  }

  it('binds an adjective to the possessor of its noun phrase, across "and"', () => {
    expect(
      tone(
        'However, its inept and corruption-ridden service, further complicate the situation.',
        ['its'],
        [
          ['inept', -0.7, 'near'],
          ['corruption-ridden', -0.8, 'near'],
        ],
      ),
    ).toEqual({ its: -1.5 });
  });

  it('binds a verb to its object, not its subject or speaker', () => {
    expect(
      tone(
        'Stoltenberg commended Azerbaijan’s collaboration.',
        ['Stoltenberg', 'Azerbaijan'],
        [['commended', 0.5, 'object']],
        'Stoltenberg',
      ),
    ).toEqual({ Stoltenberg: 0, Azerbaijan: 0.5 });
  });

  it('does not reach into another clause or a name far away', () => {
    expect(
      tone(
        'The reckless plan is a disgrace, and the cuts will hurt the poorest families in Springfield.',
        ['Springfield'],
        [
          ['reckless', -0.6, 'near'],
          ['disgrace', -0.8, 'near'],
        ],
      ),
    ).toEqual({ Springfield: 0 });
  });

  it('follows "of" to the name a noun frame is about', () => {
    expect(
      tone(
        'Greece remains silent on the corruption links of Azerbaijani officials',
        ['Greece', 'Azerbaijani'],
        [['corruption', -0.6, 'near']],
      ),
    ).toEqual({ Greece: 0, Azerbaijani: -0.6 });
  });
});

describe('loadedCues: how a loaded word aims', () => {
  const cue = (text: string, word: string, category: LoadedCategory, polarity: number) => {
    const start = text.indexOf(word);
    return loadedCues(text, [{ text: word, start, end: start + word.length, category, polarity }])[0]?.target;
  };

  it('aims a verb of saying at its object, or at its speaker when a clause follows', () => {
    expect(cue('He slammed Russia over the attack.', 'slammed', 'saying-verb', -0.6)).toBe('object');
    expect(cue('The president admitted that some governments failed.', 'admitted', 'saying-verb', -0.4)).toBe(
      'subject',
    );
  });

  it('reads a bare form without a modal or pronoun before it as a noun, and skips it', () => {
    expect(
      cue('It is New Zealand’s territorial claim in Antarctica.', 'claim', 'saying-verb', -0.3),
    ).toBeUndefined();
    expect(cue('They slam Russia over the attack.', 'slam', 'saying-verb', -0.6)).toBe('object');
  });
});

describe('frameCues', () => {
  it('keeps exact offsets when lower-casing would change the text’s length', () => {
    const text = 'İstanbul: US sanctions Ruritania over abuses.';
    const cues = frameCues(text);
    expect(cues.map((c) => text.slice(c.start, c.end))).toEqual(['sanctions', 'abuses']);
  });
});

describe('analyzeArticle on a huge article', () => {
  // 40 characters with its space; 25 of them make a block of exactly 1,000 characters.
  const block = 'The council met on Monday and voted no. '.repeat(25);

  it('analyses only the first 150,000 characters, whole blocks, and says so', () => {
    expect(block.length).toBe(1000);
    const blocks: Block[] = Array.from({ length: 400 }, () => ({ kind: 'paragraph', text: block }));
    const report = analyzeArticle({ meta: { lang: 'en' }, blocks });
    expect(report.supported).toBe(true);
    expect(report.notice).toBe('Only the first 150,000 characters were analysed (the article is longer).');
    expect(report.blocks.length).toBe(150);
    expect(report.blocks.every((b) => b.text === block)).toBe(true);
    expect(report.sentences.at(-1)?.block).toBe(149);
    for (const s of report.sentences) {
      expect(report.blocks[s.block]?.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('cuts a single block longer than the cap at its last space, keeping its offsets', () => {
    const text = block.repeat(200);
    const report = analyzeArticle({ meta: { lang: 'en' }, blocks: [{ kind: 'paragraph', text }] });
    expect(report.notice).toBe('Only the first 150,000 characters were analysed (the article is longer).');
    expect(report.blocks.length).toBe(1);
    expect(report.blocks[0]?.text).toBe(text.slice(0, text.lastIndexOf(' ', 150_000)));
    expect(text.startsWith(report.blocks[0]?.text ?? 'x')).toBe(true);
  });

  it('adds no notice when the article fits', () => {
    const blocks: Block[] = Array.from({ length: 150 }, () => ({ kind: 'paragraph', text: block }));
    const report = analyzeArticle({ meta: { lang: 'en' }, blocks });
    expect(report.notice).toBeUndefined();
    expect(report.blocks.length).toBe(150);
  });
});
