/**
 * Roles around a name: a title inside the run ("President"), a lower-case role before it
 * ("Kremlin spokesperson"), a role phrase set off by a comma, or an apposition after it.
 */
import { spaceOnly } from './entity-words';
import { FUNCTION_WORDS } from './names/common';
import { roleTitles } from './names/gazetteer';
import { HONORIFICS, TITLE_ABBREVIATIONS } from './names/roles';
import { speechLemma, UNNAMED_SOURCES } from './names/speech';
import { isCapitalized, isLowerInitial, type Token } from './tokens';

/** "Iran's foreign minister, Abbas Araghchi, said": a role phrase, a comma, then the name. */
export function roleBeforeComma(ts: Token[], i: number, j: number, text: string): string | undefined {
  if (i === 0 || text.slice(ts[i - 1]!.end, ts[i]!.start).trim() !== ',') return undefined;
  // The name must itself be closed by a comma or the end: an apposition, not a list item.
  if (!/^\s*(?:,|[.!?;]|$)/.test(text.slice(ts[j - 1]!.end, ts[j - 1]!.end + 3))) return undefined;
  const titles = roleTitles();
  const end = i - 1;
  let n = 0;
  for (let len = 3; len >= 1 && !n; len--) {
    if (end - len + 1 < 0) continue;
    const phrase = ts
      .slice(end - len + 1, end + 1)
      .map((t) => t.text.toLowerCase())
      .join(' ');
    if (titles.has(phrase) && !UNNAMED_SOURCES[phrase]) n = len;
  }
  if (!n) return undefined;
  // Qualifiers back to the start of the clause: "Iran's foreign", "the country's top".
  let from = end - n + 1;
  while (from > 0 && end - from < 6 && spaceOnly(text, ts[from - 1]!.end, ts[from]!.start)) {
    const w = ts[from - 1]!.text.toLowerCase();
    if (/^(?:the|a|an|and|but|said|says|while)$/.test(w) || speechLemma(w)) break;
    from--;
  }
  return text.slice(ts[from]!.start, ts[end]!.end);
}

/** The last title or honorific in the run, as word indexes [start, end). */
let openers: Set<string> | undefined;

/** The first words of the role titles ("secretary" of "secretary general"). */
function titleOpeners(): Set<string> {
  openers ??= new Set([...roleTitles()].map((t) => t.split(' ')[0]!));
  return openers;
}

export function lastTitle(words: string[]): { start: number; end: number; honorific: boolean } | undefined {
  const titles = roleTitles();
  let found: { start: number; end: number; honorific: boolean } | undefined;
  for (let k = 0; k < words.length; ) {
    if (HONORIFICS.has(words[k]!)) {
      found = { start: k, end: k + 1, honorific: true };
      k++;
      continue;
    }
    if (TITLE_ABBREVIATIONS[words[k]!]) {
      found = { start: k, end: k + 1, honorific: false };
      k++;
      continue;
    }
    let matched = 0;
    // Most words open no title: only those that do have their phrases built.
    const opensTitle = titleOpeners().has(words[k]!.toLowerCase());
    for (let n = opensTitle ? Math.min(4, words.length - k) : 0; n >= 1; n--) {
      if (
        titles.has(
          words
            .slice(k, k + n)
            .join(' ')
            .toLowerCase(),
        )
      ) {
        matched = n;
        break;
      }
    }
    if (matched) {
      // A title run keeps growing ("Deputy Foreign Minister"): extend an adjacent previous title.
      const start = found && found.end === k && !found.honorific ? found.start : k;
      found = { start, end: k + matched, honorific: false };
      k += matched;
    } else k++;
  }
  return found;
}

/** Lower-case role words right before the run, and where the role phrase (with qualifier) starts. */
export function roleBefore(ts: Token[], i: number, text: string): { from: number } | undefined {
  const titles = roleTitles();
  for (let n = 3; n >= 1; n--) {
    const a = i - n;
    if (a < 0) continue;
    let ok = true;
    for (let k = a; k < i; k++)
      if (!isLowerInitial(ts[k]!.text) || !spaceOnly(text, ts[k]!.end, ts[k + 1]!.start)) ok = false;
    if (!ok) continue;
    if (
      !titles.has(
        ts
          .slice(a, i)
          .map((t) => t.text.toLowerCase())
          .join(' '),
      )
    )
      continue;
    // Qualifier: capitalised words or a possessive right before ("Kremlin", "Russia’s").
    let from = a;
    while (from > 0 && from > a - 4 && spaceOnly(text, ts[from - 1]!.end, ts[from]!.start)) {
      const w = ts[from - 1]!.text;
      if (isCapitalized(w) && !FUNCTION_WORDS.has(w.toLowerCase())) from--;
      else break;
    }
    return { from };
  }
  return undefined;
}

/** ", the Kremlin spokesman," after a name: the apposition's role, if it has a role word. */
export function appositionRole(ts: Token[], j: number, text: string): string | undefined {
  if (j >= ts.length || text.slice(ts[j - 1]!.end, ts[j]!.start).trim() !== ',') return undefined;
  // "Olaf Scholz, who met the envoy, said": a relative clause is no role.
  if (/^(?:who|whose|which|that|where|when|whom)$/i.test(ts[j]!.text)) return undefined;
  // A role apposition starts like a noun phrase: "the Kremlin spokesman", "a senator", "NATO’s chief".
  if (!/^(?:the|a|an)$/i.test(ts[j]!.text) && !isCapitalized(ts[j]!.text)) return undefined;
  const titles = roleTitles();
  let hasRole = false;
  for (let k = j; k < ts.length && k < j + 8; k++) {
    const w = ts[k]!.text.toLowerCase();
    const w2 = k + 1 < ts.length ? `${w} ${ts[k + 1]!.text.toLowerCase()}` : '';
    if (titles.has(w) || titles.has(w2)) hasRole = true;
    const after = text.slice(ts[k]!.end, k + 1 < ts.length ? ts[k + 1]!.start : text.length);
    if (/[,;:.)]/.test(after) || k + 1 === ts.length) {
      if (!hasRole) return undefined;
      return text.slice(ts[j]!.start, ts[k]!.end).replace(/^(?:the|a|an)\s+/i, '');
    }
  }
  return undefined;
}
