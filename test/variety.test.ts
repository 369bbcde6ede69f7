// actorVariety in VERIS terms, from the suspects the claims name and the words of the text.
import { describe, expect, it } from "vitest";
import type { Claim } from "../src/contract/index.js";
import { actorVarietyOf } from "../src/summary/variety.js";
import { docOf } from "./helpers.js";

const varietyOf = (text: string, claims: Claim[] = []) => actorVarietyOf(claims, null, docOf(text));

describe("actorVariety from the text", () => {
  it.each([
    "An employee mistakenly emailed a spreadsheet of member records to an outside address.",
    "Letters containing patient names were mailed to the wrong address.",
    "A former employee downloaded customer records before leaving the bank.",
    "A nurse inappropriately accessed the medical records of a celebrity patient.",
    "Paperwork with Social Security numbers was improperly disposed of in a recycling bin.",
    "Veteran A received a letter addressed to Veteran B, which listed his diagnosis.",
    "The agency voluntarily released a file of search logs from its users.",
    "The clinic sent a newsletter to 300 clients without using BCC, so each could see the others.",
    "A folder of intake forms was discovered in a restroom at the clinic.",
    "A bookkeeper pleaded guilty to using her clients' credit cards for personal purchases.",
    "A thumb drive holding payroll files for former and current staff is missing.",
    "Used phones were resold with previous owners' data still on them.",
    "The shop's checkout page failed to use encryption for card numbers.",
  ])("internal: %j", (text) => expect(varietyOf(text)).toBe("internal"));

  it.each([
    "Hackers gained access to the server and stole customer data.",
    "A laptop containing patient data was stolen from a locked office.",
    "The clinic fell victim to a phishing attack that compromised two email accounts.",
    "Ransomware encrypted the hospital's file servers.",
    "Current and former employees were notified after a cyber attack on the payroll system.",
    'The practice had an "unsecured laptop" stolen from a parked car.',
    "The web server was accessed without authorization for several weeks.",
    "Former and current students were told their records were taken by intruders.",
    "An employee noticed odd remote access activity on a billing workstation.",
    "Accounts were entered by an unknown party; we have no reason to believe our systems leaked them.",
  ])("external: %j", (text) => expect(varietyOf(text)).toBe("external"));

  it.each([
    "A vendor that handled billing for the hospital lost a backup tape.",
    "A programming error by a business associate sent member ID cards to the wrong people.",
    "The records were left on a server run by a third-party contractor.",
  ])("partner: %j", (text) => expect(varietyOf(text)).toBe("partner"));

  it("reads a capitalised 'Partners' as a name, not a partner", () => {
    expect(
      varietyOf("Partners HealthCare said its network was hacked and patient data exposed."),
    ).toBe("external");
  });

  it("does not take 'identity theft' by an insider for theft by an outsider", () => {
    expect(
      varietyOf("A billing clerk who worked at the clinic was charged with identity theft."),
    ).toBe("internal");
  });

  it("answers null when nothing says who did it", () => {
    expect(varietyOf("Some records of 300 people were affected.")).toBeNull();
  });
});

describe("actorVariety from the claims", () => {
  const suspect = (name: string, role: string | null): Claim => ({
    kind: "actor",
    value: { name, aliases: [], type: "person", role, affiliation: null, involvement: "suspect" },
    text: name,
    start: 0,
    end: name.length,
    line: 1,
    column: 1,
    sentence: name,
    subject: null,
    modality: "suspected",
    rule: "actor.unnamed-suspect",
  });

  it("a named suspect decides when the text has no cue", () => {
    const text = "Records of 300 people were affected.";
    expect(varietyOf(text, [suspect("former contractor", "former contractor")])).toBe("partner");
    expect(varietyOf(text, [suspect("rogue employee", "rogue employee")])).toBe("internal");
    expect(varietyOf(text, [suspect("ShinyHunters", null)])).toBe("external");
  });

  it("without a document, only the suspects speak", () => {
    expect(actorVarietyOf([], null)).toBeNull();
    expect(actorVarietyOf([suspect("former employee", "former employee")], null)).toBe("internal");
  });
});
