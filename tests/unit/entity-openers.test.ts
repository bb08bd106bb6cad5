import { describe, expect, it } from 'vitest';
import { findEntities } from '../../lib/analysis/entities';
import { refsOf } from '../fixtures/text/refs';

/** Name and type of every entity found in the text (first block a heading, the rest paragraphs). */
function found(text: string): [string, string][] {
  const { blocks, sentences } = refsOf(text);
  return findEntities(blocks, sentences).entities.map((e) => [e.name, e.type]);
}

describe('findEntities: a name after an honorific', () => {
  it('keeps the name after Mrs, Dr or Mr whatever else the word could be', () => {
    expect(
      found(
        'Budget vote\n\nHe criticised Mrs May’s deal again. Dr King stood on the balcony. Mr Will spoke last.',
      ),
    ).toEqual([
      ['May', 'person'],
      ['King', 'person'],
      ['Will', 'person'],
    ]);
  });

  it('leaves a title after an honorific as a form of address, and months and modals alone', () => {
    expect(found('Budget vote\n\nMr Speaker, I rise. Prices may rise in May.')).toEqual([]);
    expect(found('Budget vote\n\nHe thanked Mr. President Smith for the visit.')).toEqual([
      ['Smith', 'person'],
    ]);
  });

  it('reads a first name and "May" as a person, not an adverb after a name', () => {
    expect(found('Budget vote\n\nTheresa May met the envoy.')).toEqual([['Theresa May', 'person']]);
    expect(found('Budget vote\n\nThe show Paradise Now opened in Leeds.').map(([, t]) => t)).not.toContain(
      'person',
    );
  });
});

describe('findEntities: a known surname that opens a sentence', () => {
  it('keeps it as a possessive before any word, before an apposition with a role, or "known for"', () => {
    expect(
      found(
        'Senate notes\n\nGraham’s 180-degree turn surprised his colleagues. Reid, the Senate minority leader, objected. Kasich, known for his bluntness, agreed.',
      ),
    ).toEqual([
      ['Graham', 'person'],
      ['Reid', 'person'],
      ['Kasich', 'person'],
    ]);
  });

  it('keeps it before a quotation that runs on, and in a list or pair of names', () => {
    expect(
      found(
        'Senate notes\n\nKemp “ran a great race,” the governor wrote. Harris, Sanders and Warren all back the bill. Romney, Bush meet in Utah.',
      ).map(([n]) => n),
    ).toEqual(['Kemp', 'Harris', 'Sanders', 'Warren', 'Romney', 'Bush', 'Utah']);
  });

  it('keeps a surname by its prefix, a name in editorial brackets, and a name made half an adjective', () => {
    expect(
      found(
        'Senate notes\n\nO’Connor has raised more money. “[Schumer] is expressing his frustration,” an aide said. Obama-era rules were dropped.',
      ),
    ).toEqual([
      ['O’Connor', 'person'],
      ['Schumer', 'person'],
      ['Obama', 'person'],
    ]);
  });

  it('leaves an ordinary word made half an adjective at a sentence start alone', () => {
    expect(
      found('Senate notes\n\nRecord-breaking heat hit the city. Western-backed forces advanced.'),
    ).toEqual([]);
  });

  it('keeps an unknown word opening a sentence when only a person can stand there', () => {
    expect(
      found(
        'Court notes\n\nVarnolt, who was briefly held, spoke out. Quillsby, 41, lives nearby. Ostrander’s wife is abroad.',
      ),
    ).toEqual([
      ['Varnolt', 'person'],
      ['Quillsby', 'person'],
      ['Ostrander', 'person'],
    ]);
  });

  it('leaves plurals, "Everyone", an organisation’s "which" and a possessive without kin alone', () => {
    expect(
      found(
        'Court notes\n\nOthers, who were there, left. Everyone, who was there, left. Inflation, which rose, fell. Tomorrow’s vote is close.',
      ),
    ).toEqual([]);
  });

  it('still drops an interjection before "the" without a role, or before a capitalised adverb', () => {
    expect(found('Senate notes\n\nOops, the page moved. Wow, Then and Now. Hello, the vote is on.')).toEqual(
      [],
    );
  });
});

