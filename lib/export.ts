/**
 * Report -> words. The popup and its exports say the same things, so the phrasing lives here once:
 * pure functions of the Report (no DOM, no browser API), tested in Node.
 */
import type { Claim, LoadedCategory, LoadedTerm, Report, Tone, Voice } from './analysis/types';
import {
  type EntitySlant,
  LABEL_ORDER,
  LABEL_TEXT,
  labelCounts,
  mainEntities,
  SLANT_VOICES,
  type SlantVoice,
  stripCells,
  type VoiceTone,
} from './glance';
import { categoryHeading } from './lexicon/categories';

/** Fixed order: the categories that judge come first, the ones that qualify last. */
export const CATEGORY_ORDER: LoadedCategory[] = [
  'pejorative',
  'praise',
  'emotive',
  'intensifier',
  'saying-verb',
  'factive',
  'scare-quote',
  'absolute',
  'hedge',
];

/** The outlet's display name; "The outlet" when the page did not name itself. */
export function outletName(report: Report): string {
  return report.meta.site?.trim() || 'The outlet';
}

export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

/** Below this magnitude a tone is reported as neutral: a single mild word should not tip it. */
const TONE_THRESHOLD = 0.1;

export function toneWord(score: number): 'negative' | 'positive' | 'neutral' {
  if (score <= -TONE_THRESHOLD) return 'negative';
  if (score >= TONE_THRESHOLD) return 'positive';
  return 'neutral';
}

/** "−0.45", "+0.30", "0.00": a real minus sign, so screen readers say "minus". */
export function signed(score: number): string {
  const fixed = Math.abs(score).toFixed(2);
  if (fixed === '0.00') return fixed;
  return score < 0 ? `−${fixed}` : `+${fixed}`;
}

/**
 * When the lean statement and the slant chart's dot for the outlet's voice point different ways:
 * the statement rests on the outlet's own judging words about the entity (Lean.outlet), the dot on
 * the learned tone of all its mentions of it. One sentence saying so, else undefined.
 */
export function leanBasis(report: Report): string | undefined {
  const lean = report.summary.leans.find((l) => l.direction === 'against' || l.direction === 'for');
  if (!lean?.outlet) return undefined;
  const e = report.entities.find((x) => (lean.entity ? x.id === lean.entity : x.name === lean.name));
  if (!e || e.tone.outlet.mentions === 0) return undefined;
  if (toneWord(lean.outlet) === toneWord(e.tone.outlet.score)) return undefined;
  const outlet = possessive(outletName(report));
  const mentions = plural(e.tone.outlet.mentions, 'mention', 'mentions');
  return `The lean rests on ${outlet} own judging words about ${e.name} (${signed(lean.outlet)}); the chart’s dot for ${outlet} voice is the tone of all its ${mentions} of ${e.name} (${signed(e.tone.outlet.score)}).`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "negative (−0.45, 2 mentions)"; a voice that never names the entity says so. */
export function toneText(tone: Tone): string {
  if (tone.mentions === 0) return 'not mentioned';
  return `${toneWord(tone.score)} (${signed(tone.score)}, ${plural(tone.mentions, 'mention', 'mentions')})`;
}

/** ISO dates read as "March 21, 2024"; anything else is shown as the page wrote it. */
export function formatDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
  if (!iso) return date.trim() || undefined;
  const d = new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])));
  if (Number.isNaN(d.getTime())) return date.trim();
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** "The Post · By Jane Doe · March 21, 2024" parts, empty ones left out. */
export function metaLine(report: Report): string {
  const { site, byline, date } = report.meta;
  const by = byline?.trim();
  return [site?.trim(), by && (/^by\b/i.test(by) ? by : `By ${by}`), formatDate(date)]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function per1000(value: number): string {
  return value.toFixed(1);
}

// ---- claims by voice ----

export interface ClaimGroup {
  key: string;
  outlet: boolean;
  /** "The Post says" or "Jens Stoltenberg — NATO Secretary General". */
  heading: string;
  claims: { claim: Claim; index: number }[];
}

function isOutletVoice(voice: Voice | undefined): boolean {
  return voice === 'outlet';
}

/** Claims grouped by who makes them: the outlet's own first, then sources in order of appearance. */
export function claimGroups(report: Report): ClaimGroup[] {
  const outlet = outletName(report);
  const groups = new Map<string, ClaimGroup>();
  const entities = new Map(report.entities.map((e) => [e.id, e]));
  report.claims.forEach((claim, index) => {
    const voice = report.sentences[claim.sentence]?.voice;
    const own = voice ? isOutletVoice(voice) : claim.speaker === outlet && !claim.entity;
    const key = own ? '#outlet' : (claim.entity ?? claim.speaker.trim().toLowerCase());
    let group = groups.get(key);
    if (!group) {
      const entity = claim.entity ? entities.get(claim.entity) : undefined;
      const name = entity?.name ?? claim.speaker;
      const role = claim.role ?? entity?.role;
      group = {
        key,
        outlet: own,
        heading: own ? `${outlet} says` : role ? `${name} — ${role}` : name,
        claims: [],
      };
      groups.set(key, group);
    }
    group.claims.push({ claim, index });
  });
  const all = [...groups.values()];
  return [...all.filter((g) => g.outlet), ...all.filter((g) => !g.outlet)];
}

/** "hedged: allegedly, may", "no hedging", "boosted: clearly". */
export function hedgingText(claim: Claim): string {
  const words = claim.hedges.length > 0 ? `: ${claim.hedges.join(', ')}` : '';
  if (claim.certainty === 'hedged') return `hedged${words}`;
  if (claim.certainty === 'boosted') return `boosted${words}`;
  return 'no hedging';
}

// ---- loaded language ----

export interface LoadedGroup {
  category: LoadedCategory;
  label: string;
  terms: { term: LoadedTerm; index: number }[];
}

export function loadedGroups(report: Report): LoadedGroup[] {
  return CATEGORY_ORDER.map((category) => ({
    category,
    label: categoryHeading(category),
    terms: report.loaded
      .map((term, index) => ({ term, index }))
      .filter(({ term }) => term.category === category),
  })).filter((g) => g.terms.length > 0);
}

/** Whose words a loaded term is: "The Post’s own words" or "Quoting Dmitry Peskov". */
export function loadedVoiceText(report: Report, term: LoadedTerm): string {
  if (term.voice === 'outlet') return `${possessive(outletName(report))} own words`;
  return `Quoting ${term.voice.speaker}`;
}

/**
 * The loaded words the outlet uses in its own voice, once each, in order: the quickest evidence of
 * where it stands. Hedges are left out: they qualify rather than judge.
 */
export function outletLoadedWords(report: Report): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const term of report.loaded) {
    const key = term.text.toLowerCase();
    if (term.voice !== 'outlet' || term.category === 'hedge' || seen.has(key)) continue;
    seen.add(key);
    out.push(term.text);
  }
  return out;
}

