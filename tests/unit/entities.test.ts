import { describe, expect, it } from 'vitest';
import { findEntities, matchKnownEntities } from '../../lib/analysis/entities';
import type { Entity } from '../../lib/analysis/types';
import { readText, refsOf } from '../fixtures/text/refs';

function entitiesOf(text: string) {
  const { blocks, sentences } = refsOf(text);
  const found = findEntities(blocks, sentences);
  const byName = (name: string): Entity => {
    const e = found.entities.find((x) => x.name === name);
    expect(e, name).toBeDefined();
    return e!;
  };
  return { found, byName, sentences, blocks };
}

const NO_TONE = { outlet: { score: 0, mentions: 0 }, quoted: { score: 0, mentions: 0 } };

describe('findEntities on the reference article', () => {
  const { found, byName, blocks } = entitiesOf(readText('nato-south-caucasus.txt'));

  it('links every Stoltenberg mention to Jens Stoltenberg with his role', () => {
    const e = byName('Jens Stoltenberg');
    expect(e.id).toBe('jens-stoltenberg');
    expect(e.type).toBe('person');
    expect(e.role).toBe('NATO Secretary General');
    expect(e.mentions).toBe(10);
    expect(e.aliases.sort()).toEqual(['Jens Stoltenberg’s', 'Stoltenberg', 'Stoltenberg’s']);
    expect(e.tone).toEqual(NO_TONE);
  });

  it('finds people with roles from premodifiers', () => {
    expect(byName('Dmitry Peskov')).toMatchObject({
      type: 'person',
      role: 'Kremlin spokesperson',
      mentions: 1,
    });
    expect(byName('Ilham Aliyev')).toMatchObject({ type: 'person', role: 'President', mentions: 1 });
  });

  it('links possessives and demonyms to their country', () => {
    const az = byName('Azerbaijan');
    expect(az).toMatchObject({ id: 'azerbaijan', type: 'place', mentions: 17 });
    expect(az.aliases.sort()).toEqual(['Azerbaijani', 'Azerbaijan’s']);
    expect(byName('Armenia').aliases.sort()).toEqual(['Armenian', 'Armenia’s']);
    expect(byName('Russia').aliases.sort()).toEqual(['Russian', 'Russia’s']);
  });

  it('types organisations from cue words, acronyms and the known list', () => {
    expect(byName('NATO')).toMatchObject({ type: 'organization', mentions: 15 });
    for (const name of ['Kremlin', 'Reuters', 'Council of Europe', 'European Union'])
      expect(byName(name).type, name).toBe('organization');
    const agency = byName('Azerbaijan State Information Agency');
    expect(agency.aliases).toContain('AZERTAC');
  });

  it('finds regions and places', () => {
    for (const name of ['South Caucasus', 'Kosovo', 'Afghanistan', 'Kabul', 'Georgia', 'Ukraine'])
      expect(byName(name).type, name).toBe('place');
  });

  it('makes no entity of sentence openers, months, bare cue words or "Western"', () => {
    const names = found.entities.map((e) => e.name);
    for (const junk of [
      'Addressing',
      'However',
      'March',
      'Alliance',
      'Western',
      'One',
      'During',
      'In',
      'The',
    ])
      expect(names, junk).not.toContain(junk);
  });

  it('matches only known names in a title-case heading', () => {
    const heading = found.mentions.filter((m) => m.block === 0).map((m) => m.text);
    expect(heading).toEqual(['NATO', 'Armenia', 'Azerbaijan', 'South Caucasus']);
  });

  it('places every mention exactly in its block, in order', () => {
    for (const m of found.mentions) expect(blocks[m.block]!.text.slice(m.start, m.end)).toBe(m.text);
    const order = found.mentions.map((m) => m.sentence * 1e6 + m.start);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const stoltenberg = found.mentions.filter((m) => m.entity === 'jens-stoltenberg');
    expect(stoltenberg.filter((m) => m.possessive).length).toBe(4);
  });

  it('lists each entity’s sentences once, ascending', () => {
    for (const e of found.entities) {
      const own = [...new Set(found.mentions.filter((m) => m.entity === e.id).map((m) => m.sentence))];
      expect(e.sentences).toEqual(own.sort((a, b) => a - b));
    }
  });
});

