#!/usr/bin/env node
// Dates: our matchers against chrono-node, measured on text nobody here wrote.
//
//   npm run build && node bench/dates-vs-chrono.mjs [--json]
//
// 1. Seeds: gold date claims (key = date + grain, as the scorer compares them) against every
//    date each system finds in the seed texts: precision, recall, F1.
// 2. HIBP: for each description with a breachDate fact, is the gold date among the dates found
//    (recall of the date itself), and is the first date of the body the gold (HIBP's own
//    convention: "In October 2013, …")? Ours also through the whole pipeline: summary.breachDate.
// 3. Probes: phrases that are not dates ("for five months", "now", "today", "2:56 pm", "2021
//    records", "in the past five years", a weekday with no anchor) and a year rollover.
//
// chrono gets the document's published date as its reference (never the clock); when a document
// has none, chrono's results whose year is only implied are dropped, the rule our matchers follow
// ("a relative date with no anchor date is not a claim"). Grain comes from chrono's known
// components (isCertain): day, else month, else year; implied components do not count.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = resolve(ROOT, "../shared/eval");
const dist = (p) => import(join(ROOT, "dist", p));
const { buildDocument } = await dist("document/index.js");
const { extractClaims, extractFile } = await dist("pipeline.js");
const { dateMatchers } = await dist("matchers/date/index.js");

const asJson = process.argv.includes("--json");
const pad = (n) => String(n).padStart(2, "0");

function docOf(path, id, text) {
  const built = buildDocument({ path, id, sha256: "0".repeat(64), text });
  if (!built.ok) throw new Error(built.error.message);
  return built.doc;
}

/** The reference date of a document for chrono, at noon UTC; null when the document has none. */
function referenceOf(doc) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(doc.published ?? "");
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1), 12));
}

/** chrono's dates in a text as {date, grain, text, index, implied}. */
function chronoDates(parser, text, doc) {
  const ref = referenceOf(doc);
  const out = [];
  for (const r of parser.parse(text, ref ?? new Date(Date.UTC(2000, 0, 1, 12)), {
    forwardDate: false,
  })) {
    const s = r.start;
    const known = (k) => s.isCertain(k);
    if (!ref && !known("year")) continue; // no anchor, no claim
    const y = s.get("year");
    const mo = s.get("month");
    const d = s.get("day");
    let grain;
    if (known("day") || known("weekday")) grain = "day";
    else if (known("month")) grain = "month";
    else if (known("year")) grain = "year";
    else grain = "day"; // a time or "now": chrono fills the date from the reference
    const date =
      grain === "day"
        ? `${y}-${pad(mo)}-${pad(d)}`
        : grain === "month"
          ? `${y}-${pad(mo)}`
          : String(y);
    out.push({ date, grain, text: r.text, index: r.index, implied: !known("year") });
  }
  return out;
}

/** Our dates in a document as {date, grain, text, index, event}. */
function ourDates(doc) {
  return extractClaims(doc, dateMatchers).map((c) => ({
    date: c.value.date,
    grain: c.value.grain,
    text: c.text,
    index: c.start,
    event: c.value.event,
    implied: c.value.yearInferred,
  }));
}

const ratio = (a, b) => (b === 0 ? null : a / b);
const f1 = (p, r) => (p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r));
const fmt = (x) => (x === null ? "—" : x.toFixed(3));

// 1. Seeds
const systems = {
  ours: (doc) => ourDates(doc),
  "chrono (casual)": (doc) => chronoDates(chrono.casual, doc.text.slice(doc.bodyStart), doc),
  "chrono (strict)": (doc) => chronoDates(chrono.strict, doc.text.slice(doc.bodyStart), doc),
};
const seedDir = join(SHARED, "seeds");
const seedScores = {};
const seedExtras = {};
for (const name of Object.keys(systems)) {
  seedScores[name] = { tp: 0, fp: 0, fn: 0 };
  seedExtras[name] = [];
}
if (existsSync(seedDir)) {
  for (const f of readdirSync(seedDir).filter((f) => /^\d.*\.gold\.json$/.test(f))) {
    const gold = JSON.parse(readFileSync(join(seedDir, f), "utf8"));
    const path = join(ROOT, "seeds", `${gold.doc}.txt`);
    if (!existsSync(path)) continue;
    const doc = docOf(path, gold.doc, readFileSync(path, "utf8"));
    const goldKeys = new Set(
      gold.claims.filter((c) => c.kind === "date").map((c) => `${c.value.date}/${c.value.grain}`),
    );
    for (const [name, run] of Object.entries(systems)) {
      const found = run(doc);
      const keys = new Set(found.map((d) => `${d.date}/${d.grain}`));
      const s = seedScores[name];
      for (const k of keys) {
        if (goldKeys.has(k)) s.tp++;
        else {
          s.fp++;
          const d = found.find((x) => `${x.date}/${x.grain}` === k);
          seedExtras[name].push(`${gold.doc.slice(0, 3)} ${JSON.stringify(d.text)} → ${k}`);
        }
      }
      for (const k of goldKeys) if (!keys.has(k)) s.fn++;
    }
  }
}

// 2. HIBP breachDate
const hibpDir = join(SHARED, "dev", "hibp");
const hibp = {};
for (const name of Object.keys(systems))
  hibp[name] = { docs: 0, anyDate: 0, firstDate: 0, implied: 0, found: 0 };
