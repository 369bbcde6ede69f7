// Incidents on real articles: the five seeds are one breach; a corpus of two breaches stays two.
import { describe, expect, it } from "vitest";
import type { Incident } from "../src/contract/index.js";
import { extractReport } from "../src/runner.js";
import { breach } from "./cli-helpers.js";

const ROOT = new URL("..", import.meta.url).pathname;
const SEEDS = [
  "000_da32764529aff727",
  "001_6ae2b5c215ebd4ac",
  "002_f302961174a3439d",
  "003_3af0aa90a88527fb",
  "004_8dbcee1fa4600c73",
];

describe("the seeds make one incident", async () => {
  const report = await extractReport([`${ROOT}seeds`], { cwd: ROOT, jobs: 1 });
  const incident = report.incidents[0] as Incident;

  it("with victim Coupang and all five documents", () => {
    expect(report.incidents).toHaveLength(1);
    expect(incident.victim).toBe("Coupang");
    expect(incident.sources).toEqual(SEEDS);
  });

  it("whose affected counts agree", () => {
    const affected = incident.facts.find((f) => f.field === "affected")!;
    expect(affected.agree).toBe(true);
    expect(affected.docs).toEqual(expect.arrayContaining([SEEDS[2], SEEDS[3], SEEDS[4]]));
    expect(incident.conflicts.map((c) => c.field)).not.toContain("affected");
  });

  it("with the two CEOs and payment data exposed vs not exposed as conflicts, naming their sources", () => {
    const ceo = incident.conflicts.find((c) => c.field.startsWith("actor.CEO"))!;
    expect(ceo).toMatchObject({ severity: "hard", docs: [SEEDS[2], SEEDS[3]] });
    expect(ceo.sides.map((s) => s.display).sort()).toEqual(["Kang Han-seung", "Park Dae-joon"]);
    const payment = incident.conflicts.find((c) => c.field === "data.payment")!;
    expect(payment).toMatchObject({ severity: "hard", docs: [SEEDS[2], SEEDS[3]] });
    expect(payment.sides.map((s) => [s.display, s.sources.map((e) => e.doc)])).toEqual([
      ["not exposed", [SEEDS[2]]],
      ["exposed", [SEEDS[3]]],
    ]);
    for (const side of payment.sides)
      for (const e of side.sources) expect(e.sentence).toContain(e.text);
  });

  it("with a timeline that starts at the breach start and places detection five months later, derived", () => {
    expect(incident.timeline[0]).toMatchObject({
      date: "2025-06-24",
      event: "breach_start",
      yearInferred: true,
      derived: false,
    });
    const detected = incident.timeline.find((e) => e.event === "detected")!;
    expect(detected).toMatchObject({ date: "2025-11-24", derived: true });
    const dates = incident.timeline.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
  });
});

describe("a comparison does not merge two incidents", async () => {
  const report = await extractReport([`${ROOT}fixtures/incidents`], { cwd: ROOT, jobs: 1 });

  it("gives two incidents with their own documents and no conflict", () => {
    const byVictim = Object.fromEntries(report.incidents.map((i) => [i.victim, i]));
    expect(Object.keys(byVictim).sort()).toEqual(["Contoso Bank", "Northwind Health"]);
    expect(byVictim["Northwind Health"]!.sources).toEqual(["northwind-1", "northwind-2"]);
    expect(byVictim["Contoso Bank"]!.sources).toEqual(["contoso-1"]);
    for (const incident of report.incidents) expect(incident.conflicts).toEqual([]);
  });

  it("keeps the compared breach's count out of the other incident", () => {
    const northwind = report.incidents.find((i) => i.victim === "Northwind Health")!;
    const counts = northwind.facts.find((f) => f.field === "affected")!.values.map((v) => v.value);
    expect(counts).toEqual([
      { count: 1_200_000, bound: "exact" },
      { count: 1_200_000, bound: "approx" },
    ]);
  });
});

describe("breach report", () => {
  it("renders the seeds for an 80-column terminal without escape codes under NO_COLOR", () => {
    const res = breach(["report", "seeds/"], {
      env: { NO_COLOR: "1", FORCE_COLOR: "1", COLUMNS: "80" },
    });
    expect(res.code).toBe(0);
    expect(res.stdout).not.toContain("\u001b[");
    expect(res.stdout).toContain("Incident: Coupang");
    expect(res.stdout).toMatch(/Conflicts \(\d+\)/);
    expect(res.stdout).toContain("Timeline");
    for (const line of res.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("colours conflicts when colour is forced", () => {
    const res = breach(["report", "seeds/"], { env: { FORCE_COLOR: "1" } });
    expect(res.stdout).toContain("\u001b[");
  });

  it("prints the incidents as JSON, the same as extract's", () => {
    const report = JSON.parse(breach(["report", "seeds/", "--format", "json"]).stdout);
    const extracted = JSON.parse(breach(["extract", "seeds/", "--format", "json"]).stdout);
    expect(report.incidents).toEqual(extracted.incidents);
  });

  it("prints markdown for a ticket", () => {
    const md = breach(["report", "seeds/", "--format", "markdown"]).stdout;
    expect(md).toMatch(/^# breach report/);
    expect(md).toContain("## Coupang");
    expect(md).toContain("| field | value | agreeing | disagreeing |");
  });
});