describe('findEntities on wire-style text', () => {
  const { byName, found } = entitiesOf(readText('wire-voices.txt'));

  it('takes roles with country qualifiers and multi-word titles', () => {
    expect(byName('Antony Blinken')).toMatchObject({
      type: 'person',
      role: 'U.S. Secretary of State',
      mentions: 2,
    });
    expect(byName('Wang Yi')).toMatchObject({ type: 'person', role: 'Chinese Foreign Minister' });
    expect(byName('China').aliases).toEqual(['Chinese']);
    expect(byName('United States').aliases).toEqual(['U.S.']);
  });

  it('keeps name particles and takes roles from apposition', () => {
    expect(byName('Ursula von der Leyen')).toMatchObject({
      type: 'person',
      role: 'European Commission president',
    });
    expect(byName('Dmitry Peskov')).toMatchObject({ role: 'Kremlin spokesman', mentions: 2 });
  });

  it('links an acronym to the organisation it abbreviates and honorific names to a person', () => {
    expect(byName('European Union')).toMatchObject({ mentions: 2, aliases: ['EU'] });
    expect(byName('Smith')).toMatchObject({ id: 'smith', type: 'person', mentions: 2 });
  });

  it('does not take a capitalised sentence opener for a name', () => {
    expect(found.entities.map((e) => e.name)).not.toContain('Prices');
  });

  it('treats a word after a dropped opener as a sentence start, but keeps a name after "The"', () => {
    const text =
      'You need this item every day. Sometimes Need: you use it weekly. The Guardian said guardian angels help.';
    const names = entitiesOf(text).found.entities.map((e) => `${e.name}:${e.type}`);
    expect(names).toEqual(['Guardian:organization']);
  });
});

describe('findEntities rules', () => {
  it('links a surname to the nearest earlier full name when two people share it', () => {
    const { found } = entitiesOf(
      'Heading Two Words\n\nJohn Adams spoke first. Later, Mary Adams arrived. Adams said she was late.',
    );
    const adams = found.mentions.find((m) => m.text === 'Adams');
    expect(adams?.entity).toBe('mary-adams');
  });

  it('reads hyphenated name adjectives and plural demonyms', () => {
    const { byName } = entitiesOf('A NATO-led mission helped Armenians and a Russian-backed group left.');
    expect(byName('NATO').mentions).toBe(1);
    expect(byName('Armenia').aliases).toEqual(['Armenians']);
    expect(byName('Russia').aliases).toEqual(['Russian']);
  });

  it('returns nothing for no sentences', () => {
    expect(findEntities([], [])).toEqual({ entities: [], mentions: [] });
  });

  it('types lone capitalised words by context and drops lone adjectives of creed or region', () => {
    const { found } = entitiesOf(
      'A report in the Guardian said Islamic militants and European leaders met Obama’s envoy in Tbilisi. Later, Haley left.',
    );
    expect(found.entities.map((e) => [e.name, e.type])).toEqual([
      ['Guardian', 'organization'],
      ['Obama', 'person'],
      ['Tbilisi', 'place'],
      ['Haley', 'person'],
    ]);
  });

  it('drops events and bare titles, keeps first names that look like event words, reads institutions', () => {
    const { found } = entitiesOf(
      'After Hurricane Maria, the Pope met Grant Cardone and officials of Urban Development in San Juano. Later, Cardone spoke in San Juano again.',
    );
    expect(found.entities.map((e) => [e.name, e.type, e.mentions])).toEqual([
      ['Grant Cardone', 'person', 2],
      ['San Juano', 'place', 2],
      ['Urban Development', 'organization', 1],
    ]);
  });

  it('takes a role from a phrase set off before the name', () => {
    const { byName } = entitiesOf('Iran’s foreign minister, Abbas Araghchi, rejected the claims.');
    expect(byName('Abbas Araghchi')).toMatchObject({ type: 'person', role: 'Iran’s foreign minister' });
  });

  it('drops a capitalised word the text also writes in lower case, unless "the" or a role names it', () => {
    const { found } = entitiesOf(
      'Color: Stores use warm light, and the stores know it. A note from the Ombudsman upset Warren. Later, the ombudsman left.',
    );
    expect(found.entities.map((e) => [e.name, e.type])).toEqual([
      ['Ombudsman', 'organization'],
      ['Warren', 'person'],
    ]);
  });

  it('drops a capitalised list of ordinary words but keeps a list of names', () => {
    const { found } = entitiesOf(
      'Shoppers know HALT: never shop when you are Hungry, Angry, Lonely, Tired. Aides of Obama, Haley and Pence sent gifts.',
    );
    expect(found.entities.map((e) => [e.name, e.type])).toEqual([
      ['HALT', 'organization'],
      ['Obama', 'person'],
      ['Haley', 'person'],
      ['Pence', 'person'],
    ]);
  });

  it('makes no name of a title-case phrase with a pronoun or preposition inside', () => {
    const { found } = entitiesOf(
      'Buy the One Thing That Makes You Happy, then a Thing In Your Life. Whenever I shop, Jane Doe laughs.',
    );
    expect(found.entities.map((e) => [e.name, e.type])).toEqual([['Jane Doe', 'person']]);
    // A verb of saying after the phrase shows the title of a work that speaks.
    const book = entitiesOf('The Distance Between Us also argues that towns were left behind.');
    expect(book.found.entities.map((e) => e.name)).toEqual(['Distance Between Us']);
  });

  it('drops an imperative opener before a name but keeps an opener that starts a known name', () => {
    const { found } = entitiesOf(
      'Prices rose in the united front. (See Facebook’s own note.) Contact Mark Smith at the desk. United Kingdom 8.',
    );
    expect(found.entities.map((e) => [e.name, e.type])).toEqual([
      ['Facebook', 'organization'],
      ['Mark Smith', 'person'],
      ['United Kingdom', 'place'],
    ]);
  });

  it('makes no organisation of a degree or a common-noun acronym', () => {
    const { found } = entitiesOf('Katie Allen, MD, PhD, led the trial at NASA; her ID and the FAQ say so.');
    expect(found.entities.map((e) => [e.name, e.type])).toEqual([
      ['Katie Allen', 'person'],
      ['NASA', 'organization'],
    ]);
  });

  it('types a name ending in a feature of land or sea as a place', () => {
    const { found } = entitiesOf(
      'Whales beached on Ninety Mile Beach, near Stewart Island, by the Pacific Ocean.',
    );
    expect(found.entities.map((e) => [e.name, e.type])).toEqual([
      ['Ninety Mile Beach', 'place'],
      ['Stewart Island', 'place'],
      ['Pacific Ocean', 'place'],
    ]);
  });

  it('cuts dates and clock words off a name', () => {
    const { found } = entitiesOf(
      'She landed in London Thursday at 5 PM PT and left 6 PM Wednesday with Mark Smith.',
    );
    expect(found.entities.map((e) => [e.name, e.type])).toEqual([
      ['London', 'place'],
      ['Mark Smith', 'person'],
    ]);
  });

  it('ignores hashtags, handles and links', () => {
    const { found } = entitiesOf(
      'Photos spread under #LasVegas from @Trendy at pic.twitter.com/AbCdEf today.',
    );
    expect(found.entities).toEqual([]);
  });
});

