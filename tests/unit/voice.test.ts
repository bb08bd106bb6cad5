import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/analysis/entities';
import { attributeVoices, type VoiceFinding } from '../../lib/analysis/voice';
import { readText, refsOf } from '../fixtures/text/refs';

function analyse(text: string) {
  const { blocks, sentences } = refsOf(text);
  const voices = attributeVoices(sentences, findEntities(blocks, sentences));
  expect(voices).toHaveLength(sentences.length);
  /** The voice of the one sentence starting with `start`. */
  const at = (start: string): VoiceFinding => {
    const hits = sentences.flatMap((s, i) => (s.text.startsWith(start) ? [i] : []));
    expect(hits, start).toHaveLength(1);
    return voices[hits[0]!]!;
  };
  return { sentences, voices, at };
}

describe('attributeVoices on the reference article', () => {
  const { at, sentences, voices } = analyse(readText('nato-south-caucasus.txt'));
  const stoltenberg = {
    speaker: 'Jens Stoltenberg',
    entity: 'jens-stoltenberg',
    role: 'NATO Secretary General',
  };

  it('attributes "Stoltenberg commended ..." to Jens Stoltenberg, with the verb span', () => {
    const v = at('Stoltenberg commended');
    expect(v.voice).toEqual({ ...stoltenberg, via: 'indirect', verb: 'commended' });
    expect(v.saying).toEqual({ start: 12, end: 21, verb: 'commended' });
    expect(v.quoted).toEqual([]);
  });

  it('carries "He lauded ..." over to Jens Stoltenberg by pronoun', () => {
    expect(at('He lauded').voice).toEqual({ ...stoltenberg, via: 'pronoun', verb: 'lauded' });
    expect(at('However, he also warned').voice).toEqual({ ...stoltenberg, via: 'pronoun', verb: 'warned' });
    expect(at('In Armenia, he commended').voice).toEqual({
      ...stoltenberg,
      via: 'pronoun',
      verb: 'commended',
    });
  });

  it('gives the Peskov sentence to Dmitry Peskov (participial "with X accusing")', () => {
    const v = at('Stoltenberg’s visit to the South Caucasus has drawn criticism');
    expect(v.voice).toEqual({
      speaker: 'Dmitry Peskov',
      entity: 'dmitry-peskov',
      role: 'Kremlin spokesperson',
      via: 'indirect',
      verb: 'accusing',
    });
    const s = sentences.find((x) => x.text.startsWith('Stoltenberg’s visit to the South'))!;
    expect(s.text.slice(v.saying!.start, v.saying!.end)).toBe('accusing');
  });

  it('keeps the outlet’s own judgement and non-speech verbs in the outlet’s voice', () => {
    expect(at('However, Azerbaijan’s complicated relationship').voice).toBe('outlet');
    expect(at('The interview comes amid').voice).toBe('outlet'); // "he also visited Armenia"
    expect(at('As tensions persist').voice).toBe('outlet'); // "engagement with Azerbaijan underscores"
    expect(at('As Stoltenberg’s visit highlights').voice).toBe('outlet'); // possessive is no speaker
    expect(at('One of the focal points').voice).toBe('outlet');
  });

  it('attributes the interview sentence through the title run', () => {
    expect(at('During a recent interview').voice).toEqual({
      ...stoltenberg,
      via: 'indirect',
      verb: 'emphasized',
    });
  });

  it('counts attributed and outlet sentences exactly', () => {
    const attributed = voices.filter((v) => v.voice !== 'outlet').length;
    expect(attributed).toBe(11);
    expect(voices.length - attributed).toBe(15);
  });

  it('reads the related story’s title-case headline verb as its subject’s', () => {
    expect(at('Liechtenstein Cautions').voice).toMatchObject({ speaker: 'Liechtenstein', verb: 'Cautions' });
  });
});

