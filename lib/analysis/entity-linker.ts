/**
 * Turns candidates into entities: canonical names, surname and acronym links, stable ids, and
 * known-name matching on title-case lines and related headlines.
 */
import type { EntityFinding, Mention, SentenceRef } from './entities';
import { bareSurname, type Candidate, isShouting, spaceOnly } from './entity-words';
import { knownNames } from './names/gazetteer';
import { NON_ORG_ACRONYMS } from './names/orgs';
import { isAcronym, isCapitalized, slugify, stripPossessive, type Token } from './tokens';
import type { Entity, EntityType } from './types';

export interface Building {
  id: string;
  name: string;
  type: EntityType;
  aliases: Set<string>;
  role?: string;
  mentions: Mention[];
  /** Lower-cased forms that refer to it, for linking and for title-case lines. */
  forms: Set<string>;
  /** Sentence of the latest mention linked so far. */
  lastSentence: number;
  /** Mentions right after "in", "across", ...: a "person" named mostly so is a place. */
  inPlace: number;
}

const SURNAME_SHAPE = /^(?:(?:Mc|O['’]|De)?\p{Lu}|(?:al|el|ad|ash|as|az|ar)-\p{Lu})\p{Ll}+$/u;

/** Turns candidates into entities: canonical names, surname and acronym links, stable ids. */
export class Linker {
  private byKey = new Map<string, Building>();
  private order: Building[] = [];
  /** Mentions added by matchKnown on outside text (related headlines). */
  extra: Mention[] = [];
  private mentions: Mention[] = [];
  private ids = new Set<string>();
  private surnames = new Map<string, Building[]>();
  private initials = new Map<string, Building>();

  static from(found: EntityFinding): Linker {
    const l = new Linker();
    for (const e of found.entities) {
      const b: Building = {
        id: e.id,
        name: e.name,
        type: e.type,
        aliases: new Set(e.aliases),
        role: e.role,
        mentions: [],
        forms: new Set([e.name, ...e.aliases].map((a) => stripPossessive(a).toLowerCase())),
        lastSentence: -1,
        inPlace: 0,
      };
      l.order.push(b);
      l.ids.add(b.id);
      l.index(b);
      for (const f of b.forms) if (!l.byKey.has(f)) l.byKey.set(f, b);
    }
    return l;
  }

  link(cands: Candidate[]): void {
    // Full names first, so that single words ("Stoltenberg", "AZERTAC") can link to them.
    // Single words ("Stoltenberg", "EU", "Mr. Smith") wait until every full name is known.
    const multi = cands.filter((c) => c.canonical || c.words.length > 1);
    const pending = new Map<Candidate, Building>();
    for (const c of multi) {
      pending.set(
        c,
        this.entityFor(c.canonical ?? c.words.join(' '), c.kind === 'unknown' ? 'organization' : c.kind),
      );
    }
    for (const c of cands) {
      const b = pending.get(c) ?? this.linkSingle(c);
      if (b) this.addMention(b, c);
    }
  }

  private surnameOwner(c: Candidate): Building | undefined {
    const people = this.surnames.get(c.words[0]!);
    if (!people) return undefined;
    // Prefer the person named most recently before this sentence, else the first one.
    let found: Building | undefined;
    for (const b of people) {
      const last = b.name.split(' ').pop()!;
      if (b.type !== 'person' || (last !== c.words[0] && bareSurname(last) !== c.words[0])) continue;
      if (!found || (b.lastSentence <= c.sentence && b.lastSentence > found.lastSentence)) found = b;
    }
    return found;
  }

  private linkSingle(c: Candidate): Building | undefined {
    const w = c.words.join(' ');
    const owner = this.surnameOwner(c);
    if (owner) return owner;
    const same = this.byKey.get(w.toLowerCase());
    if (same) return same;
    const byInitials = this.initials.get(w);
    if (byInitials) return byInitials;
    // A capitalised word seen only at sentence starts, with no other evidence, is ordinary English
    // ("Prices rose ..."), not a name.
    if (c.initialOnly && c.kind === 'unknown' && !c.speechAfter) return undefined;
    // A word the text also writes in lower case ("Color: Stores use ...", "Hungry, Angry, Lonely")
    // is ordinary English unless a role, a verb of saying or "the" says it names someone or something.
    if (c.common && c.kind === 'unknown' && !c.speechAfter && !c.role && !c.afterThe) return undefined;
    let type: EntityType;
    if (c.kind !== 'unknown') type = c.kind;
    else if (c.role) type = 'person';
    else if (c.locative) type = 'place';
    else if (c.speechAfter) type = 'person';
    // "the Guardian", "the Pentagon": people do not take an article.
    else if (c.afterThe) type = 'organization';
    // A plain capitalised word alone is most often a surname in news ("Obama’s", "Haley"), and so
    // is one with a surname prefix ("McConnell", "O’Rourke", "DeSantis"); other CamelCase and
    // all-capitals words are brands and bodies ("HuffPost", "JCPOA").
    else type = SURNAME_SHAPE.test(w) ? 'person' : 'organization';
    return this.entityFor(w, type);
  }

  private entityFor(name: string, type: EntityType): Building {
    const key = name.toLowerCase();
    const have = this.byKey.get(key);
    if (have) return have;
    let id = slugify(name) || 'entity';
    if (this.ids.has(id)) id = `${id}-${type}`;
    for (let n = 2; this.ids.has(id); n++) id = `${slugify(name) || 'entity'}-${type}-${n}`;
    this.ids.add(id);
    const b: Building = {
      id,
      name,
      type,
      aliases: new Set(),
      mentions: [],
      forms: new Set([key]),
      lastSentence: -1,
      inPlace: 0,
    };
    this.byKey.set(key, b);
    this.order.push(b);
    this.index(b);
    return b;
  }

  /** Surname and acronym indexes, so linking stays linear in the number of mentions. */
  private index(b: Building): void {
    const parts = b.name.split(' ');
    if (b.type === 'person' && parts.length > 1) {
      const last = parts[parts.length - 1]!;
      // "Bashar al-Assad" is also "Assad".
      for (const form of [last, bareSurname(last)]) {
        if (!form) continue;
        const list = this.surnames.get(form);
        if (!list) this.surnames.set(form, [b]);
        else if (!list.includes(b)) list.push(b);
      }
    }
    if (b.type === 'organization' && parts.length > 1) {
      const abbr = initials(b.name);
      if (abbr.length > 1 && !this.initials.has(abbr)) this.initials.set(abbr, b);
    }
  }

  private addMention(b: Building, c: Candidate): void {
    const m: Mention = {
      entity: b.id,
      sentence: c.sentence,
      block: c.block,
      start: c.start,
      end: c.end,
      text: c.text,
    };
    if (c.possessive) m.possessive = true;
    if (c.adjective) m.adjective = true;
    if (c.role) {
      m.role = c.role;
      b.role ??= c.role;
    }
    // A longer personal name replaces a shorter one ("Aliyev" then "Ilham Aliyev").
    const written = c.words.join(' ');
    if (b.type === 'person' && written.length > b.name.length && written.endsWith(b.name)) {
      b.aliases.add(b.name);
      b.name = written;
      this.index(b);
    }
    if (c.text !== b.name) b.aliases.add(c.text);
    if (c.written) b.aliases.add(c.written);
    if (c.alias) {
      b.aliases.add(c.alias);
      this.addForm(b, c.alias);
    }
    this.addForm(b, written);
    if (b.type === 'person') {
      const parts = b.name.split(' ');
      if (parts.length > 1) {
        const last = parts[parts.length - 1]!;
        this.addForm(b, last);
        const bare = bareSurname(last);
        if (bare) this.addForm(b, bare);
      }
    }
    this.mentions.push(m);
    b.mentions.push(m);
    b.lastSentence = c.sentence;
    if (c.inPlace) b.inPlace++;
  }

  private addForm(b: Building, form: string): void {
    const f = form.toLowerCase();
    b.forms.add(f);
    if (!this.byKey.has(f)) this.byKey.set(f, b);
  }

  /** Title-case line: only names already known (or on the lists), longest match first. */
  matchKnown(s: SentenceRef, index: number, ts: Token[]): void {
    const known = knownNames();
    const allCaps = isShouting(ts);
    for (let i = 0; i < ts.length; ) {
      let matched = 0;
      for (let n = Math.min(5, ts.length - i); n >= 1 && !matched; n--) {
        let ok = true;
        for (let k = i; k < i + n; k++) {
          if (!isCapitalized(ts[k]!.text)) ok = false;
          if (k > i && !spaceOnly(s.text, ts[k - 1]!.end, ts[k]!.start)) ok = false;
        }
        if (!ok) continue;
        const words = ts.slice(i, i + n).map((t) => t.text);
        words[n - 1] = stripPossessive(words[n - 1]!);
        const form = words.join(' ');
        let b = this.byKey.get(form.toLowerCase());
        if (!b) {
          const k = known.get(form.toLowerCase());
          if (k) b = this.entityFor(k.name, k.type);
          else if (n === 1 && !allCaps && isAcronym(form) && !NON_ORG_ACRONYMS.has(form))
            b = this.entityFor(form, 'organization');
        }
        if (!b) continue;
        matched = n;
        const text = s.text.slice(ts[i]!.start, ts[i + n - 1]!.end);
        const m: Mention = {
          entity: b.id,
          sentence: index,
          block: s.block,
          start: s.start + ts[i]!.start,
          end: s.start + ts[i + n - 1]!.end,
          text,
        };
        if (/\p{L}['’]s$/iu.test(text)) m.possessive = true;
        if (text !== b.name) b.aliases.add(text);
        this.mentions.push(m);
        this.extra.push(m);
        b.mentions.push(m);
      }
      i += matched || 1;
    }
  }

  result(): EntityFinding {
    const entities: Entity[] = this.order
      .filter((b) => b.mentions.length > 0)
      .map((b) => {
        b.aliases.delete(b.name);
        const sentences = [...new Set(b.mentions.map((m) => m.sentence))].sort((x, y) => x - y);
        // "in Puerto Rico" again and again: a place, whatever its name looked like.
        const type = b.type === 'person' && !b.role && b.inPlace * 2 >= b.mentions.length ? 'place' : b.type;
        const e: Entity = {
          id: b.id,
          name: b.name,
          type,
          aliases: [...b.aliases],
          mentions: b.mentions.length,
          sentences,
          tone: { outlet: { score: 0, mentions: 0 }, quoted: { score: 0, mentions: 0 } },
        };
        if (b.role) e.role = b.role;
        return e;
      });
    // Most mentioned first; ties in order of first appearance (sentence, then block offset).
    const first = new Map<string, number>();
    for (const b of this.order) {
      let at = Number.POSITIVE_INFINITY;
      for (const m of b.mentions) at = Math.min(at, m.sentence * 1e7 + m.start);
      first.set(b.id, at);
    }
    entities.sort((a, b) => b.mentions - a.mentions || first.get(a.id)! - first.get(b.id)!);
    const mentions = [...this.mentions].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
    return { entities, mentions };
  }
}

/** "European Union" -> "EU", "North Atlantic Treaty Organization" -> "NATO". */
export function initials(name: string): string {
  return name
    .split(' ')
    .filter((w) => isCapitalized(w))
    .map((w) => w[0])
    .join('');
}
