// Whom each claim is about.
//
// 1. The victim: the organisation the text is about, as `./victim.ts` decides it.
// 2. Another incident: a claim in a clause that speaks of "a previous breach", "last year's
//    attack", that follows "compared with" / "dwarfing", or that dates "the breach in April
//    2025" differently from the breach the text already dated, is about that incident:
//    its victim when the clause names one ("the Equifax breach, which exposed …"), else
//    `other`. A relative clause ("which affected …") or a parenthesis stays with it.
// 3. A date the text is published on is about no incident: null.
import { COMPARISON_LEADS, COMPARISON_MODIFIERS } from "../lexicon/cues.js";
import type { SourceDoc } from "../document/index.js";
import { defineRefiner, execAll, type AnyDraft } from "../rules/index.js";
import {
  clauseIndexAt,
  clausesOf,
  matchesOf,
  sentenceClauses,
  wordsPattern,
  type Span,
} from "./modality.js";
import {
  INCIDENT,
  NAME,
  cleanName,
  factsOf,
  key,
  namePattern,
  pick,
  sameName,
  foldName,
  victimMention,
  victimOfDoc,
  type TextFacts,
} from "./victim.js";

/** A stretch of a sentence about another incident, and whose it is. */
interface OtherScope extends Span {
  subject: string;
}

const RELATIVE =
  /^\s*(?:which|that|where|who|whose|when|in which|including|resulting|affecting|exposing)\b/i;
const MODIFIED_INCIDENT = new RegExp(
  String.raw`(?<![\w'’-])(?:${[...COMPARISON_MODIFIERS]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/['’]/g, "['’]").replace(/ /g, "[ \\t]+"))
    .join("|")})[ \t]+(?:[\w-]{1,30}[ \t]+){0,2}${INCIDENT}\b`,
  "gi",
);
const LEADS = wordsPattern(COMPARISON_LEADS);
/** "the breach in March 2019", "the 2016 breach", "in the 2016 incident". */
const DATED_INCIDENT = new RegExp(
  String.raw`\b(?:the|a|an)[ \t]+(?:(?:\d{4}|[\w-]{1,20})[ \t]+){0,2}${INCIDENT}(?:\s+(?:in|of|from|during|back[ \t]+in))?\b`,
  "gi",
);

/** From a clause to the end of its relative clauses and parentheses. */
function withRelatives(text: string, clauses: readonly Span[], ci: number): Span {
  const span = { start: clauses[ci]!.start, end: clauses[ci]!.end };
  for (let j = ci + 1; j < clauses.length; j++) {
    const c = clauses[j]!;
    const before = text.slice(span.end, c.start);
    const head = text.slice(c.start, c.end);
    if (before.includes("(") || RELATIVE.test(head)) span.end = c.end;
    else break;
  }
  return span;
}

/** Does the clause open with a preposition ("In a previous breach in 2016, …")? */
const OPENS_WITH_PREPOSITION = /^\s*(?:in|during|after|unlike|like|as with|following)\b/i;

interface DateMark {
  start: number;
  end: number;
  date: string;
  event: string;
}

/** "Equifax, where a breach last year …": the incident of the organisation named. */
const WHERE_BREACH = namePattern(
  String.raw`${NAME},?[ \t]+where[ \t]+(?:an?|the)[ \t]+(?:[\w-]{1,30}[ \t]+){0,2}${INCIDENT}\b`,
  "g",
);
/** What may precede an incident noun phrase that opens its clause: "In the 2016 breach". */
const CLAUSE_OPENING = /^\s*(?:(?:in|during|after|since|unlike|like)\s+)?$/i;
/** "a collection of other breaches", "along with other incidents": no comparison. */
const GROUPED_BEFORE = /\b(?:of|among|with|alongside|and|or|like|such as)\s+$/i;

const RECORD_AFTER_YEAR = /^[^\S\r\n]{0,2}(?:(?:\r\n?|\n)[^\S\r\n]{0,2}){0,2}record\b/i;

