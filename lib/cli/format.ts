/**
 * The Report as a plain-text terminal report: what a reader should see, in the order of the
 * popup (lean, opinion sentences, loaded wording, claims by speaker, entities, related stories).
 * Plain text only, no colour codes, so it reads the same piped into a file.
 */
import type { Claim, Report, Voice } from '../analysis/types';

const RULE = '─'.repeat(60);

function signed(n: number): string {
  const r = n.toFixed(2);
  return n > 0 ? `+${r}` : n === 0 ? ` ${r}` : r;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function voiceOf(voice: Voice, outlet: string): string {
  if (voice === 'outlet') return `${outlet} (own voice)`;
  const how = voice.verb ? `, "${voice.verb}"` : '';
  return `${voice.speaker} (${voice.via}${how})`;
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? ['', title, RULE, ...lines] : [];
}

function claimsBySpeaker(claims: Claim[]): Map<string, Claim[]> {
  const by = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = by.get(c.speaker) ?? [];
    list.push(c);
    by.set(c.speaker, list);
  }
  return by;
}

export function formatReport(report: Report): string {
  const outlet = report.meta.site ?? 'the outlet';
  const s = report.summary;
  const head = [report.meta.title ?? '(untitled article)'];
  const facts = [report.meta.site, report.meta.byline, report.meta.date].filter(Boolean);
  if (facts.length) head.push(facts.join(' · '));
  if (report.meta.url) head.push(report.meta.url);
  head.push('', `Lean: ${s.statement}`);
  head.push(
    `${s.sentences} sentences, ${s.words} words · ${s.outletOpinion} opinion in ${outlet}'s voice · ` +
      `${s.reportedOpinion} reported opinion · ${s.claims} claims · ${s.loadedTerms} loaded terms ` +
      `(${s.loadedPer1000.toFixed(1)} per 1,000 words)`,
  );

  const opinions = report.sentences
    .filter((x) => x.label === 'opinion' || x.label === 'reported-opinion')
    .map((x) => `[${x.label} ${x.opinion.toFixed(2)}] ${voiceOf(x.voice, outlet)}\n    ${x.text}`);

  const loaded = report.loaded.map((t) => {
    const neutral = t.neutral ? ` Neutral: "${t.neutral}".` : '';
    const who = t.voice === 'outlet' ? outlet : t.voice.speaker;
    return `"${t.text}" (${t.category}, in ${who}'s words): ${t.note}${neutral}`;
  });

  const claims: string[] = [];
  for (const [speaker, list] of claimsBySpeaker(report.claims)) {
    const role = list.find((c) => c.role)?.role;
    claims.push(`${speaker}${role ? ` (${role})` : ''}: ${list.length}`);
    for (const c of list) {
      const verb = c.verb ? `${c.verb}: ` : '';
      const hedge =
        c.certainty !== 'plain'
          ? ` [${c.certainty}${c.hedges.length ? `: ${c.hedges.join(', ')}` : ''}]`
          : '';
      claims.push(`  - ${verb}${c.text}${hedge}`);
    }
  }

  const entities = report.entities.map((e) => {
    const t = e.tone;
    const quoted = t.quoted.mentions ? `, quoted ${signed(t.quoted.score)} (${t.quoted.mentions})` : '';
    return `${e.name} (${e.type}, ${plural(e.mentions, 'mention')}): outlet ${signed(t.outlet.score)} (${t.outlet.mentions})${quoted}`;
  });

  const r = report.related;
  const related = r.stories.map((st) => {
    const themes = st.themes.length ? ` [${st.themes.join(', ')}]` : '';
    return `${signed(st.tone)}  ${st.title}${themes}\n       ${st.url}`;
  });
  for (const e of r.byEntity) {
    related.push(
      `${e.name}: ${plural(e.stories, 'story', 'stories')} (${e.negative} negative, ${e.neutral} neutral, ${e.positive} positive), tone ${signed(e.tone)}`,
    );
  }
  related.push(`Promoted or sponsored links left out: ${r.excluded}`);
  const relatedTitle = `Related stories${r.heading ? ` ("${r.heading}")` : ''}`;

  return `${[
    ...head,
    ...section('Opinion sentences', opinions),
    ...section('Loaded wording', loaded),
    ...section('Claims by speaker', claims),
    ...section('Entities and tone (-1 negative .. +1 positive)', entities),
    ...section(relatedTitle, related),
  ].join('\n')}\n`;
}