describe('findEntities: a lone known surname in a title-case headline', () => {
  it('keeps an owner and a speaker’s label before a quotation or "I"/"We"', () => {
    expect(found('McConnell: We Have the Votes to Pass the Budget')).toEqual([['McConnell', 'person']]);
    expect(found('Obama’s Sunny Presser Draws a Big Crowd')).toEqual([['Obama', 'person']]);
  });

  it('keeps a lone known name after a title, with the title as its role', () => {
    const { blocks, sentences } = refsOf('Pope Francis Offers Partial Apology to Victims');
    const [e] = findEntities(blocks, sentences).entities;
    expect(e).toMatchObject({ name: 'Francis', type: 'person', role: 'Pope' });
  });

  it('does not take a topic label for a speaker, nor a lone known word with nothing beside it', () => {
    expect(found('Cannes: Time Travel Film Sells to Many Buyers')).toEqual([]);
    expect(found('Museum Opens a New Wing for Young Artists')).toEqual([]);
  });
});

describe('findEntities: surname prefixes', () => {
  it('types a lone Mc-, O’- or De- surname as a person and other CamelCase words as organisations', () => {
    expect(found('Budget vote\n\nThey quoted McGlone, O’Rourke and DeSantis on HuffPost.')).toEqual([
      ['McGlone', 'person'],
      ['O’Rourke', 'person'],
      ['DeSantis', 'person'],
      ['HuffPost', 'organization'],
    ]);
  });
});

describe('findEntities: a hyphenated pair of names', () => {
  it('names each part of a pair of listed names, or of known names the text also writes alone', () => {
    expect(found('Trade notes\n\nThe US-China talks failed over the Israeli-Palestinian question.')).toEqual([
      ['United States', 'place'],
      ['China', 'place'],
      ['Israel', 'place'],
      ['Palestine', 'place'],
    ]);
    expect(
      found(
        'Trade notes\n\nVoters backed Clinton and others chose Trump, so the Clinton-Trump race was close.',
      ),
    ).toEqual([
      ['Clinton', 'person'],
      ['Trump', 'person'],
    ]);
  });

  it('keeps a double-barrelled name, two acronyms and an adjective of origin as they were', () => {
    const names = found(
      'Trade notes\n\nAlexandria Ocasio-Cortez spoke at ABC-CLIO. African leaders met African-American voters.',
    ).map(([n]) => n);
    expect(names).toContain('Alexandria Ocasio-Cortez');
    expect(names).toContain('ABC-CLIO');
    expect(names).not.toContain('African');
    expect(names).not.toContain('Cortez');
    expect(names).not.toContain('ABC');
  });
});

describe('findEntities: Arabic surnames written with their article', () => {
  it('keeps "al-" and "el-" surnames in the name, and links the bare surname to it', () => {
    const { blocks, sentences } = refsOf(
      'Region notes\n\nThe country’s president, Bashar al-Assad, spoke on Monday. Assad denied the report. Egypt’s Abdel Fattah el-Sisi met him.',
    );
    const { entities } = findEntities(blocks, sentences);
    const assad = entities.find((e) => e.name === 'Bashar al-Assad');
    expect(assad).toMatchObject({ type: 'person', mentions: 2, aliases: ['Assad'] });
    expect(entities.map((e) => e.name)).toContain('Abdel Fattah el-Sisi');
    expect(entities.map((e) => e.name)).not.toContain('Bashar');
  });

  it('leaves lower-case hyphenated words that are no article and name', () => {
    expect(found('Region notes\n\nThe ad-hoc panel met for an all-out as-is review.')).toEqual([]);
  });
});

describe('findEntities: a person before a known body, and names in hashtags', () => {
  it('names the person and the body when a personal name runs into a known body', () => {
    expect(found('Capital notes\n\nThe Trump White House denied it.')).toEqual([
      ['Trump', 'person'],
      ['White House', 'organization'],
    ]);
  });

  it('leaves a known name whose first words are no personal name whole', () => {
    expect(found('Capital notes\n\nShe read the New York Times on Monday.')).toEqual([
      ['New York Times', 'organization'],
    ]);
  });

  it('does not take a hashtag in lower case for an ordinary word, but still a word written so in the text', () => {
    expect(found('Web notes\n\nPosts under #soros showed Soros at a rally.')).toEqual([['Soros', 'person']]);
    expect(found('Web notes\n\nThe stores were shut. Wilkins said Stores would reopen.')).toEqual([
      ['Wilkins', 'person'],
    ]);
  });
});