export function otherScopes(
  text: string,
  victim: string | null,
  dates: readonly DateMark[],
  mainDate: string | null,
  lead: boolean,
  title: string,
  facts: TextFacts = factsOf(text),
  clauses: readonly Span[] = clausesOf(text),
): OtherScope[] {
  const { before, incident } = facts;
  const scopes: OtherScope[] = [];
  const scopeFrom = (at: number, subject: string) => {
    const ci = clauseIndexAt(clauses, at);
    const clause = clauses[ci]!;
    if (ci === 0 && OPENS_WITH_PREPOSITION.test(text.slice(clause.start, clause.end)))
      scopes.push({ start: 0, end: text.length, subject });
    else scopes.push({ ...withRelatives(text, clauses, ci), subject });
  };
  // the named incidents of another organisation ("the Equifax breach"): `before`
  // Another organisation's incident: not the victim, and not one the headline is about.
  const isOther = (name: string) =>
    !!victim &&
    !key(title).includes(key(name)) &&
    !sameName(name, victim) &&
    !key(victim).includes(key(name)) &&
    !key(name).includes(key(victim));
  const named = (at: number): string | null =>
    before.find((b) => b.start >= at && b.start < at + 60 && isOther(b.name))?.name ?? null;
  const modified = incident ? matchesOf(MODIFIED_INCIDENT, text) : [];
  for (const m of modified) {
    const words = text.slice(m.start, m.end);
    if (/^prior\s+to\b/i.test(words)) continue; // "prior to the breach"
    if (
      /^other\b/i.test(words) &&
      GROUPED_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))
    )
      continue;
    // The lead sentence introduces the text's own incident: "X suffered another breach".
    if (lead && /^an?other\b/i.test(words)) continue;
    scopeFrom(m.start, named(m.start) ?? "other");
  }
  for (const m of matchesOf(LEADS, text)) {
    const ci = clauseIndexAt(clauses, m.start);
    const span = withRelatives(text, clauses, ci);
    scopes.push({ start: m.end, end: span.end, subject: named(m.end) ?? "other" });
  }
  // "the Equifax breach, which exposed 147 million" (another organisation named)
  for (const b of before) if (isOther(b.name) && b.specific) scopeFrom(b.start, b.name);
  // "… involved Equifax, where a breach last year exposed 147 million Americans"
  const where = incident ? execAll(pick(WHERE_BREACH, facts.domains), text) : [];
  for (const m of where) {
    const name = cleanName(m[1]!);
    if (name && isOther(name)) scopes.push({ start: m.index, end: text.length, subject: name });
  }
  // "the breach in March 2019" when the text dated its own breach otherwise
  if (mainDate && incident) {
    for (const m of matchesOf(DATED_INCIDENT, text)) {
      const date = dates.find((d) => d.start >= m.start && d.start <= m.end + 2);
      if (!date || !OWN_DATE_EVENTS.has(date.event)) continue;
      // The dated incident is what its clause is about: it opens the clause.
      const clause = clauses[clauseIndexAt(clauses, m.start)]!;
      if (!CLAUSE_OPENING.test(text.slice(clause.start, m.start))) continue;
      const n = Math.min(date.date.length, mainDate.length, 7);
      if (date.date.slice(0, n) === mainDate.slice(0, n)) continue;
      scopeFrom(m.start, "other");
    }
  }
  // "the 2019 record of $5 million": the year another incident set a record (across up to two
  // line breaks, LF, CRLF or CR alike: scraped text breaks sentences)
  for (const d of dates) {
    if (RECORD_AFTER_YEAR.test(text.slice(d.end, d.end + 12)) && /^\d{4}$/.test(d.date))
      scopes.push({ start: d.start, end: d.end, subject: "other" });
  }
  return scopes;
}

/** Sentences whose facts the subject refiner keeps at once. */
const FACTS_MEMO = 4096;

/** Dates that say when an incident happened, for "the breach in March 2019". */
const OWN_DATE_EVENTS = new Set(["breach", "breach_start", "breach_end"]);
const BREACH_EVENTS = new Set(["breach_start", "breach", "breach_end", "detected"]);

