import { describe, expect, it } from 'vitest';
import { type Correction, makeCorrection } from '../../lib/corrections-schema';
import { sentenceCandidates } from '../../lib/page/candidate-words';
import { DEFAULT_SETTINGS, mergeSettings } from '../../lib/settings-schema';
import { termPattern, visibleMarks } from '../../lib/visible-marks';
import { makeReport } from './options-fixtures';

const report = makeReport(
  [
    {
      block: 0,
      text: 'The regime’s inept and corruption-ridden service complicates things.',
      opinion: 0.9,
      label: 'opinion',
    },
    {
      block: 0,
      text: 'Stoltenberg lauded the courageous reforms.',
      opinion: 0.7,
      label: 'reported-opinion',
      voice: { speaker: 'Jens Stoltenberg', via: 'indirect', verb: 'lauded' },
    },
    { block: 1, text: 'Officials met on Monday in Baku.', opinion: 0.1, label: 'fact' },
    { block: 1, text: 'Critics say the thugs arguably overreached.', opinion: 0.5, label: 'opinion' },
    { block: 2, text: 'Peskov accused NATO of seeking a foothold.', opinion: 0.45, label: 'claim' },
  ],
  [
    { sentence: 0, text: 'inept', category: 'pejorative', id: 'pej-inept' },
    { sentence: 0, text: 'corruption-ridden', category: 'pejorative', id: 'pej-ridden' },
    { sentence: 1, text: 'lauded', category: 'saying-verb', id: 'say-laud' },
    { sentence: 1, text: 'courageous', category: 'praise', id: 'praise-courage' },
    { sentence: 3, text: 'arguably', category: 'hedge', id: 'hedge-arguably' },
    { sentence: 4, text: 'accused', category: 'saying-verb', id: 'say-accuse' },
  ],
);

const c = (input: object, id: string): Correction => makeCorrection(input, 1, id)!;

