// breach eval: the scoring functions on hand-made gold, and the command as a user runs it.
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Summary } from "../src/contract/index.js";
import { keysOf, scoreClaims, type ScoredClaim } from "../src/eval/claims.js";
import { scoreFacts, victimMatches, type FactFile } from "../src/eval/facts.js";
import { checkFloors, parseFloors, FloorError } from "../src/eval/gates.js";
import type { EvalResult } from "../src/eval/run.js";
import { breachPlain, tempDirs } from "./cli-helpers.js";

const ROOT = resolve(import.meta.dirname, "..");
const SEEDS_GOLD = resolve(ROOT, "fixtures/gold/seeds");

const breach = breachPlain;
const tempDir = tempDirs("breach-eval-");

const affected = (count: number, text: string, extra: Partial<ScoredClaim> = {}): ScoredClaim => ({
  kind: "affected",
  value: { count, bound: "exact", unit: "users" },
  text,
  ...extra,
});
const date = (d: string, grain: string, text: string): ScoredClaim => ({
  kind: "date",
  value: { date: d, grain, yearInferred: false, event: "breach" },
  text,
});
const actor = (name: string, aliases: string[] = [], extra: Record<string, unknown> = {}) =>
  ({
    kind: "actor",
    value: { name, aliases, type: "organization", role: null, affiliation: null, ...extra },
    text: name,
  }) as ScoredClaim;
const data = (category: string, exposed: boolean): ScoredClaim => ({
  kind: "data",
  value: { category, exposed },
  text: category,
});

describe("scoreClaims", () => {
  const docs = [
    {
      doc: "a",
      gold: [
        affected(120_000, "120,000 users"),
        affected(120_000, "120K users"), // a second mention of the same fact
        affected(5_000, "5,000 customers"),
        date("2023-04", "month", "April 2023"),
        data("email", true),
        data("password", false),
      ],
      predicted: [
        affected(120_000, "120,000 users"),
        affected(120_000, "120,000 accounts"),
        affected(77, "77 people"),
        date("2023-04", "month", "April 2023"),
        date("2023", "year", "2023"),
        data("email", true),
        data("password", true), // exposed disagrees: another key
      ],
    },
    {
      doc: "b",
      gold: [affected(9_000_000, "9 million"), data("phone", true)],
      predicted: [data("phone", true), data("name", true)],
    },
  ];
  const score = scoreClaims(docs);

  it("counts sets of keys per document, as an independent count does", () => {
    // Independent count: distinct keys per document and kind, then set intersections.
    const key = (c: ScoredClaim) => JSON.stringify([c.kind, keysOf(c)]);
    let gold = 0;
    let predicted = 0;
    let both = 0;
    for (const d of docs) {
      const g = new Set(d.gold.map(key));
      const p = new Set(d.predicted.map(key));
      gold += g.size;
      predicted += p.size;
      both += [...g].filter((k) => p.has(k)).length;
    }
    expect([gold, predicted, both]).toEqual([7, 8, 4]);
    expect(score.overall).toMatchObject({ gold, predicted, found: both });
    expect(score.overall.precision).toBeCloseTo(both / predicted, 10);
    expect(score.overall.recall).toBeCloseTo(both / gold, 10);
    const p = both / predicted;
    const r = both / gold;
    expect(score.overall.f1).toBeCloseTo((2 * p * r) / (p + r), 10);
  });

  it("scores each kind apart", () => {
    expect(score.byKind.affected).toMatchObject({ gold: 3, predicted: 2, found: 1 });
    expect(score.byKind.date).toMatchObject({ gold: 1, predicted: 2, found: 1 });
    expect(score.byKind.date.precision).toBe(0.5);
    expect(score.byKind.data).toMatchObject({ gold: 3, predicted: 4, found: 2 });
    expect(score.byKind.penalty).toMatchObject({ gold: 0, predicted: 0 });
    expect(score.byKind.penalty.f1).toBeNull();
  });

  it("lists each missed and extra key with its text", () => {
    const missed = score.misses.filter((m) => m.type === "missed").map((m) => `${m.doc} ${m.key}`);
    const extra = score.misses.filter((m) => m.type === "extra").map((m) => `${m.doc} ${m.key}`);
    expect(missed.sort()).toEqual(["a 5000", "a password not-exposed", "b 9000000"]);
    expect(extra.sort()).toEqual(["a 2023 year", "a 77", "a password exposed", "b name exposed"]);
    expect(score.misses.find((m) => m.key === "5000")?.text).toBe("5,000 customers");
  });

  it("matches actors by name or alias, ignoring case, spaces and hyphens", () => {
    const s = scoreClaims([
      {
        doc: "x",
        gold: [
          actor("Data Protection Authority", ["DPA"]),
          actor("Lee Min-ho"),
          actor("Harbor Freight"),
        ],
        predicted: [
          actor("dpa"),
          actor("Data Protection Authority"),
          actor("LEE MINHO"),
          actor("ACME"),
        ],
      },
    ]);
    expect(s.byKind.actor).toMatchObject({ gold: 3, predicted: 3, found: 2 });
    expect(s.misses.map((m) => `${m.type} ${m.key}`).sort()).toEqual([
      "extra ACME",
      "missed Harbor Freight",
    ]);
  });

  it("scores attributes on matched pairs where the gold gives them", () => {
    const s = scoreClaims([
      {
        doc: "x",
        gold: [
          {
            ...affected(40_000, "nearly 40,000"),
            value: { count: 40_000, bound: "at_most", unit: "users" },
            modality: "reported",
            subject: "Acme Corp",
            start: 10,
            end: 23,
          },
          { ...affected(300, "300 people"), start: 50, end: 60 },
        ],
        predicted: [
          {
            ...affected(40_000, "nearly 40,000"),
            modality: "reported",
            subject: "acme corp",
            start: 10,
            end: 23,
          },
          {
            ...affected(300, "300 people"),
            modality: "asserted",
            subject: "Acme Corp",
            start: 50,
            end: 60,
          },
        ],
      },
    ]);
    expect(s.attributes.bound).toMatchObject({ scored: 2, correct: 1 });
    expect(s.attributes.modality).toMatchObject({ scored: 1, correct: 1 });
    expect(s.attributes.subject).toMatchObject({ scored: 1, correct: 1 });
    expect(s.attributes.event.scored).toBe(0);
    expect(s.attributeErrors).toMatchObject([
      { attribute: "bound", gold: ["at_most"], predicted: "exact", key: "40000" },
    ]);
  });
});