let summaryRight = 0;
let summaryDocs = 0;
if (existsSync(hibpDir)) {
  for (const f of readdirSync(hibpDir).filter((f) => f.endsWith(".facts.json"))) {
    const facts = JSON.parse(readFileSync(join(hibpDir, f), "utf8")).facts;
    const gold = facts.breachDate?.date;
    if (!gold) continue;
    const id = f.replace(/\.facts\.json$/, "");
    const path = join(hibpDir, `${id}.md`);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, "utf8");
    const doc = docOf(path, id, text);
    for (const [name, run] of Object.entries(systems)) {
      const found = run(doc).filter((d) => d.index >= doc.bodyStart || name !== "ours");
      const h = hibp[name];
      h.docs++;
      h.found += found.length;
      h.implied += found.filter((d) => d.implied).length;
      if (found.some((d) => d.date.startsWith(gold))) h.anyDate++;
      const first = [...found].sort((a, b) => a.index - b.index)[0];
      if (first && first.date.startsWith(gold)) h.firstDate++;
    }
    const out = extractFile({ path, id, sha256: "0".repeat(64), text });
    summaryDocs++;
    if (out.ok && out.document.summary.breachDate?.date.startsWith(gold)) summaryRight++;
  }
}

// 3. Probes
const anchored = (body) => `---\npublished: 2025-11-30\n---\n${body}`;
const PROBES = [
  ["for five months", anchored("The breach went undetected for five months.")],
  ["now", anchored("The company now says its systems are safe.")],
  ["today", anchored("The company said today that it is safe.")],
  ["time of day", anchored("The statement was released at 2:56 pm ET.")],
  ["a count", anchored("The attackers stole 2021 records.")],
  ["look-back", anchored("The firm was fined three times in the past five years.")],
  ["version", anchored("Customers should update to version 2.2021.")],
  ["weekday, no anchor", "The adviser confirmed on Friday that a probe is under way."],
  ["relative, no anchor", "The breach occurred last month, the company said."],
  ["modal 'may'", anchored("Customers may 24 hours later receive a letter.")],
];
const ROLLOVER = [
  // [text, expected date]: a month-day later in the year than the document is last year's
  [anchored("Letters went out on December 3."), "2024-12-03"],
  [anchored("The intrusion began as early as June 24."), "2025-06-24"],
  [anchored("The firm held the certification since 2021."), "2021"],
  [anchored("In mid-2016, the service suffered a data breach."), "2016"],
  [anchored("Fines could exceed the 2025 record of $92 million."), "2025"],
];
const probe = {};
for (const [name, run] of Object.entries(systems)) {
  probe[name] = {
    falsePositives: PROBES.filter(([, text]) => run(docOf("p.md", "p", text)).length > 0).map(
      ([label]) => label,
    ),
    right: ROLLOVER.filter(([text, want]) =>
      run(docOf("p.md", "p", text)).some((d) => d.date === want),
    ).length,
  };
}

// Report
const report = {
  seeds: Object.fromEntries(
    Object.entries(seedScores).map(([name, s]) => {
      const p = ratio(s.tp, s.tp + s.fp);
      const r = ratio(s.tp, s.tp + s.fn);
      return [name, { ...s, precision: p, recall: r, f1: f1(p, r), extra: seedExtras[name] }];
    }),
  ),
  hibp: Object.fromEntries(
    Object.entries(hibp).map(([name, h]) => [
      name,
      {
        docs: h.docs,
        goldDateFound: ratio(h.anyDate, h.docs),
        firstDateIsGold: ratio(h.firstDate, h.docs),
        datesPerDoc: ratio(h.found, h.docs),
        yearImplied: h.implied,
      },
    ]),
  ),
  hibpSummaryBreachDate: { docs: summaryDocs, right: ratio(summaryRight, summaryDocs) },
  probes: Object.fromEntries(
    Object.entries(probe).map(([name, p]) => [
      name,
      {
        falsePositives: p.falsePositives,
        of: PROBES.length,
        yearRight: `${p.right}/${ROLLOVER.length}`,
      },
    ]),
  ),
};

if (asJson) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log("Seeds: gold date claims (key date+grain)");
  for (const [name, s] of Object.entries(report.seeds)) {
    console.log(
      `  ${name.padEnd(16)} P ${fmt(s.precision)}  R ${fmt(s.recall)}  F1 ${fmt(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    );
    for (const e of s.extra) console.log(`      extra: ${e}`);
  }
  console.log(`\nHIBP: descriptions with a breachDate fact`);
  for (const [name, h] of Object.entries(report.hibp)) {
    console.log(
      `  ${name.padEnd(16)} gold date among dates ${fmt(h.goldDateFound)}  first date = gold ${fmt(h.firstDateIsGold)}  dates/doc ${fmt(h.datesPerDoc)}  year implied ${h.yearImplied}  (${h.docs} docs)`,
    );
  }
  console.log(
    `  ours, pipeline summary.breachDate right ${fmt(report.hibpSummaryBreachDate.right)} (${report.hibpSummaryBreachDate.docs} docs)`,
  );
  console.log(
    `\nProbes: not-dates that yield a date (of ${PROBES.length}); years right (rollover, bare years)`,
  );
  for (const [name, p] of Object.entries(report.probes)) {
    console.log(
      `  ${name.padEnd(16)} ${p.falsePositives.length} false: ${p.falsePositives.join(", ") || "none"}; years right ${p.yearRight}`,
    );
  }
}
