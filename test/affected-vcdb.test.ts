// Affected counts in incident reports and breach news (issue 13, VCDB dev): which count the
// summary takes as the total, and the wordings the affected matchers read. Every example is
// invented.
import { analyse } from "scslre";
import { describe, expect, it } from "vitest";
import type { ClaimOf, ValueOf } from "../src/contract/index.js";
import { extractText } from "../src/pipeline.js";
import { bestAffected, DEDUPLICATED_AFTER, PLACE_PART_BEFORE } from "../src/summary/index.js";
import {
  isSuperseded,
  isTotal,
  SUPERSEDED_BEFORE,
  TOTAL_AFTER,
  TOTAL_BEFORE,
} from "../src/summary/total.js";

let offset = 0;
/** An affected claim of the victim "Northwind", found in `sentence`. */
function affected(
  count: number,
  text: string,
  sentence: string,
  unit: ValueOf<"affected">["unit"] = "people",
  bound: ValueOf<"affected">["bound"] = "exact",
): ClaimOf<"affected"> {
  const start = (offset += 1000);
  return {
    kind: "affected",
    value: { count, bound, unit },
    text,
    start,
    end: start + text.length,
    line: 1,
    column: start + 1,
    sentence,
    subject: "Northwind",
    modality: "asserted",
    rule: "affected.test",
  };
}

describe("the total or the revised figure", () => {
  it.each([
    ["A total of 912 members had their records viewed.", "912 members"],
    ["The leak grew later, bringing the total to over 31M.", "31M"],
    [
      "a larger copy of the data totalling almost 18M unique email addresses",
      "18M unique email addresses",
    ],
    ["On review, the list was found to be 41 patients' names and dates of birth.", "41 patients'"],
    [
      "The thief later said he had actually copied records on 75,000+ customers.",
      "75,000+ customers",
    ],
    ["04/02/11: All 19 clients will be mailed a letter.", "19 clients"],
    ["In total, 2,400 students were affected.", "2,400 students"],
    ["The count was later revised upward to 6,100 customers.", "6,100 customers"],
  ])("marks %j", (sentence, text) => {
    expect(isTotal(affected(1, text, sentence))).toBe(true);
  });

  it.each([
    ["The clinic mailed 300 patients a notice.", "300 patients"],
    ["Of all the companies, 40 customers complained.", "40 customers"],
    ["A total cost of $3 million covered 5,000 customers.", "5,000 customers"],
    ["He actually worked there for years; 12 clients were told.", "12 clients"],
  ])("does not mark %j", (sentence, text) => {
    expect(isTotal(affected(1, text, sentence))).toBe(false);
  });

  it("takes a revised figure over the first estimate", () => {
    const first = affected(9, "9 patients'", "The roster held 9 patients' names.");
    const revised = affected(
      41,
      "41 patients'",
      "On review, the list was found to be 41 patients' names.",
    );
    expect(bestAffected([first, revised])?.value.count).toBe(41);
  });

  it("takes the running total over the batch that raised it", () => {
    const batch = affected(
      8_000_000,
      "8M accounts",
      "A further 8M accounts were added.",
      "accounts",
    );
    const total = affected(
      19_000_000,
      "19M",
      "A further 8M accounts were added, bringing the total to 19M.",
      "other",
    );
    expect(bestAffected([batch, total])?.value.count).toBe(19_000_000);
  });

  it("keeps the first count when none is marked as the total", () => {
    const lead = affected(1_400, "1,400 patients", "About 1,400 patients were told.");
    const other = affected(
      2_000,
      "2,000 patients",
      "Last year 2,000 patients elsewhere were told.",
    );
    expect(bestAffected([lead, other])?.value.count).toBe(1_400);
  });

  it("passes over a count in one place named with 'where' when the whole is given", () => {
    const whole = affected(
      60_000,
      "60,000 growers",
      "The groups were sent details on roughly 60,000 growers.",
      "people",
      "approx",
    );
    const part = affected(
      300,
      "300 growers",
      "The senator, of Westland, where 300 growers had their details published, wrote to the agency.",
    );
    expect(bestAffected([part, whole])?.value.count).toBe(60_000);
    expect(bestAffected([part])?.value.count).toBe(300);
  });

  it("takes a single person as the total only when no other count is given", () => {
    const one = affected(1, "Patient B's name", "The letter held Patient B's name.");
    const many = affected(7, "7 patients", "Records of 7 patients were in the box.");
    expect(bestAffected([one, many])?.value.count).toBe(7);
    expect(bestAffected([one])?.value.count).toBe(1);
  });

  it("takes a de-duplicated count given after a sum in parentheses", () => {
    const raw = affected(5_300, "5,300 members", "The list held 5,300 members.", "users");
    const unique = affected(
      3_100,
      "3,100",
      "The agency will have notified 3,100 (1,200 + 1,900) unique members by May.",
      "other",
    );
    expect(bestAffected([raw, unique])?.value.count).toBe(3_100);
  });

  it("passes over an estimate the text says was revised", () => {
    const sentence =
      "First put at 2,000 members, the leak was initially reported as affecting 3,500 people, and in fact hit 61,000 users.";
    const early = affected(3_500, "3,500 people", sentence);
    const later = affected(61_000, "61,000 users", sentence, "users");
    expect(isSuperseded(early)).toBe(true);
    expect(isSuperseded(later)).toBe(false);
    expect(bestAffected([early, later])?.value.count).toBe(61_000);
    const estimate = affected(
      40_000_000,
      "40 million",
      "It hit 75 million people, nearly twice the initial estimate of 40 million.",
      "other",
    );
    expect(isSuperseded(estimate)).toBe(true);
    expect(bestAffected([estimate])?.value.count).toBe(40_000_000);
  });

  it("runs in linear time", () => {
    for (const re of [
      TOTAL_BEFORE,
      TOTAL_AFTER,
      SUPERSEDED_BEFORE,
      DEDUPLICATED_AFTER,
      PLACE_PART_BEFORE,
    ])
      expect(analyse({ source: re.source, flags: re.flags }).reports).toEqual([]);
  });
});

