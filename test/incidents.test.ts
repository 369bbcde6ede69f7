// Incidents: agreement rules, conflicts and timeline on hand-made claims, then on real articles.
import { describe, expect, it } from "vitest";
import type { Claim } from "../src/contract/index.js";
import { addDuration, countsAgree, datesAgree } from "../src/incidents/agree.js";
import { buildIncidents, foldName } from "../src/incidents/index.js";
import { recordOf } from "./helpers.js";

let offset = 0;
function claim(partial: Pick<Claim, "kind" | "value"> & Partial<Claim>): Claim {
  offset += 10;
  return {
    text: "t",
    start: offset,
    end: offset + 1,
    line: 1,
    column: offset + 1,
    sentence: "s",
    subject: "Acme",
    modality: "asserted",
    rule: "test",
    ...partial,
  } as Claim;
}

const doc = (id: string, claims: Claim[], victim: string | null = "Acme") =>
  recordOf(id, claims, victim);

const affected = (
  count: number,
  bound: "exact" | "approx" | "at_least" | "at_most" = "exact",
  subject = "Acme",
) => claim({ kind: "affected", value: { count, bound, unit: "customers" }, subject });

describe("agreement", () => {
  it.each([
    [33_700_000, "exact", 34_000_000, "at_most", true],
    [33_700_000, "exact", 33_000_000, "at_least", true],
    [33_700_000, "exact", 34_000_000, "exact", true],
    [33_700_000, "exact", 3_370_000, "exact", false],
    [1_000_000, "at_least", 800_000, "exact", false],
    [1_200_000, "approx", 1_150_000, "exact", true],
  ] as const)("%d %s vs %d %s → %s", (a, ab, b, bb, agree) => {
    expect(countsAgree({ count: a, bound: ab }, { count: b, bound: bb })).toBe(agree);
    expect(countsAgree({ count: b, bound: bb }, { count: a, bound: ab })).toBe(agree);
  });

  it("dates agree when one contains the other at its grain", () => {
    expect(datesAgree("2025-06", "2025-06-24")).toBe(true);
    expect(datesAgree("2025", "2025-06-24")).toBe(true);
    expect(datesAgree("2025-05", "2025-06-24")).toBe(false);
  });

  it("adds ISO durations to dates", () => {
    expect(addDuration("2025-06-24", "P5M")).toBe("2025-11-24");
    expect(addDuration("2025-06", "P2W")).toBe("2025-06-15");
    expect(addDuration("2024-01-31", "P1Y")).toBe("2025-01-31");
  });

  it("folds names: case, space, punctuation and corporate suffixes", () => {
    expect(foldName("Coupang Corp.")).toBe(foldName("coupang"));
    expect(foldName("Acme, Inc.")).toBe(foldName("ACME"));
    expect(foldName("Acme Health")).not.toBe(foldName("Acme"));
  });
});

describe("incidents from hand-made claims", () => {
  it("groups documents by folded victim, in order of first document", () => {
    const incidents = buildIncidents([
      doc("a", [affected(100)], "Acme Corp."),
      doc("b", [affected(200, "exact", "Globex")], "Globex"),
      doc("c", [affected(100)], "ACME"),
      doc("d", [], null),
    ]);
    expect(incidents.map((i) => [i.victim, i.sources])).toEqual([
      ["Acme Corp.", ["a", "c"]],
      ["Globex", ["b"]],
    ]);
  });

  it("reports incompatible counts, keeps compatible ones, and ignores other incidents' claims", () => {
    const [agreeing] = buildIncidents([
      doc("a", [affected(33_700_000), affected(23_200_000, "exact", "other")]),
      doc("b", [affected(34_000_000, "at_most")]),
    ]);
    expect(agreeing!.facts.find((f) => f.field === "affected")).toMatchObject({
      agree: true,
      docs: ["a", "b"],
    });
    expect(agreeing!.conflicts).toEqual([]);
    const [clashing] = buildIncidents([
      doc("a", [affected(33_700_000)]),
      doc("b", [affected(3_370_000)]),
    ]);
    expect(clashing!.conflicts).toEqual([
      expect.objectContaining({ field: "affected", severity: "hard", docs: ["a", "b"] }),
    ]);
  });

  it("flags a data category exposed in one source and denied in another", () => {
    const data = (exposed: boolean) =>
      claim({ kind: "data", value: { category: "payment", exposed } });
    const [incident] = buildIncidents([doc("a", [data(false)]), doc("b", [data(true)])]);
    expect(incident!.conflicts).toEqual([
      expect.objectContaining({ field: "data.payment", severity: "hard", docs: ["a", "b"] }),
    ]);
    expect(incident!.conflicts[0]!.sides.map((s) => s.display)).toEqual(["not exposed", "exposed"]);
  });

  it("flags two different people in one executive role", () => {
    const ceo = (name: string) =>
      claim({
        kind: "actor",
        value: {
          name,
          aliases: [],
          type: "person",
          role: "CEO",
          affiliation: "Acme",
          involvement: "executive",
        },
      });
    const [incident] = buildIncidents([
      doc("a", [ceo("Jane Roe")]),
      doc("b", [ceo("John Doe")]),
      doc("c", [ceo("Jane  Roe")]),
    ]);
    const conflict = incident!.conflicts.find((c) => c.field.startsWith("actor.CEO"));
    expect(conflict).toMatchObject({ severity: "hard", docs: ["a", "b", "c"] });
    expect(conflict!.sides.map((s) => s.display)).toEqual(["Jane Roe", "John Doe"]);
  });

  it("flags a breach that starts after its detection", () => {
    const date = (d: string, event: "breach_start" | "detected") =>
      claim({ kind: "date", value: { date: d, grain: "month", yearInferred: false, event } });
    const [incident] = buildIncidents([
      doc("a", [date("2024-05", "breach_start")]),
      doc("b", [date("2024-03", "detected")]),
    ]);
    expect(incident!.conflicts).toEqual([
      expect.objectContaining({ field: "timeline.order", severity: "hard" }),
    ]);
  });

  it("derives detection from start + undetected duration, marked derived", () => {
    const [incident] = buildIncidents([
      doc("a", [
        claim({
          kind: "date",
          value: { date: "2025-06-24", grain: "day", yearInferred: true, event: "breach_start" },
        }),
        claim({ kind: "duration", value: { iso: "P5M", bound: "exact", event: "undetected" } }),
      ]),
    ]);
    expect(incident!.timeline.map((e) => [e.date, e.event, e.derived])).toEqual([
      ["2025-06-24", "breach_start", false],
      ["2025-11-24", "detected", true],
    ]);
    expect(incident!.timeline[0]!.yearInferred).toBe(true);
  });
});
