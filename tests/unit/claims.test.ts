import { describe, expect, it } from 'vitest';
import {
  assertingVerb,
  type ClaimInput,
  certaintyOf,
  findClaims,
  isCheckWorthy,
} from '../../lib/analysis/claims';
import type { Mention } from '../../lib/analysis/tone';
import type { BlockKind, Entity, Label, Sentence, Voice } from '../../lib/analysis/types';

function entity(id: string, name: string, type: Entity['type'], role?: string): Entity {
  return {
    id,
    name,
    type,
    aliases: [],
    ...(role ? { role } : {}),
    mentions: 1,
    sentences: [0],
    tone: { outlet: { score: 0, mentions: 0 }, quoted: { score: 0, mentions: 0 } },
  };
}

const ENTITIES = [
  entity('p:stoltenberg', 'Jens Stoltenberg', 'person', 'NATO Secretary General'),
  entity('p:peskov', 'Dmitry Peskov', 'person'),
  entity('p:aliyev', 'Ilham Aliyev', 'person'),
  entity('g:azerbaijan', 'Azerbaijan', 'place'),
];

/** One sentence as the only one in its block, so block offsets = sentence offsets + `at`. */
function item(
  index: number,
  text: string,
  label: Label,
  voice: Voice = 'outlet',
  names: { entity: string; text: string }[] = [],
  kind: BlockKind = 'paragraph',
  at = 0,
): ClaimInput {
  const sentence: Sentence = {
    index,
    block: index,
    start: at,
    end: at + text.length,
    text,
    opinion: label === 'opinion' ? 0.8 : 0.2,
    label,
    voice,
    reasons: [],
  };
  const mentions: Mention[] = names.map((n) => {
    const i = text.indexOf(n.text);
    return {
      entity: n.entity,
      sentence: index,
      block: index,
      start: at + i,
      end: at + i + n.text.length,
      text: n.text,
    };
  });
  return { sentence, kind, loaded: [], mentions };
}

const STOLTENBERG: Voice = {
  speaker: 'Jens Stoltenberg',
  entity: 'p:stoltenberg',
  role: 'NATO Secretary General',
  via: 'indirect',
  verb: 'stressed',
};

describe('findClaims', () => {
  it('gives an attributed sentence to its speaker, with role and verb', () => {
    const text = 'Stoltenberg stressed the urgency of achieving lasting peace in the region.';
    const [claim, ...rest] = findClaims([item(0, text, 'claim', STOLTENBERG)], ENTITIES, 'The Post');
    expect(rest).toEqual([]);
    expect(claim).toEqual({
      block: 0,
      start: 0,
      end: text.length,
      sentence: 0,
      text,
      speaker: 'Jens Stoltenberg',
      entity: 'p:stoltenberg',
      role: 'NATO Secretary General',
      verb: 'stressed',
      certainty: 'plain',
      hedges: [],
    });
  });

  it('gives an outlet judgement to the outlet by name, with its asserting verb', () => {
    const text = 'Its inept diplomatic service further complicates the situation.';
    const claims = findClaims([item(0, text, 'opinion')], ENTITIES, 'The Post');
    expect(claims.map((c) => [c.speaker, c.verb, c.text])).toEqual([['The Post', 'complicates', text]]);
  });

  it('skips plain narration, headings and datelines', () => {
    const claims = findClaims(
      [
        item(0, 'The interview comes amid his tour of the region, where he also visited Georgia.', 'fact'),
        item(1, 'NATO Treads Fine Line Between Armenia and Azerbaijan', 'claim', 'outlet', [], 'heading'),
        item(2, 'March 21, 2024', 'fact'),
      ],
      ENTITIES,
      'The Post',
    );
    expect(claims).toEqual([]);
  });

  it('skips questions, quoted or not', () => {
    const claims = findClaims(
      [
        item(0, 'Will the pipeline open before the winter?', 'claim'),
        item(1, '“Who will pay for the 12 new reactors?”', 'claim', STOLTENBERG),
        item(2, '“Who will pay for the 12 new reactors?” the minister asked.', 'claim', STOLTENBERG),
      ],
      ENTITIES,
      'The Post',
    );
    expect(claims).toEqual([]);
  });

  it('keeps figures, causes and predictions the outlet asserts, but not a date alone', () => {
    const claims = findClaims(
      [
        item(0, 'Gas exports rose by 12 percent last year.', 'fact'),
        item(1, 'The pipeline will open before the winter.', 'fact'),
        item(2, 'The talks were held in Baku on March 21, 2024.', 'fact'),
      ],
      ENTITIES,
      'The Post',
    );
    expect(claims.map((c) => c.sentence)).toEqual([0, 1]);
  });

  it('finds reported speech embedded in an outlet sentence, with the role before the name', () => {
    const text =
      'The visit has drawn criticism from Russia, with Kremlin spokesperson Dmitry Peskov accusing NATO of seeking to gain a foothold in the region.';
    const claims = findClaims(
      [item(0, text, 'fact', 'outlet', [{ entity: 'p:peskov', text: 'Dmitry Peskov' }], 'paragraph', 10)],
      ENTITIES,
      'The Post',
    );
    const embedded =
      'Kremlin spokesperson Dmitry Peskov accusing NATO of seeking to gain a foothold in the region';
    const from = 10 + text.indexOf('Kremlin');
    expect(claims).toEqual([
      {
        block: 0,
        start: from,
        end: from + embedded.length,
        sentence: 0,
        text: embedded,
        speaker: 'Dmitry Peskov',
        entity: 'p:peskov',
        role: 'Kremlin spokesperson',
        verb: 'accusing',
        certainty: 'plain',
        hedges: [],
      },
    ]);
  });

  it('finds a stance reported for another person ("X’s optimism regarding ...")', () => {
    const text =
      'Stoltenberg stressed the urgency of peace, acknowledging President Ilham Aliyev’s optimism regarding the prospects for a peace agreement.';
    const claims = findClaims(
      [item(0, text, 'claim', STOLTENBERG, [{ entity: 'p:aliyev', text: 'Ilham Aliyev’s' }])],
      ENTITIES,
      'The Post',
    );
    expect(claims.map((c) => [c.speaker, c.role, c.text])).toEqual([
      ['Jens Stoltenberg', 'NATO Secretary General', text],
      [
        'Ilham Aliyev',
        'President',
        'President Ilham Aliyev’s optimism regarding the prospects for a peace agreement',
      ],
    ]);
  });

  it('does not repeat the main speaker as an embedded claim', () => {
    const text = 'Stoltenberg said the alliance would stay.';
    const claims = findClaims(
      [item(0, text, 'claim', STOLTENBERG, [{ entity: 'p:stoltenberg', text: 'Stoltenberg' }])],
      ENTITIES,
      'The Post',
    );
    expect(claims.map((c) => c.speaker)).toEqual(['Jens Stoltenberg']);
  });
});

