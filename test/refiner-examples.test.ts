// Each refiner's own examples: the refiner run alone on what the matchers alone find (the
// matchers' examples run without refiners: matchers.test.ts). A refiner example gives a text,
// the matcher that finds the claim, the claim's text and what the refiner makes of it.
import { describe, expect, it } from "vitest";
import { matchers } from "../src/matchers/index.js";
import bound from "../src/refiners/bound.js";
import modality from "../src/refiners/modality.js";
import overlap from "../src/refiners/overlap.js";
import { extractWith, refineWith } from "./helpers.js";

const matcher = (id: string) => {
  const m = matchers.find((x) => x.id === id);
  if (!m) throw new Error(`no matcher ${id}`);
  return m;
};

/** [matcher id, text, claim text, the bound the refiner gives]. */
const BOUND: [string, string, string, string][] = [
  [
    "affected.partitive",
    "the firm feared that up to 31 million of its user IDs could have leaked",
    "31 million of its user IDs",
    "at_most",
  ],
  [
    "affected.number-noun",
    "may have exposed details of about 236,000 people, including patients",
    "236,000 people",
    "approx",
  ],
  [
    "affected.number-noun",
    "the data of over 21 million customers was leaked",
    "21 million customers",
    "at_least",
  ],
  [
    "affected.number-noun",
    "the loss of more than 6,400 former nursing students' files",
    "6,400 former nursing students'",
    "at_least",
  ],
  ["affected.number-noun", "as many as 143 million Americans", "143 million Americans", "at_most"],
  [
    "affected.number-noun",
    "Around 1,700 active staff members and 5,000 pensioners were hit.",
    "1,700 active staff members",
    "approx",
  ],
  [
    "affected.number-noun",
    "The leak exposed 130,000+ users of the forum.",
    "130,000+ users",
    "at_least",
  ],
  [
    "affected.number-noun",
    "Records of 50,000-plus students were posted online.",
    "50,000-plus students",
    "at_least",
  ],
  [
    "affected.number-noun",
    "Approximately 4,300 Harbor Valley Regional Medical Center patients will be notified",
    "4,300 Harbor Valley Regional Medical Center patients",
    "approx",
  ],
  [
    "affected.word-number-noun",
    "roughly thirty thousand customers received letters",
    "thirty thousand customers",
    "approx",
  ],
  [
    "affected.word-number-noun",
    "The message board held over half a million accounts with their usernames.",
    "half a million accounts",
    "at_least",
  ],
  [
    "affected.verb-count",
    "A further 9M were added in July, bringing the total to over 22M.",
    "22M",
    "at_least",
  ],
  [
    "penalty.cue-amount",
    "The carrier now faces fines exceeding the 2019 record of $170 million.",
    "$170 million",
    "at_least",
  ],
  [
    "penalty.cue-amount",
    "Contoso Care could be fined up to $2.5 million by federal regulators.",
    "$2.5 million",
    "at_most",
  ],
  [
    "penalty.amount-cue",
    "Regulators have issued more than $300 million in fines since 2019.",
    "$300 million",
    "at_least",
  ],
  ["affected.number-noun", "over 5 million customers were told", "5 million customers", "at_least"],
  ["affected.number-noun", "nearly 800 patients were told", "800 patients", "at_most"],
  ["affected.number-noun", "5 million customers were told", "5 million customers", "exact"],
  ["penalty.cue-amount", "The regulator fined the bank $2 million.", "$2 million", "exact"],
];

describe("bound", () => {
  it.each(BOUND)("%s in %j: %j is %s", (id, text, claim, want) => {
    const drafts = refineWith(bound, [matcher(id)], text);
    const hit = drafts.find((d) => d.text === claim);
    expect(hit, JSON.stringify(drafts.map((d) => d.text))).toBeDefined();
    expect(hit!.value).toMatchObject({ bound: want });
  });
});

describe("modality", () => {
  it.each([
    ["The hackers may have stolen 40,000 records.", "40,000 records", "speculative"],
    ["The hackers stole 40,000 records.", "40,000 records", "asserted"],
  ])("%j: %j is %s", (text, claim, want) => {
    const drafts = refineWith(modality, [matcher("affected.number-noun")], text);
    expect(drafts.find((d) => d.text === claim)?.modality).toBe(want);
  });
});

describe("overlap", () => {
  it("keeps one claim per stretch of text", () => {
    const text = "It happened on March 3, 2021 at night.";
    const twice = [matcher("date.month-day-year"), matcher("date.month-day-year")];
    const noop = { ...overlap, refine: (d: never[]) => d };
    expect(refineWith(noop, twice, text).map((d) => d.text)).toEqual([
      "March 3, 2021",
      "March 3, 2021",
    ]);
    expect(refineWith(overlap, twice, text).map((d) => d.text)).toEqual(["March 3, 2021"]);
  });
});

// A matcher example's `refined`: what the whole pipeline (every refiner) makes of the claim where
// that differs from what the matcher alone reads (the event of a date, a bound, a status).
const REFINED = matchers.flatMap((m) =>
  m.examples.valid
    .filter((e) => e.refined)
    .map((e) => [`${m.id}: ${e.match}`, m, e.text, e.match, e.refined!] as const),
);

describe("refiners on matcher examples", () => {
  it("has examples to check", () => expect(REFINED.length).toBeGreaterThan(20));
  it.each(REFINED)("%s", (_name, m, text, match, refined) => {
    const hit = extractWith([m], text).find((c) => c.text === match);
    expect(hit, "the claim survives the refiners").toBeDefined();
    expect(hit!.value).toMatchObject(refined);
  });
});
