import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../lib/analysis/quotes';
import { analyzeArticle } from '../../lib/analysis/report';
import { analyzeSentence, prepareSentence } from '../../lib/analysis/sentence';
import type { Block, Sentence } from '../../lib/analysis/types';
import { reportedSpans } from '../../lib/analysis/voice-judgement';
import {
  CLASSES,
  emptyConfusion,
  errorsSet,
  f1For,
  goldOf,
  LABEL_SETS,
  locators,
  macroF1,
  readLabels,
  SET_NAME,
  sentenceKey,
  subset,
} from '../../lib/cli/eval/pages-dev';

const speaker = (s: Sentence | undefined) => (s && s.voice !== 'outlet' ? s.voice.speaker : 'outlet');

describe('reported opinion, one sentence alone (--sentences)', () => {
  it('labels indirect speech of a judgement reported-opinion, with a reason in the reported words', () => {
    const text = 'Smith said the plan was a disaster.';
    const input = prepareSentence(text);
    expect(input.voice).toMatchObject({ via: 'indirect', verb: 'said' });
    const v = analyzeSentence(text);
    expect(v).toMatchObject({ label: 'reported-opinion', voice: 'attributed' });
    expect(v.opinion).toBeGreaterThanOrEqual(0.5);
  });

  it('reads advice and a legal verdict as a source’s view, and a passive "advised to" as no one speaking', () => {
    for (const text of [
      'Experts recommend that parents limit screen time.',
      'Opponents say the law is unconstitutional.',
    ])
      expect(analyzeSentence(text), text).toMatchObject({ label: 'reported-opinion', voice: 'attributed' });
    expect(analyzeSentence('Patients were advised to rest.')).toMatchObject({ voice: 'outlet' });
  });

  it('keeps a source’s plain report of a fact a claim', () => {
    expect(analyzeSentence('Police said two people were killed in the crash.')).toMatchObject({
      label: 'claim',
      voice: 'attributed',
    });
  });

  it('labels "critics call it ..." and "according to ..." with a judgement reported-opinion', () => {
    expect(analyzeSentence('Critics call it reckless.').label).toBe('reported-opinion');
    expect(analyzeSentence('According to critics, the reform is a costly failure.').label).toBe(
      'reported-opinion',
    );
  });

  it('reads a verb of stance as a view: "X warned ...", "X argued ..."', () => {
    expect(analyzeSentence('Mayor Lee warned that the cuts would hurt families.').label).toBe(
      'reported-opinion',
    );
    expect(analyzeSentence('Opponents argued that the rule could drive patients away.').label).toBe(
      'reported-opinion',
    );
    // "called for" demands, in a headline too; "called the police" is no view.
    expect(analyzeSentence("Protesters called for the mayor's resignation.").label).toBe('reported-opinion');
    expect(analyzeSentence('Prime Minister Viktor Orban Calls For Global Alliance').label).toBe(
      'reported-opinion',
    );
    expect(analyzeSentence('She called the police.').label).toBe('claim');
  });

  it('takes a line that opens a quotation and never closes it as a source’s words', () => {
    const v = analyzeSentence('“This is the worst decision this council has ever made.');
    expect(v).toMatchObject({ label: 'reported-opinion', voice: 'attributed' });
    expect(v.loaded).toEqual([]);
  });

  it('takes a line that closes a quotation it did not open as a source’s words', () => {
    expect(analyzeSentence('It is a deadly toxin.”')).toMatchObject({
      label: 'reported-opinion',
      voice: 'attributed',
    });
    expect(analyzeSentence('This is a shameful decision," he said.').voice).toBe('attributed');
  });

  it('gives an interview answer to the interviewee and the question to the outlet', () => {
    expect(analyzeSentence('A: I think it is a terrible idea and it will ruin us.')).toMatchObject({
      label: 'reported-opinion',
      voice: 'attributed',
    });
    expect(analyzeSentence('Q: When did the meeting start?').voice).toBe('outlet');
    expect(prepareSentence('JONES: The policy is a disgrace.').voice).toMatchObject({ speaker: 'Jones' });
  });

  it('reports a judgement with no one named to make it: "hailed as", "came under fire", "raised concerns"', () => {
    expect(
      prepareSentence('The country has been hailed as a model of democratic transition.').voice,
    ).toMatchObject({
      speaker: 'others',
      via: 'unnamed',
      verb: 'hailed as',
    });
    expect(analyzeSentence('The plan came under fire from unions.').label).toBe('reported-opinion');
    expect(
      prepareSentence('Mr Mugabe, still seen by many Africans as a liberation hero, left.').voice,
    ).toMatchObject({
      speaker: 'many Africans',
    });
    // Inside a quotation the words are the quoted source's, not an unnamed judgement.
    expect(prepareSentence('He visited the “town hailed as a model” on Monday.').voice).toBe('outlet');
  });

  it('attributes states of mind and plural groups: "officials are concerned", "Many Tunisians accuse"', () => {
    expect(
      prepareSentence('Security officials are particularly concerned by the collapse of Libya.').voice,
    ).toMatchObject({
      speaker: 'Security officials',
      verb: 'concerned',
    });
    expect(analyzeSentence('The union accused the company of lying to its workers.')).toMatchObject({
      label: 'reported-opinion',
      voice: 'attributed',
    });
    expect(
      prepareSentence('Many Tunisians accuse the Islamists of having been slow to respond.').voice,
    ).toMatchObject({
      speaker: 'Many Tunisians',
      verb: 'accuse',
    });
  });

  it('does not make the subject of a passive "is said to" / "were told to" a speaker', () => {
    expect(prepareSentence('Father Mukonori is said to be mediating in the crisis.').voice).toBe('outlet');
    expect(prepareSentence('Residents were told to leave their homes.').voice).toBe('outlet');
  });

  it('keeps the writer’s own first person in the outlet’s voice', () => {
    const suspect = analyzeSentence('I suspect that the minister thinks the plan will fail.');
    expect(suspect.voice).toBe('outlet');
    expect(suspect.label).toBe('opinion');
    expect(analyzeSentence('We believe the council has failed its residents.')).toMatchObject({
      voice: 'outlet',
      label: 'opinion',
    });
    // Someone else's frame first: the first person inside it is theirs.
    expect(prepareSentence('Smith said that I was wrong.').voice).not.toBe('outlet');
  });
});

