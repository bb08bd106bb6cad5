import fc from 'fast-check';
import { marked, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../lib/analysis/types';
import {
  claimGroups,
  exportFileName,
  formatDate,
  hedgingText,
  leanComparisons,
  loadedGroups,
  metaLine,
  outletLoadedWords,
  promotedText,
  relatedSums,
  signed,
  toJson,
  toMarkdown,
  toneText,
  toneWord,
} from '../../lib/export';
import demo from '../fixtures/reports/demo-handwritten.json';

// A hand-built Report shaped like the demo article's (pure phrasing tests must not move with the engine)
const load = (): Report => structuredClone(demo) as Report;

describe('phrasing helpers', () => {
  it('names tone by sign with a neutral band', () => {
    expect([-0.5, -0.1, -0.09, 0, 0.09, 0.1, 0.8].map(toneWord)).toEqual([
      'negative',
      'negative',
      'neutral',
      'neutral',
      'neutral',
      'positive',
      'positive',
    ]);
    expect([-0.456, 0.3, 0, -0.001].map(signed)).toEqual(['−0.46', '+0.30', '0.00', '0.00']);
    expect(toneText({ score: -0.85, mentions: 2 })).toBe('negative (−0.85, 2 mentions)');
    expect(toneText({ score: 0.2, mentions: 1 })).toBe('positive (+0.20, 1 mention)');
    expect(toneText({ score: 0, mentions: 0 })).toBe('not mentioned');
  });

  it('formats ISO dates and keeps other dates as written', () => {
    expect(formatDate('2024-03-21')).toBe('March 21, 2024');
    expect(formatDate('2024-03-21T23:30:00-05:00')).toBe('March 21, 2024');
    expect(formatDate(' 21 mars 2024 ')).toBe('21 mars 2024');
    expect(formatDate(undefined)).toBeUndefined();
  });

  it('builds the meta line from the parts present', () => {
    const r = load();
    expect(metaLine(r)).toBe('The Post · By Reuters · March 21, 2024');
    r.meta = { byline: 'By Jane Doe' };
    expect(metaLine(r)).toBe('By Jane Doe');
  });

  it('says how many promoted links were left out', () => {
    expect(promotedText(0)).toBe('No promoted or sponsored links were found.');
    expect(promotedText(1)).toBe('1 promoted link was left out.');
    expect(promotedText(4)).toBe('4 promoted links were left out.');
  });

  it('states hedging', () => {
    const base = load().claims[0]!;
    expect(hedgingText({ ...base, certainty: 'hedged', hedges: ['allegedly', 'may'] })).toBe(
      'hedged: allegedly, may',
    );
    expect(hedgingText({ ...base, certainty: 'hedged', hedges: [] })).toBe('hedged');
    expect(hedgingText({ ...base, certainty: 'boosted', hedges: ['clearly'] })).toBe('boosted: clearly');
    expect(hedgingText({ ...base, certainty: 'plain', hedges: [] })).toBe('no hedging');
  });
});

describe('claims by voice', () => {
  it('puts the outlet first, then sources in order of appearance, merged by entity', () => {
    const groups = claimGroups(load());
    expect(groups.map((g) => g.heading)).toEqual([
      'The Post says',
      'Jens Stoltenberg — NATO Secretary General',
      'Dmitry Peskov — Kremlin spokesperson',
    ]);
    expect(groups.map((g) => g.claims.map((c) => c.index))).toEqual([[3, 4], [0, 2], [1]]);
  });

  it('falls back to the speaker name when there is no entity or role', () => {
    const r = load();
    r.claims = [{ ...r.claims[1]!, entity: undefined, role: undefined, speaker: 'critics' }];
    expect(claimGroups(r).map((g) => g.heading)).toEqual(['critics']);
  });
});

describe('loaded language', () => {
  it('groups by category in a fixed order, keeping report indexes', () => {
    const groups = loadedGroups(load());
    expect(
      groups.map((g) => `${g.label}: ${g.terms.map((t) => `${t.term.text}#${t.index}`).join(', ')}`),
    ).toEqual([
      'Pejorative labels: inept#3, corruption-ridden#4',
      'Emotive and fear words: gain a foothold#2',
      'Loaded verbs of saying: lauded#0, accusing#1',
      'Hedges and weasel words: may#5',
    ]);
  });

  it('lists the outlet’s own loaded words once each, without hedges', () => {
    const r = load();
    expect(outletLoadedWords(r)).toEqual(['inept', 'corruption-ridden']);
    r.loaded.push({ ...r.loaded[3]!, text: 'Inept' });
    expect(outletLoadedWords(r)).toEqual(['inept', 'corruption-ridden']);
  });
});

describe('related-story slant', () => {
  it('sums per entity with themes, strongest first', () => {
    expect(relatedSums(load())).toEqual([
      '3 of 3 related stories cast Azerbaijan negatively: corruption, voting rights, sanctions',
      '1 of 3 related stories cast Czech Republic negatively: corruption',
      '1 of 3 related stories name Liechtenstein without a clear tone',
    ]);
  });

  it('handles mixed tone, one story, and no stories', () => {
    const r = load();
    r.related.stories = r.related.stories.slice(0, 1);
    r.related.byEntity = [
      { name: 'Ruritania', stories: 1, negative: 1, positive: 1, neutral: 0, tone: 0, themes: [] },
    ];
    expect(relatedSums(r)).toEqual(['1 of 1 related story cast Ruritania negatively and 1 positively']);
    r.related.stories = [];
    expect(relatedSums(r)).toEqual([]);
  });

  it('compares the related stories with the article’s own voice', () => {
    const r = load();
    expect(leanComparisons(r)).toEqual([
      'Like its related stories, The Post’s own voice in this article is negative towards Azerbaijan (article −0.85, related stories −0.63).',
    ]);
    r.summary.leans = [
      { name: 'Armenia', direction: 'mixed', outlet: 0.02, related: -0.4 },
      { name: 'Georgia', direction: 'none', outlet: 0, related: 0.05 },
      { name: 'Chile', direction: 'none', outlet: -0.5 },
    ];
    // Georgia: neutral on both sides, nothing to say; Chile: no related stories name it
    expect(leanComparisons(r)).toEqual([
      'The Post’s own voice in this article is neutral towards Armenia, while its related stories are negative (article +0.02, related stories −0.40).',
    ]);
  });
});

describe('exports', () => {
  it('writes the whole report as Markdown', () => {
    expect(
      toMarkdown(load()),
    ).toBe(`# NATO Treads Fine Line Between Armenia, Azerbaijan in South Caucasus Mission

The Post · By Reuters · March 21, 2024

<https://thepost.example/nato-south-caucasus>

**Lean:** The Post’s own voice casts Azerbaijan negatively (“inept”, “corruption-ridden”), and 3 of 3 related stories do too.

- The Post’s own opinion: 25% of sentences
- Loaded terms: 32.1 per 1,000 words (6 in 187 words)
- The Post’s own loaded words: “inept”, “corruption-ridden”

## Slant towards Azerbaijan, NATO and Czech Republic, by voice

| Entity | The Post’s voice | Quoted voices | Related stories |
| --- | --- | --- | --- |
| Azerbaijan | negative (−0.85, 2 mentions) | positive (+0.55, 4 mentions) | negative (−0.63, 3 related stories) |
| NATO | neutral (+0.05, 2 mentions) | negative (−0.40, 1 mention) | not named |
| Czech Republic | not named | not named | negative (−0.20, 1 related story) |

## Opinion strip, sentence by sentence

8 sentences: 2 own opinion, 2 reported opinion, 3 claims, 1 fact; 6 loaded words in 4 sentences.

\`F C R R* C** C O** O*\`

O own opinion, R reported opinion, C claim, F fact; each * a loaded word.

## Claims by voice

### The Post says

- “However, Azerbaijan’s complicated relationship with Western countries, especially organizations such as the Council of Europe and European Union, and its inept and corruption-ridden diplomatic service and officials, further complicate the situation.” (no hedging)
- “Achieving a comprehensive peace settlement may remain a formidable task for NATO.” (hedged: may)

### Jens Stoltenberg — NATO Secretary General

- “During a recent interview with Azerbaijan State Information Agency AZERTAC, NATO Secretary General Jens Stoltenberg emphasized the significance of Azerbaijan’s partnership with the Alliance, highlighting its pivotal role in regional security and energy cooperation.” (emphasized; no hedging)
- “However, Stoltenberg reaffirmed NATO’s commitment to supporting its partners in the face of external threats, including the conflict in Ukraine.” (reaffirmed; no hedging)

### Dmitry Peskov — Kremlin spokesperson

- “Stoltenberg’s visit to the South Caucasus has drawn criticism from Russia, with Kremlin spokesperson Dmitry Peskov accusing NATO of seeking to gain a foothold in the region.” (accusing; no hedging)

## Loaded language

### Pejorative labels (2)

- **inept**: Labels someone as incompetent without evidence. (The Post’s own words; neutral: “ineffective”)
- **corruption-ridden**: Asserts pervasive corruption as a label. (The Post’s own words; neutral: “accused of corruption”)

### Emotive and fear words (1)

- **gain a foothold**: Casts presence as encroachment. (Quoting Dmitry Peskov)

### Loaded verbs of saying (2)

- **lauded**: A verb of saying that reports praise rather than neutral speech. (Quoting Jens Stoltenberg; neutral: “said”)
- **accusing**: Frames the statement as an accusation. (Quoting Dmitry Peskov; neutral: “saying”)

### Hedges and weasel words (1)

- **may**: Marks the statement as uncertain. (The Post’s own words)

## Entities

| Entity | Type | Mentions | The Post’s voice | Quoted voices |
| --- | --- | --- | --- | --- |
| Azerbaijan | place | 6 | negative (−0.85, 2 mentions) | positive (+0.55, 4 mentions) |
| Jens Stoltenberg | person | 5 | neutral (0.00, 1 mention) | not mentioned |
| NATO | organisation | 5 | neutral (+0.05, 2 mentions) | negative (−0.40, 1 mention) |
| Dmitry Peskov | person | 1 | neutral (0.00, 1 mention) | not mentioned |

## Related stories: More from The Post

- Czech Government Remains Silent on Alleged Corruption Links of Azerbaijani Officials (negative −0.60; loaded: Alleged)
- Liechtenstein Cautions Over Restoring Voting Rights for Azerbaijan at PACE (negative −0.30)
- US Congress Targets Azerbaijan with Sanctions Over Alleged Human Rights Abuses (negative −0.70; loaded: Alleged, Abuses)

- 3 of 3 related stories cast Azerbaijan negatively: corruption, voting rights, sanctions
- 1 of 3 related stories cast Czech Republic negatively: corruption
- 1 of 3 related stories name Liechtenstein without a clear tone

2 promoted links were left out.

Like its related stories, The Post’s own voice in this article is negative towards Azerbaijan (article −0.85, related stories −0.63).

_Made by Slantwise on this device._
`);
  });

  it('escapes page text so a headline cannot inject Markdown', () => {
    const r = load();
    r.meta.title = '# Click [here](https://evil.example) *now*';
    r.related.stories = [{ ...r.related.stories[0]!, title: '<img src=x onerror=alert(1)> | table' }];
    const md = toMarkdown(r, 'https://thepost.example/a b');
    expect(md.split('\n')[0]).toBe('# \\# Click \\[here\\]\\(https\\://evil.example) \\*now\\*');
    expect(md).toContain('- \\<img src=x onerror=alert(1)\\> \\| table (negative −0.60; loaded: Alleged)');
    expect(md).toContain('<https://thepost.example/a%20b>');
  });

  it('says why an unsupported article was not analysed', () => {
    const r = load();
    r.supported = false;
    r.language = 'de';
    r.notice = 'This article is in German; Slantwise analyses English only.';
    expect(toMarkdown(r, 'https://x.example/')).toBe(
      '# NATO Treads Fine Line Between Armenia, Azerbaijan in South Caucasus Mission\n\nThe Post · By Reuters · March 21, 2024\n\n<https://x.example/>\n\nThis article is in German; Slantwise analyses English only.\n',
    );
  });

  it('downloads the Report with the page URL and the extension version', () => {
    const r = load();
    const parsed = JSON.parse(toJson(r, 'https://thepost.example/live', '0.1.0'));
    expect(parsed.generator).toBe('Slantwise');
    expect(parsed.version).toBe('0.1.0');
    expect(parsed.url).toBe('https://thepost.example/live');
    expect(parsed.report).toEqual(r);
    expect(JSON.parse(toJson(r, undefined, '0.1.0')).url).toBe('https://thepost.example/nato-south-caucasus');
  });

  it('names files safely', () => {
    const r = load();
    expect(exportFileName(r, 'json')).toBe(
      'slantwise-nato-treads-fine-line-between-armenia-azerbaijan-in-south-ca.json',
    );
    r.meta.title = 'Ça «marche» — vraiment?';
    expect(exportFileName(r, 'md')).toBe('slantwise-ca-marche-vraiment.md');
    r.meta.title = '日本語';
    expect(exportFileName(r, 'json')).toBe('slantwise-report.json');
  });
});

describe('Markdown export: page text cannot restructure it', () => {
  /**
   * The shape a Markdown reader sees: every block (with heading depth, list kind and length,
   * table size) and every inline construct except plain text and escapes.
   */
  function shape(markdown: string): string[] {
    const out: string[] = [];
    const walk = (tokens: Token[], depth: number) => {
      for (const t of tokens) {
        if (t.type === 'text' || t.type === 'escape') {
          if ('tokens' in t && t.tokens) walk(t.tokens, depth);
          continue;
        }
        if (t.type === 'space') continue;
        const tag =
          t.type === 'heading'
            ? `h${t.depth}`
            : t.type === 'list'
              ? `list${t.ordered ? ' ordered' : ''} x${t.items.length}`
              : t.type === 'table'
                ? `table ${t.header.length}x${t.rows.length}`
                : t.type;
        out.push(`${' '.repeat(depth)}${tag}`);
        if (t.type === 'list') for (const item of t.items) walk(item.tokens, depth + 1);
        else if (t.type === 'table') {
          for (const cell of [...t.header, ...t.rows.flat()]) walk(cell.tokens, depth + 1);
        } else if ('tokens' in t && t.tokens) walk(t.tokens, depth + 1);
      }
    };
    walk(marked.lexer(markdown, { gfm: true }), 0);
    return out;
  }

  /** Every string the page supplies, set by `f`. */
  function withPageText(r: Report, f: (i: number) => string): Report {
    let i = 0;
    const next = () => f(i++);
    r.meta.title = next();
    r.meta.site = next();
    r.meta.byline = next();
    r.meta.date = next();
    r.summary.statement = next();
    r.related.heading = next();
    for (const c of r.claims) {
      c.text = next();
      c.speaker = next();
      c.role = next();
      if (c.verb) c.verb = next();
      c.hedges = c.hedges.map(next);
    }
    for (const t of r.loaded) {
      t.text = next();
      t.note = next();
      if (t.neutral) t.neutral = next();
      if (t.voice !== 'outlet') t.voice = { ...t.voice, speaker: next() };
    }
    for (const e of r.entities) {
      e.name = next();
      e.role = next();
    }
    for (const st of r.related.stories) {
      st.title = next();
      st.loaded = st.loaded.map((l) => ({ ...l, text: next() }));
    }
    r.related.byEntity = r.related.byEntity.map((b) => ({ ...b, name: next(), themes: b.themes.map(next) }));
    r.summary.leans = r.summary.leans.map((l) => ({ ...l, name: next() }));
    return r;
  }

  const pieces = [
    '-',
    '+',
    '*',
    '_',
    '=',
    '#',
    '>',
    '<',
    '!',
    '[',
    ']',
    '(',
    ')',
    '|',
    '`',
    '~',
    '\\',
    '&',
    ';',
    ':',
    '/',
    '.',
    '1',
    '9',
    ' ',
    '\n',
    '\t',
    '    ',
    'a',
    'w',
    '@',
    '"',
    '$',
    '{',
    '}',
    '^',
    '\u001b',
    '\u0085',
    '---',
    '***',
    '___',
    '===',
    '```',
    '~~~',
    '1. ',
    '2) ',
    '- ',
    '+ ',
    '* ',
    '> ',
    '# ',
    '###### ',
    '<div>',
    '</div>',
    '<!--',
    '-->',
    '<https://x.example>',
    '](https://x.example)',
    '![',
    '[^1]: ',
    'www.x.example',
    'https://x.example',
    'a@x.example',
    '&amp;',
    '&#60;',
    '&lt;',
    '| --- |',
    '\\\n',
    '  \n',
    '$$',
    '<script>',
    '**',
    '__',
    '~~',
    '[x]: https://x.example',
  ];
  const pageText = fc
    .tuple(
      fc.array(fc.constantFrom(...pieces), { maxLength: 12 }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 12 }),
    )
    .map(([before, after]) => `${before.join('')}a${after.join('')}`);

  it('keeps the same blocks and inline constructs for any page text', () => {
    const plain = shape(toMarkdown(withPageText(load(), () => 'a')));
    expect(plain.filter((x) => /^(h|list|table)/.test(x)).length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.array(pageText, { minLength: 80, maxLength: 80 }), (texts) => {
        const markdown = toMarkdown(withPageText(load(), (i) => texts[i % texts.length]!));
        expect(shape(markdown)).toEqual(plain);
      }),
      { numRuns: Number(process.env.MD_RUNS ?? 150) },
    );
  }, 60_000);

  it.each([
    ['- a list', '\\- a list'],
    ['1. first', '1\\. first'],
    ['2) second', '2\\) second'],
    ['---', '\\---'],
    ['=== x', '\\=== x'],
    ['+ plus', '\\+ plus'],
    ['~~~ fence', '\\~\\~\\~ fence'],
    ['```js', '\\`\\`\\`js'],
    ['> quote', '\\> quote'],
    ['![img](x)', '\\!\\[img\\]\\(x)'],
    ['see www.x.example or https://x.example', 'see www\\.x.example or https\\://x.example'],
    ['AT&amp;T', 'AT\\&amp;T'],
  ])('escapes %j at the start of a line', (title, escaped) => {
    const r = load();
    r.meta.title = title;
    r.meta.site = title;
    const lines = toMarkdown(r).split('\n');
    expect(lines[0]).toBe(`# ${escaped}`);
    expect(lines[2]!.startsWith(escaped)).toBe(true);
  });
});