describe('attributeVoices on wire-style sentences', () => {
  const { at } = analyse(readText('wire-voices.txt'));

  it('finds the speaker after a direct quote, with the title as role', () => {
    const v = at('"We will not back down,"');
    expect(v.voice).toEqual({
      speaker: 'Ben Wallace',
      entity: 'ben-wallace',
      role: 'Defence Minister',
      via: 'quote',
      verb: 'said',
    });
    expect(v.quoted).toEqual([{ start: 0, end: 24 }]);
  });

  it('gives every sentence of a multi-sentence quote to the speaker named after it', () => {
    const ursula = {
      speaker: 'Ursula von der Leyen',
      entity: 'ursula-von-der-leyen',
      role: 'European Commission president',
      via: 'quote',
      verb: 'said',
    };
    const first = at('"The sanctions are working.');
    expect(first.voice).toEqual(ursula);
    expect(first.saying).toBeUndefined(); // the verb stands in a later sentence
    expect(first.quoted).toEqual([{ start: 0, end: 27 }]);
    expect(at('They are hurting the regime.').voice).toEqual(ursula);
    expect(at('We will go further,').voice).toEqual(ursula);
  });

  it('finds the speaker before a quote opened with a colon', () => {
    const peskov = {
      speaker: 'Dmitry Peskov',
      entity: 'dmitry-peskov',
      role: 'Kremlin spokesman',
      verb: 'told',
    };
    expect(at('Kremlin spokesman Dmitry Peskov told reporters').voice).toEqual({ ...peskov, via: 'quote' });
    expect(at('This is a threat."').voice).toEqual({ ...peskov, via: 'quote' });
  });

  it('handles "Mr." names, non-speech verbs and a pronoun after a quote ("?" he asked)', () => {
    expect(at('Mr. Smith visited Kyiv').voice).toBe('outlet');
    expect(at('Mr. Smith said the visit').voice).toEqual({
      speaker: 'Smith',
      entity: 'smith',
      via: 'indirect',
      verb: 'said',
    });
    expect(at('"Why now?" he asked.').voice).toEqual({
      speaker: 'Smith',
      entity: 'smith',
      via: 'quote',
      verb: 'asked',
    });
  });

  it('names unnamed sources as such', () => {
    expect(at('According to officials').voice).toEqual({
      speaker: 'officials',
      via: 'unnamed',
      verb: 'according to',
    });
    expect(at('The plan is doomed, critics say.').voice).toEqual({
      speaker: 'critics',
      via: 'unnamed',
      verb: 'say',
    });
    expect(at('A source familiar with').voice).toEqual({
      speaker: 'an unnamed source',
      via: 'unnamed',
      verb: 'said',
    });
    expect(at('Western officials said').voice).toEqual({
      speaker: 'Western officials',
      via: 'unnamed',
      verb: 'said',
    });
  });

  it('handles accused-of, pronoun carry-over and a quoted phrase inside reported speech', () => {
    const warren = { speaker: 'Elizabeth Warren', entity: 'elizabeth-warren', role: 'Senator' };
    expect(at('Senator Elizabeth Warren accused').voice).toEqual({
      ...warren,
      via: 'indirect',
      verb: 'accused',
    });
    expect(at('She added that').voice).toEqual({ ...warren, via: 'pronoun', verb: 'added' });
    const called = at('Warren called the merger');
    expect(called.voice).toEqual({ ...warren, via: 'indirect', verb: 'called' });
    expect(called.quoted).toEqual([{ start: 25, end: 52 }]);
  });

  it('handles "according to" a named source, acronyms and an apposition between subject and verb', () => {
    expect(at('The report, according to Reuters').voice).toEqual({
      speaker: 'Reuters',
      entity: 'reuters',
      via: 'according-to',
      verb: 'according to',
    });
    expect(at('The EU said').voice).toEqual({
      speaker: 'European Union',
      entity: 'european-union',
      via: 'indirect',
      verb: 'said',
    });
    expect(at('Dmitry Peskov, the Kremlin spokesman, said').voice).toEqual({
      speaker: 'Dmitry Peskov',
      entity: 'dmitry-peskov',
      role: 'Kremlin spokesman',
      via: 'indirect',
      verb: 'said',
    });
  });

  it('leaves plain facts to the outlet', () => {
    expect(at('Prices rose sharply').voice).toBe('outlet');
    expect(at('U.S. Secretary of State Antony Blinken met').voice).toBe('outlet');
    expect(at('The European Union imposed').voice).toBe('outlet');
  });
});