describe('reported opinion in an article', () => {
  const article = (blocks: Block[]) => analyzeArticle({ blocks, meta: {} }).sentences;

  it('carries a quotation over several sentences to its speaker and judges the middle one', () => {
    const s = article([
      {
        kind: 'paragraph',
        text: '“The plan is reckless. It will ruin the town. We must stop it now,” said Maria Gonzalez, the mayor.',
      },
    ]);
    expect(s.map(speaker)).toEqual(['Maria Gonzalez', 'Maria Gonzalez', 'Maria Gonzalez']);
    expect(s[1]!.label).toBe('reported-opinion');
  });

  it('finds the speaker of a quotation over several paragraphs where it closes', () => {
    const s = article([
      { kind: 'paragraph', text: 'The council voted on Tuesday to close the library.' },
      { kind: 'paragraph', text: '“This is a shameful betrayal of our children. Nobody asked the parents.' },
      {
        kind: 'paragraph',
        text: '“We will fight it in court,” said Anna Berg, who leads the parents’ group.',
      },
    ]);
    expect(s.map(speaker)).toEqual(['outlet', 'Anna Berg', 'Anna Berg', 'Anna Berg']);
    expect(s[1]!.label).toBe('reported-opinion');
    expect(s[2]!.voice).toMatchObject({ via: 'quote' });
  });

  it('reads an attack in words as a source taking a position, not an attack by force', () => {
    for (const text of [
      'Senator Maria Gonzalez on Tuesday attacked the budget deal struck by party leaders.',
      'Smith attacked Jones over his remarks on immigration.',
      'The senator attacked him as a liar.',
    ])
      expect(analyzeSentence(text)).toMatchObject({ label: 'reported-opinion', voice: 'attributed' });
    for (const text of [
      'Gunmen attacked the museum on Wednesday.',
      'A man attacked a police officer outside the station.',
      'Rebels attacked government forces near the border.',
    ])
      expect(analyzeSentence(text)).toMatchObject({ voice: 'outlet', label: 'fact' });
  });

  it('reads a judgement said of something in the passive, or drawn from others, as theirs', () => {
    expect(prepareSentence('The move was condemned by human rights groups.').voice).toMatchObject({
      speaker: 'human rights groups',
      verb: 'condemned',
    });
    for (const text of [
      'The move was condemned by human rights groups.',
      'The film was panned by critics.',
      'The plan has been widely criticised.',
      'The minister’s remarks drew sharp criticism from the opposition.',
      'The company faced mounting criticism over the leak.',
    ])
      expect(analyzeSentence(text), text).toMatchObject({ label: 'reported-opinion', voice: 'attributed' });
    expect(analyzeSentence('The suspect was arrested by police.')).toMatchObject({
      label: 'fact',
      voice: 'outlet',
    });
  });

  it('reads what a source feels as theirs, and their own word of feeling not as the writer’s frame', () => {
    for (const text of [
      'Many residents feel abandoned by the city.',
      'Smith felt the decision was unfair.',
      'Parents are furious about the closures.',
    ])
      expect(analyzeSentence(text), text).toMatchObject({ label: 'reported-opinion', voice: 'attributed' });
    expect(analyzeSentence('I feel that the plan is a mistake.')).toMatchObject({
      label: 'opinion',
      voice: 'outlet',
    });
  });

  it('finds the speaker named after the verb that follows a quotation', () => {
    expect(prepareSentence('“We will fight this,” said Bob Smith.').voice).toMatchObject({
      speaker: 'Bob Smith',
      via: 'quote',
    });
    expect(prepareSentence('“It is a disgrace,” said union boss Bob Smith.').voice).toMatchObject({
      speaker: 'Bob Smith',
    });
    expect(prepareSentence('“It is a disgrace,” said a spokeswoman for the company.').voice).toMatchObject({
      speaker: 'a spokeswoman',
      via: 'unnamed',
    });
    // A title in quotation marks before a verb is no quotation that the verb introduces.
    expect(prepareSentence('Matthew Inman of “The Oatmeal” wrote a comic about it.').voice).toBe('outlet');
  });

  it('finds a pronoun or a role as the subject before an aside', () => {
    expect(
      analyzeSentence('The senator, speaking on Fox News, called the indictment a witch hunt.'),
    ).toMatchObject({
      label: 'reported-opinion',
      voice: 'attributed',
    });
    expect(prepareSentence('She, like many others, said the plan was dead.').voice).toMatchObject({
      speaker: 'she',
      via: 'pronoun',
    });
  });

  it('reads a verdict in one noun in the reported words as the source’s judgement', () => {
    for (const text of ['Smith said the decision was a mistake.', 'The decision, Smith said, was a mistake.'])
      expect(analyzeSentence(text), text).toMatchObject({ label: 'reported-opinion', voice: 'attributed' });
  });

  it('reads a view set out as someone’s: "in the view of", "for critics", "see ... as"', () => {
    for (const text of [
      'In the view of many economists, the plan is reckless.',
      'For critics, the plan is a giveaway to donors.',
      'To his supporters, he is a hero.',
      'Some see the plan as a giveaway to donors.',
    ])
      expect(analyzeSentence(text), text).toMatchObject({ label: 'reported-opinion', voice: 'attributed' });
    for (const text of [
      'For years, the plan was a mess.',
      'For Apple, the quarter was a disaster.',
      'Officials saw the damage on Tuesday.',
    ])
      expect(analyzeSentence(text).voice, text).toBe('outlet');
  });

  it('gives a block quotation to the speaker introduced before it', () => {
    const s = article([
      { kind: 'paragraph', text: 'Senator Maria Gonzalez said in a statement on Monday:' },
      { kind: 'quote', text: 'This policy is a disgrace. It must be repealed at once.' },
    ]);
    expect(s.slice(1).map(speaker)).toEqual(['Maria Gonzalez', 'Maria Gonzalez']);
    expect(s[1]!.label).toBe('reported-opinion');
    expect(s[2]!.label).toBe('reported-opinion');
  });

  it('reads Q:/A: interview lines: the answers are the interviewee’s', () => {
    const s = article([
      { kind: 'paragraph', text: 'We spoke to Maria Gonzalez, the mayor of the town.' },
      { kind: 'paragraph', text: 'Q: What went wrong with the budget?' },
      { kind: 'paragraph', text: 'A: The management was incompetent. They wasted everything.' },
    ]);
    expect(speaker(s[1])).toBe('outlet');
    expect(s.slice(2).map(speaker)).toEqual(['Maria Gonzalez', 'Maria Gonzalez']);
    expect(s[2]!.label).toBe('reported-opinion');
  });

  it('does not take an interviewer’s question for the outlet’s opinion, unless its own words judge', () => {
    const s = article([
      { kind: 'paragraph', text: 'We spoke to Maria Gonzalez, the mayor of the town.' },
      { kind: 'paragraph', text: 'Q: What do you make of the council’s vote?' },
      { kind: 'paragraph', text: 'A: It was a disgraceful decision.' },
      { kind: 'paragraph', text: 'Interviewer: Will you appeal?' },
      { kind: 'paragraph', text: 'A: Of course. We will win.' },
      { kind: 'paragraph', text: 'Q: Isn’t this plan a disgraceful waste of money?' },
    ]);
    expect(s.map(speaker)).toEqual([
      'outlet',
      'outlet',
      'Maria Gonzalez',
      'outlet',
      'Maria Gonzalez',
      'Maria Gonzalez',
      'outlet',
    ]);
    expect(s.map((x) => x.label)).toEqual([
      'fact',
      'fact',
      'reported-opinion',
      'fact',
      expect.any(String),
      expect.any(String),
      'opinion',
    ]);
    // The asking shape ("you", the question) is not among the question's reasons.
    expect(s[1]!.reasons.map((r) => r.cue)).not.toContain('second-person');
    // Alone, as --sentences reads it, the same.
    expect(analyzeSentence('Q: What do you make of the council’s vote?').label).toBe('fact');
    expect(analyzeSentence('What do you make of the council’s vote?').label).toBe('opinion');
  });

  it('judges a sentence inside a quotation that runs over several sentences by its own words', () => {
    const s = article([
      {
        kind: 'paragraph',
        text: '“This is a sad day for the city. The council has betrayed every family waiting for a home. They should be ashamed,” Mayor Maria Gonzalez said.',
      },
    ]);
    expect(s.map(speaker)).toEqual(['Maria Gonzalez', 'Maria Gonzalez', 'Maria Gonzalez']);
    expect(s[1]!.label).toBe('reported-opinion');
  });

  it('reads questions set as paragraphs of their own on an interview page, without "Q:"', () => {
    const s = article([
      { kind: 'heading', text: 'Q&A: Mayor Maria Gonzalez on the budget' },
      { kind: 'paragraph', text: 'We spoke to Maria Gonzalez, the mayor of the town.' },
      { kind: 'paragraph', text: 'What do you make of the council’s vote?' },
      { kind: 'paragraph', text: 'It was a disgraceful decision.' },
      { kind: 'paragraph', text: 'Will you appeal?' },
      { kind: 'paragraph', text: 'Of course. The plan is the best chance the town has had.' },
    ]);
    expect(s.map(speaker)).toEqual([
      'outlet',
      'outlet',
      'outlet',
      'Maria Gonzalez',
      'outlet',
      'Maria Gonzalez',
      'Maria Gonzalez',
    ]);
    expect(s[2]!.label).toBe('fact');
    expect(s[3]!.label).toBe('reported-opinion');
    // Without a heading that presents an interview, a question paragraph is the writer's own.
    const t = article([
      { kind: 'heading', text: 'The budget vote' },
      { kind: 'paragraph', text: 'What do you make of the council’s vote?' },
      { kind: 'paragraph', text: 'It was a disgraceful decision.' },
      { kind: 'paragraph', text: 'Will anyone appeal?' },
      { kind: 'paragraph', text: 'Nobody knows.' },
    ]);
    expect(t.map(speaker)).toEqual(['outlet', 'outlet', 'outlet', 'outlet', 'outlet']);
  });

  it('reads the plain paragraphs after an interview question as the answer, until a heading', () => {
    const s = article([
      { kind: 'paragraph', text: 'We spoke with Maria Gonzalez, the mayor, about the budget.' },
      { kind: 'paragraph', text: 'Q: What went wrong?' },
      { kind: 'paragraph', text: 'The management was incompetent.' },
      { kind: 'paragraph', text: 'I think we can still fix it.' },
      { kind: 'heading', text: 'Background' },
      { kind: 'paragraph', text: 'The town has 4,000 residents.' },
      { kind: 'paragraph', text: 'A. Smith said the plan was fine.' },
    ]);
    expect(s.map(speaker)).toEqual([
      'outlet',
      'outlet',
      'Maria Gonzalez',
      'Maria Gonzalez',
      'outlet',
      'outlet',
      'A. Smith',
    ]);
    expect(s[2]!.label).toBe('reported-opinion');
  });

  it('does not take a caption or a list item’s label for an interviewee', () => {
    const s = article([
      { kind: 'paragraph', text: 'Gunmen attacked the museum on Wednesday, officials said.' },
      {
        kind: 'paragraph',
        text: 'Map: Flow of foreign fighters to Syria View Graphic Map: Flow of fighters',
      },
      { kind: 'paragraph', text: 'In 2012, hundreds of protesters assaulted the embassy in Tunis.' },
    ]);
    expect(s.slice(1).map(speaker)).toEqual(['outlet', 'outlet']);
    const t = article([
      { kind: 'paragraph', text: 'The team runs many services.' },
      { kind: 'paragraph', text: 'Gmail: Predictable, Scriptable Responses from Humans' },
      {
        kind: 'paragraph',
        text: 'In the early days of Gmail, the service was built on a retrofitted system.',
      },
    ]);
    expect(t.slice(1).map(speaker)).toEqual(['outlet', 'outlet']);
  });

  it('still gives a "Name:" answer to an interviewee introduced before it, not to a name first seen there', () => {
    const s = article([
      { kind: 'paragraph', text: 'We spoke with Maria Gonzalez, the mayor, about the budget.' },
      { kind: 'paragraph', text: 'Maria Gonzalez: The management was incompetent.' },
      { kind: 'paragraph', text: 'David Chen: Why did nobody warn the council?' },
      { kind: 'paragraph', text: 'Nobody listened to the auditors.' },
    ]);
    expect(speaker(s[1])).toBe('Maria Gonzalez');
    expect(s[1]!.label).toBe('reported-opinion');
    expect(speaker(s[2])).toBe('outlet');
  });

  it('keeps the writer’s first person the outlet’s in an article too', () => {
    const s = article([
      { kind: 'paragraph', text: 'Maria Gonzalez said the budget was balanced.' },
      { kind: 'paragraph', text: 'I suspect that the mayor thinks nobody will check the numbers.' },
    ]);
    expect(speaker(s[1])).toBe('outlet');
    expect(s[1]!.label).toBe('opinion');
  });
});