describe('findEntities: a politician’s party and state', () => {
  it('makes no entity of "(R-Wis.)", ", D-Calif.," or "(D)", and reads the name before it as a person', () => {
    expect(
      found(
        'Budget vote\n\nSpeaker Marta Quill (R-Wis.) spoke first. Pelosi, D-Calif., touted the bill. Tom Varnolt (D) objected. Ostrander, R-Ohio, agreed.',
      ),
    ).toEqual([
      ['Marta Quill', 'person'],
      ['Pelosi', 'person'],
      ['Tom Varnolt', 'person'],
      ['Ostrander', 'person'],
    ]);
  });

  it('leaves a capitalised hyphenated word that is no label alone', () => {
    expect(found('Budget vote\n\nThe B-Side label, R-Value Partners, grew.').map(([n]) => n)).toContain(
      'R-Value Partners',
    );
  });
});

describe('findEntities: the written form with an honorific or a one-word title', () => {
  it('keeps "Mr. Quill" and "President Quill" among the aliases of Quill', () => {
    const { blocks, sentences } = refsOf('Budget vote\n\nMr. Quill said no. President Quill left early.');
    const [e] = findEntities(blocks, sentences).entities;
    expect(e).toMatchObject({ name: 'Quill', type: 'person' });
    expect(e!.aliases.sort()).toEqual(['Mr. Quill', 'President Quill']);
  });

  it('keeps a title of several words that opens the name', () => {
    const { blocks, sentences } = refsOf('Budget vote\n\nDeputy Attorney General Rod Varnolt spoke first.');
    const [e] = findEntities(blocks, sentences).entities;
    expect(e).toMatchObject({ name: 'Rod Varnolt', aliases: ['Deputy Attorney General Rod Varnolt'] });
  });

  it('adds no alias for a title after a qualifier or a lower-case role', () => {
    const { blocks, sentences } = refsOf(
      'Budget vote\n\nAlliance Secretary General Jens Varnolt spoke. Kremlin spokesperson Dmitry Quill replied.',
    );
    const { entities } = findEntities(blocks, sentences);
    expect(entities.find((e) => e.name === 'Jens Varnolt')?.aliases).toEqual([]);
    expect(entities.find((e) => e.name === 'Dmitry Quill')?.aliases).toEqual([]);
  });
});

describe('findEntities: capitals, clocks and dated titles that name no one', () => {
  it('reads a function word in capitals as shouting, not an acronym, and knows the WHO', () => {
    expect(found('Budget vote\n\nShe said it was AND will remain WRONG FROM the start.')).toEqual([]);
    expect(found('Budget vote\n\nThe WHO warned of a new outbreak.')).toEqual([['WHO', 'organization']]);
  });

  it('drops a page kicker or a clock before a name, and a shortened day after one', () => {
    expect(found('Budget vote\n\nEXCLUSIVE Boris Johnson met the envoy.')).toEqual([
      ['Boris Johnson', 'person'],
    ]);
    expect(found('Budget vote\n\nUpdated 10.32 BST Boris Johnson spoke first.')).toEqual([
      ['Boris Johnson', 'person'],
    ]);
    expect(found('Budget vote\n\nLive coverage by Jessica Elgot Thu 30 June.')).toEqual([
      ['Jessica Elgot', 'person'],
    ]);
    expect(found('Budget vote\n\nPHOTOS: the crowd in Leeds.')).toEqual([['Leeds', 'place']]);
    expect(found('Budget vote\n\nPosted by Vincent Vallet Oct 19 in the blog.')).toEqual([
      ['Vincent Vallet', 'person'],
    ]);
    expect(found('Budget vote\n\nImage Matt Cruz for the paper.')).toEqual([['Matt Cruz', 'person']]);
  });

  it('keeps "Former" out of a qualifier and out of a name, and a dated title alone names no one', () => {
    const gingrich = found('Budget vote\n\nFormer House Speaker Newt Gingrich said the vote was lost.');
    expect(gingrich.map(([n]) => n)).not.toContain('Former House');
    expect(gingrich).toContainEqual(['Newt Gingrich', 'person']);
    expect(
      found('Budget vote\n\nFormer Speaker of the House Newt Gingrich spoke.').map(([n]) => n),
    ).not.toContain('Former Speaker');
    expect(
      found('Budget vote\n\nFormer Georgian president Mikheil Saakashvili led the rally.').map(([n]) => n),
    ).not.toContain('Former Georgian');
  });
});

