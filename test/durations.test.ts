// Durations: ISO values, events, bounds from the shared refiner, and what is not a duration.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { ClaimOf } from "../src/contract/index.js";
import { durationMatchers } from "../src/matchers/duration/index.js";
import { matchers } from "../src/matchers/index.js";
import type { Matcher } from "../src/rules/index.js";
import { extractWith } from "./helpers.js";

const ROOT = resolve(import.meta.dirname, "..");
const durations = (text: string) =>
  extractWith(durationMatchers as Matcher[], text).filter(
    (c): c is ClaimOf<"duration"> => c.kind === "duration",
  );

describe("values", () => {
  it.each([
    ["The breach went undetected for seven months.", "undetected for seven months", "P7M"],
    ["The data stayed exposed for a year.", "for a year", "P1Y"],
    ["Attackers had access for two weeks.", "for two weeks", "P2W"],
    ["The server was open to the internet for 10 days.", "for 10 days", "P10D"],
    ["Data was extracted over a period of 18 months.", "period of 18 months", "P18M"],
    ["Hackers roamed the network for 1.5 years.", "for 1.5 years", "P18M"],
    ["The file was online for 48 hours.", "for 48 hours", "P2D"],
    ["Investigators traced a two-year-long campaign.", "two-year-long", "P2Y"],
    ["The intrusion lasted three weeks.", "lasted three weeks", "P3W"],
  ])("%j → %s = %s", (text, match, iso) => {
    const found = durations(text);
    expect(found.map((c) => c.text)).toEqual([match]);
    expect(found[0]!.value.iso).toBe(iso);
  });
});

describe("event", () => {
  it.each([
    ["The breach went undetected for seven months.", "undetected"],
    ["The insurer failed to recognize the intrusion for a full four months.", "undetected"],
    ["The implant went unnoticed for one day until an admin spotted it.", "undetected"],
    ["The intrusion continued for 18 months before it was discovered.", "undetected"],
    ["The intrusion lasted 11 days.", "access"],
    ["The attack lasted 11 days, the company said.", "access"],
    ["Attackers had access for 11 days.", "access"],
    ["The attack lasted three weeks before it was detected.", "undetected"],
    ["The intruder had access to the mailbox for three weeks.", "access"],
    ["The database was publicly accessible for 137 days.", "access"],
    ["A former employee extracted data over a period of 18 months.", "access"],
    ["The company kept the paper records for six months.", "other"],
  ])("%j → %s", (text, event) => {
    expect(durations(text)[0]!.value.event).toBe(event);
  });
});

describe("bound comes from the shared refiner; the matchers say exact", () => {
  it.each([
    ["The records stayed online for nearly a year.", "at_most"],
    ["The database was online for more than 137 days.", "at_least"],
    ["Files sat on the server for about a month.", "approx"],
    ["The insurer failed to recognize the intrusion for a full four months.", "exact"],
  ])("%j → %s", (text, bound) => {
    expect(durations(text)[0]!.value.bound).toBe(bound);
  });
});

describe("not durations", () => {
  it.each([
    "The attackers were inside the network for months.",
    "The company was fined three times in the past five years.",
    "Those affected are offered free credit monitoring for one year.",
    "The retailer will provide identity protection services for two years.",
    "He was sentenced to 18 months in prison and probation for two years.",
    "The company adopted a five-year plan.",
    "Staff were suspended without pay for a month.",
    "She worked for the clinic for more than 15 years.",
    "Breached firms must notify customers within 72 hours.",
  ])("%j", (text) => {
    expect(durations(text)).toEqual([]);
  });
});

const seedGold = (id: string) => {
  const path = resolve(ROOT, `fixtures/gold/seeds/${id}.gold.json`);
  return existsSync(path)
    ? (
        JSON.parse(readFileSync(path, "utf8")) as {
          claims: { kind: string; text: string; value: Record<string, unknown> }[];
        }
      ).claims.filter((c) => c.kind === "duration")
    : null;
};

describe.each(["002_f302961174a3439d", "004_8dbcee1fa4600c73"])(
  "seed %s's gold durations",
  (id) => {
    const gold = seedGold(id);
    const seed = resolve(ROOT, `seeds/${id}.txt`);
    it.skipIf(gold === null || !existsSync(seed))("are found with their value", () => {
      const found = extractWith(matchers, readFileSync(seed, "utf8")).filter(
        (c): c is ClaimOf<"duration"> => c.kind === "duration",
      );
      expect(found.map((c) => c.value.iso).sort()).toEqual(gold!.map((g) => g.value.iso).sort());
      for (const g of gold!) {
        const hit = found.find((c) => c.text === g.text);
        expect(hit, g.text).toBeDefined();
        expect(hit!.value).toEqual(g.value);
      }
    });
  },
);