const summaryOf = (s: Partial<Summary>): Summary => ({
  victim: null,
  affected: null,
  breachDate: null,
  detected: null,
  disclosed: null,
  undetectedFor: null,
  dataExposed: [],
  dataNotExposed: [],
  penalties: [],
  actorVariety: null,
  actors: [],
  ...s,
});

describe("scoreFacts", () => {
  const hibp = (facts: FactFile["facts"]): FactFile => ({ doc: "h", facts });
  it("counts affected within tolerance and dates by prefix", () => {
    const gold = hibp({
      affected: { count: 1_000_000, tolerance: 0.1 },
      breachDate: { date: "2019-03", grain: "month" },
    });
    const near = scoreFacts([
      {
        gold,
        summary: summaryOf({
          affected: { count: 950_000, bound: "approx", unit: "users" },
          breachDate: { date: "2019-03-14", grain: "day" },
        }),
      },
    ]);
    expect(near.byFact.affected).toMatchObject({ scored: 1, correct: 1 });
    expect(near.byFact.breachDate).toMatchObject({ scored: 1, correct: 1 });
    const far = scoreFacts([
      {
        gold,
        summary: summaryOf({
          affected: { count: 1_200_000, bound: "exact", unit: "users" },
          breachDate: { date: "2019", grain: "year" },
        }),
      },
    ]);
    expect(far.byFact.affected.correct).toBe(0);
    expect(far.byFact.breachDate.correct).toBe(0);
    expect(far.misses.map((m) => m.fact)).toEqual(["affected", "breachDate"]);
  });

  it("scores data precision against dataExposed and recall over dataMentioned", () => {
    const gold = hibp({
      dataExposed: ["email", "password", "name"],
      dataMentioned: ["email", "password"],
    });
    const r = scoreFacts([
      { gold, summary: summaryOf({ dataExposed: ["email", "password", "other"] }) },
      { gold, summary: summaryOf({ dataExposed: ["email", "phone"] }) },
      { gold, summary: summaryOf({ dataExposed: [] }) },
    ]);
    // precision is scored where the summary names a category; `other` is left aside
    expect(r.byFact.dataPrecision).toMatchObject({ scored: 2, correct: 1 });
    expect(r.byFact.dataRecall).toMatchObject({ scored: 3, correct: 1 });
  });

  it("reads VERIS coarse varieties for precision", () => {
    const gold: FactFile = {
      doc: "v",
      facts: {
        dataVarieties: ["Medical", "Personal"],
        dataMentioned: ["health"],
        actorVariety: "internal",
      },
    };
    const ok = scoreFacts([
      {
        gold,
        summary: summaryOf({ dataExposed: ["health", "national_id"], actorVariety: "internal" }),
      },
    ]);
    expect(ok.byFact.dataPrecision.correct).toBe(1);
    expect(ok.byFact.dataRecall.correct).toBe(1);
    expect(ok.byFact.actorVariety.correct).toBe(1);
    const bad = scoreFacts([
      { gold, summary: summaryOf({ dataExposed: ["card_number"], actorVariety: "external" }) },
    ]);
    expect(bad.byFact.dataPrecision.correct).toBe(0);
    expect(bad.byFact.actorVariety.correct).toBe(0);
    expect(bad.overall).toMatchObject({ scored: 3, correct: 0 });
  });

  it("takes a patient's identifiers under Medical, and a card number under Payment only", () => {
    const precision = (varieties: string[], dataExposed: string[]) =>
      scoreFacts([
        {
          gold: { doc: "v", facts: { dataVarieties: varieties } },
          summary: summaryOf({ dataExposed: dataExposed as Summary["dataExposed"] }),
        },
      ]).byFact.dataPrecision.correct;
    expect(precision(["Medical"], ["address", "date_of_birth", "health", "name"])).toBe(1);
    expect(precision(["Medical"], ["email", "national_id", "phone"])).toBe(1);
    expect(precision(["Medical"], ["order_history"])).toBe(0);
    expect(precision(["Medical"], ["password"])).toBe(0);
    expect(precision(["Bank"], ["payment"])).toBe(1);
    expect(precision(["Bank"], ["card_number"])).toBe(0);
    expect(precision(["Payment"], ["card_number", "payment"])).toBe(1);
  });
});