export default defineRefiner({
  id: "subject",
  description:
    "Whom each claim is about: the victim, another incident's victim or `other` in a comparison, null for the publication date.",
  refine(drafts, doc) {
    // Each sentence's facts, found once: the victim's votes and the other incidents' scopes
    // both read them.
    // Bounded as the engine's memory of sentences is (rules/engine.ts): a sentence a long
    // document repeats is read once; a dump of distinct sentences holds no facts for each.
    const factsMemo = new Map<string, TextFacts>();
    const factsFor = (text: string) => {
      let facts = factsMemo.get(text);
      if (!facts) {
        facts = factsOf(text);
        if (factsMemo.size >= FACTS_MEMO) factsMemo.clear();
        factsMemo.set(text, facts);
      }
      return facts;
    };
    const { name: victim, confident } = victimOfDoc(drafts, doc, factsFor);
    // The date the text first gives its own breach, to tell "the breach in March 2019" apart.
    // The drafts' indices in sentence order (stably), one run per sentence; each draft's
    // subject by its index, given to the draft in place at the end (the pipeline's drafts are
    // its own: a long document's drafts are not all copied once more, nor held in a map of
    // them, nor in a list per sentence).
    let order = Array.from(drafts.keys());
    if (drafts.some((d, i) => i > 0 && d.sentence < drafts[i - 1]!.sentence))
      order = order.sort((a, b) => drafts[a]!.sentence - drafts[b]!.sentence || a - b);
    let mainDate: string | null = null;
    const subjects: (string | null | undefined)[] = new Array<undefined>(drafts.length);
    let firstBody = doc.sentences.findIndex(
      (x) => x.start >= doc.bodyStart && x.text !== doc.title,
    );
    if (firstBody === -1) firstBody = doc.sentences.length;
    for (let from = 0, to = 0; from < order.length; from = to) {
      const si = drafts[order[from]!]!.sentence;
      while (to < order.length && drafts[order[to]!]!.sentence === si) to++;
      const sentence = doc.sentences[si];
      const list = order.slice(from, to);
      if (!sentence) continue;
      const dates: DateMark[] = list
        .map((i) => drafts[i]!)
        .filter((d) => d.kind === "date")
        .map((d) => ({
          start: d.start - sentence.start,
          end: d.end - sentence.start,
          date: (d as AnyDraft & { kind: "date" }).value.date,
          event: (d as AnyDraft & { kind: "date" }).value.event,
        }));
      // The lead: no sentence of the body (other than the title line) comes before it.
      const lead = si <= firstBody;
      const scopes = otherScopes(
        sentence.text,
        confident ? victim : null,
        dates,
        mainDate,
        lead,
        doc.title ?? "",
        factsFor(sentence.text),
        sentenceClauses(doc, si),
      );
      for (const i of list) {
        const d = drafts[i]!;
        if (d.subject !== undefined) {
          subjects[i] = d.subject;
          continue;
        }
        if (d.kind === "date" && d.value.event === "published") {
          subjects[i] = null;
          continue;
        }
        const at = d.start - sentence.start;
        const scope = scopes.find((s) => at >= s.start && at < s.end);
        if (scope && !(d.kind === "actor" && d.value.involvement !== "victim")) {
          subjects[i] = victim && sameName(scope.subject, victim) ? victim : scope.subject;
        } else subjects[i] = victim;
        if (
          mainDate === null &&
          d.kind === "date" &&
          BREACH_EVENTS.has(d.value.event) &&
          subjects[i] === victim
        )
          mainDate = d.value.date;
      }
    }
    const out = drafts.slice();
    for (let i = 0; i < out.length; i++) out[i]!.subject = subjects[i] ?? null;
    const own = victim ? victimActorDraft(out, doc, victim) : null;
    if (own) out.push(own);
    return out;
  },
});

/**
 * The victim as an actor (CLAIMS.md: every organisation named as taking part is one, the victim
 * included, even by its bare name), where the text first names it, when no actor claim names
 * it yet; null otherwise.
 */
function victimActorDraft(
  drafts: readonly AnyDraft[],
  doc: SourceDoc,
  victim: string,
): AnyDraft | null {
  const key = foldName(victim);
  const named = drafts.some(
    (d) =>
      d.kind === "actor" && [d.value.name, ...d.value.aliases].some((n) => foldName(n) === key),
  );
  if (named) return null;
  const mention = victimMention(doc, victim);
  if (!mention) return null;
  const sentence = doc.sentences.findIndex((s) => s.start <= mention.start && mention.end <= s.end);
  if (sentence === -1) return null;
  return {
    kind: "actor",
    value: {
      name: mention.name,
      aliases: mention.aliases,
      type: "organization",
      role: null,
      affiliation: null,
      involvement: "victim",
    },
    start: mention.start,
    end: mention.end,
    rule: "subject.victim",
    sentence,
    modality: "asserted",
    subject: victim,
  };
}
