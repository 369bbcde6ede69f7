// breach eval's incident scoring and subject comparison, on hand-made records.
import { describe, expect, it } from "vitest";
import { subjectKey } from "../src/eval/claims.js";
import { parseIncidentFile, scoreIncidents } from "../src/eval/incidents.js";
import { recordOf } from "./helpers.js";

const record = (id: string, victim: string | null) => recordOf(id, [], victim);

describe("subjectKey", () => {
  it("folds case, spaces, hyphens, a trailing period and legal suffixes", () => {
    expect(subjectKey("Northwind Traders Co., Ltd.")).toBe(subjectKey("northwind-traders"));
    expect(subjectKey("Acme Corp.")).toBe(subjectKey("ACME"));
    expect(subjectKey("Fabrikam GmbH")).toBe(subjectKey("Fabrikam"));
  });
  it("keeps words that are not legal suffixes", () => {
    expect(subjectKey("Acme Health")).not.toBe(subjectKey("Acme"));
    expect(subjectKey("Acme Group")).not.toBe(subjectKey("Acme"));
  });
});

describe("scoreIncidents", () => {
  const file = parseIncidentFile(
    {
      incidents: [
        { victim: "Northwind Bank", accept: ["NWB"], docs: ["a1", "a2", "a3"] },
        { victim: "Fabrikam", accept: [], docs: ["b1", "b2"] },
      ],
      noSingleVictim: { docs: ["r1"], accept: [] },
    },
    "incidents.gold.json",
  )!;

  it("scores victims, pairs and exact incidents", () => {
    const records = new Map(
      [
        record("a1", "Northwind Bank Inc."),
        record("a2", "NWB"),
        record("a3", "Northwind Bank"),
        record("b1", "Fabrikam"),
        record("b2", "Fabrikam Ltd"),
        record("r1", null),
      ].map((r) => [r.id, r]),
    );
    const s = scoreIncidents([file], records);
    expect(s.victim).toEqual({ scored: 6, correct: 6, accuracy: 1 });
    // "NWB" is another name to the grouping: a2 stands alone
    expect(s.pairs.gold).toBe(4);
    expect(s.pairs.found).toBe(2);
    expect(s.exact.correct).toBe(1);
    expect(s.merged).toBe(0);
  });

  it("counts a wrong victim, a round-up given a victim and a merge", () => {
    const records = new Map(
      [
        record("a1", "Northwind Bank"),
        record("a2", "Fabrikam"),
        record("a3", "Northwind Bank"),
        record("b1", "Fabrikam"),
        record("b2", "Fabrikam"),
        record("r1", "GDPR"),
      ].map((r) => [r.id, r]),
    );
    const s = scoreIncidents([file], records);
    expect(s.victim.correct).toBe(4);
    expect(s.merged).toBe(1);
    expect(s.exact.correct).toBe(0);
    expect(s.pairs.precision).toBeCloseTo(2 / 4);
  });

  it("reads a single incident file", () => {
    const one = parseIncidentFile({ victim: "Acme", sources: ["x", "y"] }, "incident.gold.json");
    expect(one?.incidents).toEqual([{ victim: "Acme", accept: [], docs: ["x", "y"] }]);
    expect(parseIncidentFile({ doc: "x", claims: [] }, "x.gold.json")).toBeNull();
  });
});
