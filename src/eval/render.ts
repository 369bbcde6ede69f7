// `breach eval` output: a readable table, or JSON. (result, options) → string, no I/O.
import { Chalk } from "chalk";
import Table from "cli-table3";
import { KINDS } from "../contract/index.js";
import { ATTRIBUTES } from "./claims.js";
import { FACTS, OVERALL_FACTS } from "./facts.js";
import { fmt } from "./gates.js";
import { wrap } from "../render/layout.js";
import type { EvalResult } from "./run.js";

export interface RenderOptions {
  color: boolean;
  /** List every missed and extra claim, wrong attribute and wrong fact. */
  misses: boolean;
  /** Terminal width (default 80): the attribute table's last column wraps to fit. */
  width?: number;
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

const show = (x: unknown): string =>
  x === null || x === undefined ? "—" : Array.isArray(x) ? x.join(", ") : String(x);

export function renderEvalTable(result: EvalResult, opts: RenderOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const style = {
    head: opts.color ? ["bold"] : [],
    border: opts.color ? ["grey"] : [],
    compact: true,
  };
  const grade = (x: number | null) => {
    const s = fmt(x);
    if (x === null) return c.dim(s);
    return x >= 0.8 ? c.green(s) : x >= 0.5 ? c.yellow(s) : c.red(s);
  };
  const out: string[] = [];
  const width = opts.width ?? 80;
  const head = `breach eval --gold ${result.gold}`;
  const scored = `${result.documents.length} documents scored, from ${result.searched.join(" ")}`;
  if (head.length + 2 + scored.length <= width) out.push(c.bold(head) + c.dim(`  ${scored}`));
  else out.push(c.bold(head), ...wrap(scored, width - 2).map((l) => c.dim(`  ${l}`)));

  const claims = result.claims;
  if (claims) {
    const t = new Table({
      head: ["kind", "gold", "extracted", "found", "precision", "recall", "F1"],
      style,
      colAligns: ["left", "right", "right", "right", "right", "right", "right"],
    });
    for (const k of KINDS) {
      const s = claims.byKind[k];
      if (s.gold + s.predicted === 0) continue;
      t.push([k, s.gold, s.predicted, s.found, grade(s.precision), grade(s.recall), grade(s.f1)]);
    }
    const o = claims.overall;
    t.push([
      c.bold("all (micro)"),
      o.gold,
      o.predicted,
      o.found,
      grade(o.precision),
      grade(o.recall),
      c.bold(grade(o.f1)),
    ]);
    out.push("", c.bold(`Claims (${claims.documents} documents with claim gold)`), t.toString());
    out.push(
      ...wrap(
        "gold, extracted: distinct keys per document (mentions of one fact count once); found: in both",
        width - 2,
      ).map((l) => c.dim(`  ${l}`)),
    );
    // attribute, scored, correct, accuracy: 11 + 6 + 7 + 8 wide, plus padding and borders.
    const byKindWidth = Math.max(24, (opts.width ?? 80) - (13 + 8 + 9 + 10) - 6);
    const a = new Table({
      head: ["attribute", "scored", "correct", "accuracy", "by kind"],
      style,
      colAligns: ["left", "right", "right", "right", "left"],
      colWidths: [13, 8, 9, 10, byKindWidth],
      wordWrap: true,
      wrapOnWordBoundary: true,
    });
    for (const attr of ATTRIBUTES) {
      const s = claims.attributes[attr];
      if (s.scored === 0) continue;
      const byKind = Object.entries(s.byKind)
        .map(([k, v]) => `${k} ${v.correct}/${v.scored}`)
        .join(", ");
      a.push([attr, s.scored, s.correct, grade(s.accuracy), byKind]);
    }
    out.push(
      "",
      c.bold("Attributes of matched claims"),
      a.length ? a.toString() : c.dim("  no matched claim"),
    );
  }

  const facts = result.facts;
  if (facts) {
    const t = new Table({
      head: ["fact", "documents", "correct", "accuracy"],
      style,
      colAligns: ["left", "right", "right", "right"],
    });
    for (const f of FACTS) {
      const s = facts.byFact[f];
      const label = OVERALL_FACTS.includes(f) ? f : `${f} (not in overall)`;
      t.push([label, s.scored, s.correct, grade(s.accuracy)]);
    }
    const o = facts.overall;
    t.push([c.bold("overall (micro)"), o.scored, o.correct, c.bold(grade(o.accuracy))]);
    out.push("", c.bold(`Facts (${facts.documents} documents with fact files)`), t.toString());
  }

  const inc = result.incidents;
  if (inc) {
    const t = new Table({
      head: ["figure", "scored", "correct", "score"],
      style,
      colAligns: ["left", "right", "right", "right"],
    });
    t.push([
      "victim (summary.victim)",
      inc.victim.scored,
      inc.victim.correct,
      grade(inc.victim.accuracy),
    ]);
    t.push([
      "pairs together: precision",
      inc.pairs.predicted,
      inc.pairs.found,
      grade(inc.pairs.precision),
    ]);
    t.push(["pairs together: recall", inc.pairs.gold, inc.pairs.found, grade(inc.pairs.recall)]);
    t.push([
      "incidents reproduced exactly",
      inc.exact.scored,
      inc.exact.correct,
      grade(inc.exact.accuracy),
    ]);
    t.push(["incidents merging two breaches", "", inc.merged, ""]);
    out.push("", c.bold(`Incidents (${inc.documents} documents in incident files)`), t.toString());
  }

  if (opts.misses) out.push(renderMisses(result, c));

  const notes: string[] = [];
  if (result.missing.length)
    notes.push(
      c.red(
        `${result.missing.length} gold document(s) not found in ${result.searched.join(" ")}: ${result.missing.slice(0, 5).join(", ")}${result.missing.length > 5 ? ", …" : ""}`,
      ),
    );
  for (const d of result.duplicates)
    notes.push(c.yellow(`id ${d.id} is in several files; scored ${d.paths[0]}`));
  for (const s of result.skippedGold)
    notes.push(...wrap(`skipped ${s.file}: ${s.reason}`, width).map((l) => c.dim(l)));
  if (notes.length) out.push("", ...notes);
  return `${out.join("\n")}\n`;
}

function renderMisses(result: EvalResult, c: InstanceType<typeof Chalk>): string {
  const out: string[] = [];
  const claims = result.claims;
  if (claims) {
    out.push("", c.bold(`Missed and extra claims (${claims.misses.length})`));
    const sorted = [...claims.misses].sort(
      (a, b) =>
        (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0) ||
        KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
        (a.line ?? 0) - (b.line ?? 0),
    );
    for (const m of sorted) {
      const tag = m.type === "missed" ? c.red("missed") : c.yellow("extra ");
      const where = m.line === null ? "" : `:${m.line}`;
      const rule = m.rule ? c.dim(`  [${m.rule}]`) : "";
      out.push(
        `  ${tag} ${m.doc}${where}  ${m.kind} ${c.bold(m.key)}  "${clip(m.text, 80)}"${rule}`,
      );
    }
    if (claims.attributeErrors.length) {
      out.push("", c.bold(`Wrong attributes of matched claims (${claims.attributeErrors.length})`));
      for (const e of claims.attributeErrors) {
        const where = e.line === null ? "" : `:${e.line}`;
        out.push(
          `  ${e.doc}${where}  ${e.kind} ${c.bold(e.key)} ${e.attribute}: gold ${show(e.gold)}, extracted ${show(e.predicted)}  "${clip(e.text, 60)}"`,
        );
      }
    }
  }
  const facts = result.facts;
  if (facts) {
    out.push("", c.bold(`Wrong facts (${facts.misses.length})`));
    for (const m of facts.misses)
      out.push(`  ${m.doc}  ${m.fact}: gold ${show(m.gold)}, summary ${show(m.predicted)}`);
  }
  const inc = result.incidents;
  if (inc) {
    out.push("", c.bold(`Wrong victims and groupings (${inc.misses.length})`));
    for (const m of inc.misses) {
      const predicted = Array.isArray(m.predicted)
        ? m.predicted.map((x) => (Array.isArray(x) ? `[${x.join(", ")}]` : String(x))).join(" ")
        : show(m.predicted);
      out.push(`  ${m.what} ${m.about}: gold ${show(m.gold)}, breach ${predicted}`);
    }
  }
  return out.join("\n");
}

/** The JSON report: every figure, and the misses only when asked. */
export function renderEvalJson(result: EvalResult, opts: { misses: boolean }): string {
  const strip = <T extends object>(x: T | null, keys: string[]) =>
    x === null || opts.misses
      ? x
      : Object.fromEntries(Object.entries(x).filter(([k]) => !keys.includes(k)));
  return `${JSON.stringify(
    {
      ...result,
      claims: strip(result.claims, ["misses", "attributeErrors"]),
      facts: strip(result.facts, ["misses"]),
      incidents: strip(result.incidents, ["misses"]),
    },
    null,
    2,
  )}\n`;
}

/** One floor checked: its flag as given, and the sentences of what fell below it (none: met). */
export interface GateResult {
  name: string;
  failures: string[];
}

const xml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** JUnit XML: one test case per floor, failed when the score is below it. */
export function renderEvalJunit(result: EvalResult, gates: readonly GateResult[]): string {
  const suite = `breach eval --gold ${result.gold}`;
  const failed = gates.filter((g) => g.failures.length).length;
  const cases = gates.map((g) => {
    const head = `    <testcase classname="${xml(suite)}" name="${xml(g.name)}"`;
    if (!g.failures.length) return `${head}/>`;
    const text = g.failures.join("\n");
    return `${head}>\n      <failure message="${xml(g.failures[0]!)}">${xml(text)}</failure>\n    </testcase>`;
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="breach eval" tests="${gates.length}" failures="${failed}">`,
    `  <testsuite name="${xml(suite)}" tests="${gates.length}" failures="${failed}">`,
    ...cases,
    `  </testsuite>`,
    `</testsuites>`,
    "",
  ].join("\n");
}