describe('matchKnownEntities', () => {
  it('finds known entities and listed places in a related headline', () => {
    const { found } = entitiesOf(readText('nato-south-caucasus.txt'));
    const hits = matchKnownEntities('Stoltenberg Praises Azerbaijani Troops on Visit to Baku', found);
    expect(hits.map((h) => [h.name, h.text, h.start])).toEqual([
      ['Jens Stoltenberg', 'Stoltenberg', 0],
      ['Azerbaijan', 'Azerbaijani', 20],
      ['Baku', 'Baku', 51],
    ]);
    expect(hits[0]!.entity).toBe('jens-stoltenberg');
  });
});

describe('findEntities where capitals say little', () => {
  it('finds people in a title-case headline by the name table, and known names around them', () => {
    const { found } = entitiesOf(
      'Gary Cohn Criticizes Donald Trump’s Response to Charlottesville Protests in New York',
    );
    expect(found.entities.map((e) => [e.name, e.type]).sort()).toEqual([
      ['Donald Trump', 'person'],
      ['Gary Cohn', 'person'],
      ['New York', 'place'],
    ]);
    const trump = found.mentions.find((m) => m.text === 'Donald Trump’s');
    expect(trump?.possessive).toBe(true);
  });

  it('keeps a known surname that opens a sentence, not an interjection or a plain word', () => {
    const { found } = entitiesOf(
      'Sanders said the plan would fail. Oops, the page moved. Prices rose again.',
    );
    expect(found.entities.map((e) => e.name)).toEqual(['Sanders']);
    expect(found.entities[0]!.type).toBe('person');
  });

  it('keeps a known surname that opens a sentence before an aside or an age, not a label', () => {
    const { found } = entitiesOf(
      'Kasich, meanwhile, took a softer line. Bernstein, 19, was at home. Con: money. Oops, the page moved. Well, Then the vote came.',
    );
    expect(found.entities.map((e) => e.name)).toEqual(['Kasich', 'Bernstein']);
    expect(found.entities.map((e) => e.type)).toEqual(['person', 'person']);
  });

  it('keeps a known surname before any aside in lower case or as a speaker label, not an interjection', () => {
    const { found } = entitiesOf(
      'Clinton, further, is leading among young voters. Putin, it seems, is willing to wait. Kaine: “He absolutely said it.” Hi, the vote is on. Note: the vote moved.',
    );
    expect(found.entities.map((e) => [e.name, e.type])).toEqual([
      ['Clinton', 'person'],
      ['Putin', 'person'],
      ['Kaine', 'person'],
    ]);
  });

  it('keeps a name that ends like an adverb or a participle, not the adverb', () => {
    const { found } = entitiesOf(
      'Kelly was fired as deputy chief of staff. When Manning spoke, the room fell silent. Recently, prices rose. Addressing the crowd, the mayor left.',
    );
    expect(found.entities.map((e) => e.name)).toEqual(['Kelly', 'Manning']);
  });
});