describe('attributeVoices on institutional sources', () => {
  const { at } = analyse(readText('wire-sources.txt'));

  it('gives a spokesperson for a named body to that body', () => {
    expect(at('A spokesperson for the Ministry of Defence').voice).toEqual({
      speaker: 'spokesperson for the Ministry of Defence',
      entity: 'ministry-of-defence',
      via: 'indirect',
      verb: 'said',
    });
    expect(at('Prime Minister Rishi Sunak’s spokesman Max Blain').voice).toEqual({
      speaker: 'Max Blain',
      entity: 'max-blain',
      role: 'Prime Minister Rishi Sunak’s spokesman',
      via: 'indirect',
      verb: 'said',
    });
  });

  it('names bodies referred to by a common noun as unnamed sources', () => {
    expect(at('In a statement, the ministry said').voice).toEqual({
      speaker: 'the ministry',
      via: 'unnamed',
      verb: 'said',
    });
    expect(at('Police said').voice).toEqual({ speaker: 'police', via: 'unnamed', verb: 'said' });
    expect(at('The company said').voice).toEqual({ speaker: 'the company', via: 'unnamed', verb: 'said' });
    expect(at('Many analysts believe').voice).toEqual({
      speaker: 'analysts',
      via: 'unnamed',
      verb: 'believe',
    });
    expect(at('It remains unclear').voice).toEqual({
      speaker: 'senior Western diplomat',
      via: 'unnamed',
      verb: 'told',
    });
  });

  it('skips a relative clause between subject and verb, and "he" never means a company', () => {
    expect(at('Olaf Scholz, who met the envoy').voice).toEqual({
      speaker: 'Olaf Scholz',
      entity: 'olaf-scholz',
      via: 'indirect',
      verb: 'said',
    });
    expect(at('"This is not the end," he told').voice).toEqual({
      speaker: 'Olaf Scholz',
      entity: 'olaf-scholz',
      via: 'quote',
      verb: 'told',
    });
  });

  it('reads a definite title as the last person speaking, and "the official" as an unnamed source', () => {
    const { voices } = analyse(
      'Talks Resume in Geneva\n\nAntonio Guterres said the talks were useful. The secretary-general later added that funding was short. The official said more was needed.',
    );
    expect(voices.slice(1).map((v) => v.voice)).toEqual([
      { speaker: 'Antonio Guterres', entity: 'antonio-guterres', via: 'indirect', verb: 'said' },
      { speaker: 'Antonio Guterres', entity: 'antonio-guterres', via: 'continuation', verb: 'added' },
      { speaker: 'an official', via: 'unnamed', verb: 'said' },
    ]);
  });

  it('leaves acts that are not speech to the outlet', () => {
    expect(at('Microsoft declined to comment.').voice).toBe('outlet');
    expect(at('Zelenskyy’s office later published').voice).toBe('outlet');
    expect(at('The video shows soldiers').voice).toBe('outlet');
    expect(at('The decision, announced by').voice).toBe('outlet');
  });
});