describe("victimMatches", () => {
  it.each([
    ["Walgreen Co", "Walgreens"],
    ["United States Department of Veterans Affairs", "VA"],
    ["United States Department of Veterans Affairs", "Department of Veterans Affairs"],
    ["Washington Post Co/The", "The Washington Post"],
    ["T-Mobile", "t mobile"],
  ])("%s is %s", (gold, summary) => expect(victimMatches(gold, summary)).toBe(true));
  it.each([
    ["United States Department of Veterans Affairs", "Patient"],
    ["Joanne Hospital", "Ann"],
    ["Acme Bank", null],
    ["Harbor Health", "HHS"],
  ])("%s is not %s", (gold, summary) => expect(victimMatches(gold, summary)).toBe(false));
});

describe("floors", () => {
  it("parses bare and per-kind floors, and refuses bad ones", () => {
    const f = parseFloors({ minF1: "0.5", minKindF1: ["affected=0.8,date=0.25", "0.1"] });
    expect(f.minKindF1).toEqual([
      { kind: "affected", floor: 0.8 },
      { kind: "date", floor: 0.25 },
      { kind: "*", floor: 0.1 },
    ]);
    expect(() => parseFloors({ minF1: "abc" })).toThrow(FloorError);
    expect(() => parseFloors({ minF1: "1.5" })).toThrow(FloorError);
    expect(() => parseFloors({ minKindF1: ["dates=0.5"] })).toThrow(/unknown name/);
    expect(() => parseFloors({ minFact: ["0.5"] })).toThrow(FloorError);
  });

  it("names each floor not met, comparing as printed", () => {
    const claims = scoreClaims([
      {
        doc: "a",
        gold: [affected(10, "10 users"), date("2020", "year", "2020")],
        predicted: [affected(10, "10 users")],
      },
    ]);
    const result = { gold: "g", claims, facts: null } as unknown as EvalResult;
    // F1 = 2/3, printed 0.667: a floor copied from the table holds
    expect(checkFloors(result, parseFloors({ minF1: "0.667" }))).toEqual([]);
    const fails = checkFloors(result, parseFloors({ minF1: "0.7", minKindF1: ["0.5"] }));
    expect(fails).toHaveLength(2);
    expect(fails[0]).toMatch(/claims F1.*0\.667.*0\.7.*--min-f1/);
    expect(fails[1]).toMatch(/^date F1 0\.000.*--min-kind-f1/);
    expect(() => checkFloors(result, parseFloors({ minFacts: "0.5" }))).toThrow(FloorError);
  });
});

