// Pins for logic that surviving mutants (npm run mutate) showed no example held: the bounds of
// a count's interval, date grains, the rules of each conflict, the timeline's order and its
// derived detection, the victim's name and aliases. Whole incidents are compared exactly, so
// a change to any field, word or order of them fails here.
import { describe, expect, it } from "vitest";
import type { Claim, Incident } from "../src/contract/index.js";
import {
  addDuration,
  countInterval,
  countsAgree,
  datesAgree,
  firstDay,
  grainOf,
  lastDay,
} from "../src/incidents/agree.js";
import { countsAllAgree, datesAllAgree, foldRole } from "../src/incidents/facts.js";
import { buildIncidents, foldName } from "../src/incidents/index.js";
import { recordOf } from "./helpers.js";

let offset = 0;
function claim(partial: Pick<Claim, "kind" | "value"> & Partial<Claim>): Claim {
  offset += 10;
  return {
    text: `t${offset}`,
    start: offset,
    end: offset + 2,
    line: 1,
    column: offset + 1,
    sentence: `s${offset}`,
    subject: "Acme",
    modality: "asserted",
    rule: "test",
    ...partial,
  } as Claim;
}

const doc = (
  id: string,
  claims: Claim[],
  victim: string | null = "Acme",
  actorVariety: "internal" | "external" | "partner" | null = null,
) => recordOf(id, claims, victim, actorVariety);

type Bound = "exact" | "approx" | "at_least" | "at_most";
const affected = (count: number, bound: Bound = "exact", unit = "customers", subject = "Acme") =>
  claim({ kind: "affected", value: { count, bound, unit }, subject } as never);
const date = (d: string, event: string, yearInferred = false) =>
  claim({ kind: "date", value: { date: d, grain: grainOf(d), yearInferred, event } } as never);
const undetected = (iso: string) =>
  claim({ kind: "duration", value: { iso, bound: "exact", event: "undetected" } });
const person = (
  name: string,
  role: string | null,
  involvement: string,
  affiliation: string | null = null,
  aliases: string[] = [],
) =>
  claim({
    kind: "actor",
    value: { name, aliases, type: "person", role, affiliation, involvement },
  } as never);
const data = (category: string, exposed: boolean) =>
  claim({ kind: "data", value: { category, exposed } } as never);
const penalty = (amount: number, currency = "USD") =>
  claim({
    kind: "penalty",
    value: { amount, currency, bound: "exact", converted: null, status: "imposed" },
  } as never);

/** An incident with only what a test looks at: sources reduced to their doc ids. */
function brief(incident: Incident) {
  const src = (sources: { doc: string }[]) => sources.map((s) => s.doc).join(",");
  return {
    victim: incident.victim,
    aliases: incident.aliases,
    sources: incident.sources,
    facts: incident.facts.map((f) => ({
      field: f.field,
      agree: f.agree,
      docs: f.docs,
      values: f.values.map((v) => ({ value: v.value, display: v.display, from: src(v.sources) })),
    })),
    conflicts: incident.conflicts.map((c) => ({
      field: c.field,
      severity: c.severity,
      description: c.description,
      docs: c.docs,
      sides: c.sides.map((s) => ({ value: s.value, display: s.display, from: src(s.sources) })),
    })),
    timeline: incident.timeline.map(
      (e) =>
        `${e.date} ${e.grain} ${e.event}${e.yearInferred ? " inferred" : ""}${e.derived ? ` derived (${e.note})` : ""} ← ${src(e.sources)}`,
    ),
  };
}

