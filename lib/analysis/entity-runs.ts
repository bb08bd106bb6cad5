/**
 * Candidate names in one sentence: runs of capitalised words grown over particles and joiners,
 * with sentence openers and function words dropped, split at titles, typed where the run says how.
 */
import type { SentenceRef } from './entities';
import { classifyName, isPersonShape } from './entity-kinds';
import { appositionRole, lastTitle, roleBefore, roleBeforeComma } from './entity-roles';
import {
  atSentenceStart,
  type Candidate,
  DETERMINERS,
  type DocWords,
  hyphenHead,
  IN_PLACE,
  isNameWord,
  isWebToken,
  LOCATIVE,
  ORG_JOINERS,
  PARTICLES,
  POSSESSIVE,
  prevWord,
  spaceOnly,
} from './entity-words';
import { CALENDAR, FUNCTION_WORDS } from './names/common';
import { knownNames, roleTitles } from './names/gazetteer';
import { ORG_CUE_WORDS } from './names/orgs';
import { TITLE_ABBREVIATIONS } from './names/roles';
import { SPEECH_WEAK, speechLemma, UNNAMED_SOURCES } from './names/speech';
import { isAcronym, stripPossessive, type Token } from './tokens';

export function sentenceCandidates(s: SentenceRef, index: number, ts: Token[], doc: DocWords): Candidate[] {
  const out: Candidate[] = [];
  const text = s.text;
  let i = 0;
  while (i < ts.length) {
    const head = hyphenHead(ts[i]!.text);
    if (head) {
      const c = classifyRun(s, index, ts, i, i + 1, doc, head);
      if (c) out.push(...c);
      i++;
      continue;
    }
    if (!isNameWord(ts[i]!.text) || isWebToken(text, ts[i]!)) {
      i++;
      continue;
    }
    // Grow the run over adjacent capitalised words, particles and organisation joiners.
    let j = i + 1;
    while (j < ts.length) {
      const prev = ts[j - 1]!;
      if (POSSESSIVE.test(prev.text)) break;
      if (!spaceOnly(text, prev.end, ts[j]!.start)) break;
      const t = ts[j]!.text;
      if (isNameWord(t) && !isWebToken(text, ts[j]!)) {
        j++;
        continue;
      }
      // Particles, possibly several ("von der Leyen"), followed by a name word.
      let p = j;
      while (p < ts.length && PARTICLES.has(ts[p]!.text) && spaceOnly(text, ts[p - 1]!.end, ts[p]!.start))
        p++;
      if (
        p > j &&
        p < ts.length &&
        isNameWord(ts[p]!.text) &&
        spaceOnly(text, ts[p - 1]!.end, ts[p]!.start)
      ) {
        j = p + 1;
        continue;
      }
      const next = ts[j + 1]!;
      const joinable = next && isNameWord(next.text) && spaceOnly(text, ts[j]!.end, next.start);
      if (joinable && ORG_JOINERS.has(t) && runHasCue(ts, i, j) && !CALENDAR.has(next.text.toLowerCase())) {
        j += 2;
        continue;
      }
      break;
    }
    const c = classifyRun(s, index, ts, i, j, doc);
    if (c) out.push(...c);
    i = j;
  }
  return out;
}

export function runHasCue(ts: Token[], i: number, j: number): boolean {
  const titles = roleTitles();
  for (let k = i; k < j; k++) {
    const w = stripPossessive(ts[k]!.text);
    if (ORG_CUE_WORDS.has(w) || titles.has(w.toLowerCase())) return true;
  }
  return false;
}