/** The summary's affected count of an invented text. */
function summaryCount(lines: string[]): number | null {
  const out = extractText(lines.join("\n"));
  if (!out.ok) throw new Error("not extracted");
  return out.document.summary.affected?.count ?? null;
}

describe("end to end, on invented incident reports", () => {
  it("takes the revised count of a roster", () => {
    expect(
      summaryCount([
        "A clerk at Lakeside Clinic misplaced a roster listing 6 patients' names and SSNs.",
        "04/02/11: On review of the original, it was found to be 29 patients' names.",
      ]),
    ).toBe(29);
  });

  it("reads a count that answers a question", () => {
    expect(
      summaryCount([
        "Garden retailer Fernway told customers that card data was skimmed from its web shop.",
        "How many victims? 61,000 What was taken? Card numbers and addresses.",
      ]),
    ).toBe(61_000);
  });

  it("counts files, pages or messages when they were exposed", () => {
    expect(
      summaryCount([
        "Roughly 2,400 files, including names and loan histories, were made available online by Westbrook Lending.",
      ]),
    ).toBe(2_400);
    expect(
      summaryCount(["An open server run by Chatterly exposes 9 million text messages to anyone."]),
    ).toBe(9_000_000);
  });

  it("reads a count glued to a word, a tally in parentheses and a name with 'of'", () => {
    expect(
      summaryCount(["In March, Riverside Trust wrote to1,200 patients after papers were found."]),
    ).toBe(1_200);
    expect(
      summaryCount([
        "The bag held consent forms for Home Care patients (23 total) of Hillcrest Hospital.",
      ]),
    ).toBe(23);
    expect(
      summaryCount([
        "A total of 912 Blue Cross and Blue Shield of Westland members had their data viewed.",
      ]),
    ).toBe(912);
  });

  it("takes one person when the report names only one, and a larger count over it", () => {
    expect(
      summaryCount([
        "A clerk at the Eastfield VA mailed Veteran A's letter to Veteran B.",
        "The letter contained Veteran A's name and full SSN.",
      ]),
    ).toBe(1);
    expect(
      summaryCount([
        "A nurse at Eastfield Clinic lost a folder with one patient's chart.",
        "The folder also listed the names of 40 patients.",
      ]),
    ).toBe(40);
  });

  it("counts the letters sent to people, over a lower bound", () => {
    expect(
      summaryCount([
        "Northgate Hospital wrote to more than 300 patients this month.",
        "A spokeswoman said 362 letters were sent to people treated at the clinic.",
      ]),
    ).toBe(362);
  });
});