describe('visibleMarks', () => {
  it('marks opinion above the medium bar and every loaded term by default', () => {
    expect(visibleMarks(report, DEFAULT_SETTINGS, [], 'post.com')).toEqual({
      sentences: [0, 1],
      loaded: [0, 1, 2, 3, 4, 5],
      added: [],
    });
  });

  it('follows sensitivity', () => {
    const high = mergeSettings(DEFAULT_SETTINGS, { sensitivity: 'high' });
    const low = mergeSettings(DEFAULT_SETTINGS, { sensitivity: 'low' });
    // the claim (0.45) is never an opinion mark, whatever the bar
    expect(visibleMarks(report, high, [], 'post.com').sentences).toEqual([0, 1, 3]);
    expect(visibleMarks(report, low, [], 'post.com').sentences).toEqual([0]);
  });

  it('follows the sentence kinds and categories shown', () => {
    const s = mergeSettings(DEFAULT_SETTINGS, {
      sentences: { reported: false },
      categories: { 'saying-verb': false, hedge: false },
    });
    const marks = visibleMarks(report, s, [], 'post.com');
    expect(marks.sentences).toEqual([0]);
    expect(marks.loaded).toEqual([0, 1, 3]);
  });

  it('hides terms corrected as not loaded, here or everywhere', () => {
    const corrections = [
      c({ kind: 'not-loaded', term: 'Inept', site: 'post.com' }, 'a'),
      c({ kind: 'not-loaded', term: 'accuses', lexiconId: 'say-accuse' }, 'b'),
    ];
    expect(visibleMarks(report, DEFAULT_SETTINGS, corrections, 'www.post.com').loaded).toEqual([1, 2, 3, 4]);
    expect(visibleMarks(report, DEFAULT_SETTINGS, corrections, 'other.org').loaded).toEqual([0, 1, 2, 3, 4]);
  });

  it('adds terms the reader marked as loaded, whole words only, not over lexicon marks', () => {
    const corrections = [
      c({ kind: 'loaded', term: 'thugs', category: 'pejorative' }, 't'),
      c({ kind: 'loaded', term: 'regime', site: 'post.com', category: 'pejorative' }, 'r'),
      // overlaps the lexicon's "corruption-ridden": the lexicon mark stays
      c({ kind: 'loaded', term: 'ridden' }, 'x'),
      // "reform" must not match inside "reforms"
      c({ kind: 'loaded', term: 'reform' }, 'y'),
    ];
    const marks = visibleMarks(report, DEFAULT_SETTINGS, corrections, 'post.com');
    expect(marks.added.map((t) => [t.id, t.text, t.block, t.start, t.end, t.sentence, t.category])).toEqual([
      ['user:r', 'regime', 0, 4, 10, 0, 'pejorative'],
      ['user:t', 'thugs', 1, 49, 54, 3, 'pejorative'],
    ]);
    expect(report.blocks[1]!.text.slice(49, 54)).toBe('thugs');
    expect(visibleMarks(report, DEFAULT_SETTINGS, corrections, 'other.org').added.map((t) => t.text)).toEqual(
      ['thugs'],
    );
    const noPej = mergeSettings(DEFAULT_SETTINGS, { categories: { pejorative: false } });
    // pejorative hidden: the user's pejorative terms go too, and with the lexicon's
    // "corruption-ridden" gone the user's (emotive) "ridden" has room
    expect(visibleMarks(report, noPej, corrections, 'post.com').added.map((t) => [t.text, t.start])).toEqual([
      ['ridden', 34],
    ]);
  });

  it('"this is loaded" from a sentence’s card: the chosen candidate becomes an added mark on that word', () => {
    // The card offers the sentence's unmarked content words.
    const offered = sentenceCandidates(report, 0).map((t) => t.text);
    expect(offered).toEqual(['regime’s', 'service', 'complicates', 'things']);
    // The reader picks "complicates" as emotive, on this site.
    const chosen = c({ kind: 'loaded', term: offered[2], category: 'emotive', site: 'post.com' }, 'k');
    const before = visibleMarks(report, DEFAULT_SETTINGS, [], 'post.com');
    const after = visibleMarks(report, DEFAULT_SETTINGS, [chosen], 'www.post.com');
    expect(after.added.map((t) => [t.id, t.text, t.block, t.start, t.end, t.sentence, t.category])).toEqual([
      ['user:k', 'complicates', 0, 49, 60, 0, 'emotive'],
    ]);
    expect(report.blocks[0]!.text.slice(49, 60)).toBe('complicates');
    // Nothing else changes; on another site the correction does not apply.
    expect({ ...after, added: [] }).toEqual(before);
    expect(visibleMarks(report, DEFAULT_SETTINGS, [chosen], 'other.org').added).toEqual([]);
    // A category the reader hides is not drawn (the card offers only the shown categories).
    const noEmotive = mergeSettings(DEFAULT_SETTINGS, { categories: { emotive: false } });
    expect(visibleMarks(report, noEmotive, [chosen], 'post.com').added).toEqual([]);
  });

  it('a word added everywhere and said "not loaded here" on one site is not drawn on that site', () => {
    const added = c({ kind: 'loaded', term: 'thugs', category: 'pejorative' }, 'a');
    const notHere = c({ kind: 'not-loaded', term: 'thugs', site: 'post.com' }, 'n');
    expect(visibleMarks(report, DEFAULT_SETTINGS, [notHere, added], 'news.post.com').added).toEqual([]);
    expect(
      visibleMarks(report, DEFAULT_SETTINGS, [notHere, added], 'other.org').added.map((t) => t.text),
    ).toEqual(['thugs']);
  });

  it('takes the voice of the sentence a user term stands in', () => {
    const marks = visibleMarks(
      report,
      DEFAULT_SETTINGS,
      [c({ kind: 'loaded', term: 'reforms' }, 'z')],
      'a.com',
    );
    expect(marks.added).toHaveLength(1);
    expect(marks.added[0]!.sentence).toBe(1);
    expect(marks.added[0]!.voice).toEqual({ speaker: 'Jens Stoltenberg', via: 'indirect', verb: 'lauded' });
  });

  it('never returns overlapping loaded marks even if the report has them', () => {
    const r = makeReport(
      [{ block: 0, text: 'A so-called deeply corrupt plan.', opinion: 0.9, label: 'opinion' }],
      [
        { sentence: 0, text: 'deeply corrupt', category: 'intensifier' },
        { sentence: 0, text: 'corrupt', category: 'pejorative' },
        { sentence: 0, text: 'so-called', category: 'hedge' },
      ],
    );
    expect(visibleMarks(r, DEFAULT_SETTINGS, [], 'a.com').loaded).toEqual([0, 2]);
    // with the intensifier hidden, the inner pejorative shows
    const s = mergeSettings(DEFAULT_SETTINGS, { categories: { intensifier: false } });
    expect(visibleMarks(r, s, [], 'a.com').loaded).toEqual([1, 2]);
  });

  it('marks nothing for an unsupported language', () => {
    const de = makeReport(
      [{ block: 0, text: 'Das Regime ist korrupt.', opinion: 0.9, label: 'opinion' }],
      [],
      {
        supported: false,
      },
    );
    expect(visibleMarks(de, DEFAULT_SETTINGS, [], 'a.de')).toEqual({ sentences: [], loaded: [], added: [] });
  });

  it('matches user terms across quote, dash and space forms', () => {
    const re = termPattern("so-called 'experts'");
    expect('The so\u2013called  \u2018experts\u2019 said'.match(re)?.[0]).toBe(
      'so\u2013called  \u2018experts\u2019',
    );
    expect("unso-called 'experts'".match(termPattern('so-called'))).toBeNull();
  });
});