// ---- entities ----

export const TYPE_LABEL = { person: 'person', place: 'place', organization: 'organisation' } as const;

export function entitiesByMentions(report: Report) {
  return [...report.entities].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

// ---- related-story slant ----

export interface RelatedSum {
  text: string;
  /** Which way the stories that name the entity lean: styles the line, and lets neutral ones recede. */
  lean: 'negative' | 'positive' | 'mixed' | 'neutral';
}

/** "3 of 3 related stories cast Azerbaijan negatively: corruption, voting rights, sanctions", per entity, strongest first. */
export function relatedSumLines(report: Report): RelatedSum[] {
  const total = report.related.stories.length;
  if (total === 0) return [];
  const of = (n: number) => `${n} of ${plural(total, 'related story', 'related stories')}`;
  return [...report.related.byEntity]
    .filter((e) => e.stories > 0)
    .sort((a, b) => b.negative + b.positive - (a.negative + a.positive) || b.stories - a.stories)
    .map((e): RelatedSum => {
      const themes = e.themes.length > 0 ? `: ${e.themes.join(', ')}` : '';
      if (e.negative > 0 && e.positive > 0) {
        return {
          text: `${of(e.negative)} cast ${e.name} negatively and ${e.positive} positively${themes}`,
          lean: 'mixed',
        };
      }
      if (e.negative > 0)
        return { text: `${of(e.negative)} cast ${e.name} negatively${themes}`, lean: 'negative' };
      if (e.positive > 0)
        return { text: `${of(e.positive)} cast ${e.name} positively${themes}`, lean: 'positive' };
      return { text: `${of(e.stories)} name ${e.name} without a clear tone${themes}`, lean: 'neutral' };
    });
}

export function relatedSums(report: Report): string[] {
  return relatedSumLines(report).map((line) => line.text);
}

export function promotedText(excluded: number): string {
  if (excluded === 0) return 'No promoted or sponsored links were found.';
  return `${plural(excluded, 'promoted link was', 'promoted links were')} left out.`;
}

/**
 * How the outlet's own voice in this article compares with its related stories, for each entity
 * where at least one side takes a tone (two neutrals say nothing worth a line).
 */
export function leanComparisons(report: Report): string[] {
  const outlet = possessive(outletName(report));
  return report.summary.leans.flatMap((lean) => {
    if (lean.related === undefined) return [];
    const own = toneWord(lean.outlet);
    const rel = toneWord(lean.related);
    if (own === 'neutral' && rel === 'neutral') return [];
    const nums = `(article ${signed(lean.outlet)}, related stories ${signed(lean.related)})`;
    if (own === rel) {
      return [
        `Like its related stories, ${outlet} own voice in this article is ${own} towards ${lean.name} ${nums}.`,
      ];
    }
    return [
      `${outlet} own voice in this article is ${own} towards ${lean.name}, while its related stories are ${rel} ${nums}.`,
    ];
  });
}

// ---- the first screen's figures, as words (popup charts, Markdown export) ----

/** "The Post’s voice", "Quoted voices", "Related stories": the chart legend and table heads. */
export function voiceNames(report: Report): Record<SlantVoice, string> {
  return {
    outlet: `${possessive(outletName(report))} voice`,
    quoted: 'Quoted voices',
    related: 'Related stories',
  };
}

/** "negative (−0.11, 9 mentions)", "negative (−0.77, 3 related stories)", "not named". */
export function voiceToneText(t: VoiceTone | null, voice: SlantVoice): string {
  if (!t) return 'not named';
  const count =
    voice === 'related'
      ? plural(t.count, 'related story', 'related stories')
      : plural(t.count, 'mention', 'mentions');
  return `${toneWord(t.tone)} (${signed(t.tone)}, ${count})`;
}

/** "Slant towards Azerbaijan, Armenia and NATO, by voice": the chart's accessible name. */
export function slantTitle(entities: EntitySlant[]): string {
  const names = entities.map((e) => e.name);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
  return `Slant towards ${list}, by voice`;
}

/** "19 sentences: 1 own opinion, 4 reported opinion, 10 claims, 4 facts; 5 loaded words in 4 sentences". */
export function stripSummary(report: Report): string {
  const cells = stripCells(report);
  const counts = labelCounts(cells);
  const parts = LABEL_ORDER.map((l) =>
    l === 'claim' || l === 'fact'
      ? plural(counts[l], LABEL_TEXT[l], `${LABEL_TEXT[l]}s`)
      : `${counts[l]} ${LABEL_TEXT[l]}`,
  );
  const withLoaded = cells.filter((c) => c.loaded.length > 0).length;
  const words = cells.reduce((n, c) => n + c.loaded.length, 0);
  return `${plural(cells.length, 'sentence', 'sentences')}: ${parts.join(', ')}; ${plural(words, 'loaded word', 'loaded words')} in ${plural(withLoaded, 'sentence', 'sentences')}`;
}

const STRIP_LETTER: Record<string, string> = { opinion: 'O', 'reported-opinion': 'R', claim: 'C', fact: 'F' };

/** The slant chart as a table and the opinion strip as a line of letters, for the Markdown export. */
export function figuresMarkdown(report: Report, esc: (text: string) => string): string[] {
  const out: string[] = [];
  const entities = mainEntities(report);
  const names = voiceNames(report);
  if (entities.length > 0) {
    out.push(`## ${esc(slantTitle(entities))}`, '');
    out.push(
      `| Entity | ${SLANT_VOICES.map((v) => esc(names[v])).join(' | ')} |`,
      '| --- | --- | --- | --- |',
    );
    for (const e of entities) {
      out.push(`| ${esc(e.name)} | ${SLANT_VOICES.map((v) => voiceToneText(e[v], v)).join(' | ')} |`);
    }
    out.push('');
    const basis = leanBasis(report);
    if (basis) out.push(esc(basis), '');
  }
  const cells = stripCells(report);
  out.push('## Opinion strip, sentence by sentence', '', `${stripSummary(report)}.`, '');
  // one letter per sentence, in reading order, with a * for each loaded word in it (three at most)
  const line = cells
    .map((c) => `${STRIP_LETTER[c.label]}${'*'.repeat(Math.min(c.loaded.length, 3))}`)
    .join(' ');
  out.push(`\`${line}\``, '', 'O own opinion, R reported opinion, C claim, F fact; each * a loaded word.');
  return out;
}

// ---- exports ----

/**
 * Page text made inert for Markdown (CommonMark and GitHub's extensions), wherever it lands: at
 * the start of a line, in a list item, a heading, a table cell or emphasis. One line, no control
 * characters; every character that can open a construct is escaped:
 *   inline anywhere: \ ` * _ [ ] < > | # ~ (code, emphasis, links, HTML, tables, strikethrough),
 *     "!" before "[", "(" after "]", "&" of an entity, and the "://", "www." and "@" of autolinks;
 *   at the start: - + = and "1." / "1)" (lists, thematic breaks, setext underlines).
 * A ">" or "#" that starts a quote or heading is escaped by the first rule.
 */
export function md(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/([\\`*_[\]<>|#~])/g, '\\$1')
      .replace(/!(?=\\\[)/g, '\\!')
      .replace(/\\\]\(/g, '\\]\\(')
      .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
      .replace(/:\/\//g, '\\://')
      .replace(/(www)\./gi, '$1\\.')
      .replace(/@/g, '\\@')
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d{1,9})([.)])/, '$1\\$2')
  );
}

export function toMarkdown(report: Report, url?: string): string {
  const out: string[] = [];
  const outlet = outletName(report);
  out.push(`# ${md(report.meta.title?.trim() || 'Untitled article')}`, '');
  const meta = metaLine(report);
  if (meta) out.push(md(meta), '');
  const link = url ?? report.meta.url;
  if (link) out.push(`<${link.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  if (!report.supported) {
    out.push(md(report.notice ?? `Not analysed: the article is in "${report.language}".`), '');
    return `${out.join('\n').trimEnd()}\n`;
  }
  const s = report.summary;
  out.push(`**Lean:** ${md(s.statement)}`, '');
  out.push(`- ${md(possessive(outlet))} own opinion: ${percent(s.opinionShare)} of sentences`);
  out.push(
    `- Loaded terms: ${per1000(s.loadedPer1000)} per 1,000 words (${s.loadedTerms} in ${s.words} words)`,
  );
  const own = outletLoadedWords(report);
  if (own.length > 0)
    out.push(`- ${md(possessive(outlet))} own loaded words: ${own.map((w) => `“${md(w)}”`).join(', ')}`);
  out.push('', ...figuresMarkdown(report, md));
  out.push('', '## Claims by voice', '');
  const groups = claimGroups(report);
  if (groups.length === 0) out.push('No check-worthy claims found.', '');
  for (const g of groups) {
    out.push(`### ${md(g.heading)}`, '');
    for (const { claim } of g.claims) {
      const verb = claim.verb ? `${md(claim.verb)}; ` : '';
      out.push(`- “${md(claim.text)}” (${verb}${md(hedgingText(claim))})`);
    }
    out.push('');
  }
  out.push('## Loaded language', '');
  const loaded = loadedGroups(report);
  if (loaded.length === 0) out.push('No loaded terms found.', '');
  for (const g of loaded) {
    out.push(`### ${g.label} (${g.terms.length})`, '');
    for (const { term } of g.terms) {
      const neutral = term.neutral ? `; neutral: “${md(term.neutral)}”` : '';
      out.push(`- **${md(term.text)}**: ${md(term.note)} (${md(loadedVoiceText(report, term))}${neutral})`);
    }
    out.push('');
  }
  out.push('## Entities', '');
  const entities = entitiesByMentions(report);
  if (entities.length === 0) out.push('No people, places or organisations found.', '');
  else {
    out.push(
      `| Entity | Type | Mentions | ${md(possessive(outlet))} voice | Quoted voices |`,
      '| --- | --- | --- | --- | --- |',
    );
    for (const e of entities) {
      out.push(
        `| ${md(e.name)} | ${TYPE_LABEL[e.type]} | ${e.mentions} | ${toneText(e.tone.outlet)} | ${toneText(e.tone.quoted)} |`,
      );
    }
    out.push('');
  }
  out.push(`## Related stories${report.related.heading ? `: ${md(report.related.heading)}` : ''}`, '');
  if (report.related.stories.length === 0) out.push('No related stories found on the page.');
  for (const story of report.related.stories) {
    const words =
      story.loaded.length > 0 ? `; loaded: ${story.loaded.map((l) => md(l.text)).join(', ')}` : '';
    out.push(`- ${md(story.title)} (${toneWord(story.tone)} ${signed(story.tone)}${words})`);
  }
  out.push('');
  for (const line of relatedSums(report)) out.push(`- ${md(line)}`);
  if (relatedSums(report).length > 0) out.push('');
  out.push(promotedText(report.related.excluded), '');
  for (const line of leanComparisons(report)) out.push(md(line), '');
  out.push('_Made by Slantwise on this device._');
  return `${out.join('\n')}\n`;
}

/** The JSON download: the Report as analysed, with where it came from and which version made it. */
export function toJson(report: Report, url: string | undefined, version: string): string {
  return `${JSON.stringify({ generator: 'Slantwise', version, url: url ?? report.meta.url ?? null, report }, null, 2)}\n`;
}

/** "slantwise-nato-treads-fine-line.json": ASCII, short, safe on every file system. */
export function exportFileName(report: Report, ext: 'json' | 'md'): string {
  const slug = (report.meta.title ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // "Ç" -> "C" + cedilla: keep the letter, drop the mark
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return `slantwise-${slug || 'report'}.${ext}`;
}