describe('reportedSpans', () => {
  it('cuts the words after the verb, before an inverted verb, or inside the quotation', () => {
    const text = 'Eric Reeves, a senior fellow, said the deal was a mistake.';
    const spans = reportedSpans({
      text,
      voice: { speaker: 'Eric Reeves', via: 'indirect', verb: 'said' },
      quoted: [],
      loaded: [],
    });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([' the deal was a mistake.']);
    const inverted = 'Deals take time to cultivate, Zuckerberg said at the trial.';
    const back = reportedSpans({
      text: inverted,
      voice: { speaker: 'Mark Zuckerberg', via: 'indirect', verb: 'said' },
      quoted: [],
      loaded: [],
    });
    expect(back.map((s) => inverted.slice(s.start, s.end))).toEqual(['Deals take time to cultivate']);
    const middle = 'The new law, he argued, is a disaster for farmers.';
    const both = reportedSpans({
      text: middle,
      voice: { speaker: 'he', via: 'pronoun', verb: 'argued' },
      quoted: [],
      loaded: [],
    });
    expect(both.map((s) => middle.slice(s.start, s.end))).toEqual([
      'The new law',
      'is a disaster for farmers.',
    ]);
    const quoted = '“We will never accept this deal,” she said.';
    const q = findQuotes(quoted).map((x) => ({ start: x.start, end: x.end }));
    const inQuote = reportedSpans({
      text: quoted,
      voice: { speaker: 'she', via: 'quote', verb: 'said' },
      quoted: q,
      loaded: [],
    });
    expect(inQuote.map((s) => quoted.slice(s.start, s.end))).toEqual(['“We will never accept this deal,”']);
    // "according to X": the clause after it, after a connective too, or both sides of it in the middle.
    const according = (t: string) =>
      reportedSpans({
        text: t,
        voice: { speaker: 'Natural News', via: 'according-to', verb: 'according to' },
        quoted: [],
        loaded: [],
      }).map((s) => t.slice(s.start, s.end));
    expect(according('But according to Natural News, the violence is rampant.')).toEqual([
      ' the violence is rampant.',
    ]);
    expect(according('The plan, according to Natural News, is a disaster.')).toEqual([
      'The plan',
      ' is a disaster.',
    ]);
    expect(according('The plan is a disaster, according to Natural News.')).toEqual([
      'The plan is a disaster, ',
    ]);
    expect(reportedSpans({ text, voice: 'outlet', quoted: [], loaded: [] })).toEqual([]);
  });
});