/** Turns the run ts[i..j) into zero or more candidates (a title's qualifier may name an org). */
export function classifyRun(
  s: SentenceRef,
  index: number,
  ts: Token[],
  i: number,
  j: number,
  doc: DocWords,
  hyphenWord?: string,
): Candidate[] | undefined {
  const text = s.text;
  // Drop capitalised function words and calendar words at the start of the run, and a
  // sentence-opening word that is ordinary English elsewhere ("Addressing", "Critics").
  // A word after a dropped sentence opener opens the name run ("Sometimes Need: ..."), so it is
  // judged as a sentence start too.
  let opener = false;
  while (i < j) {
    const w = hyphenWord ?? stripPossessive(ts[i]!.text);
    const lw = w.toLowerCase();
    const known = knownNames().has(lw);
    // "I've", "We're", "Don't": a contraction of a function word.
    const contracted = lw.split(/['’]/)[0]!;
    if (
      !isAcronym(w) &&
      (FUNCTION_WORDS.has(lw) || CALENDAR.has(lw) || (contracted !== lw && FUNCTION_WORDS.has(contracted)))
    ) {
      // "Sometimes Need", "Also Critics": an adverb opener; "The Guardian" keeps its article.
      if (!DETERMINERS.has(lw) && (opener || atSentenceStart(text, ts[i]!.start))) opener = true;
      i++;
    } else if (
      (opener || atSentenceStart(text, ts[i]!.start)) &&
      !known &&
      (doc.lower.has(lw) || UNNAMED_SOURCES[lw] !== undefined || (/(?:ly|ing|ed)$/.test(lw) && lw.length > 4))
    ) {
      i++;
      opener = true;
    } else break;
  }
  if (i >= j) return undefined;
  const last = ts[j - 1]!;
  const possessive = !hyphenWord && POSSESSIVE.test(last.text);
  const words = ts
    .slice(i, j)
    .map((t, k) => (hyphenWord ? hyphenWord : k === j - i - 1 ? stripPossessive(t.text) : t.text));
  const locative = LOCATIVE.has(prevWord(ts, i, text)?.toLowerCase() ?? '');
  const lemma = !possessive && j < ts.length ? speechLemma(ts[j]!.text) : undefined;
  // A verb of saying after a lone capitalised word shows it names a source ("Stoltenberg commended"),
  // unless the verb doubles as a noun ("Article posted ...").
  const speechAfter = lemma !== undefined && !SPEECH_WEAK.has(lemma);
  const mk = (a: number, b: number, ws: string[], extra: Partial<Candidate>): Candidate => {
    const c: Candidate = {
      sentence: index,
      block: s.block,
      possessive,
      adjective: !!hyphenWord,
      locative,
      speechAfter,
      start: s.start + ts[a]!.start,
      end: s.start + (hyphenWord ? ts[a]!.start + hyphenWord.length : ts[b - 1]!.end),
      text: hyphenWord ?? text.slice(ts[a]!.start, ts[b - 1]!.end),
      words: ws,
      kind: 'unknown',
    };
    return Object.assign(c, extra);
  };

  // A title inside the run: "NATO Secretary General Jens Stoltenberg", "President Ilham Aliyev".
  const title = lastTitle(words);
  if (title && title.end < words.length && isPersonShape(words.slice(title.end))) {
    const out: Candidate[] = [];
    const roleText = title.honorific ? undefined : text.slice(ts[i]!.start, ts[i + title.end - 1]!.end);
    const role = roleText && TITLE_ABBREVIATIONS[roleText] ? TITLE_ABBREVIATIONS[roleText] : roleText;
    if (title.start > 0) {
      const q = classifyName(words.slice(0, title.start), false);
      if (q && q.kind !== 'unknown')
        out.push(
          mk(i, i + title.start, words.slice(0, title.start), { ...q, possessive: false, adjective: true }),
        );
    }
    const a = i + title.end;
    out.push(mk(a, j, words.slice(title.end), { kind: 'person', role }));
    return out;
  }

  // A lower-case role before the run: "Kremlin spokesperson Dmitry Peskov", "foreign minister X".
  const before = roleBefore(ts, i, text);
  if (before && isPersonShape(words)) {
    const role = text.slice(ts[before.from]!.start, ts[i - 1]!.end);
    return [mk(i, j, words, { kind: 'person', role })];
  }

  const prev = prevWord(ts, i, text)?.toLowerCase() ?? '';
  const c = classifyName(words, !hyphenWord && prev === 'the', IN_PLACE.has(prev));
  if (!c) return undefined;
  const cand = mk(i, j, words, c);
  if (prev === 'the') cand.afterThe = true;
  if (IN_PLACE.has(prev)) cand.inPlace = true;
  if (words.length === 1 && atSentenceStart(text, ts[i]!.start) && !doc.midCaps.has(words[0]!))
    cand.initialOnly = true;
  if (cand.kind === 'person' && !possessive)
    cand.role = appositionRole(ts, j, text) ?? roleBeforeComma(ts, i, j, text);
  return [cand];
}