describe("agree.ts", () => {
  it("an exact count stands for half a unit of its last significant digit either side", () => {
    expect(countInterval(1_250_000, "exact")).toEqual([1_245_000, 1_255_000]);
    expect(countInterval(1_300_000, "exact")).toEqual([1_250_000, 1_350_000]);
    expect(countInterval(7, "exact")).toEqual([6.5, 7.5]);
    expect(countInterval(10, "exact")).toEqual([5, 15]);
    expect(countInterval(100, "exact")).toEqual([50, 150]);
    expect(countInterval(123, "exact")).toEqual([122.5, 123.5]);
  });

  it("about, at least and at most stretch by a tenth on their open sides", () => {
    expect(countInterval(1000, "approx")).toEqual([900, 1100]);
    expect(countInterval(1000, "at_least")).toEqual([1000, 1100]);
    expect(countInterval(1000, "at_most")).toEqual([900, 1000]);
  });

  it("intervals that only touch still agree", () => {
    expect(countsAgree({ count: 1000, bound: "at_most" }, { count: 1000, bound: "at_least" })).toBe(
      true,
    );
    expect(
      countsAgree({ count: 1100, bound: "at_least" }, { count: 1000, bound: "at_least" }),
    ).toBe(true);
    expect(
      countsAgree({ count: 1101, bound: "at_least" }, { count: 1000, bound: "at_least" }),
    ).toBe(false);
  });

  it("dates agree by containment from the start, never by a shared end", () => {
    expect(datesAgree("2025-06-24", "2025-06")).toBe(true);
    expect(datesAgree("2025-06", "2025-06-24")).toBe(true);
    expect(datesAgree("2024-06-24", "2025-06-24".slice(5))).toBe(false);
    expect(datesAgree("2025-06-24", "06-24")).toBe(false);
  });

  it("grains, first and last days", () => {
    expect([grainOf("2025"), grainOf("2025-06"), grainOf("2025-06-24")]).toEqual([
      "year",
      "month",
      "day",
    ]);
    expect([firstDay("2025"), firstDay("2025-06"), firstDay("2025-06-24")]).toEqual([
      "2025-01-01",
      "2025-06-01",
      "2025-06-24",
    ]);
    expect([
      lastDay("2025"),
      lastDay("2024-02"),
      lastDay("2025-02"),
      lastDay("2025-06-24"),
    ]).toEqual(["2025-12-31", "2024-02-29", "2025-02-28", "2025-06-24"]);
    expect(lastDay("2025-09")).toBe("2025-09-30");
  });

  it("adds durations of every unit, many digits too, and refuses what is not one", () => {
    expect(addDuration("2024-01-10", "P1Y2M")).toBe("2025-03-10");
    expect(addDuration("2024-01-10", "P2W3D")).toBe("2024-01-27");
    expect(addDuration("2024-01-10", "P12D")).toBe("2024-01-22");
    expect(addDuration("2024-01-10", "P10Y11M")).toBe("2034-12-10");
    expect(addDuration("2024-01-10", "P11W")).toBe("2024-03-27");
    expect(addDuration("2024", "P3M")).toBe("2024-04-01");
    expect(addDuration("2024-01-10", "xP1Y")).toBeNull();
    expect(addDuration("2024-01-10", "P1Yx")).toBeNull();
    expect(addDuration("2024-01-10", "PT5H")).toBeNull();
    expect(addDuration("2024-01-10", "P1DD")).toBeNull();
  });
});

describe("facts.ts helpers", () => {
  const fv = (count: number, bound: Bound) => ({
    value: { count, bound },
    display: "",
    sources: [],
  });

  it("counts all agree exactly when every pair does", () => {
    expect(countsAllAgree([fv(1000, "at_most"), fv(1000, "at_least")])).toBe(true);
    expect(countsAllAgree([fv(1000, "exact"), fv(1000, "exact")])).toBe(true);
    expect(countsAllAgree([fv(1000, "at_least"), fv(950, "approx"), fv(1101, "exact")])).toBe(
      false,
    );
    expect(countsAllAgree([fv(900, "at_least"), fv(1100, "at_most")])).toBe(true); // 990 both
    expect(countsAllAgree([fv(1200, "at_most"), fv(900, "at_least")])).toBe(false);
  });

  it("dates all agree when every one is a prefix of the longest", () => {
    expect(datesAllAgree(["2025", "2025-06", "2025-06-24"])).toBe(true);
    expect(datesAllAgree(["2025-06-24", "2025-06", "2025-07"])).toBe(false);
    expect(datesAllAgree(["2025-06", "2024"])).toBe(false);
    expect(datesAllAgree(["2024"])).toBe(true);
  });

  it("folds roles: case, punctuation, spaces, and the long names of chiefs", () => {
    expect(foldRole("Chief Executive Officer")).toBe("ceo");
    expect(foldRole("chief  executive")).toBe("ceo");
    expect(foldRole("Chief-Technology Officer")).toBe("cto");
    expect(foldRole("Chief Information Security Officer")).toBe("ciso");
    expect(foldRole("chief financial officer")).toBe("cfo");
    expect(foldRole(" Head of I.T. ")).toBe("head of i t");
    expect(foldRole("CEO")).toBe("ceo");
  });

  it("folds names: every run of punctuation is one space, suffixes dropped", () => {
    expect(foldName("Acme -- Holdings, Ltd.")).toBe("acme");
    expect(foldName("Acme   Health Co")).toBe("acmehealth");
    expect(foldName("Société Générale Group")).toBe("sociétégénérale");
    expect(foldName("Incorporated Widgets")).toBe("incorporatedwidgets");
  });
});