describe('quotation marks', () => {
  it('quotes the text before a closing mark that has no opening one', () => {
    expect(findQuotes('It is a deadly toxin.” More text')).toEqual([
      { start: 0, end: 22, open: '', close: '”' },
    ]);
    expect(findQuotes('A mistake," he said.')).toEqual([{ start: 0, end: 11, open: '', close: '"' }]);
    // Inch marks and apostrophes open and close nothing.
    expect(findQuotes('He is 5\'10" tall.')).toEqual([]);
  });
});

describe('pages-dev eval helpers', () => {
  it('locates sentences by a hash of their first 40 characters and the occurrence', () => {
    expect(sentenceKey('  The   plan ')).toBe(sentenceKey('The plan'));
    const forty = 'a'.repeat(40);
    expect(sentenceKey(`${forty}x`)).toBe(sentenceKey(`${forty}y`));
    const locs = locators(['Same start.', 'Other.', 'Same start.']);
    expect(locs[0]!.split(':')[1]).toBe('0');
    expect(locs[2]).toBe(`${sentenceKey('Same start.')}:1`);
  });

  it('maps labels to own/reported/none and computes per-class and macro F1', () => {
    expect([goldOf('opinion'), goldOf('reported-opinion'), goldOf('claim'), goldOf('fact')]).toEqual([
      'own',
      'reported',
      'none',
      'none',
    ]);
    const c = emptyConfusion();
    c.counts.own.own = 2;
    c.counts.own.none = 2;
    c.counts.reported.reported = 1;
    c.counts.none.none = 3;
    c.counts.none.own = 1;
    const own = f1For(c, 'own');
    expect(own.p).toBeCloseTo(2 / 3, 10);
    expect(own.r).toBe(0.5);
    expect(own.f1).toBeCloseTo(4 / 7, 10);
    expect(f1For(c, 'reported').f1).toBe(1);
    const none = f1For(c, 'none');
    expect(none.p).toBe(0.6);
    expect(macroF1(c)).toBeCloseTo((4 / 7 + 1 + none.f1) / CLASSES.length, 10);
  });

  it('adds up the counts of a group of pages', () => {
    const c = emptyConfusion();
    c.byPage.a = emptyConfusion().counts;
    c.byPage.b = emptyConfusion().counts;
    c.byPage.a.own.own = 2;
    c.byPage.b.own.own = 1;
    c.byPage.b.reported.none = 4;
    const b = subset(c, (slug) => slug === 'b');
    expect(b.counts.own.own).toBe(1);
    expect(b.counts.reported.none).toBe(4);
    expect(b.located).toBe(5);
    expect(subset(c, () => true).counts.own.own).toBe(3);
  });

  it('keeps the check set apart from the dev set: other pages, locators and labels only, each sentence once', () => {
    const dev = readLabels('dev');
    const check = readLabels('check');
    const checkPages = Object.keys(check.pages);
    expect(checkPages.length).toBeGreaterThanOrEqual(8);
    for (const slug of checkPages) expect(Object.keys(dev.pages)).not.toContain(slug);
    for (const slug of check.groups?.opinion ?? []) expect(checkPages).toContain(slug);
    for (const entries of Object.values(check.pages)) {
      for (const e of entries) expect(e).toMatch(/^[0-9a-f]{10}:\d+:(own|reported|none)$/);
      const locs = entries.map((e) => e.slice(0, e.lastIndexOf(':')));
      expect(new Set(locs).size).toBe(locs.length);
    }
  });

  it('keeps the fresh set apart from both earlier sets: other pages, locators and labels only, each sentence once', () => {
    const earlier = [...Object.keys(readLabels('dev').pages), ...Object.keys(readLabels('check').pages)];
    const fresh = readLabels('fresh');
    const freshPages = Object.keys(fresh.pages);
    expect(freshPages.length).toBeGreaterThanOrEqual(8);
    for (const slug of freshPages) expect(earlier).not.toContain(slug);
    expect(fresh.groups?.opinion?.length).toBeGreaterThan(0);
    for (const slug of fresh.groups?.opinion ?? []) expect(freshPages).toContain(slug);
    const entries = Object.values(fresh.pages).flat();
    expect(entries.length).toBeGreaterThanOrEqual(400);
    for (const e of entries) expect(e).toMatch(/^[0-9a-f]{10}:\d+:(own|reported|none)$/);
    for (const page of Object.values(fresh.pages)) {
      const locs = page.map((e) => e.slice(0, e.lastIndexOf(':')));
      expect(new Set(locs).size).toBe(locs.length);
    }
  });

  it.each([
    ['fresh2', ['dev', 'check', 'fresh'], 8, 400],
    ['fresh3', ['dev', 'check', 'fresh', 'fresh2'], 8, 600],
  ] as const)(
    'keeps the %s set apart from every earlier set: other pages, locators and labels only, each sentence once',
    (set, before, pageCount, minSentences) => {
      const earlier = before.flatMap((b) => Object.keys(readLabels(b).pages));
      const labels = readLabels(set);
      const pages = Object.keys(labels.pages);
      expect(pages.length).toBe(pageCount);
      for (const slug of pages) expect(earlier).not.toContain(slug);
      expect(labels.groups?.opinion?.length).toBeGreaterThan(0);
      for (const slug of labels.groups?.opinion ?? []) expect(pages).toContain(slug);
      const entries = Object.values(labels.pages).flat();
      expect(entries.length).toBeGreaterThanOrEqual(minSentences);
      for (const e of entries) expect(e).toMatch(/^[0-9a-f]{10}:\d+:(own|reported|none)$/);
      for (const page of Object.values(labels.pages)) {
        const locs = page.map((e) => e.slice(0, e.lastIndexOf(':')));
        expect(new Set(locs).size).toBe(locs.length);
      }
    },
  );

  it('labels no page in two sets', () => {
    const owner = new Map<string, string>();
    for (const set of LABEL_SETS)
      for (const slug of Object.keys(readLabels(set).pages)) {
        expect(owner.get(slug), `${slug} is in ${owner.get(slug)} and ${set}`).toBeUndefined();
        owner.set(slug, set);
      }
    expect(owner.size).toBeGreaterThanOrEqual(56);
  });

  it('prints the sets in order dev, check, fresh, fresh2, fresh3, each under its own name', () => {
    expect(LABEL_SETS).toEqual(['dev', 'check', 'fresh', 'fresh2', 'fresh3']);
    expect(LABEL_SETS.map((set) => SET_NAME[set])).toEqual([
      'pages-dev',
      'pages-check',
      'pages-fresh',
      'pages-fresh2',
      'pages-fresh3',
    ]);
  });

  it('lists the errors of the set named on the command line, the dev set by default', () => {
    expect(errorsSet(['--errors'])).toBe('dev');
    expect(errorsSet(['--errors', '--check'])).toBe('check');
    expect(errorsSet(['--errors', '--fresh'])).toBe('fresh');
    expect(errorsSet(['--errors', '--fresh2'])).toBe('fresh2');
    expect(errorsSet(['--fresh2', '--errors'])).toBe('fresh2');
    expect(errorsSet(['--errors', '--fresh3'])).toBe('fresh3');
  });
});