describe("breach eval (CLI)", { timeout: 180_000 }, () => {
  it("prints per-kind figures that agree with an independent count over the seeds", () => {
    const r = breach(["eval", "--gold", SEEDS_GOLD, "seeds/", "--format", "json"]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as EvalResult;
    expect(result.documents).toHaveLength(5);
    // Independent count: extract the seeds, build key sets from the raw JSON, intersect.
    const extracted = JSON.parse(breach(["extract", "seeds/", "--format", "json"]).stdout) as {
      documents: { id: string; claims: ScoredClaim[] }[];
    };
    const norm = (s: string) => s.toLowerCase().replace(/[\s\-\u2010-\u2015_]+/gu, "");
    const keyOf = (c: ScoredClaim): string => {
      const v = c.value as Record<string, unknown>;
      if (c.kind === "affected") return `${v.count}`;
      if (c.kind === "date") return `${v.date}/${v.grain}`;
      if (c.kind === "duration") return `${v.iso}`;
      if (c.kind === "penalty") return `${v.amount}/${v.currency}`;
      if (c.kind === "data") return `${v.category}/${v.exposed}`;
      return norm(String(v.name));
    };
    for (const kind of ["affected", "date", "duration", "penalty", "data"] as const) {
      let gold = 0;
      let predicted = 0;
      let both = 0;
      for (const file of readdirSync(SEEDS_GOLD).filter((f) => /^\d{3}_.*\.gold\.json$/.test(f))) {
        const g = JSON.parse(readFileSync(join(SEEDS_GOLD, file), "utf8")) as {
          doc: string;
          claims: ScoredClaim[];
        };
        const doc = extracted.documents.find((d) => d.id === g.doc)!;
        const gk = new Set(g.claims.filter((c) => c.kind === kind).map(keyOf));
        const pk = new Set(doc.claims.filter((c) => c.kind === kind).map(keyOf));
        gold += gk.size;
        predicted += pk.size;
        both += [...gk].filter((k) => pk.has(k)).length;
      }
      expect(result.claims!.byKind[kind], kind).toMatchObject({
        gold,
        predicted,
        found: both,
      });
    }
    // Actors: a gold actor is found when any extracted name or alias is one of its names;
    // extracted actors with no gold name count once per distinct name group.
    const names = (c: ScoredClaim) =>
      [c.value.name, ...((c.value.aliases as string[] | undefined) ?? [])].map((n) =>
        norm(String(n)),
      );
    const groups = (claims: ScoredClaim[]) => {
      const out: Set<string>[] = [];
      for (const c of claims.filter((x) => x.kind === "actor")) {
        const mine = new Set(names(c));
        const hit = out.filter((g) => [...mine].some((n) => g.has(n)));
        for (const g of hit) {
          g.forEach((n) => mine.add(n));
          out.splice(out.indexOf(g), 1);
        }
        out.push(mine);
      }
      return out;
    };
    let gold = 0;
    let found = 0;
    let extra = 0;
    for (const file of readdirSync(SEEDS_GOLD).filter((f) => /^\d{3}_.*\.gold\.json$/.test(f))) {
      const g = JSON.parse(readFileSync(join(SEEDS_GOLD, file), "utf8")) as {
        doc: string;
        claims: ScoredClaim[];
      };
      const gg = groups(g.claims);
      const pg = groups(extracted.documents.find((d) => d.id === g.doc)!.claims);
      const overlap = (a: Set<string>, b: Set<string>) => [...a].some((n) => b.has(n));
      gold += gg.length;
      found += gg.filter((x) => pg.some((y) => overlap(x, y))).length;
      extra += pg.filter((y) => !gg.some((x) => overlap(x, y))).length;
    }
    expect(result.claims!.byKind.actor).toMatchObject({ gold, found, predicted: found + extra });
  });

  it("fails --min-f1 <current> after one gold affected count is edited, and --misses names it", () => {
    const gold = tempDir();
    cpSync(SEEDS_GOLD, gold, { recursive: true });
    const before = JSON.parse(
      breach(["eval", "--gold", gold, "seeds/", "--format", "json", "--misses"]).stdout,
    ) as EvalResult;
    const current = before.claims!.overall.f1!.toFixed(3);
    expect(breach(["eval", "--gold", gold, "seeds/", "--min-f1", current]).code).toBe(0);

    // An affected gold claim that is found now: edit every mention of its count.
    const missedNow = new Set(before.claims!.misses.map((m) => `${m.doc} ${m.kind} ${m.key}`));
    let edited: { doc: string; count: number; text: string } | null = null;
    for (const file of readdirSync(gold).filter((f) => /^\d{3}_.*\.gold\.json$/.test(f))) {
      const path = join(gold, file);
      const g = JSON.parse(readFileSync(path, "utf8")) as { doc: string; claims: ScoredClaim[] };
      const hit = g.claims.find(
        (c) => c.kind === "affected" && !missedNow.has(`${g.doc} affected ${c.value.count}`),
      );
      if (!hit) continue;
      const count = hit.value.count as number;
      for (const c of g.claims)
        if (c.kind === "affected" && c.value.count === count) c.value.count = count + 1;
      writeFileSync(path, JSON.stringify(g));
      edited = { doc: g.doc, count: count + 1, text: hit.text };
      break;
    }
    expect(edited, "no affected gold claim is found by the current rules").not.toBeNull();
    const after = breach(["eval", "--gold", gold, "seeds/", "--min-f1", current, "--misses"]);
    expect(after.code).toBe(1);
    expect(after.stderr).toMatch(
      /claims F1 \(micro\) [\d.]+ is below the floor [\d.]+ \(--min-f1\)/,
    );
    const line = after.stdout.split("\n").find((l) => l.includes(`affected ${edited!.count}`));
    expect(line).toContain("missed");
    expect(line).toContain(edited!.doc);
    expect(line).toContain(edited!.text);
  });

  it("prints the floors the current scores meet, and passes them", () => {
    const printed = breach(["eval", "--gold", SEEDS_GOLD, "seeds/", "--print-floors"]);
    expect(printed.code).toBe(0);
    const flags = printed.stdout.trim().split(" ");
    expect(flags).toContain("--min-f1");
    expect(flags).toContain("--min-kind-f1");
    expect(breach(["eval", "--gold", SEEDS_GOLD, "seeds/", ...flags]).code).toBe(0);
  });

  it("exits 2 on bad flags, a missing gold folder, missing or unreadable documents", () => {
    expect(breach(["eval", "--gold", SEEDS_GOLD, "seeds/", "--min-f1", "high"]).code).toBe(2);
    expect(breach(["eval", "--gold", SEEDS_GOLD, "seeds/", "--min-kind-f1", "actors=1"]).code).toBe(
      2,
    );
    expect(breach(["eval", "seeds/"]).code).toBe(2); // --gold is required
    expect(breach(["eval", "--gold", SEEDS_GOLD, "seeds/", "--bogus"]).code).toBe(2);
    const missing = breach(["eval", "--gold", join(tempDir(), "nope"), "seeds/"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such directory/);
    // the seeds' gold folder holds no documents: say which folder to pass
    const nodocs = breach(["eval", "--gold", SEEDS_GOLD]);
    expect(nodocs.code).toBe(2);
    expect(nodocs.stderr).toMatch(/5 gold document\(s\) not found/);
    // one document not UTF-8: the others are scored, the exit is 2
    const docs = tempDir();
    cpSync(resolve(ROOT, "seeds"), docs, { recursive: true });
    const first = readdirSync(docs).sort()[0]!;
    writeFileSync(join(docs, first), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x0a]));
    const bad = breach(["eval", "--gold", SEEDS_GOLD, docs]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(first);
    expect(bad.stdout).toContain("4 documents scored");
  });

  it("scores fact files with documents beside them, and gates per fact", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "shop.md"),
      "---\ntitle: Shop\npublished: 2020-05-01\n---\nIn March 2019, the shop suffered a data breach exposing 2,500,000 accounts.\n",
    );
    writeFileSync(
      join(dir, "shop.facts.json"),
      JSON.stringify({
        doc: "shop",
        facts: { affected: { count: 2_500_000, tolerance: 0.1 }, actorVariety: "partner" },
      }),
    );
    const r = breach(["eval", "--gold", dir, "--format", "json"]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as EvalResult;
    expect(result.facts!.byFact.affected.scored).toBe(1);
    expect(result.facts!.byFact.actorVariety.scored).toBe(1);
    expect(result.facts!.byFact.breachDate.scored).toBe(0);
    const table = breach(["eval", "--gold", dir]);
    expect(table.stdout).toMatch(/affected\s*│\s*1 │/);
    const gate = breach(["eval", "--gold", dir, "--min-fact", "breachDate=0.5"]);
    expect(gate.code).toBe(1);
    expect(gate.stderr).toMatch(/breachDate accuracy — is below the floor 0\.5 \(--min-fact\)/);
  });
});