describe('attributeVoices edge cases', () => {
  it('returns nothing for no sentences', () => {
    expect(attributeVoices([], { entities: [], mentions: [] })).toEqual([]);
  });

  it('attributes a sentence taken alone (the --sentences mode) to a lone surname before a verb of saying', () => {
    const text = 'Stoltenberg commended Azerbaijan’s longstanding collaboration with NATO.';
    const refs = [{ block: 0, start: 0, end: text.length, text }];
    const found = findEntities([{ kind: 'paragraph', text }], refs);
    expect(attributeVoices(refs, found)[0]!.voice).toEqual({
      speaker: 'Stoltenberg',
      entity: 'stoltenberg',
      via: 'indirect',
      verb: 'commended',
    });
    const notes = 'Article posted with permission from the author.';
    const noteRefs = [{ block: 0, start: 0, end: notes.length, text: notes }];
    expect(
      attributeVoices(noteRefs, findEntities([{ kind: 'paragraph', text: notes }], noteRefs))[0]!.voice,
    ).toBe('outlet');
  });

  it('keeps a pronoun with no antecedent as the speaker: reported speech is still attributed', () => {
    const { voices } = analyse(
      'Heading Line Here\n\nThe storm hit the coast. He said it was bad. They agreed.',
    );
    expect(voices.map((v) => v.voice)).toEqual([
      'outlet',
      'outlet',
      { speaker: 'he', via: 'pronoun', verb: 'said' },
      { speaker: 'they', via: 'pronoun', verb: 'agreed' },
    ]);
  });

  it('resolves "they" to a group named just before, and "she" to a single unnamed source', () => {
    const { voices } = analyse(
      'Heading Line Here\n\nWhile investigators did not reveal her name, they did tell reporters she fled. A witness said the car was red. She added that it sped away.',
    );
    expect(voices.slice(1).map((v) => v.voice)).toEqual([
      { speaker: 'investigators', via: 'pronoun', verb: 'tell' },
      { speaker: 'a witness', via: 'unnamed', verb: 'said' },
      { speaker: 'a witness', via: 'pronoun', verb: 'added' },
    ]);
  });

  it('finds owners’ spokespeople, time phrases before the verb and a name in apposition', () => {
    const { voices } = analyse(
      'Heading Line Here\n\nAl Franken resigned. Franken on Thursday denied the claims. Franken’s office said he was sorry. His former aide, Karen Monahan, alleged abuse, according to the AP.',
    );
    expect(voices.slice(1).map((v) => v.voice)).toEqual([
      'outlet',
      { speaker: 'Al Franken', entity: 'al-franken', via: 'indirect', verb: 'denied' },
      { speaker: 'Franken’s office', entity: 'al-franken', via: 'indirect', verb: 'said' },
      { speaker: 'Karen Monahan', entity: 'karen-monahan', via: 'indirect', verb: 'alleged' },
    ]);
  });

  it('reads "X is quoted as saying" and an inverted subject behind a title', () => {
    const { voices } = analyse(
      'Heading Line Here\n\nMohammad Bagheri is quoted as saying that the visit was planned. “I could see it,” said Officer Dave Newton from the city police in a clip.',
    );
    expect(voices.slice(1).map((v) => v.voice)).toEqual([
      { speaker: 'Mohammad Bagheri', entity: 'mohammad-bagheri', via: 'indirect', verb: 'saying' },
      { speaker: 'Dave Newton', entity: 'dave-newton', role: 'Officer', via: 'quote', verb: 'said' },
    ]);
  });

  it('does not carry an unclosed quote past a line break in the block', () => {
    const text =
      'Heading Line Here\n\n“We will win,” Ana Silva said. “If it is wrong, why?\nInspectors cannot visit the sites.';
    const { voices } = analyse(text);
    expect(voices.map((v) => (v.voice === 'outlet' ? 'outlet' : v.voice.via))).toEqual([
      'outlet',
      'quote',
      'continuation',
      'outlet',
    ]);
  });

  it('does not read the object after a verb as an inverted subject', () => {
    const { voices } = analyse(
      'Heading Line Here\n\nA former official, who asked not to be named, told the Jezebel website that she left.',
    );
    expect(voices[1]!.voice).toEqual({ speaker: 'former official', via: 'unnamed', verb: 'told' });
  });

  it('continues an unattributed quoted paragraph with the last speaker', () => {
    const text =
      'Talks Collapse\n\n“We are leaving,” said Anna Kovacs, the opposition leader.\n\n“Nobody listened to us. Nobody cared.”';
    const { voices } = analyse(text);
    const anna = { speaker: 'Anna Kovacs', entity: 'anna-kovacs', role: 'opposition leader' };
    expect(voices[1]!.voice).toEqual({ ...anna, via: 'quote', verb: 'said' });
    expect(voices[2]!.voice).toEqual({ ...anna, via: 'continuation', verb: 'said' });
    expect(voices[3]!.voice).toEqual({ ...anna, via: 'continuation', verb: 'said' });
  });
});