describe("whole incidents", () => {
  it("counts, units, dates, durations, data, penalties and people from three sources", () => {
    const incidents = buildIncidents([
      doc("alpha_1", [
        affected(1_000_000, "exact", "customers"),
        affected(1_000_000, "exact", "customers"),
        date("2024-03-01", "breach_start"),
        date("2024-02-10", "detected"),
        date("2024-04", "disclosed"),
        undetected("P5M"),
        data("email", true),
        data("name", true),
        penalty(3_000_000),
        person("Jane Roe", "Chief Executive Officer", "executive"),
        person("Max Mustermann", "analyst", "suspect", "Acme"),
        date("2024-05-02", "published"),
        affected(5, "exact", "customers", "Globex"),
      ]),
      doc("beta-2", [
        affected(3_400_000, "approx", "accounts"),
        affected(1_050_000, "at_least", "accounts"),
        date("2024-05", "breach"),
        undetected("P6M"),
        data("email", false),
        penalty(3_000_000),
        penalty(2_500_000, "EUR"),
        person("John Doe", "CEO", "executive", "Acme"),
        person("Erika Muster", "analyst", "suspect"),
        person("Pat Lee", null, "official"),
      ]),
      doc("gamma", [date("2024-06-01", "published")], "Acme", null),
    ]);
    expect(incidents.map(brief)).toMatchInlineSnapshot(`
      [
        {
          "aliases": [],
          "conflicts": [
            {
              "description": "Incompatible counts: 1,000,000 customers (alpha) vs about 3,400,000 accounts (beta) vs at least 1,050,000 accounts (beta).",
              "docs": [
                "alpha_1",
                "beta-2",
              ],
              "field": "affected",
              "severity": "hard",
              "sides": [
                {
                  "display": "1,000,000 customers",
                  "from": "alpha_1,alpha_1",
                  "value": {
                    "bound": "exact",
                    "count": 1000000,
                  },
                },
                {
                  "display": "about 3,400,000 accounts",
                  "from": "beta-2",
                  "value": {
                    "bound": "approx",
                    "count": 3400000,
                  },
                },
                {
                  "display": "at least 1,050,000 accounts",
                  "from": "beta-2",
                  "value": {
                    "bound": "at_least",
                    "count": 1050000,
                  },
                },
              ],
            },
            {
              "description": "Sources differ on breachDate: 2024-03-01 · breach_start (alpha) vs 2024-05 · breach (beta).",
              "docs": [
                "alpha_1",
                "beta-2",
              ],
              "field": "breachDate",
              "severity": "hard",
              "sides": [
                {
                  "display": "2024-03-01 · breach_start",
                  "from": "alpha_1",
                  "value": {
                    "date": "2024-03-01",
                    "grain": "day",
                    "yearInferred": false,
                  },
                },
                {
                  "display": "2024-05 · breach",
                  "from": "beta-2",
                  "value": {
                    "date": "2024-05",
                    "grain": "month",
                    "yearInferred": false,
                  },
                },
              ],
            },
            {
              "description": "Sources differ on undetectedFor: P5M · undetected (alpha) vs P6M · undetected (beta).",
              "docs": [
                "alpha_1",
                "beta-2",
              ],
              "field": "undetectedFor",
              "severity": "soft",
              "sides": [
                {
                  "display": "P5M · undetected",
                  "from": "alpha_1",
                  "value": {
                    "bound": "exact",
                    "iso": "P5M",
                  },
                },
                {
                  "display": "P6M · undetected",
                  "from": "beta-2",
                  "value": {
                    "bound": "exact",
                    "iso": "P6M",
                  },
                },
              ],
            },
            {
              "description": "email is exposed (alpha) vs not exposed (beta).",
              "docs": [
                "alpha_1",
                "beta-2",
              ],
              "field": "data.email",
              "severity": "hard",
              "sides": [
                {
                  "display": "exposed",
                  "from": "alpha_1",
                  "value": {
                    "category": "email",
                    "exposed": true,
                  },
                },
                {
                  "display": "not exposed",
                  "from": "beta-2",
                  "value": {
                    "category": "email",
                    "exposed": false,
                  },
                },
              ],
            },
            {
              "description": "Different people named Chief Executive Officer (Acme): Jane Roe (alpha) vs John Doe (beta).",
              "docs": [
                "alpha_1",
                "beta-2",
              ],
              "field": "actor.Chief Executive Officer (Acme)",
              "severity": "hard",
              "sides": [
                {
                  "display": "Jane Roe",
                  "from": "alpha_1",
                  "value": {
                    "affiliation": null,
                    "name": "Jane Roe",
                    "role": "Chief Executive Officer",
                  },
                },
                {
                  "display": "John Doe",
                  "from": "beta-2",
                  "value": {
                    "affiliation": "Acme",
                    "name": "John Doe",
                    "role": "CEO",
                  },
                },
              ],
            },
            {
              "description": "Different people named analyst (Acme): Max Mustermann (alpha) vs Erika Muster (beta).",
              "docs": [
                "alpha_1",
                "beta-2",
              ],
              "field": "actor.analyst (Acme)",
              "severity": "soft",
              "sides": [
                {
                  "display": "Max Mustermann",
                  "from": "alpha_1",
                  "value": {
                    "affiliation": "Acme",
                    "name": "Max Mustermann",
                    "role": "analyst",
                  },
                },
                {
                  "display": "Erika Muster",
                  "from": "beta-2",
                  "value": {
                    "affiliation": null,
                    "name": "Erika Muster",
                    "role": "analyst",
                  },
                },
              ],
            },
            {
              "description": "Sources count different things: customers (alpha) vs accounts (beta).",
              "docs": [
                "alpha_1",
                "beta-2",
              ],
              "field": "affected.unit",
              "severity": "soft",
              "sides": [
                {
                  "display": "customers",
                  "from": "alpha_1,alpha_1",
                  "value": {
                    "unit": "customers",
                  },
                },
                {
                  "display": "accounts",
                  "from": "beta-2,beta-2",
                  "value": {
                    "unit": "accounts",
                  },
                },
              ],
            },
            {
              "description": "The breach starts (2024-03-01) after it was detected (2024-02-10).",
              "docs": [
                "alpha_1",
              ],
              "field": "timeline.order",
              "severity": "hard",
              "sides": [
                {
                  "display": "breach_start 2024-03-01",
                  "from": "alpha_1",
                  "value": {
                    "date": "2024-03-01",
                    "event": "breach_start",
                  },
                },
                {
                  "display": "detected 2024-02-10",
                  "from": "alpha_1",
                  "value": {
                    "date": "2024-02-10",
                    "event": "detected",
                  },
                },
              ],
            },
          ],
          "facts": [
            {
              "agree": false,
              "docs": [
                "alpha_1",
                "beta-2",
              ],
              "field": "affected",
              "values": [
                {
                  "display": "1,000,000 customers",
                  "from": "alpha_1,alpha_1",
                  "value": {
                    "bound": "exact",
                    "count": 1000000,
                  },
                },
                {
                  "display": "about 3,400,000 accounts",
                  "from": "beta-2",
                  "value": {
                    "bound": "approx",
                    "count": 3400000,
                  },
                },
                {
                  "display": "at least 1,050,000 accounts",
                  "from": "beta-2",
                  "value": {
                    "bound": "at_least",
                    "count": 1050000,
                  },
                },
              ],
            },
            {
              "agree": false,
              "docs": [
                "alpha_1",
                "beta-2",
              ],
              "field": "breachDate",
              "values": [
                {
                  "display": "2024-03-01 · breach_start",
                  "from": "alpha_1",
                  "value": {
                    "date": "2024-03-01",
                    "grain": "day",
                    "yearInferred": false,
                  },
                },
                {
                  "display": "2024-05 · breach",
                  "from": "beta-2",
                  "value": {
                    "date": "2024-05",
                    "grain": "month",
                    "yearInferred": false,
                  },
                },
              ],
            },
            {
              "agree": true,
              "docs": [
                "alpha_1",
              ],
              "field": "detected",
              "values": [
                {
                  "display": "2024-02-10 · detected",
                  "from": "alpha_1",
                  "value": {
                    "date": "2024-02-10",
                    "grain": "day",
                    "yearInferred": false,
                  },
                },
              ],
            },
            {
              "agree": true,
              "docs": [
                "alpha_1",
              ],
              "field": "disclosed",
              "values": [
                {
                  "display": "2024-04 · disclosed",
                  "from": "alpha_1",
                  "value": {
                    "date": "2024-04",
                    "grain": "month",
                    "yearInferred": false,
                  },
                },
              ],
            },
            {
              "agree": false,
              "docs": [
                "alpha_1",
                "beta-2",
              ],
              "field": "undetectedFor",
              "values": [
                {
                  "display": "P5M · undetected",
                  "from": "alpha_1",
                  "value": {
                    "bound": "exact",
                    "iso": "P5M",
                  },
                },
                {
                  "display": "P6M · undetected",
                  "from": "beta-2",
                  "value": {
                    "bound": "exact",
                    "iso": "P6M",
                  },
                },
              ],
            },
            {
              "agree": false,
              "docs": [
                "alpha_1",
                "beta-2",
              ],
              "field": "data.email",
              "values": [
                {
                  "display": "exposed",
                  "from": "alpha_1",
                  "value": {
                    "category": "email",
                    "exposed": true,
                  },
                },
                {
                  "display": "not exposed",
                  "from": "beta-2",
                  "value": {
                    "category": "email",
                    "exposed": false,
                  },
                },
              ],
            },
            {
              "agree": true,
              "docs": [
                "alpha_1",
              ],
              "field": "data.name",
              "values": [
                {
                  "display": "exposed",
                  "from": "alpha_1",
                  "value": {
                    "category": "name",
                    "exposed": true,
                  },
                },
              ],
            },
            {
              "agree": true,
              "docs": [
                "alpha_1",
                "beta-2",
              ],
              "field": "penalties",
              "values": [
                {
                  "display": "3,000,000 USD, imposed",
                  "from": "alpha_1,beta-2",
                  "value": {
                    "amount": 3000000,
                    "currency": "USD",
                    "status": "imposed",
                  },
                },
                {
                  "display": "2,500,000 EUR, imposed",
                  "from": "beta-2",
                  "value": {
                    "amount": 2500000,
                    "currency": "EUR",
                    "status": "imposed",
                  },
                },
              ],
            },
            {
              "agree": false,
              "docs": [
                "alpha_1",
                "beta-2",
              ],
              "field": "actor.Chief Executive Officer (Acme)",
              "values": [
                {
                  "display": "Jane Roe",
                  "from": "alpha_1",
                  "value": {
                    "affiliation": null,
                    "name": "Jane Roe",
                    "role": "Chief Executive Officer",
                  },
                },
                {
                  "display": "John Doe",
                  "from": "beta-2",
                  "value": {
                    "affiliation": "Acme",
                    "name": "John Doe",
                    "role": "CEO",
                  },
                },
              ],
            },
            {
              "agree": false,
              "docs": [
                "alpha_1",
                "beta-2",
              ],
              "field": "actor.analyst (Acme)",
              "values": [
                {
                  "display": "Max Mustermann",
                  "from": "alpha_1",
                  "value": {
                    "affiliation": "Acme",
                    "name": "Max Mustermann",
                    "role": "analyst",
                  },
                },
                {
                  "display": "Erika Muster",
                  "from": "beta-2",
                  "value": {
                    "affiliation": null,
                    "name": "Erika Muster",
                    "role": "analyst",
                  },
                },
              ],
            },
          ],
          "sources": [
            "alpha_1",
            "beta-2",
            "gamma",
          ],
          "timeline": [
            "2024-02-10 day detected ← alpha_1",
            "2024-03-01 day breach_start ← alpha_1",
            "2024-04 month disclosed ← alpha_1",
            "2024-05 month breach ← beta-2",
            "2024-05-02 day published ← alpha_1",
            "2024-06-01 day published ← gamma",
          ],
          "victim": "Acme",
        },
      ]
    `);
  });

  it("a unit conflict needs two documents; one text with two units is one voice", () => {
    const one = buildIncidents([
      doc("a", [affected(1000, "exact", "users"), affected(1000, "exact", "accounts")]),
    ]);
    expect(one[0]!.conflicts).toEqual([]);
    const two = buildIncidents([
      doc("a", [affected(1000, "exact", "users"), affected(1000, "exact", "accounts")]),
      doc("b", [affected(1000, "exact", "accounts")]),
    ]);
    expect(two.map(brief)[0]!.conflicts).toMatchInlineSnapshot(`
      [
        {
          "description": "Sources count different things: users (a) vs accounts (a, b).",
          "docs": [
            "a",
            "b",
          ],
          "field": "affected.unit",
          "severity": "soft",
          "sides": [
            {
              "display": "users",
              "from": "a",
              "value": {
                "unit": "users",
              },
            },
            {
              "display": "accounts",
              "from": "a,b",
              "value": {
                "unit": "accounts",
              },
            },
          ],
        },
      ]
    `);
    const other = buildIncidents([
      doc("a", [affected(1000, "exact", "other")]),
      doc("b", [affected(1000, "exact", "users")]),
    ]);
    expect(other[0]!.conflicts).toEqual([]);
  });

  it("an insider in one source, outsiders in another; agreeing sources make no conflict", () => {
    const split = buildIncidents([
      doc(
        "a",
        [person("Sam Poe", null, "suspect"), person("Ann Bee", null, "other")],
        "Acme",
        "internal",
      ),
      doc("b", [affected(10)], "Acme", "external"),
      doc("c", [person("Rob Roy", null, "suspect")], "Acme", "external"),
      doc("d", [affected(10)], "Acme", null),
    ]);
    expect(split.map(brief)[0]!.conflicts).toMatchInlineSnapshot(`
      [
        {
          "description": "Sources point to different kinds of actor: internal (a) vs external (b, c).",
          "docs": [
            "a",
            "b",
            "c",
          ],
          "field": "actor.suspect",
          "severity": "soft",
          "sides": [
            {
              "display": "internal",
              "from": "a",
              "value": {
                "actorVariety": "internal",
              },
            },
            {
              "display": "external",
              "from": "c",
              "value": {
                "actorVariety": "external",
              },
            },
          ],
        },
      ]
    `);
    const same = buildIncidents([
      doc("a", [affected(10)], "Acme", "external"),
      doc("b", [affected(10)], "Acme", "external"),
    ]);
    expect(same[0]!.conflicts).toEqual([]);
  });

  it("the timeline: sorted by first day then event, merged by date and event, background left out", () => {
    const [incident] = buildIncidents([
      doc("a", [
        date("2024-03", "disclosed"),
        date("2024-03-01", "breach_end"),
        date("2024-03-01", "breach_start"),
        date("2023", "certified"),
        date("2022", "other"),
        date("2024-01-15", "raid"),
        date("2024-03-01", "detected"),
        date("2024-02", "penalty"),
        date("2024-02", "resignation"),
      ]),
      doc("b", [date("2024-03-01", "breach_start"), date("2024-03-02", "published")]),
    ]);
    expect(brief(incident!).timeline).toMatchInlineSnapshot(`
      [
        "2024-01-15 day raid ← a",
        "2024-02 month resignation ← a",
        "2024-02 month penalty ← a",
        "2024-03-01 day breach_start ← a,b",
        "2024-03-01 day breach_end ← a",
        "2024-03-01 day detected ← a",
        "2024-03 month disclosed ← a",
        "2024-03-02 day published ← b",
      ]
    `);
  });

  it("a derived detection keeps the grain of the start, and comes only when none is dated", () => {
    const derived = (start: string, event: string, iso: string) =>
      brief(buildIncidents([doc("a", [date(start, event, true), undetected(iso)])])[0]!).timeline;
    expect(derived("2024-01", "breach_start", "P3M")).toMatchInlineSnapshot(`
      [
        "2024-01 month breach_start inferred ← a",
        "2024-04 month detected inferred derived (derived: breach_start 2024-01 + P3M undetected; no source dates the detection) ← a,a",
      ]
    `);
    expect(derived("2024", "breach", "P1Y")).toMatchInlineSnapshot(`
      [
        "2024 year breach inferred ← a",
        "2025 year detected inferred derived (derived: breach 2024 + P1Y undetected; no source dates the detection) ← a,a",
      ]
    `);
    expect(derived("2024-01-20", "breach", "P2W")).toMatchInlineSnapshot(`
      [
        "2024-01-20 day breach inferred ← a",
        "2024-02-03 day detected inferred derived (derived: breach 2024-01-20 + P2W undetected; no source dates the detection) ← a,a",
      ]
    `);
    // The earliest of several starts.
    const [many] = buildIncidents([
      doc("a", [
        date("2024-05-01", "breach"),
        date("2024-02-01", "breach_start"),
        undetected("P1M"),
      ]),
    ]);
    expect(brief(many!).timeline).toMatchInlineSnapshot(`
      [
        "2024-02-01 day breach_start ← a",
        "2024-03-01 day detected derived (derived: breach_start 2024-02-01 + P1M undetected; no source dates the detection) ← a,a",
        "2024-05-01 day breach ← a",
      ]
    `);
    // A dated detection, or no start, or another duration: nothing derived.
    const none = (claims: Claim[]) =>
      buildIncidents([doc("a", claims)])[0]!.timeline.filter((e) => e.derived);
    expect(
      none([date("2024-01", "breach_start"), date("2024-06", "detected"), undetected("P3M")]),
    ).toEqual([]);
    expect(none([date("2024-01", "disclosed"), undetected("P3M")])).toEqual([]);
    expect(
      none([
        date("2024-01", "breach_start"),
        claim({ kind: "duration", value: { iso: "P3M", bound: "exact", event: "access" } }),
      ]),
    ).toEqual([]);
  });

  it("the victim: the name most sources use, the first on a tie; aliases sorted", () => {
    const incidents = buildIncidents([
      doc(
        "a",
        [person("ACME Inc.", null, "victim", null, ["Acme Online", "AcmeNet"])],
        "ACME Inc.",
      ),
      doc("b", [affected(10)], "Acme"),
      doc("c", [affected(10)], "Acme"),
      doc("d", [person("Zeta", null, "victim", null, ["Zed"])], "Acme"),
      doc("e", [affected(10, "exact", "customers", "Other")], "Other"),
      doc("f", [affected(10, "exact", "customers", "AcmeNet")], "AcmeNet"),
    ]);
    expect(incidents.map((i) => [i.victim, i.aliases, i.sources])).toMatchInlineSnapshot(`
      [
        [
          "Acme",
          [
            "ACME Inc.",
            "Acme Online",
            "AcmeNet",
          ],
          [
            "a",
            "b",
            "c",
            "d",
            "f",
          ],
        ],
        [
          "Other",
          [],
          [
            "e",
          ],
        ],
      ]
    `);
  });

  it("claims about another victim stay out; a later document's publication date stays in the timeline", () => {
    const [incident] = buildIncidents([
      doc("a", [
        affected(10, "exact", "customers", "Globex"),
        claim({
          kind: "date",
          value: { date: "2024-01-02", grain: "day", yearInferred: false, event: "breach" },
          subject: "Globex",
        }),
        claim({
          kind: "date",
          value: { date: "2024-01-03", grain: "day", yearInferred: false, event: "published" },
          subject: null,
        }),
        claim({
          kind: "date",
          value: { date: "2024-01-04", grain: "day", yearInferred: false, event: "breach" },
          subject: null,
        }),
      ]),
    ]);
    expect(brief(incident!)).toMatchInlineSnapshot(`
      {
        "aliases": [],
        "conflicts": [],
        "facts": [],
        "sources": [
          "a",
        ],
        "timeline": [
          "2024-01-03 day published ← a",
        ],
        "victim": "Acme",
      }
    `);
  });
});