describe('findEntities: a name before its verb of saying, and names in short sentences', () => {
  it('keeps a surname that opens a sentence when an auxiliary or adverb stands before the verb of saying', () => {
    const { found } = entitiesOf(
      'Senate vote\n\nDaines has said he will vote for the bill. Collins also told reporters she would wait. Critics have said the plan would fail.',
    );
    expect(found.entities.map((e) => [e.name, e.type])).toEqual([
      ['Daines', 'person'],
      ['Collins', 'person'],
    ]);
  });

  it('finds a lone surname beside a verb of saying in a title-case headline', () => {
    const { found } = entitiesOf(
      'Trump Slams Pelosi Over Border Bill\n\nMacron Praises Merkel’s Leadership on Climate\n\nReport Says Prices Will Rise Again',
    );
    expect(found.entities.map((e) => [e.name, e.type])).toEqual([
      ['Trump', 'person'],
      ['Pelosi', 'person'],
      ['Macron', 'person'],
      ['Merkel', 'person'],
    ]);
  });

  it('reads a generation after a name as part of a person’s name, not an acronym', () => {
    const { found } = entitiesOf(
      'Joe Kennedy III spoke first. Larry King Jr. spoke next. Queen Elizabeth II spoke last. Led Zeppelin IV sold well.',
    );
    expect(found.entities.map((e) => [e.name, e.type])).toEqual([
      ['Joe Kennedy III', 'person'],
      ['Larry King Jr.', 'person'],
      ['Queen Elizabeth II', 'person'],
      ['Led Zeppelin IV', 'organization'],
    ]);
  });

  it('finds a lone surname where a title-case headline puts its subject or object', () => {
    const { found } = entitiesOf(
      'Huckabee Jumps Into the Race\n\nBannon Mercilessly Mocked After Moore Loss\n\nAfter Criticism, Lynch to Step Back\n\nNew Poll Casts Doubt on Clinton Lead',
    );
    expect(found.entities.map((e) => [e.name, e.type])).toEqual([
      ['Huckabee', 'person'],
      ['Bannon', 'person'],
      ['Moore', 'person'],
      ['Lynch', 'person'],
      ['Clinton', 'person'],
    ]);
  });

  it('finds no name in a longer title, a function word or a month of a title-case line', () => {
    const { found } = entitiesOf(
      'The Special Editions Caused Controversy\n\nSymptoms Versus Causes\n\nSome Indicators of Comparative Living Standards\n\nSales Rose in March',
    );
    expect(found.entities.map((e) => e.name)).toEqual([]);
  });

  it('reads a full sentence of mostly names in a paragraph as running text, a heading as a title', () => {
    const { found } = entitiesOf(
      'Gary Cohn Criticizes Donald Trump’s Response to Charlottesville Protests in New York.\n\nLook at Michael Flynn and Mark Zuckerberg.',
    );
    expect(found.entities.map((e) => e.name).sort()).toEqual([
      'Donald Trump',
      'Gary Cohn',
      'Mark Zuckerberg',
      'Michael Flynn',
      'New York',
    ]);
  });
});