describe('certaintyOf', () => {
  it('marks hedged, boosted and plain assertions with the words that make them so', () => {
    expect(certaintyOf('The deal may collapse, officials reportedly fear.')).toEqual({
      certainty: 'hedged',
      hedges: ['may', 'reportedly'],
    });
    expect(certaintyOf('This is clearly and undoubtedly a failure.')).toEqual({
      certainty: 'boosted',
      hedges: ['clearly', 'undoubtedly'],
    });
    expect(certaintyOf('The minister resigned on Monday.')).toEqual({ certainty: 'plain', hedges: [] });
  });

  it('counts the lexicon’s hedges too', () => {
    expect(
      certaintyOf('Critics say the plan is flawed.', [{ category: 'hedge', text: 'Critics say' }]),
    ).toEqual({ certainty: 'hedged', hedges: ['critics say'] });
  });
});

describe('isCheckWorthy', () => {
  it('needs a judgement, a polar loaded word or checkable content', () => {
    expect(isCheckWorthy({ text: 'He visited Armenia.', label: 'fact' }, [])).toBe(false);
    expect(isCheckWorthy({ text: 'He visited Armenia.', label: 'fact' }, [{ polarity: -0.5 }])).toBe(true);
    expect(isCheckWorthy({ text: 'It cost $4 million.', label: 'fact' }, [])).toBe(true);
    expect(isCheckWorthy({ text: 'He spoke on May 5, 2024.', label: 'fact' }, [])).toBe(false);
  });
});

describe('assertingVerb', () => {
  it('skips a participle used as an adjective', () => {
    expect(
      assertingVerb('Its complicated relationship and its officials further complicate the situation.'),
    ).toBe('complicate');
    expect(assertingVerb('The delay caused by the strike undermined the talks.')).toBe('caused');
    expect(assertingVerb('He walked home.')).toBeUndefined();
  });

  it('makes an outlet’s interpretation a claim, not its narration', () => {
    expect(isCheckWorthy({ text: 'The visit underscores the alliance’s efforts.', label: 'fact' }, [])).toBe(
      true,
    );
    expect(isCheckWorthy({ text: 'He remained in the capital.', label: 'fact' }, [])).toBe(false);
  });
});