describe('findEntities: a body whose name runs on across "and"', () => {
  it('keeps "Centers for Disease Control and Prevention" and "World Travel and Tourism Council" whole', () => {
    expect(found('Budget vote\n\nThe Centers for Disease Control and Prevention said cases rose.')).toEqual([
      ['Centers for Disease Control and Prevention', 'organization'],
    ]);
    expect(found('Budget vote\n\nThe Department of Health and Human Services issued rules.')).toEqual([
      ['Department of Health and Human Services', 'organization'],
    ]);
    expect(found('Budget vote\n\nThe World Travel and Tourism Council counted visitors.')).toEqual([
      ['World Travel and Tourism Council', 'organization'],
    ]);
  });

  it('leaves two names joined by "and" apart', () => {
    expect(found('Budget vote\n\nClinton and Sanders met in Iowa.').map(([n]) => n)).toEqual([
      'Clinton',
      'Sanders',
      'Iowa',
    ]);
    expect(found('Budget vote\n\nThe Department of Justice and Congress disagreed.').map(([n]) => n)).toEqual(
      ['Department of Justice', 'Congress'],
    );
    expect(
      found("Budget vote\n\nHe watched The Wise Kids and Henry Gamble's Birthday Party.").map(([n]) => n),
    ).not.toContain("Wise Kids and Henry Gamble's Birthday Party");
  });
});

describe('findEntities: holidays, laws by their last word, and states as news style shortens them', () => {
  it('finds no one in a holiday, alone or with its day', () => {
    expect(
      found(
        "Budget vote\n\nGathering for Christmas photos can be fun. They met on New Year's Eve and again on Mother's Day. Smith wished them a Merry Christmas.",
      ),
    ).toEqual([['Smith', 'person']]);
  });

  it('names no one in "the Second Amendment" or "the Treaty", but keeps Bill and Grant', () => {
    expect(found('Budget vote\n\nHe cited the Second Amendment and the Treaty.')).toEqual([]);
    expect(found('Budget vote\n\nYesterday Bill Gates met Grant.')).toEqual([
      ['Bill Gates', 'person'],
      ['Grant', 'person'],
    ]);
  });

  it('takes a name in the possessive after "in" as its owner, not a place', () => {
    expect(found("Budget vote\n\nIn Kenyatta's view, the plan is a disaster.")).toEqual([
      ['Kenyatta', 'person'],
    ]);
    expect(found('Budget vote\n\nShe was born in Kenyatta and moved away.')).toEqual([['Kenyatta', 'place']]);
  });

  it('reads a name before a kind of place in lower case as a place, unless it is a personal name', () => {
    expect(found('Budget vote\n\nProtesters filled Tahrir square again.')).toEqual([['Tahrir', 'place']]);
    expect(found('Budget vote\n\nSmith said Heathrow airport was closed.')).toEqual([
      ['Smith', 'person'],
      ['Heathrow', 'place'],
    ]);
    expect(found('Budget vote\n\nSenator Trump road trips are long.')).toEqual([['Trump', 'person']]);
    expect(found('Budget vote\n\nThe Trump road trip continues.')).not.toContainEqual(['Trump', 'place']);
  });

  it('reads "Calif." after a city as California, and leaves "MD" after a doctor’s name alone', () => {
    expect(found('Budget vote\n\nHe lives in San Diego, Calif., with his wife.')).toEqual([
      ['San Diego', 'place'],
      ['California', 'place'],
    ]);
    expect(found('Budget vote\n\nReviewed by John Smith, MD on March 3.')).toEqual([
      ['John Smith', 'person'],
    ]);
  });
});
