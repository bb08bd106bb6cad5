import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/analysis/entities';
import { segmentSentences } from '../../lib/analysis/segment';
import { attributeVoices } from '../../lib/analysis/voice';
import { refsOf } from '../fixtures/text/refs';

const split = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences: the attribution after a quoted question or exclamation', () => {
  it('keeps a name and a verb of saying with the quotation they follow', () => {
    expect(split('“Who is Ellen Fetter?” Rothman recalls thinking at the time. Then he searched.')).toEqual([
      '“Who is Ellen Fetter?” Rothman recalls thinking at the time.',
      'Then he searched.',
    ]);
    expect(split('“They’d be a co-author!” Rothman said. Since then, things changed.')).toEqual([
      '“They’d be a co-author!” Rothman said.',
      'Since then, things changed.',
    ]);
    expect(split('"Is it over?" Maria Lopez later told reporters. More followed.')).toEqual([
      '"Is it over?" Maria Lopez later told reporters.',
      'More followed.',
    ]);
  });

  it('keeps a role or a capitalised pronoun as the speaker', () => {
    expect(split('“Is it over?” A spokeswoman for the company asked. More followed.')).toEqual([
      '“Is it over?” A spokeswoman for the company asked.',
      'More followed.',
    ]);
    expect(split('“What now?” He asked. They left.')).toEqual(['“What now?” He asked.', 'They left.']);
    expect(split('“What now?” Smith asked the crowd. They left.')).toEqual([
      '“What now?” Smith asked the crowd.',
      'They left.',
    ]);
  });

  it('leaves a new sentence after the quotation on its own', () => {
    expect(split('“Why?” Officials said the plan will go ahead. Nobody knew.')).toEqual([
      '“Why?”',
      'Officials said the plan will go ahead.',
      'Nobody knew.',
    ]);
    expect(split('“What now?” Smith said he did not know.')).toEqual([
      '“What now?”',
      'Smith said he did not know.',
    ]);
    expect(split('“Who cares?” The answer is nobody.')).toEqual(['“Who cares?”', 'The answer is nobody.']);
    expect(split('Is it over? Rothman said so.')).toEqual(['Is it over?', 'Rothman said so.']);
    // A lone common word before a weak verb of saying is no speaker.
    expect(split('“It is a disgrace!” Article posted with permission from Jane Doe')).toEqual([
      '“It is a disgrace!”',
      'Article posted with permission from Jane Doe',
    ]);
    expect(split('“Who knew?” Then said nothing more.')).toEqual(['“Who knew?”', 'Then said nothing more.']);
    expect(split('“Watch out!” Haoyu called. They ran.')).toEqual([
      '“Watch out!” Haoyu called.',
      'They ran.',
    ]);
  });

  it('leaves a quotation of several sentences split inside the quotation', () => {
    const text = '“I’m frequently asked why I don’t write my memoirs. I think I have.”';
    expect(split(text)).toEqual(['“I’m frequently asked why I don’t write my memoirs.', 'I think I have.”']);
  });

  it('lets the voice pass give the joined quotation its speaker', () => {
    const text =
      'Daniel Rothman, a geophysicist at MIT, read the paper in 2011. “Jesus … who is Ellen Fetter?” Rothman recalls thinking at the time. He wanted to know.';
    const { blocks, sentences } = refsOf(text);
    const voices = attributeVoices(sentences, findEntities(blocks, sentences));
    expect(sentences.map((s) => s.text)).toHaveLength(3);
    expect(voices[1]!.voice).toEqual({
      speaker: 'Daniel Rothman',
      entity: 'daniel-rothman',
      via: 'quote',
      verb: 'recalls',
    });
    expect(voices[1]!.quoted).toEqual([{ start: 0, end: 30 }]);
    expect(voices[2]!.voice).toBe('outlet');
  });
});
