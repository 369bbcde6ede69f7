// Pins for the refiners (other than the victim) that surviving mutants showed no test held: a
// bound word, a filler, a clause boundary, a status a list passes on, an event cue. Each case is
// a text of our own wording in and what the refiner makes of it out.
import { describe, expect, it } from "vitest";
import type { AnyDraft } from "../src/rules/index.js";
import bound, { boundBefore, quantityStart } from "../src/refiners/bound.js";
import event, { durationEventOf, eventOf } from "../src/refiners/event.js";
import modality, {
  clauseIndexAt,
  clausesOf,
  modalityIn,
  sentenceClauses,
} from "../src/refiners/modality.js";
import overlap from "../src/refiners/overlap.js";
import status from "../src/refiners/status.js";
import subject, { otherScopes } from "../src/refiners/subject.js";
import { docOf } from "./helpers.js";

/** A quantity draft of `kind` over the first occurrence of `span` in `text`. */
function quantityDraft(
  text: string,
  span: string,
  kind: "affected" | "penalty" | "duration",
  sentence?: number,
): AnyDraft {
  const doc = docOf(text);
  const start = text.indexOf(span);
  const value =
    kind === "affected"
      ? { count: 1000, bound: "exact", unit: "people" }
      : kind === "penalty"
        ? { amount: 1, currency: "USD", bound: "exact", converted: null, status: "imposed" }
        : { iso: "P2Y", bound: "exact", event: "other" };
  return {
    kind,
    value,
    start,
    end: start + span.length,
    rule: `${kind}.test`,
    sentence: sentence ?? doc.sentences.findIndex((s) => s.start <= start && start < s.end),
    modality: null,
    subject: undefined,
  } as AnyDraft;
}

function boundOf(
  text: string,
  span: string,
  kind: "affected" | "penalty" | "duration" = "affected",
  sentence?: number,
) {
  const [d] = bound.refine([quantityDraft(text, span, kind, sentence)], docOf(text));
  return (d!.value as { bound: string }).bound;
}

describe("bound: every cue word", () => {
  it.each([
    ["nearly", "at_most"],
    ["almost", "at_most"],
    ["just under", "at_most"],
    ["just below", "at_most"],
    ["just short of", "at_most"],
    ["up to", "at_most"],
    ["as many as", "at_most"],
    ["as much as", "at_most"],
    ["less than", "at_most"],
    ["fewer than", "at_most"],
    ["no more than", "at_most"],
    ["not more than", "at_most"],
    ["at most", "at_most"],
    ["close to", "at_most"],
    ["under", "at_most"],
    ["over", "at_least"],
    ["just over", "at_least"],
    ["well over", "at_least"],
    ["more than", "at_least"],
    ["no fewer than", "at_least"],
    ["no less than", "at_least"],
    ["not less than", "at_least"],
    ["exceeding", "at_least"],
    ["exceeds", "at_least"],
    ["exceeded", "at_least"],
    ["at least", "at_least"],
    ["upwards of", "at_least"],
    ["upward of", "at_least"],
    ["in excess of", "at_least"],
    ["north of", "at_least"],
    ["greater than", "at_least"],
    ["about", "approx"],
    ["approximately", "approx"],
    ["approx.", "approx"],
    ["approx", "approx"],
    ["around", "approx"],
    ["roughly", "approx"],
    ["some", "approx"],
    ["an estimated", "approx"],
    ["estimated", "approx"],
    ["est.", "approx"],
    ["circa", "approx"],
    ["~", "approx"],
    ["≈", "approx"],
  ])("the files of %s 6,200 tenants: %s", (cue, want) => {
    const text = `The leak held the files of ${cue} 6,200 tenants.`;
    expect(boundOf(text, "6,200 tenants")).toBe(want);
  });

  it.each(["~", "≈"])("reads %s glued to the number", (sign) => {
    expect(boundBefore(`the files of ${sign}`)).toBe("approx");
    const text = `The leak held the files of ${sign}6,200 tenants.`;
    expect(boundOf(text, "6,200 tenants")).toBe("approx");
  });
});

describe("bound: fillers between a cue and its number", () => {
  it.each([
    "the",
    "a",
    "an",
    "its",
    "their",
    "record",
    "previous",
    "prior",
    "of",
    "further",
    "additional",
    "another",
  ])("'more than %s' still bounds the number", (filler) => {
    expect(boundBefore(`a penalty of more than ${filler}`)).toBe("at_least");
  });

  it("a year stands between a cue and its amount, other numbers do not", () => {
    expect(boundBefore("more than the 2021")).toBe("at_least");
    expect(boundBefore("more than the 1998")).toBe("at_least");
    expect(boundBefore("more than the 1898")).toBeNull();
    expect(boundBefore("more than the 20215")).toBeNull();
    expect(boundBefore("more than the 12021")).toBeNull();
    expect(boundBefore("more than 400 of")).toBeNull();
  });

  it("a word that is no filler breaks the cue", () => {
    expect(boundBefore("more than the usual")).toBeNull();
    expect(boundBefore("nearly all of the")).toBeNull();
  });
});

describe("bound: 'about' after a noun is a preposition", () => {
  it.each([
    "information",
    "info",
    "data",
    "details",
    "records",
    "questions",
    "concerns",
    "news",
    "stories",
    "story",
    "reports",
    "report",
  ])("%s about 300 … gives no bound", (noun) => {
    expect(boundBefore(`they shared ${noun} about`)).toBeNull();
  });

  it("about after another word is a hedge", () => {
    expect(boundBefore("letters went to about")).toBe("approx");
    expect(boundBefore("about")).toBe("approx");
  });
});

describe("bound: where the words before stop", () => {
  it.each(["(", ")", ";"])("stops at %j", (stop) => {
    expect(boundBefore(`nearly ${stop} `)).toBeNull();
    expect(boundBefore(`nearly${stop}`)).toBeNull();
  });

  it("reads through other punctuation and spaces", () => {
    expect(boundBefore("nearly, ")).toBe("at_most");
    expect(boundBefore("nearly \u00a0 ")).toBe("at_most");
    expect(boundBefore("“roughly” ")).toBe("approx");
  });

  it("reads words of other scripts as words, not as gaps", () => {
    expect(boundBefore("nearly données")).toBeNull();
    expect(boundBefore("nearly ü")).toBeNull();
  });

  it("looks at most 60 characters back, inside the sentence", () => {
    const far = `Nearly ${"x".repeat(70)} then 6,200 tenants were hit.`;
    expect(boundOf(far, "6,200 tenants")).toBe("exact");
    const near = `Up to the 6,200 tenants were hit.`;
    expect(boundOf(near, "6,200 tenants")).toBe("at_most");
  });

  it("without a sentence, reads back from the text itself", () => {
    const text = "Nearly 6,200 tenants were hit.";
    expect(boundOf(text, "6,200 tenants", "affected", 99)).toBe("at_most");
  });

  it("a cue far back in a long text is out of reach without a sentence", () => {
    const text = `Nearly ${"y".repeat(80)} 6,200 tenants were hit.`;
    expect(boundOf(text, "6,200 tenants", "affected", 99)).toBe("exact");
  });
});

describe("bound: how the words before are read", () => {
  it("splits a sign glued to a word", () => {
    expect(boundBefore("the files of ~about")).toBe("approx");
    expect(boundBefore("the files of ≈about")).toBe("approx");
    expect(boundBefore("the files of ~over")).toBe("at_least");
  });

  it("keeps the words' order when a bracket stops the reading", () => {
    expect(boundBefore("(up to")).toBe("at_most");
    expect(boundBefore("x; no more than")).toBe("at_most");
  });

  it("reads at most ten words back", () => {
    expect(boundBefore(`more than${" the".repeat(8)}`)).toBe("at_least");
    expect(boundBefore(`more than${" the".repeat(9)}`)).toBeNull();
  });

  it("only 'about' after a noun is a preposition; other cues after it still bound", () => {
    expect(boundBefore("records over")).toBe("at_least");
    expect(boundBefore("data nearly")).toBe("at_most");
  });

  it("without a sentence still reads only 60 characters back", () => {
    const text = `Nearly${" previous".repeat(7)} 6,200 tenants were hit.`;
    expect(boundOf(text, "6,200 tenants", "affected", 99)).toBe("exact");
    expect(boundOf(text, "6,200 tenants")).toBe("exact");
  });

  it("reads after the number from the number, not from the span's start", () => {
    expect(boundOf("The rent 6,200 or more tenants paid.", "rent 6,200 or more tenants")).toBe(
      "at_least",
    );
  });

  it("reads nothing after the number past the sentence's end", () => {
    const text = "It may owe 6,200\n\nOr more were hit.";
    expect(boundOf(text, "6,200")).toBe("exact");
  });

  it("reads the words after the number for affected counts only", () => {
    expect(boundOf("It lasted 6 or more months.", "6", "duration")).toBe("exact");
    expect(boundOf("It paid 6,200 or more euros.", "6,200", "penalty")).toBe("exact");
    expect(boundOf("It hit 6,200 or more tenants.", "6,200", "affected")).toBe("at_least");
  });
});

describe("bound: words after the number", () => {
  it.each([
    ["It hit 6,200+ tenants.", "6,200+ tenants", "at_least"],
    ["It hit 6,200 plus tenants.", "6,200 plus tenants", "exact"],
    ["It hit 6,200plus tenants.", "6,200plus tenants", "at_least"],
    ["It hit 6,200 or fewer tenants.", "6,200 or fewer tenants", "at_most"],
    ["It hit 6,200 or less of them.", "6,200 or less", "at_most"],
    ["It hit 6,200 or so tenants.", "6,200 or so tenants", "approx"],
    ["It hit 6,200 tenants or more.", "6,200 tenants", "exact"],
    ["It hit 6.2 million or more tenants.", "6.2 million or more tenants", "at_least"],
    ["It hit 6.2m or more tenants.", "6.2m or more tenants", "at_least"],
    ["It hit 6.2bn or more tenants.", "6.2bn or more tenants", "at_least"],
    ["It hit 6 thousand or more tenants.", "6 thousand or more tenants", "at_least"],
  ])("%j: %s", (text, span, want) => expect(boundOf(text, span)).toBe(want));

  it("reads what follows the span within the sentence only", () => {
    expect(boundOf("It hit 6,200 or more of them.", "6,200", "affected")).toBe("at_least");
    expect(boundOf("It hit 6,200. Or more were hit.", "6,200", "affected")).toBe("exact");
  });

  it("a span with no number reads nothing after it", () => {
    expect(boundOf("It hit many tenants or more.", "many tenants", "affected")).toBe("exact");
  });

  it("is read for affected counts only", () => {
    expect(boundOf("It paid $6,200 or more in fines.", "$6,200", "penalty")).toBe("exact");
    expect(boundOf("It lasted 6 months or more.", "6 months", "duration")).toBe("exact");
  });
});

describe("bound: the quantity inside a span", () => {
  it("the first digit, currency sign or number word", () => {
    expect(quantityStart("tenants: 6,200")).toBe("tenants: ".length);
    expect(quantityStart("files of €5 million")).toBe("files of ".length);
    expect(quantityStart("files of £5 million")).toBe("files of ".length);
    expect(quantityStart("files of ¥5 million")).toBe("files of ".length);
    expect(quantityStart("files of ₩5 million")).toBe("files of ".length);
    expect(quantityStart("files of ₹5 million")).toBe("files of ".length);
    expect(quantityStart("nearly forty tenants in 3 towns")).toBe("nearly ".length);
    expect(quantityStart("several dozen")).toBe(0);
    expect(quantityStart("a dozen")).toBe(2);
    expect(quantityStart("the seventeen and 4")).toBe(4);
    expect(quantityStart("twofold")).toBe(0);
    expect(quantityStart("for an hour")).toBe(4);
    expect(quantityStart("hours")).toBe(0);
    expect(quantityStart("banana")).toBe(0);
  });

  it("a cue before a number word inside the span bounds it", () => {
    expect(
      boundOf("It went on for almost three weeks.", "for almost three weeks", "duration"),
    ).toBe("at_most");
    expect(boundOf("It went on for over a year.", "for over a year", "duration")).toBe("at_least");
  });

  it("a penalty's cue stands before its whole text", () => {
    expect(boundOf("It was fined nearly US$3 million.", "US$3 million", "penalty")).toBe("at_most");
    expect(boundOf("It was fined US$ nearly 3 million.", "US$ nearly 3 million", "penalty")).toBe(
      "exact",
    );
  });

  it("keeps a draft whose bound is already the cue's", () => {
    const d = quantityDraft("Nearly 6,200 tenants were hit.", "6,200 tenants", "affected");
    (d.value as { bound: string }).bound = "at_most";
    const [out] = bound.refine([d], docOf("Nearly 6,200 tenants were hit."));
    expect(out).toBe(d);
  });
});

type PenaltyStatus = "imposed" | "potential" | "cumulative" | "proposed";

/** A penalty draft over the `nth` occurrence of `span` in the document's text. */
function penaltyDraft(
  text: string,
  span: string,
  status: PenaltyStatus = "imposed",
  nth = 0,
): AnyDraft {
  const doc = docOf(text);
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(span, start + 1);
  if (start < 0) throw new Error(`no ${span} in text`);
  return {
    kind: "penalty",
    value: { amount: 1, currency: "USD", bound: "exact", converted: null, status },
    start,
    end: start + span.length,
    rule: "penalty.test",
    sentence: doc.sentences.findIndex((x) => x.start <= start && start < x.end),
    modality: null,
    subject: undefined,
  } as AnyDraft;
}

/** The statuses the status refiner gives these penalties ([span, status, nth?]). */
function statuses(text: string, spans: [string, PenaltyStatus?, number?][]): string[] {
  const drafts = spans.map(([span, st, nth]) => penaltyDraft(text, span, st, nth));
  return status
    .refine(drafts, docOf(text))
    .map((d) => (d.kind === "penalty" ? d.value.status : d.kind));
}

describe("status: a settlement that awaits approval", () => {
  it.each([
    "The proposed settlement still needs a judge.",
    "The proposed settlements still need a judge.",
    "A settlement proposal was filed.",
    "Two settlement proposals were filed.",
    "The deal is subject to approval.",
    "The deal is subject to final court approval.",
    "The deal is subject to a federal court approval.",
    "If approved, the deal ends the case.",
    "If it is approved, the deal ends the case.",
    "The deal is pending approval.",
    "The deal is pending final court approval.",
    "The deal awaits approval.",
    "The deal await approval.",
    "The deal awaits final court approval.",
    "The deal is yet to be approved.",
    "The deal is yet to be finalised.",
    "The deal is yet to be finalized.",
  ])("%j makes an agreed payment proposed", (pending) => {
    const text = `The lender agreed to pay $9 million. ${pending}`;
    expect(statuses(text, [["$9 million"]])).toEqual(["proposed"]);
  });

  it.each([
    "The settlement was approved.",
    "The deal is subject to a long and very final approval.",
    "The deal awaits one more round of approval.",
    "The deal is pending a vote and approval.",
    "Approved settlements end cases.",
    "If disapproved, the deal fails.",
    "The deal is yet to be signed.",
    "The proposedsettlement text.",
  ])("%j leaves it imposed", (other) => {
    const text = `The lender agreed to pay $9 million. ${other}`;
    expect(statuses(text, [["$9 million"]])).toEqual(["imposed"]);
  });

  it.each([
    ["The lender will settle for $9 million.", "proposed"],
    ["The lender settles for $9 million.", "proposed"],
    ["The lender settled for $9 million.", "proposed"],
    ["The lender's settlement of $9 million.", "proposed"],
    ["Two settlements of $9 million.", "proposed"],
    ["The lender agrees to pay $9 million.", "proposed"],
    ["The lender agreed to pay $9 million.", "proposed"],
    ["The lender agree to pay $9 million.", "proposed"],
    ["An agreement to pay $9 million.", "proposed"],
    ["The lender will pay $9 million.", "proposed"],
    ["The lender owes $9 million in restitution.", "proposed"],
    ["The lender was fined $9 million.", "imposed"],
    ["The lender agreed to $9 million.", "imposed"],
    ["The lender settlers got $9 million.", "imposed"],
  ])("%j beside a pending approval: %s", (sentence, want) => {
    const text = `${sentence} The proposed settlement still needs a judge.`;
    expect(statuses(text, [["$9 million"]])).toEqual([want]);
  });

  it("reads the settlement words up to 40 characters after the amount, within the sentence", () => {
    const pending = " The proposed settlement still needs a judge.";
    const near = "The lender owes $9 million under the deal to settle.";
    expect(statuses(near + pending, [["$9 million"]])).toEqual(["proposed"]);
    const far = "The lender owes $9 million under a long, long and winding deal to settle.";
    expect(statuses(far + pending, [["$9 million"]])).toEqual(["imposed"]);
    const next = "The lender owes $9 million. Settle it.";
    expect(statuses(next + pending, [["$9 million"]])).toEqual(["imposed"]);
  });

  it("reads the settlement words from the start of the amount's sentence", () => {
    const text =
      "Settle now. The lender owes $9 million. The proposed settlement still needs a judge.";
    expect(statuses(text, [["$9 million"]])).toEqual(["imposed"]);
  });

  it("leaves a status other than imposed, and other kinds, alone", () => {
    const text = "The lender may pay $9 million to settle. The proposed settlement awaits a judge.";
    expect(statuses(text, [["$9 million", "potential"]])).toEqual(["potential"]);
    const doc = docOf(text);
    const date = {
      kind: "date",
      value: { date: "2025", grain: "year", yearInferred: false, event: "other" },
      start: 0,
      end: 3,
      rule: "date.test",
      sentence: 0,
      modality: null,
      subject: undefined,
    } as AnyDraft;
    const out = status.refine([date, penaltyDraft(text, "$9 million")], doc);
    expect(out[0]).toBe(date);
    expect(out.map((d) => d.kind)).toEqual(["date", "penalty"]);
  });

  it("a penalty with no sentence keeps its status", () => {
    const text = "The lender agreed to pay $9 million. The proposed settlement awaits a judge.";
    const d = { ...penaltyDraft(text, "$9 million"), sentence: 99 } as AnyDraft;
    const [out] = status.refine([d], docOf(text));
    expect(out).toBe(d);
  });

  it("does nothing to a text with no penalty", () => {
    const text = "The proposed settlement awaits a judge.";
    const drafts: AnyDraft[] = [];
    expect(status.refine(drafts, docOf(text))).toBe(drafts);
  });
});

describe("status: a list passes its status on", () => {
  it.each(["proposed", "potential", "cumulative"] as const)(
    "a later amount takes %s from the one before it",
    (st) => {
      const text = "It may owe $4 million and $7 million.";
      expect(
        statuses(text, [
          ["$4 million", st],
          ["$7 million", "imposed"],
        ]),
      ).toEqual([st, st]);
    },
  );

  it("passes it down a list of three, through commas", () => {
    const text = "It may owe $4 million, $7 million, $2 million.";
    expect(statuses(text, [["$4 million", "potential"], ["$7 million"], ["$2 million"]])).toEqual([
      "potential",
      "potential",
      "potential",
    ]);
  });

  it("does not pass on imposed, nor overwrite a later amount's own status", () => {
    const text = "It may owe $4 million and $7 million.";
    expect(
      statuses(text, [
        ["$4 million", "imposed"],
        ["$7 million", "imposed"],
      ]),
    ).toEqual(["imposed", "imposed"]);
    expect(
      statuses(text, [
        ["$4 million", "potential"],
        ["$7 million", "cumulative"],
      ]),
    ).toEqual(["potential", "cumulative"]);
  });

  it("stops at a sentence end, a clause mark, a long gap or a gap with no coordinator", () => {
    const two = (text: string) =>
      statuses(text, [
        ["$4 million", "potential"],
        ["$7 million", "imposed"],
      ]);
    expect(two("It may owe $4 million. It paid $7 million.")).toEqual(["potential", "imposed"]);
    expect(two("It may owe $4 million; and $7 million.")).toEqual(["potential", "imposed"]);
    expect(two("It may owe $4 million: and $7 million.")).toEqual(["potential", "imposed"]);
    expect(two("It may owe $4 million! and $7 million.")).toEqual(["potential", "imposed"]);
    expect(two("It may owe $4 million? and $7 million.")).toEqual(["potential", "imposed"]);
    expect(two("It may owe $4 million then $7 million.")).toEqual(["potential", "imposed"]);
    expect(two("It may owe $4 million band $7 million.")).toEqual(["potential", "imposed"]);
    expect(two(`It may owe $4 million and ${"w".repeat(76)} $7 million.`)).toEqual([
      "potential",
      "imposed",
    ]);
    expect(two(`It may owe $4 million and ${"w".repeat(70)} $7 million.`)).toEqual([
      "potential",
      "potential",
    ]);
    expect(two("It may owe $4 million AND $7 million.")).toEqual(["potential", "potential"]);
  });

  it("does not pass a status on to the next sentence", () => {
    const text = "It may owe $4 million and\n\n$7 million is paid.";
    expect(
      statuses(text, [
        ["$4 million", "potential"],
        ["$7 million", "imposed"],
      ]),
    ).toEqual(["potential", "imposed"]);
  });

  it("a penalty between other claims still passes its status on", () => {
    const text = "It may owe $4 million and $7 million.";
    const doc = docOf(text);
    const other = {
      ...penaltyDraft(text, "$4 million", "potential"),
      kind: "affected",
      value: { count: 4, bound: "exact", unit: "people" },
    } as AnyDraft;
    const out = status.refine(
      [penaltyDraft(text, "$4 million", "potential"), other, penaltyDraft(text, "$7 million")],
      doc,
    );
    expect(out[1]).toBe(other);
    expect(out.map((d) => (d.kind === "penalty" ? d.value.status : d.kind))).toEqual([
      "potential",
      "affected",
      "potential",
    ]);
  });
});

/** A draft of `kind` with no value of interest over the `nth` `span` of `text`. */
function spanDraft(text: string, kind: AnyDraft["kind"], span: string, value = {}, nth = 0) {
  const doc = docOf(text);
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(span, start + 1);
  if (start < 0) throw new Error(`no ${span} in text`);
  return {
    kind,
    value,
    start,
    end: start + span.length,
    rule: `${kind}.test`,
    sentence: doc.sentences.findIndex((x) => x.start <= start && start < x.end),
    modality: null,
    subject: undefined,
  } as AnyDraft;
}

describe("overlap", () => {
  const text = "Chief officer Ana Ruiz of Orbitel quit. Ana Ruiz stayed at Orbitel.";
  const doc = docOf(text);
  const actor = (span: string, name: string, nth = 0) =>
    spanDraft(text, "actor", span, { name, aliases: [] }, nth);
  const spans = (out: AnyDraft[]) => out.map((d) => text.slice(d.start, d.end));

  it("keeps the longer of two claims of one kind that overlap, in text order", () => {
    const a = spanDraft(text, "date", "officer Ana");
    const b = spanDraft(text, "date", "Ana Ruiz of Orbitel");
    const c = spanDraft(text, "date", "Chief");
    expect(spans(overlap.refine([a, b, c], doc))).toEqual(["Chief", "Ana Ruiz of Orbitel"]);
  });

  it("on a tie keeps the earlier rule (the earlier draft)", () => {
    const a = spanDraft(text, "date", "officer Ana", { date: "a" });
    const b = spanDraft(text, "date", "Ana Ruiz of", { date: "b" });
    const c = { ...spanDraft(text, "date", "Ana Ruiz of", { date: "c" }) };
    expect(overlap.refine([c, b], doc)).toEqual([c]);
    expect(overlap.refine([b, c], doc)).toEqual([b]);
    expect(overlap.refine([a, spanDraft(text, "date", "cer Ana Ru")], doc)).toEqual([a]);
  });

  it("claims that only touch both stay", () => {
    const a = spanDraft(text, "date", "Chief officer");
    const b = spanDraft(text, "date", " Ana");
    const c = spanDraft(text, "date", "Chief");
    expect(spans(overlap.refine([a, b], doc))).toEqual(["Chief officer", " Ana"]);
    expect(spans(overlap.refine([c, a], doc))).toEqual(["Chief officer"]);
  });

  it("a shorter claim that ends where a longer one starts stays", () => {
    const a = spanDraft(text, "date", " officer Ana");
    const b = spanDraft(text, "date", "Chief");
    expect(spans(overlap.refine([a, b], doc))).toEqual(["Chief", " officer Ana"]);
  });

  it("claims of two kinds, or of two sentences, both stay", () => {
    const a = spanDraft(text, "date", "Ana Ruiz");
    const b = spanDraft(text, "affected", "Ana Ruiz of");
    expect(overlap.refine([a, b], doc)).toHaveLength(2);
    const c = spanDraft(text, "date", "Ana Ruiz", {}, 1);
    const d = { ...spanDraft(text, "date", "Ana Ruiz of"), start: c.start, end: c.end };
    expect(overlap.refine([c, d], doc)).toHaveLength(2);
  });

  it("sorts what it keeps by start, then end", () => {
    const a = spanDraft(text, "date", "Ana Ruiz", {}, 1);
    const b = spanDraft(text, "affected", "Ana Ruiz stayed", {}, 0);
    const c = spanDraft(text, "actor", "Ana", { name: "Ana", aliases: [] }, 1);
    const d = spanDraft(text, "data", "Chief");
    expect(overlap.refine([a, b, c, d], doc).map((x) => x.kind)).toEqual([
      "data",
      "actor",
      "date",
      "affected",
    ]);
  });

  it("actors with unrelated names share words; one name inside the other does not", () => {
    const person = actor("officer Ana Ruiz of Orbitel", "Ana Ruiz");
    const company = actor("Orbitel", "Orbitel");
    expect(spans(overlap.refine([person, company], doc))).toEqual([
      "officer Ana Ruiz of Orbitel",
      "Orbitel",
    ]);
    const short = actor("Ana Ruiz", "Ana Ruiz");
    expect(spans(overlap.refine([short, person], doc))).toEqual(["officer Ana Ruiz of Orbitel"]);
    const first = actor("Ana", "Ana");
    expect(spans(overlap.refine([person, first], doc))).toEqual(["officer Ana Ruiz of Orbitel"]);
  });

  it.each([
    ["Ana Ruiz", "ana-ruiz"],
    ["Ana Ruiz", "Ana.Ruiz"],
    ["AnaRuiz", "Ana  Ruiz"],
    ["O'Ruiz", "O’Ruiz"],
    ["ORuiz", "O’Ruiz"],
    ["O'Ruiz", "ORuiz"],
  ])("names %j and %j are one name: the longer claim stays", (x, y) => {
    const a = actor("Ana Ruiz", x);
    const b = actor("Ruiz of Orbitel", y);
    expect(spans(overlap.refine([a, b], doc))).toEqual(["Ruiz of Orbitel"]);
    expect(spans(overlap.refine([actor("Ana Ruiz", y), actor("Ruiz of Orbitel", x)], doc))).toEqual(
      ["Ruiz of Orbitel"],
    );
  });

  it("two actors over the very same words are one claim, whatever their names", () => {
    const a = actor("Orbitel", "Orbitel");
    const b = actor("Orbitel", "Zed Group");
    expect(overlap.refine([a, b], doc)).toEqual([a]);
  });

  it("an actor and a claim of another kind never coexist by name", () => {
    const a = actor("Ana Ruiz of Orbitel", "Ana Ruiz");
    const b = spanDraft(text, "actor", "Orbitel", { name: "Orbitel", aliases: [] });
    const c = { ...b, kind: "date", value: { name: "Orbitel" } } as unknown as AnyDraft;
    const d = { ...a, kind: "date" } as AnyDraft;
    expect(overlap.refine([d, c], doc)).toEqual([d]);
  });
});

/** Modality of the claim over the first `span` of a one-sentence text. */
function modalityOf(
  text: string,
  span: string,
  kind: AnyDraft["kind"] = "affected",
  opts: { suspect?: boolean; potential?: boolean } = {},
) {
  const start = text.indexOf(span);
  if (start < 0) throw new Error(`no ${span} in text`);
  return modalityIn(text, start, start + span.length, kind, opts);
}

const clauseTexts = (text: string) => clausesOf(text).map((c) => text.slice(c.start, c.end));

describe("modality: cue words", () => {
  it("reads a cue whatever its case, spacing or apostrophe", () => {
    expect(modalityOf("REPORTEDLY 700 tenants were hit.", "700 tenants")).toBe("reported");
    expect(modalityOf("According  to the agency, 700 tenants were hit.", "700 tenants")).toBe(
      "reported",
    );
    expect(modalityOf("The firm didn’t lose 700 tenants.", "700 tenants")).toBe("negated");
    expect(modalityOf("The firm didn't lose 700 tenants.", "700 tenants")).toBe("negated");
  });

  it("reads a cue only as a whole word", () => {
    expect(modalityOf("The unsaid part: 700 tenants were hit.", "700 tenants")).toBe("asserted");
    expect(modalityOf("The sayings of 700 tenants were hit.", "700 tenants")).toBe("asserted");
    expect(modalityOf("The re-said story of 700 tenants.", "700 tenants")).toBe("asserted");
    expect(modalityOf("The said-so story of 700 tenants.", "700 tenants")).toBe("asserted");
    expect(modalityOf("The o'said story of 700 tenants.", "700 tenants")).toBe("asserted");
    expect(modalityOf("The said’s story of 700 tenants.", "700 tenants")).toBe("asserted");
    expect(modalityOf("Notably 700 tenants were hit.", "700 tenants")).toBe("asserted");
  });

  it("reads the longer of two cues that share words", () => {
    // "did not" ends where "not" ends; "no evidence" reaches further than "no".
    expect(modalityOf("There is no evidence that 700 tenants were hit.", "700 tenants")).toBe(
      "negated",
    );
  });
});

describe("modality: clauses", () => {
  it.each([
    ["Hackers may have struck; 700 tenants were hit.", ";"],
    ["Hackers may have struck (700 tenants were hit).", "("],
    ["Hackers may have struck [700 tenants were hit].", "["],
    ["Hackers may have struck — 700 tenants were hit.", "—"],
    ["Hackers may have struck – 700 tenants were hit.", "–"],
    ["Hackers may have struck: 700 tenants were hit.", ":"],
    ["Hackers may have struck - 700 tenants were hit.", "-"],
  ])("%j cuts at %j: the hedge stays in its clause", (text) => {
    expect(modalityOf(text, "700 tenants")).toBe("asserted");
  });

  it.each([
    ["700 tenants were hit (the firm may say more) today.", "asserted"],
    ["700 tenants were hit [the firm may say more] today.", "asserted"],
    ["At 10:30 hackers may have hit 700 tenants.", "speculative"],
    ["Self-styled hackers may have hit 700 tenants.", "speculative"],
  ])("%j: %s", (text, want) => expect(modalityOf(text, "700 tenants")).toBe(want));

  it("cuts a sentence at every hard boundary", () => {
    expect(clauseTexts("a; b (c) [d] e—f–g: h - i")).toEqual([
      "a",
      " b ",
      "c",
      " ",
      "d",
      " e",
      "f",
      "g",
      " h",
      "- i",
    ]);
    expect(clauseTexts("at 10:30 or 9-5")).toEqual(["at 10:30 or 9-5"]);
  });

  it("keeps a list in one clause; a long segment or a clause word opens a new one", () => {
    expect(clauseTexts("It took names, emails, phones, and birth dates.")).toEqual([
      "It took names, emails, phones, and birth dates.",
    ]);
    expect(clauseTexts("It took names, then it went on to sell them online.")).toEqual([
      "It took names",
      " then it went on to sell them online.",
    ]);
    expect(clauseTexts("It took names, which it sold.")).toEqual([
      "It took names",
      " which it sold.",
    ]);
    expect(clauseTexts("It took names, a b c d.")).toEqual(["It took names, a b c d."]);
    expect(clauseTexts("It took names, a b c d e.")).toEqual(["It took names", " a b c d e."]);
    expect(clauseTexts("It took names, and a b c d.")).toEqual(["It took names, and a b c d."]);
    expect(clauseTexts("It took names, and a b c d e.")).toEqual([
      "It took names",
      " and a b c d e.",
    ]);
    expect(clauseTexts("It took names, or a b c d.")).toEqual(["It took names, or a b c d."]);
    expect(clauseTexts("It took names, ,")).toEqual(["It took names", " ", ""]);
  });

  it("after a list comma, 'and' joins however long its item", () => {
    expect(clauseTexts("It took names, emails, and a b c d e f g.")).toEqual([
      "It took names, emails, and a b c d e f g.",
    ]);
    expect(clauseTexts("It took names, emails, or a b c d e f g.")).toEqual([
      "It took names, emails, or a b c d e f g.",
    ]);
  });

  it("a comma after a hard boundary opens no list", () => {
    expect(clauseTexts("a; b, c")).toEqual(["a", " b, c"]);
    expect(clauseTexts("a (b), c")).toEqual(["a ", "b", ", c"]);
  });

  it("does not cut at a comma between digits only", () => {
    expect(clauseTexts("Some 1,406 tenants")).toEqual(["Some 1,406 tenants"]);
    expect(clauseTexts("In 2021, 1,406 tenants were hit by a long running attack")).toEqual([
      "In 2021",
      " 1,406 tenants were hit by a long running attack",
    ]);
    expect(clauseTexts("x a, 4 b c d e f")).toEqual(["x a", " 4 b c d e f"]);
    expect(clauseTexts("x 4, b c d e f")).toEqual(["x 4", " b c d e f"]);
  });

  it("a relative clause ends at a comma before a verb", () => {
    expect(clauseTexts("The flaw, which hit tenants, was fixed.")).toEqual([
      "The flaw",
      " which hit tenants",
      " was fixed.",
    ]);
    expect(clauseTexts("The flaw, that hit tenants, was fixed.")).toEqual([
      "The flaw",
      " that hit tenants",
      " was fixed.",
    ]);
    expect(clauseTexts("The flaw, who hit tenants, leaked data.")).toEqual([
      "The flaw",
      " who hit tenants",
      " leaked data.",
    ]);
    expect(clauseTexts("The flaw, who hit tenants, data.")).toEqual([
      "The flaw",
      " who hit tenants, data.",
    ]);
    expect(clauseTexts("The flaw, who hit tenants, washes out.")).toEqual([
      "The flaw",
      " who hit tenants, washes out.",
    ]);
    expect(clauseTexts("The flaw, who hit tenants, washed out.")).toEqual([
      "The flaw",
      " who hit tenants",
      " washed out.",
    ]);
    expect(clauseTexts("The flaw, who hit a, b, has gone.")).toEqual([
      "The flaw",
      " who hit a, b, has gone.",
    ]);
  });

  it.each([
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "could",
    "may",
    "might",
    "did",
    "does",
  ])("a relative clause ends before %j", (verb) => {
    expect(clauseTexts(`The flaw, which hit tenants, ${verb} gone.`)).toHaveLength(3);
  });

  it("sentenceClauses cuts each sentence once, for the sentence asked", () => {
    const doc = docOf("It took names, which it sold. Then it stopped; it left.");
    const first = sentenceClauses(doc, 0);
    expect(sentenceClauses(doc, 0)).toBe(first);
    expect(first.map((c) => doc.sentences[0]!.text.slice(c.start, c.end))).toEqual([
      "It took names",
      " which it sold.",
    ]);
    const second = sentenceClauses(doc, 1);
    expect(second.map((c) => doc.sentences[1]!.text.slice(c.start, c.end))).toEqual([
      "Then it stopped",
      " it left.",
    ]);
    expect(sentenceClauses(docOf("One; two."), 0)).toHaveLength(2);
  });

  it("clauseIndexAt finds the clause that holds a position, else the last", () => {
    const clauses = [
      { start: 0, end: 5 },
      { start: 6, end: 10 },
    ];
    expect(clauseIndexAt(clauses, 0)).toBe(0);
    expect(clauseIndexAt(clauses, 4)).toBe(0);
    expect(clauseIndexAt(clauses, 5)).toBe(1);
    expect(clauseIndexAt(clauses, 9)).toBe(1);
    expect(clauseIndexAt(clauses, 10)).toBe(1);
    expect(clauseIndexAt(clauses, 50)).toBe(1);
  });
});

describe("modality: where a report holds", () => {
  it("an adverb holds for its own clause, before and after it", () => {
    const text = "700 tenants were reportedly hit; 90 owners were not.";
    expect(modalityOf(text, "700 tenants")).toBe("reported");
    expect(modalityOf("Reportedly the firm hit 700 tenants; 90 owners left.", "90 owners")).toBe(
      "asserted",
    );
  });

  it("'according to' with a comma after it holds from the comma to the end", () => {
    const text = "According to the agency, 700 tenants were hit and 90 owners left.";
    expect(modalityOf(text, "90 owners")).toBe("reported");
    expect(modalityOf(text, "the agency", "actor")).toBe("asserted");
  });

  it("'according to' with no comma after it holds for what comes before its clause", () => {
    const text = "700 tenants were hit; according to the agency 90 owners left.";
    expect(modalityOf(text, "700 tenants")).toBe("reported");
    expect(modalityOf(text, "90 owners")).toBe("asserted");
    expect(modalityOf(text, "the agency", "actor")).toBe("asserted");
  });

  it("a trailing speaker holds for the sentence before its comma", () => {
    const text = "The firm hit 700 tenants, the agency said.";
    expect(modalityOf(text, "700 tenants")).toBe("reported");
    expect(modalityOf("The firm hit 700 tenants, a b c d said.", "700 tenants")).toBe("reported");
    expect(modalityOf("The firm hit 700 tenants, said the agency.", "700 tenants")).toBe(
      "reported",
    );
  });

  it("a long speaker, or a negation in it, is no trailing attribution", () => {
    expect(modalityOf("The firm hit 700 tenants, a b c d e said.", "700 tenants")).toBe("asserted");
    expect(modalityOf("The firm hit 700 tenants, no agency said.", "700 tenants")).toBe("asserted");
  });

  it("a report with more than four words after it holds from the cue to the end", () => {
    const text =
      "The firm hit 700 tenants, the agency said on a quiet Monday night that 90 owners left.";
    expect(modalityOf(text, "700 tenants")).toBe("asserted");
    expect(modalityOf(text, "90 owners")).toBe("reported");
  });

  it("a report in a sentence with no comma before it holds from the cue on", () => {
    expect(
      modalityOf("700 tenants were hit as the agency said 90 owners left.", "700 tenants"),
    ).toBe("asserted");
    expect(modalityOf("700 tenants were hit as the agency said 90 owners left.", "90 owners")).toBe(
      "reported",
    );
    expect(modalityOf("Said the agency: 700 tenants.", "700 tenants")).toBe("reported");
  });

  it("a report inside a subordinate clause holds to that clause's end", () => {
    const text =
      "While the agency said 700 tenants were hit by the attack on its servers, 90 owners left in the following weeks.";
    expect(modalityOf(text, "700 tenants")).toBe("reported");
    expect(modalityOf(text, "90 owners")).toBe("asserted");
    const main =
      "The agency said 700 tenants were hit by the attack on its servers, 90 owners left in the following weeks.";
    expect(modalityOf(main, "90 owners")).toBe("reported");
    const late =
      "Over that long stretch while the agency said 700 tenants were hit by the attack, 90 owners left in the weeks after.";
    expect(modalityOf(late, "90 owners")).toBe("reported");
  });

  it("a trailing finding reports the sentence before its comma", () => {
    expect(modalityOf("The firm hit 700 tenants, the audit found.", "700 tenants")).toBe(
      "reported",
    );
    expect(modalityOf("The firm hit 700 tenants, the audit found!", "700 tenants")).toBe(
      "reported",
    );
    expect(modalityOf("The firm hit 700 tenants, a b c d found.", "700 tenants")).toBe("reported");
    expect(modalityOf('The firm hit 700 tenants, the audit found."', "700 tenants")).toBe(
      "reported",
    );
    expect(modalityOf("The firm hit 700 tenants, the audit found .", "700 tenants")).toBe(
      "reported",
    );
  });

  it("a finding that does not end the sentence, or has no short speaker, reports nothing", () => {
    for (const text of [
      "The firm hit 700 tenants, the audit found last week.",
      "The firm hit 700 tenants, a b c d e found.",
      "The firm hit 700 tenants, found.",
      "The firm hit 700 tenants,the audit found.",
      "700 tenants found.",
      "The firm hit 700 tenants, more were found.",
      "The firm hit 700 tenants, more are found.",
      "The firm hit 700 tenants, more have been found.",
      "The firm hit 700 tenants, more is found.",
      "The firm hit 700 tenants, more be found.",
      "The firm hit 700 tenants, more being found.",
      "The firm hit 700 tenants, more was found.",
      "The firm hit 700 tenants, the audit found ...!",
    ])
      expect(modalityOf(text, "700 tenants"), text).toBe("asserted");
  });
});

describe("modality: hedges in the clause", () => {
  it("a hedge after the claim holds unless a relative word or a comma stands between", () => {
    expect(modalityOf("700 tenants were possibly hit.", "700 tenants")).toBe("speculative");
    expect(modalityOf("700 tenants who may sue were hit.", "700 tenants")).toBe("asserted");
    expect(modalityOf("700 tenants whose rent may rise were hit.", "700 tenants")).toBe("asserted");
    expect(modalityOf("700 tenants, a, possibly more.", "700 tenants")).toBe("asserted");
    expect(modalityOf("700 tenants possibly more.", "700 tenants")).toBe("speculative");
    expect(modalityOf("700 tenants, a, may be more.", "700 tenants")).toBe("speculative");
  });

  it("a hedge in the claim's own words is none", () => {
    expect(modalityOf("The firm hit 700 potential tenants.", "700 potential tenants")).toBe(
      "asserted",
    );
  });

  it("a hedge in another clause is none, before or after", () => {
    expect(modalityOf("Hackers may strike; 700 tenants were hit.", "700 tenants")).toBe("asserted");
    expect(modalityOf("700 tenants were hit; hackers may strike.", "700 tenants")).toBe("asserted");
  });

  it("suspected wins over speculative; a potential penalty is speculative", () => {
    expect(modalityOf("Hackers allegedly may have hit 700 tenants.", "700 tenants")).toBe(
      "suspected",
    );
    expect(modalityOf("The agency fined the firm $9 million.", "$9 million", "penalty")).toBe(
      "asserted",
    );
    expect(
      modalityOf("The agency fined the firm $9 million.", "$9 million", "penalty", {
        potential: true,
      }),
    ).toBe("speculative");
    expect(
      modalityOf("The agency allegedly fined the firm $9 million.", "$9 million", "penalty", {
        potential: true,
      }),
    ).toBe("suspected");
  });

  it("an actor is hedged only as a suspect, and never speculative", () => {
    const text = "Police may suspect Zed Group of the attack.";
    expect(modalityOf(text, "Zed Group", "actor")).toBe("asserted");
    expect(modalityOf(text, "Zed Group", "actor", { suspect: true })).toBe("suspected");
    const may = "Zed Group may have run the attack.";
    expect(modalityOf(may, "Zed Group", "actor", { suspect: true })).toBe("asserted");
    expect(modalityOf("Zed Group, police said, ran it.", "Zed Group", "actor")).toBe("reported");
  });

  it("a date that names a known thing is not hedged, one that dates a hedge is", () => {
    expect(modalityOf("It may face the 2019 penalty again.", "2019", "date")).toBe("asserted");
    expect(modalityOf("It may face a 2019 penalty again.", "2019", "date")).toBe("speculative");
    expect(modalityOf("It may face the 2019.", "2019", "date")).toBe("speculative");
    expect(modalityOf("It may face the 2019 7 times.", "2019", "date")).toBe("speculative");
    expect(modalityOf("It may face the 2019 penalty again.", "2019", "affected")).toBe(
      "speculative",
    );
    expect(modalityOf("It may face thE 2019 Penalty again.", "2019", "date")).toBe("asserted");
    expect(modalityOf("It may face bathe 2019 penalty.", "2019", "date")).toBe("speculative");
  });

  it("the speaker after a speech verb is not reported; other actors are", () => {
    for (const verb of ["said", "says", "told", "stated", "according to"])
      expect(modalityOf(`The data is safe, ${verb} Ana Ruiz.`, "Ana Ruiz", "actor"), verb).toBe(
        "asserted",
      );
    expect(modalityOf("The firm said Ana Ruiz quit.", "Ana Ruiz", "actor")).toBe("asserted");
    expect(modalityOf("The firm said that Ana Ruiz quit.", "Ana Ruiz", "actor")).toBe("reported");
    expect(
      modalityOf(
        "The agency said  Ana Ruiz quit the firm after the long attack on it.",
        "Ana Ruiz",
        "actor",
      ),
    ).toBe("asserted");
    expect(modalityOf("It was said Ana Ruiz quit.", "Ana Ruiz")).toBe("reported");
  });
});

describe("modality: denials", () => {
  it.each([
    ["was not affected", "negated"],
    ["were not accessed", "negated"],
    ["had not been compromised", "negated"],
    ["have not been exposed", "negated"],
    ["has not been impacted", "negated"],
    ["weren't stolen", "negated"],
    ["wasn’t breached", "negated"],
    ["were not fined", "negated"],
    ["were not imposed", "negated"],
    ["were not leaked", "negated"],
    ["were not taken", "negated"],
    ["were  not  taken", "negated"],
    ["were not taken away", "negated"],
    ["were not takenly", "asserted"],
    ["were never taken", "asserted"],
    ["are not taken", "asserted"],
    ["were not sold", "asserted"],
  ])("700 tenants %s: %s", (tail, want) => {
    expect(modalityOf(`Officials said 700 tenants ${tail}.`, "700 tenants")).toBe(
      want === "asserted" ? "reported" : want,
    );
  });

  it("a denial after the claim is read within 60 characters", () => {
    expect(modalityOf(`700 tenants${" ".repeat(3)}were not taken.`, "700 tenants")).toBe("negated");
    expect(modalityOf(`700 tenants${" ".repeat(4)}were not taken.`, "700 tenants")).toBe(
      "asserted",
    );
  });

  it("a denial before the claim must be within 30 characters, in its clause", () => {
    expect(modalityOf("The firm denied that 700 tenants were hit.", "700 tenants")).toBe("negated");
    expect(modalityOf(`It denied ${"x".repeat(20)} 700 tenants were hit.`, "700 tenants")).toBe(
      "negated",
    );
    expect(modalityOf(`It denied ${"x".repeat(28)} 700 tenants were hit.`, "700 tenants")).toBe(
      "negated",
    );
    expect(modalityOf(`It denied ${"x".repeat(29)} 700 tenants were hit.`, "700 tenants")).toBe(
      "asserted",
    );
    expect(modalityOf("It denied it; 700 tenants were hit.", "700 tenants")).toBe("asserted");
  });

  it("a denial in the claim's own words, or after its start, is none", () => {
    expect(modalityOf("The firm hit 700 non tenants.", "700 non tenants")).toBe("asserted");
    expect(modalityOf("The firm hit 700 tenants, no joke.", "700 tenants")).toBe("asserted");
  });

  it("a coordinate clause ends a denial", () => {
    expect(modalityOf("It denied it and 700 tenants were hit.", "700 tenants")).toBe("asserted");
    expect(modalityOf("It denied it but 700 tenants were hit.", "700 tenants")).toBe("asserted");
    expect(modalityOf("It denied it while 700 tenants were hit.", "700 tenants")).toBe("asserted");
    expect(modalityOf("It denied it, as 700 tenants were hit.", "700 tenants")).toBe("asserted");
    expect(modalityOf("It denied bandits hit 700 tenants.", "700 tenants")).toBe("negated");
    expect(modalityOf("It denied it AND 700 tenants were hit.", "700 tenants")).toBe("asserted");
  });

  it("a time limit after the claim releases a denial", () => {
    expect(modalityOf("It was not until 2021 that 700 tenants were hit.", "2021", "date")).toBe(
      "asserted",
    );
    expect(modalityOf("No more than 700 tenants were hit.", "700 tenants")).toBe("asserted");
    expect(modalityOf("Not 700 tenants but more were hit.", "700 tenants")).toBe("asserted");
    expect(modalityOf("Not 700 tenants were hit.", "700 tenants")).toBe("negated");
    expect(modalityOf(`Not 700 tenants were hit ${"x".repeat(36)} more.`, "700 tenants")).toBe(
      "negated",
    );
    expect(modalityOf(`Not 700 tenants were hit ${"x".repeat(20)} more.`, "700 tenants")).toBe(
      "asserted",
    );
    expect(modalityOf("Not 700 tenants were hit; more later.", "700 tenants")).toBe("negated");
  });

  it("a span that went unnoticed is no denied span; other kinds are denied", () => {
    const text = "The firm did not notice it for nine weeks.";
    expect(modalityOf(text, "for nine weeks", "duration")).toBe("asserted");
    expect(modalityOf(text, "for nine weeks", "affected")).toBe("negated");
    expect(
      modalityOf("The firm did not stop it for nine weeks.", "for nine weeks", "duration"),
    ).toBe("negated");
  });

  it("data and actors are never negated", () => {
    expect(modalityOf("Card numbers were not taken.", "Card numbers", "data")).toBe("asserted");
    expect(modalityOf("Zed Group was not affected.", "Zed Group", "actor")).toBe("asserted");
    expect(modalityOf("It denied that Zed Group hit it.", "Zed Group", "actor")).toBe("asserted");
    expect(modalityOf("It denied that 2021 was bad.", "2021", "date")).toBe("negated");
  });
});

describe("modality: a list that elaborates its clause", () => {
  it("takes the hedge of the clause before it", () => {
    const text = "Hackers may have taken files, including 700 tenants' names.";
    expect(modalityOf(text, "700 tenants")).toBe("speculative");
    expect(
      modalityOf("Hackers may have taken files, such as 700 tenant names.", "700 tenant"),
    ).toBe("speculative");
    expect(
      modalityOf("Hackers may have taken files, among them 700 tenant names.", "700 tenant"),
    ).toBe("speculative");
    expect(modalityOf("Hackers may have taken files — including 700 names.", "700 names")).toBe(
      "speculative",
    );
  });

  it("not after a relative clause, nor for a clause that does not open the list", () => {
    const text = "The files, which may be old, including 700 tenants' names, leaked.";
    expect(modalityOf(text, "700 tenants")).toBe("asserted");
    expect(
      modalityOf("Hackers may have taken files, then 700 tenants were hit.", "700 tenants"),
    ).toBe("asserted");
    expect(modalityOf("Hackers may have taken files; including 700 tenants.", "700 tenants")).toBe(
      "speculative",
    );
    expect(modalityOf("Hackers may strike, includingly 700 tenants were hit.", "700 tenants")).toBe(
      "asserted",
    );
  });
});

describe("modality refiner", () => {
  it("gives a draft outside every sentence 'asserted', and keeps a matcher's own modality", () => {
    const text = "It may have hit 700 tenants.";
    const doc = docOf(text);
    const d = { ...spanDraft(text, "affected", "700 tenants"), sentence: 9 } as AnyDraft;
    expect(modality.refine([d], doc)[0]!.modality).toBe("asserted");
    const own = { ...spanDraft(text, "affected", "700 tenants"), modality: "negated" } as AnyDraft;
    expect(modality.refine([own], doc)[0]).toBe(own);
  });

  it("reads each sentence's cues for its own claims", () => {
    const text = "It may have hit 700 tenants. It hit 90 owners. Police said 40 firms.";
    const doc = docOf(text);
    const out = modality.refine(
      [
        spanDraft(text, "affected", "700 tenants"),
        spanDraft(text, "affected", "90 owners"),
        spanDraft(text, "affected", "40 firms"),
        spanDraft(text, "affected", "700 tenants"),
      ],
      doc,
    );
    expect(out.map((d) => d.modality)).toEqual([
      "speculative",
      "asserted",
      "reported",
      "speculative",
    ]);
  });

  it("a suspect actor and a potential penalty take their options", () => {
    const text = "Police suspect Zed Group and may fine it $9 million.";
    const doc = docOf(text);
    const suspect = spanDraft(text, "actor", "Zed Group", {
      name: "Zed Group",
      aliases: [],
      involvement: "suspect",
    });
    const victim = spanDraft(text, "actor", "Zed Group", {
      name: "Zed Group",
      aliases: [],
      involvement: "victim",
    });
    const text2 = "The agency fined it $9 million.";
    const potential = spanDraft(text2, "penalty", "$9 million", { status: "potential" });
    const imposed = spanDraft(text2, "penalty", "$9 million", { status: "imposed" });
    expect(modality.refine([suspect, victim], doc).map((d) => d.modality)).toEqual([
      "suspected",
      "asserted",
    ]);
    expect(modality.refine([potential, imposed], docOf(text2)).map((d) => d.modality)).toEqual([
      "speculative",
      "asserted",
    ]);
  });

  it("the month May is no hedge; the modal is", () => {
    expect(modalityOf("In May 700 tenants were hit.", "700 tenants")).toBe("asserted");
    expect(modalityOf("Hackers may hit 700 tenants.", "700 tenants")).toBe("speculative");
    expect(modalityOf("MAY 700 tenants be hit.", "700 tenants")).toBe("speculative");
  });

  it("a sentence with no cue at all is asserted everywhere", () => {
    expect(modalityOf("Hackers hit 700 tenants in one night.", "700 tenants")).toBe("asserted");
  });
});

/** The event the event refiner gives the date at the `nth` `span` of `text`. */
function eventAt(text: string, span: string, nth = 0): string {
  const doc = docOf(text);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = doc.text.indexOf(span, at + 1);
  if (at < 0) throw new Error(`no ${span} in text`);
  const sentence = doc.sentences.find((s) => s.start <= at && at < s.end)!;
  const start = at - sentence.start;
  return eventOf({ doc, sentence }, start, start + span.length);
}

/** The same in a text whose first sentences hold no date (no report opening). */
const laterEvent = (s: string, span: string) =>
  eventAt(`---\npublished: 2024-06-30\n---\nTitle\n\nOne line of text here.\n\n${s}`, span);

describe("event: cues", () => {
  it.each([
    ["The intrusion began in March 2023.", "March 2023", "breach_start"],
    ["Access ended in March 2023.", "March 2023", "breach_end"],
    ["Staff detected it in March 2023.", "March 2023", "detected"],
    ["The bank announced it in March 2023.", "March 2023", "disclosed"],
    ["The agency fined it in March 2023.", "March 2023", "penalty"],
    ["The chief quit in March 2023.", "March 2023", "resignation"],
    ["Police raided it in March 2023.", "March 2023", "raid"],
    ["The lab was certified in March 2023.", "March 2023", "certified"],
    ["Hackers breached it in March 2023.", "March 2023", "breach"],
    ["The weather was fine in March 2023.", "March 2023", "penalty"],
    ["The weather was mild in March 2023.", "March 2023", "other"],
    ["The HACKERS BREACHED IT in March 2023.", "March 2023", "breach"],
  ])("%j: %s is %s", (text, span, want) => expect(laterEvent(text, span)).toBe(want));

  it("reads a longer cue over the shorter one inside it", () => {
    // "the start of the breach" (breach_start) holds "breach" (breach).
    expect(laterEvent("It was the start of the breach in March 2023.", "March 2023")).toBe(
      "breach_start",
    );
    expect(laterEvent("The data breach in March 2023 was bad.", "March 2023")).toBe("breach");
  });

  it("reads a cue only as a whole word", () => {
    expect(laterEvent("The unfined account in March 2023 was mild.", "March 2023")).toBe("other");
    expect(laterEvent("The fineness was low in March 2023.", "March 2023")).toBe("other");
  });
});

describe("event: how far a cue reaches", () => {
  it("a verb more than 160 characters away is out of reach", () => {
    const pad = (n: number) => "x ".repeat(n / 2);
    expect(laterEvent(`The bank announced ${pad(154)}in March 2023.`, "March 2023")).toBe(
      "disclosed",
    );
    expect(laterEvent(`The bank announced ${pad(158)}in March 2023.`, "March 2023")).toBe("other");
    expect(laterEvent(`In March 2023 ${pad(150)}the bank announced it.`, "March 2023")).toBe(
      "disclosed",
    );
    expect(laterEvent(`It was March 2023 ${pad(170)}the bank announced it.`, "March 2023")).toBe(
      "other",
    );
  });

  it("another date between a cue and the date blocks it", () => {
    expect(laterEvent("The bank announced a loss in March 2023.", "March 2023")).toBe("disclosed");
    expect(laterEvent("The bank announced in June 2022 a loss in March 2023.", "March 2023")).toBe(
      "other",
    );
    expect(
      laterEvent("The bank announced in 2022 a loss, in March 2023 a gain.", "March 2023"),
    ).toBe("other");
    expect(laterEvent("In March 2023, yesterday the bank announced a loss.", "March 2023")).toBe(
      "other",
    );
    expect(laterEvent("In March 2023, last year the bank announced it.", "March 2023")).toBe(
      "other",
    );
    expect(laterEvent("In March 2023, this month the bank announced it.", "March 2023")).toBe(
      "other",
    );
    expect(laterEvent("In March 2023, 1969 the bank announced it.", "March 2023")).toBe(
      "disclosed",
    );
    expect(laterEvent("In March 2023, 21975 the bank announced it.", "March 2023")).toBe(
      "disclosed",
    );
    expect(laterEvent("In March 2023, 1975 the bank announced it.", "March 2023")).toBe("other");
  });

  it("a date opening its sentence takes the verb after it, a later one the verb before", () => {
    expect(
      laterEvent("Staff detected it and in March 2023 the bank announced it.", "March 2023"),
    ).toBe("detected");
    expect(laterEvent("In March 2023 the bank announced what staff detected.", "March 2023")).toBe(
      "disclosed",
    );
    expect(laterEvent("During March 2023 the bank announced it.", "March 2023")).toBe("disclosed");
    expect(laterEvent("- On Monday, March 6, 2023 the bank announced it.", "March 6, 2023")).toBe(
      "disclosed",
    );
    expect(laterEvent("Sometime in March 2023 the bank announced it.", "March 2023")).toBe(
      "disclosed",
    );
    expect(
      laterEvent("Roughly in March 2023 staff detected what the bank announced.", "March 2023"),
    ).toBe("detected");
  });

  it("with no verb the nearest noun gives the event", () => {
    expect(laterEvent("A letter, dated well after the raid, in March 2023.", "March 2023")).toBe(
      "raid",
    );
    expect(laterEvent("March 2023: a letter.", "March 2023")).toBe("disclosed");
  });
});

describe("event: a noun the date belongs to", () => {
  it.each([
    ["The 2021 breach cost millions.", "2021", "breach"],
    ["The 2021's breach cost millions.", "2021", "breach"],
    ["The 2021 data breach cost millions.", "2021", "breach"],
    ["The 2021 security breach cost millions.", "2021", "breach"],
    ["The 2021 cyber attack cost millions.", "2021", "breach"],
    ["The breach in 2021 cost millions.", "2021", "breach"],
    ["The breach on March 3, 2021 cost millions.", "March 3, 2021", "breach"],
    ["The breach of 2021 cost millions.", "2021", "breach"],
    ["The breach from 2021 cost millions.", "2021", "breach"],
    ["The breach during 2021 cost millions.", "2021", "breach"],
    ["The letter dated March 3, 2021 cost millions.", "March 3, 2021", "disclosed"],
    ["The breach which began in 2021 cost millions.", "2021", "breach_start"],
    ["The breach, which happened in 2021, cost millions.", "2021", "breach"],
    ["The detection of rogue code in 2021 was late.", "2021", "detected"],
    ["The detection of the rogue code in 2021 was late.", "2021", "detected"],
    [
      "The detection of their own rogue code on March 3, 2021 was late.",
      "March 3, 2021",
      "detected",
    ],
  ])("%j: %s is %s", (text, span, want) => expect(laterEvent(text, span)).toBe(want));

  it("a verb governs the noun it stands before", () => {
    expect(laterEvent("Staff detected the breach in 2021 after a tip.", "2021")).toBe("detected");
    expect(laterEvent("Staff detected a breach in 2021 after a tip.", "2021")).toBe("detected");
    expect(laterEvent("Staff detected its big new breach in 2021 after a tip.", "2021")).toBe(
      "detected",
    );
    expect(laterEvent("Staff detected the very big new breach in 2021 after a tip.", "2021")).toBe(
      "breach",
    );
    expect(laterEvent("Staff detected, they say, the breach in 2021 after a tip.", "2021")).toBe(
      "breach",
    );
  });

  it("an of-phrase reaches at most three words and 60 characters", () => {
    expect(laterEvent("The penalty of x y z in 2021 was announced.", "2021")).toBe("penalty");
    expect(laterEvent("The penalty of the x y z in 2021 was announced.", "2021")).toBe("penalty");
    expect(laterEvent("The penalty of x during 2021 was announced.", "2021")).toBe("penalty");
    expect(laterEvent("The penalty of w x y z in 2021 was announced.", "2021")).toBe("disclosed");
    expect(laterEvent("The penalty on x in 2021 was announced.", "2021")).toBe("disclosed");
    const w = "abcdefghijabcdefghij";
    expect(laterEvent(`The penalty of ${w} ${w} abcdefghij in 2021 was announced.`, "2021")).toBe(
      "penalty",
    );
    expect(laterEvent(`The penalty of ${w} ${w} abcdefghijk in 2021 was announced.`, "2021")).toBe(
      "disclosed",
    );
  });
});

describe("event: words attached before the date", () => {
  it.each([
    ["Records date back to 2015.", "2015", "breach_start"],
    ["Hackers had the data as early as in March 2015.", "March 2015", "breach_start"],
    ["The leak went on until 2015.", "2015", "breach_end"],
    ["The leak went on until the early 2015.", "2015", "breach_end"],
    ["The leak went on until mid 2015.", "2015", "breach_end"],
    ["The leak went on until around 2015.", "2015", "breach_end"],
    ["The leak went on until some time 2015.", "2015", "breach_end"],
    ["The leak went on until late   2015.", "2015", "breach_end"],
    ["The leak went on Until 2015.", "2015", "breach_end"],
    ["The leak went on untilx 2015.", "2015", "breach"],
  ])("%j: %s is %s", (text, span, want) => expect(laterEvent(text, span)).toBe(want));
});

describe("event: since a date", () => {
  it.each([
    ["Hackers had access since 2019.", "2019", "breach_start"],
    ["Hackers had access ever since 2019.", "2019", "breach_start"],
    ["Hackers had access since early 2019.", "2019", "breach_start"],
    ["Hackers had access since  2019.", "2019", "breach_start"],
    ["The shop had many visits since 2019.", "2019", "other"],
    ["The lab has been certified since 2019.", "2019", "certified"],
    ["The lab holds its certificate since 2019.", "2019", "certified"],
    ["The lab holds its Accreditation since 2019.", "2019", "certified"],
    ["Sincere thanks in 2019.", "2019", "other"],
  ])("%j: %s is %s", (text, span, want) => expect(laterEvent(text, span)).toBe(want));

  it("reads 'since' inside the date's own words", () => {
    expect(laterEvent("Hackers had access ever since March 2019.", "ever since March 2019")).toBe(
      "breach_start",
    );
    expect(laterEvent("Hackers had access since March 2019.", "since March 2019")).toBe(
      "breach_start",
    );
    expect(laterEvent("The shop was open since March 2019.", "since March 2019")).toBe("other");
  });

  it("the start cue may be up to 160 characters away", () => {
    const pad = (n: number) => "y ".repeat(n / 2);
    expect(laterEvent(`Hackers had access ${pad(140)}since 2019.`, "2019")).toBe("breach_start");
    expect(laterEvent(`Hackers had access ${pad(160)}since 2019.`, "2019")).toBe("other");
    expect(laterEvent(`Since 2019 ${pad(130)}hackers had access.`, "2019")).toBe("breach_start");
    expect(laterEvent(`Since 2019 ${pad(160)}hackers had access.`, "2019")).toBe("other");
  });

  it("a certification counts only within 100 characters before the date", () => {
    expect(laterEvent(`It was certified ${"z ".repeat(40)}since 2019.`, "2019")).toBe("certified");
    expect(laterEvent(`It was certified ${"z ".repeat(44)}since 2019.`, "2019")).toBe("other");
    expect(laterEvent("Since 2019 the lab was certified.", "2019")).toBe("other");
  });
});

describe("event: dates that are no incident's", () => {
  it.each([
    ['The log held "date": March 3, 2021 and more.', "March 3, 2021", "other"],
    ["The log held 'date': March 3, 2021 and more.", "March 3, 2021", "other"],
    ["Breach date: March 3, 2021.", "March 3, 2021", "other"],
    ['Breach date: "March 3, 2021".', "March 3, 2021", "other"],
    ["The rule went into effect on March 3, 2021 after a hack.", "March 3, 2021", "other"],
    ["The rule came into full force in 2021 after a hack.", "2021", "other"],
    ["The rule entered into force across all states in 2021 after a hack.", "2021", "other"],
    ["The rule took effect in 2021 after a hack.", "2021", "other"],
    ["The rule takes full effect 2021 after a hack.", "2021", "other"],
    ["The stolen data seems to date from 2019.", "2019", "other"],
    ["The stolen data appeared to have come from 2019.", "2019", "other"],
    ["The stolen data seemed to come from early 2019.", "2019", "other"],
    ["Hackers exploited in 2019 a known critical vulnerability.", "2019", "other"],
    ["Hackers exploited in 2019 to an unpatched software flaw.", "2019", "other"],
    ["Hackers exploited security holes from 2019.", "2019", "other"],
    ["Hackers exploited security holes dating from 2019.", "2019", "breach_start"],
    ["Hackers exploited zero-days from 2019.", "2019", "other"],
    ["Breach reports rose by nearly 30% in 2019.", "2019", "other"],
    ["Breach reports fell 2.5 per cent during 2019.", "2019", "other"],
    ["Breach reports doubled 30 percent since 2019.", "2019", "other"],
    ["An investigation by the state regulator in 2019 found a breach.", "2019", "other"],
    ["A probe into the lender on March 3, 2019 found a breach.", "March 3, 2019", "other"],
    ["A probe during 2019 found a breach.", "2019", "other"],
  ])("%j: %s is %s", (text, span, want) => expect(laterEvent(text, span)).toBe(want));

  it("a verb whose object is an inquiry dates the inquiry", () => {
    expect(laterEvent("Officials announced an inquiry in 2019.", "2019")).toBe("other");
    expect(laterEvent("Officials announced a new probe in 2019.", "2019")).toBe("other");
    expect(laterEvent("Officials announced a breach in 2019.", "2019")).toBe("disclosed");
  });
});

describe("event: ranges", () => {
  it.each([
    ["Hackers had access between March and June 2021.", "March", "breach_start"],
    ["Hackers had access between March and June 2021.", "June 2021", "breach_end"],
    ["Hackers had access from March 3 to June 9, 2021.", "March 3", "breach_start"],
    ["Hackers had access from March 3 until June 9, 2021.", "June 9, 2021", "breach_end"],
    ["Hackers had access from March 3 till June 9, 2021.", "June 9, 2021", "breach_end"],
    ["Hackers had access from March 3 through June 9, 2021.", "June 9, 2021", "breach_end"],
    ["Hackers had access between about March 3 and June 9, 2021.", "March 3", "breach_start"],
    [
      "Hackers had access between approximately 3 March 2021 and 9 June 2021.",
      "9 June 2021",
      "breach_end",
    ],
    ["Hackers had access from around 3 March 2021 to 9 June 2021.", "9 June 2021", "breach_end"],
    ["Hackers had access from mid-March to June 2021.", "June 2021", "breach_end"],
    ["Letters went out between March 3 and June 9, 2021.", "March 3", "disclosed"],
    ["Letters went out between March 3 and June 9, 2021.", "June 9, 2021", "disclosed"],
    ["The attack, from March to June 2021, hit stores.", "March", "breach_start"],
    ["The attack lasted from March to June 2021.", "June 2021", "breach_end"],
    ["The attack, which lasted from March to June 2021, hit stores.", "March", "breach_start"],
    ["The attack that ran from March to June 2021 hit stores.", "June 2021", "breach_end"],
    ["Staff wrote about the attack from March to June 2021.", "March", "other"],
    ["The shop sold goods between March and June 2021.", "March", "disclosed"],
    ["Data from March to June 2021 was for sale.", "March", "breach_start"],
    ["Between March and June 2021, hackers had access.", "March", "breach_start"],
    [
      "The bank said that between March and June 2021, hackers had access.",
      "March",
      "breach_start",
    ],
    ["The bank said that between March and June 2021 staff left.", "March", "other"],
  ])("%j: %s is %s", (text, span, want) => expect(laterEvent(text, span)).toBe(want));

  it("a first date followed by no 'and' or 'to' is no range", () => {
    // A range would take its start from the access before it.
    expect(laterEvent("Hackers had access from March 2021 and sold it.", "March 2021")).toBe(
      "disclosed",
    );
    expect(laterEvent("Hackers had access between March 2021 to sell it.", "March 2021")).toBe(
      "other",
    );
    expect(laterEvent("Hackers had access between March 2021, and June 2022.", "March 2021")).toBe(
      "breach_start",
    );
  });

  it("a verb more than 80 characters before the range is out of its reach", () => {
    const pad = (n: number) => "w ".repeat(n / 2);
    expect(laterEvent(`Hackers had access ${pad(78)}between March and June 2021.`, "March")).toBe(
      "breach_start",
    );
    expect(laterEvent(`Hackers had access ${pad(80)}between March and June 2021.`, "March")).toBe(
      "other",
    );
  });

  it("a reporting verb says nothing of a range", () => {
    expect(laterEvent("The bank said it happened between March and June 2021.", "March")).toBe(
      "breach_start",
    );
    expect(laterEvent("The bank said between March and June 2021.", "March")).toBe("other");
    expect(laterEvent("The bank told staff between March and June 2021.", "March")).toBe("other");
  });

  it("a range that opens a clause closed by a comma takes the verb after it", () => {
    expect(
      laterEvent("Staff found out, between Aug. 3 and Aug. 9, hackers had access.", "Aug. 3"),
    ).toBe("breach_start");
    expect(laterEvent("Staff found out, between Aug. 3 and Aug. 9.", "Aug. 3")).toBe("detected");
    expect(
      laterEvent("Staff found out that between Aug. 3 and Aug. 9 hackers had access.", "Aug. 3"),
    ).toBe("detected");
  });
});

describe("event: a report's opening date", () => {
  // Front matter fixes the title, and blank lines the sentences.
  const fm = (body: string) => `---\ntitle: Leak\n---\n${body}`;
  const hack = "In 2019, staff discovered the files of the hack.";
  it("stands for the incident when it opens one of the first sentences about a breach", () => {
    expect(eventAt(fm(hack), "2019")).toBe("breach");
    expect(eventAt(fm("In 2019, staff discovered the old files."), "2019")).toBe("detected");
    expect(eventAt(fm("In 2019, staff discovered it. The records were leaked."), "2019")).toBe(
      "breach",
    );
    expect(eventAt(fm("In 2019, staff discovered it. The firm moved."), "2019")).toBe("detected");
    expect(eventAt(fm("In 2019, the lab was certified after a leak."), "2019")).toBe("certified");
    expect(eventAt(fm("Staff discovered the files of the hack in 2019."), "2019")).toBe("breach");
  });

  it("not after an earlier date, nor after four sentences", () => {
    expect(eventAt(fm(`It was calm. Nobody knew. Work went on. ${hack}`), "2019")).toBe("breach");
    expect(eventAt(fm(`It was calm. Nobody knew. Work went on. Then. ${hack}`), "2019")).toBe(
      "detected",
    );
    expect(eventAt(fm(`It was calm on March 3.\n\n${hack}`), "2019")).toBe("detected");
    expect(eventAt(fm(`It was calm in 2018.\n\n${hack}`), "2019")).toBe("detected");
    expect(eventAt(fm(`It was calm during mid-2018.\n\n${hack}`), "2019")).toBe("detected");
    expect(eventAt(fm(`It was calm in the 2018 season.\n\n${hack}`), "2019")).toBe("breach");
  });

  it("the title repeated as the first line, and blank lines, are no sentences before it", () => {
    expect(eventAt(fm(`Leak\n\nIt was calm. Nobody knew. Work went on. ${hack}`), "2019")).toBe(
      "breach",
    );
    expect(
      eventAt(fm(`Leak\n\nIt was calm. Nobody knew. Work went on. Then. ${hack}`), "2019"),
    ).toBe("detected");
  });
});

describe("event: the dateline", () => {
  it("is the publication date", () => {
    const text = "Title\n\nLONDON, 12 October 2022 — Hackers breached the bank.";
    const doc = docOf(text);
    expect(doc.dateline).not.toBeNull();
    expect(eventAt(text, "12 October 2022")).toBe("published");
  });
});

describe("event: durations", () => {
  const spanEvent = (text: string, span: string) => eventOfSpan(text, span);
  it.each([
    ["The intrusion went undetected for nine weeks.", "for nine weeks", "undetected"],
    ["For nine weeks the intrusion went unnoticed.", "For nine weeks", "undetected"],
    ["Hackers had access for nine weeks.", "for nine weeks", "access"],
    ["For nine weeks hackers lurked in the network.", "For nine weeks", "access"],
    ["The sale ran for nine weeks.", "for nine weeks", "other"],
    ["The access lasted for nine weeks before it went undetected.", "for nine weeks", "undetected"],
    ["The ACCESS lasted for nine weeks.", "for nine weeks", "access"],
  ])("%j: %s is %s", (text, span, want) => expect(spanEvent(text, span)).toBe(want));

  it("reads cues up to 100 characters before and 50 after", () => {
    const pad = "v ".repeat(45);
    expect(spanEvent(`Hackers lurked ${pad}for nine weeks.`, "for nine weeks")).toBe("access");
    expect(spanEvent(`Hackers lurked ${pad}v v v v for nine weeks.`, "for nine weeks")).toBe(
      "other",
    );
    expect(spanEvent(`For nine weeks ${"v ".repeat(15)}hackers lurked.`, "For nine weeks")).toBe(
      "access",
    );
    expect(spanEvent(`For nine weeks ${"v ".repeat(20)}hackers lurked.`, "For nine weeks")).toBe(
      "other",
    );
  });

  it("a cue split across the span's start still counts", () => {
    expect(spanEvent("Hackers were unde for nine weeks.", "for nine weeks")).toBe("other");
    expect(spanEvent("It lasted, undetected, nine weeks.", "nine weeks")).toBe("undetected");
  });
});

function eventOfSpan(text: string, span: string): string {
  const doc = docOf(text);
  const at = doc.text.indexOf(span);
  const sentence = doc.sentences.find((s) => s.start <= at && at < s.end)!;
  const start = at - sentence.start;
  return durationEventOf({ doc, sentence }, start, start + span.length);
}

describe("event refiner: dates of one list", () => {
  const events = (text: string, spans: string[]) => {
    const full = `Title\n\nOne line of text here.\n\n${text}`;
    const doc = docOf(full);
    const drafts = spans.map((s) => {
      const start = full.indexOf(s);
      return {
        kind: "date",
        value: { date: "2021", grain: "year", yearInferred: false, event: "other" },
        start,
        end: start + s.length,
        rule: "date.test",
        sentence: doc.sentences.findIndex((x) => x.start <= start && start < x.end),
        modality: null,
        subject: undefined,
      } as AnyDraft;
    });
    return event.refine(drafts, doc).map((d) => (d.kind === "date" ? d.value.event : d.kind));
  };

  it("a later date with no event of its own shares the one before it", () => {
    expect(
      events("Staff detected it in May 2020 and in June 2021.", ["May 2020", "June 2021"]),
    ).toEqual(["detected", "detected"]);
    expect(
      events("Staff detected it in May 2020, or during June 2021.", ["May 2020", "June 2021"]),
    ).toEqual(["detected", "detected"]);
    expect(
      events("Staff detected it in May 2020 and later on June 3, 2021.", [
        "May 2020",
        "June 3, 2021",
      ]),
    ).toEqual(["detected", "detected"]);
    expect(
      events("Staff detected it in May 2020 and then in June 2021 and in July 2022.", [
        "May 2020",
        "June 2021",
        "July 2022",
      ]),
    ).toEqual(["detected", "detected", "detected"]);
  });

  it("not across a longer gap, another sentence, or from a date with an event of its own", () => {
    expect(
      events("Staff detected it in May 2020 but not in June 2021.", ["May 2020", "June 2021"]),
    ).toEqual(["detected", "other"]);
    expect(
      events("Staff detected it in May 2020. And in June 2021.", ["May 2020", "June 2021"]),
    ).toEqual(["detected", "other"]);
    expect(
      events("Staff detected it in May 2020 and the bank announced it in June 2021.", [
        "May 2020",
        "June 2021",
      ]),
    ).toEqual(["detected", "disclosed"]);
  });

  it("a breach first made then made again is a breach", () => {
    expect(
      events("Hackers first infiltrated it in May 2020 and again in June 2021.", [
        "May 2020",
        "June 2021",
      ]),
    ).toEqual(["breach_start", "breach"]);
    expect(
      events("Hackers first infiltrated it in May 2020 and once more in June 2021.", [
        "May 2020",
        "June 2021",
      ]),
    ).toEqual(["breach_start", "breach"]);
    expect(
      events("Hackers first infiltrated it in May 2020 and in June 2021.", [
        "May 2020",
        "June 2021",
      ]),
    ).toEqual(["breach_start", "breach_start"]);
    expect(
      events("Hackers first infiltrated it in May 2020 and again, they say, in June 2021.", [
        "May 2020",
        "June 2021",
      ]),
    ).toEqual(["breach_start", "other"]);
    expect(
      events("Hackers first infiltrated it in May 2020 and again in June 2021 and in July 2022.", [
        "May 2020",
        "June 2021",
        "July 2022",
      ]),
    ).toEqual(["breach_start", "breach", "breach"]);
  });

  it("passes nothing on from the publication date, nor across other kinds", () => {
    const text = "Title\n\nLONDON, 12 October 2022 — Staff met in June 2021.";
    const doc = docOf(text);
    expect(doc.dateline).not.toBeNull();
    const d = (span: string) => {
      const start = text.indexOf(span);
      return {
        kind: "date",
        value: { date: "2021", grain: "year", yearInferred: false, event: "other" },
        start,
        end: start + span.length,
        rule: "date.test",
        sentence: doc.sentences.findIndex((x) => x.start <= start && start < x.end),
        modality: null,
        subject: undefined,
      } as AnyDraft;
    };
    expect(
      event
        .refine([d("12 October 2022"), d("June 2021")], doc)
        .map((x) => (x.value as { event: string }).event),
    ).toEqual(["published", "other"]);
  });

  it("leaves other kinds alone and a draft outside every sentence as it is", () => {
    const text = "Staff detected it in May 2020 and in June 2021.";
    const doc = docOf(text);
    const other = spanDraft(text, "affected", "Staff");
    const lost = { ...spanDraft(text, "date", "June 2021", { event: "other" }), sentence: 9 };
    const out = event.refine([other, lost as AnyDraft], doc);
    expect(out[0]).toBe(other);
    expect(out[1]).toBe(lost);
  });

  it("a date after another kind between two dates still shares the list", () => {
    const text = "Title\n\nOne line.\n\nStaff detected it in May 2020 and in June 2021.";
    const doc = docOf(text);
    const date = (span: string) => {
      const start = text.indexOf(span);
      return {
        kind: "date",
        value: { date: "2021", grain: "year", yearInferred: false, event: "other" },
        start,
        end: start + span.length,
        rule: "date.test",
        sentence: doc.sentences.findIndex((x) => x.start <= start && start < x.end),
        modality: null,
        subject: undefined,
      } as AnyDraft;
    };
    const between = { ...date("Staff"), kind: "affected" } as AnyDraft;
    expect(
      event
        .refine([date("May 2020"), between, date("June 2021")], doc)
        .map((x) => (x.kind === "date" ? x.value.event : x.kind)),
    ).toEqual(["detected", "affected", "detected"]);
  });

  it("sets the event of a duration", () => {
    const text = "Hackers had access for nine weeks.";
    const doc = docOf(text);
    const d = spanDraft(text, "duration", "for nine weeks", {
      iso: "P9W",
      bound: "exact",
      event: "other",
    });
    expect((event.refine([d], doc)[0]!.value as { event: string }).event).toBe("access");
  });
});

/** The subject of the scope otherScopes gives the first `span` of a sentence, or "-" for none. */
function scopeAt(
  text: string,
  span: string,
  opts: { victim?: string | null; mainDate?: string | null; lead?: boolean; title?: string } = {},
): string {
  const dates = [...text.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => ({
    start: m.index,
    end: m.index + 4,
    date: m[0],
    event: "breach",
  }));
  const scopes = otherScopes(
    text,
    opts.victim === undefined ? "Acme" : opts.victim,
    dates,
    opts.mainDate ?? null,
    opts.lead ?? false,
    opts.title ?? "",
  );
  const at = text.indexOf(span);
  return scopes.find((s) => at >= s.start && at < s.end)?.subject ?? "-";
}

describe("subject: another incident", () => {
  it.each([
    ["A previous breach hit 700 tenants.", "other"],
    ["A previous big data breach hit 700 tenants.", "other"],
    ["Last year’s attack hit 700 tenants.", "other"],
    ["Last year's attack hit 700 tenants.", "other"],
    ["Other breaches hit 700 tenants.", "other"],
    ["An unrelated hack hit 700 tenants.", "other"],
    ["Prior to the breach, 700 tenants paid rent.", "-"],
    ["A collection of other breaches hit 700 tenants.", "-"],
    ["Along with other breaches it hit 700 tenants.", "-"],
    ["Such as other breaches it hit 700 tenants.", "-"],
    ["A previous a b c breach hit 700 tenants.", "-"],
    ["A previousbreach hit 700 tenants.", "-"],
    ["The sub-previous breach hit 700 tenants.", "-"],
  ])("%j: %s", (text, want) => expect(scopeAt(text, "700 tenants")).toBe(want));

  it("'another' in the lead sentence is the text's own incident", () => {
    const text = "Acme suffered another breach that hit 700 tenants.";
    expect(scopeAt(text, "700 tenants", { lead: true })).toBe("-");
    expect(scopeAt(text, "700 tenants")).toBe("other");
    expect(
      scopeAt("Acme suffered an other breach that hit 700 tenants.", "700 tenants", { lead: true }),
    ).toBe("other");
    expect(scopeAt("A previous breach hit 700 tenants.", "700 tenants", { lead: true })).toBe(
      "other",
    );
  });

  it("a first clause opened by a preposition spreads over the whole sentence", () => {
    const long = "hackers took 700 files from the vault of the old firm.";
    expect(scopeAt(`In a previous breach of its servers, ${long}`, "700 files")).toBe("other");
    expect(scopeAt(`During a previous breach of its servers, ${long}`, "700 files")).toBe("other");
    expect(scopeAt(`Unlike a previous breach of its servers, ${long}`, "700 files")).toBe("other");
    expect(scopeAt(`As with a previous breach of its servers, ${long}`, "700 files")).toBe("other");
    expect(scopeAt(`Following a previous breach of its servers, ${long}`, "700 files")).toBe(
      "other",
    );
    expect(scopeAt(`A previous breach of its servers, ${long}`, "700 files")).toBe("-");
    expect(scopeAt(`Inside a previous breach of its servers, ${long}`, "700 files")).toBe("-");
    expect(scopeAt(`Then, in a previous breach of its servers, ${long}`, "700 files")).toBe("-");
  });

  it("a scope runs on through relative clauses and parentheses, not further", () => {
    const text =
      "The firm recalled a previous breach of its servers, which hit 700 tenants, and later on the staff fixed 90 routers.";
    expect(scopeAt(text, "700 tenants")).toBe("other");
    expect(scopeAt(text, "90 routers")).toBe("-");
    const paren = "A previous breach of its old servers (700 tenants) hit the old town badly.";
    expect(scopeAt(paren, "700 tenants")).toBe("other");
    expect(scopeAt(paren, "the old town")).toBe("-");
    const after =
      "The firm recalled a previous breach of its servers, and later on the staff fixed 90 routers.";
    expect(scopeAt(after, "90 routers")).toBe("-");
  });

  it("a comparison lead makes the rest of its clause another incident's", () => {
    expect(
      scopeAt("Acme was hit, compared with the attack that hit 700 tenants.", "700 tenants"),
    ).toBe("other");
    expect(
      scopeAt("Acme was hit, compared with the attack that hit 700 tenants.", "Acme was hit"),
    ).toBe("-");
  });

  it("names the other organisation when the text does", () => {
    const text = "Acme lost data, like the Zenith breach, which hit 700 tenants.";
    expect(scopeAt(text, "700 tenants")).toBe("Zenith");
    expect(scopeAt(text, "700 tenants", { victim: null })).toBe("-");
    expect(scopeAt(text, "700 tenants", { victim: "Zenith Bank" })).toBe("-");
    expect(scopeAt(text, "700 tenants", { title: "Zenith and Acme" })).toBe("-");
    expect(
      scopeAt(
        "Acme lost data, like the Zenith Bank breach, which hit 700 tenants.",
        "700 tenants",
        {
          victim: "Zenith",
        },
      ),
    ).toBe("-");
    expect(
      scopeAt("Acme lost data, like the ZENITH breach, which hit 700 tenants.", "700 tenants", {
        victim: "Zenith",
      }),
    ).toBe("-");
    expect(
      scopeAt("Acme lost data, like the Zenith breaches, which hit 700 tenants.", "700 tenants"),
    ).toBe("-");
    const compared = "Acme lost data, larger than the Zenith breach, which hit 700 tenants.";
    expect(scopeAt(compared, "700 tenants")).toBe("Zenith");
    expect(scopeAt(compared, "700 tenants", { title: "Zenith and Acme" })).toBe("other");
  });

  it("a comparison names an organisation only within 60 characters after it", () => {
    const near =
      "Acme lost data, larger than the x x x x x x x Zenith breach, which hit 700 tenants.";
    expect(scopeAt(near, "700 tenants")).toBe("Zenith");
  });

  it("the organisation where another breach happened", () => {
    const text = "One attack involved Zenith, where a breach last year exposed 700 tenants.";
    expect(scopeAt(text, "700 tenants")).toBe("Zenith");
    expect(scopeAt(text, "700 tenants", { victim: "Zenith" })).toBe("-");
    expect(scopeAt(text, "One attack")).toBe("-");
  });

  it("a breach dated otherwise than the text's own is another", () => {
    const main = { mainDate: "2021-03" };
    expect(scopeAt("The breach in 2019 hit 700 tenants.", "700 tenants", main)).toBe("other");
    expect(scopeAt("The breach in 2021 hit 700 tenants.", "700 tenants", main)).toBe("-");
    expect(scopeAt("The breach in 2019 hit 700 tenants.", "700 tenants")).toBe("-");
    expect(scopeAt("Staff said the breach in 2019 hit 700 tenants.", "700 tenants", main)).toBe(
      "-",
    );
    expect(scopeAt("In the 2019 breach, hackers hit 700 tenants.", "700 tenants", main)).toBe(
      "other",
    );
    expect(scopeAt("A breach back in 2019 hit 700 tenants.", "700 tenants", main)).toBe("other");
    expect(scopeAt("The breach hit 700 tenants in 2019.", "700 tenants", main)).toBe("-");
  });

  it("only a date of the incident itself tells it apart", () => {
    const text = "The breach in 2019 hit 700 tenants.";
    const at = text.indexOf("2019");
    const scopes = (event: string) =>
      otherScopes(
        text,
        "Acme",
        [{ start: at, end: at + 4, date: "2019", event }],
        "2021-03",
        false,
        "",
      ).length;
    expect(scopes("breach")).toBe(1);
    expect(scopes("breach_start")).toBe(1);
    expect(scopes("breach_end")).toBe(1);
    expect(scopes("detected")).toBe(0);
    expect(scopes("disclosed")).toBe(0);
  });

  it("compares dates by year and month only", () => {
    const text = "The breach in March 2021 hit 700 tenants.";
    const at = text.indexOf("March 2021");
    const scopes = (date: string, mainDate: string) =>
      otherScopes(
        text,
        "Acme",
        [{ start: at, end: at + 10, date, event: "breach" }],
        mainDate,
        false,
        "",
      ).length;
    expect(scopes("2021-03", "2021-03-14")).toBe(0);
    expect(scopes("2021-03-02", "2021-03-14")).toBe(0);
    expect(scopes("2021", "2021-03-14")).toBe(0);
    expect(scopes("2021-04", "2021-03-14")).toBe(1);
    expect(scopes("2020-03", "2021-03")).toBe(1);
  });

  it("the year another record was set", () => {
    expect(scopeAt("The 2019 record of $5 million stands.", "2019")).toBe("other");
    expect(scopeAt("The 2019\n\nrecord of $5 million stands.", "2019")).toBe("other");
    expect(scopeAt("The 2019\r\n\r\nrecord of $5 million stands.", "2019")).toBe("other");
    expect(scopeAt("The 2019\r\rrecord of $5 million stands.", "2019")).toBe("other");
    expect(scopeAt("The 2019 Record of $5 million stands.", "2019")).toBe("other");
    expect(scopeAt("The 2019 records of $5 million stand.", "2019")).toBe("-");
    expect(scopeAt("The 2019\n\n\nrecord of $5 million stands.", "2019")).toBe("-");
    expect(scopeAt("The 2019 new record of $5 million stands.", "2019")).toBe("-");
    expect(scopeAt("The 2019 record of $5 million stands.", "$5 million")).toBe("-");
  });
});

describe("subject refiner", () => {
  const VALUES: Record<string, object> = {
    affected: { count: 1000, bound: "exact", unit: "people" },
    date: { date: "2024-03", grain: "month", yearInferred: false, event: "breach" },
    actor: {
      name: "X",
      aliases: [],
      type: "organization",
      role: null,
      affiliation: null,
      involvement: "other",
    },
  };
  /** [kind, span, value, nth] drafts through the subject refiner: [kind, text, subject, rule]. */
  const subjects = (text: string, specs: [string, string, object, number?][]) => {
    const doc = docOf(text);
    const drafts = specs.map(([kind, span, value, nth]) => {
      let start = -1;
      for (let i = 0; i <= (nth ?? 0); i++) start = text.indexOf(span, start + 1);
      return {
        kind,
        value: { ...VALUES[kind], ...value },
        start,
        end: start + span.length,
        rule: "t",
        sentence: doc.sentences.findIndex((s) => s.start <= start && start < s.end),
        modality: null,
        subject: undefined,
      } as AnyDraft;
    });
    return subject
      .refine(drafts, doc)
      .map((d) => [d.kind, text.slice(d.start, d.end), d.subject, d.rule]);
  };
  const text =
    "Zenlo Bank said hackers stole the data of 700 tenants in March 2024.\nThe breach in June 2021 hit 90 owners.";
  const withFirst = (event: string) =>
    subjects(text, [
      ["affected", "700 tenants", {}],
      ["date", "March 2024", { date: "2024-03", event }],
      ["date", "June 2021", { date: "2021-06", event: "breach" }],
      ["affected", "90 owners", {}],
    ]);

  it("the victim's first breach or detection date tells a breach dated otherwise apart", () => {
    for (const event of ["breach", "breach_start", "breach_end", "detected"])
      expect(withFirst(event), event).toEqual([
        ["affected", "700 tenants", "Zenlo Bank", "t"],
        ["date", "March 2024", "Zenlo Bank", "t"],
        ["date", "June 2021", "other", "t"],
        ["affected", "90 owners", "other", "t"],
        ["actor", "Zenlo Bank", "Zenlo Bank", "subject.victim"],
      ]);
    for (const event of ["disclosed", "other", "penalty"])
      expect(
        withFirst(event).map((x) => x[2]),
        event,
      ).toEqual(["Zenlo Bank", "Zenlo Bank", "Zenlo Bank", "Zenlo Bank", "Zenlo Bank"]);
  });

  it("the publication date has no subject and dates no breach", () => {
    expect(
      subjects(text, [
        ["date", "March 2024", { date: "2024-03", event: "published" }],
        ["date", "June 2021", { date: "2021-06", event: "breach" }],
      ]),
    ).toEqual([
      ["date", "March 2024", null, "t"],
      ["date", "June 2021", "Zenlo Bank", "t"],
      ["actor", "Zenlo Bank", "Zenlo Bank", "subject.victim"],
    ]);
  });

  it("only the victim as an actor takes another incident's subject", () => {
    const two =
      "Zenlo Bank said hackers stole the data of 700 tenants.\nA previous breach at Zenlo Bank hit 90 owners, said Ana Ruiz.";
    expect(
      subjects(two, [
        ["affected", "700 tenants", {}],
        ["actor", "Ana Ruiz", { name: "Ana Ruiz", involvement: "other" }],
        ["actor", "Zenlo Bank", { name: "Zenlo Bank", involvement: "victim" }, 1],
      ]),
    ).toEqual([
      ["affected", "700 tenants", "Zenlo Bank", "t"],
      ["actor", "Ana Ruiz", "Zenlo Bank", "t"],
      ["actor", "Zenlo Bank", "other", "t"],
    ]);
  });

  it("adds the victim as an actor unless an actor names it, by name or alias, in any case", () => {
    const one = "Zenlo Bank said hackers stole the data of 700 tenants.";
    const named = (value: object) =>
      subjects(one, [
        ["affected", "700 tenants", {}],
        ["actor", "Zenlo Bank", { involvement: "victim", ...value }],
      ]);
    expect(named({ name: "ZENLO bank" })).toHaveLength(2);
    expect(named({ name: "Other", aliases: ["Zenlo Bank"] })).toHaveLength(2);
    expect(named({ name: "Other", aliases: ["Zenlo"] })).toHaveLength(3);
    expect(
      subjects(one, [
        ["affected", "700 tenants", {}],
        ["date", "700 tenants", { name: "Zenlo Bank" }],
      ]),
    ).toEqual([
      ["affected", "700 tenants", "Zenlo Bank", "t"],
      ["date", "700 tenants", "Zenlo Bank", "t"],
      ["actor", "Zenlo Bank", "Zenlo Bank", "subject.victim"],
    ]);
  });

  it("the added victim is an asserted organisation, named where the text names it", () => {
    const doc = docOf("Zenlo Bank said hackers stole the data of 700 tenants.");
    const out = subject.refine([], doc);
    expect(out).toEqual([
      {
        kind: "actor",
        value: {
          name: "Zenlo Bank",
          aliases: [],
          type: "organization",
          role: null,
          affiliation: null,
          involvement: "victim",
        },
        start: 0,
        end: 10,
        rule: "subject.victim",
        sentence: 0,
        modality: "asserted",
        subject: "Zenlo Bank",
      },
    ]);
  });

  it("with no victim, claims have no subject and no actor is added", () => {
    expect(subjects("Nothing here names anyone at all.", [["affected", "Nothing", {}]])).toEqual([
      ["affected", "Nothing", null, "t"],
    ]);
  });

  it("a draft outside every sentence gets no subject", () => {
    const doc = docOf(text);
    const lost = {
      kind: "affected",
      value: VALUES.affected,
      start: 0,
      end: 5,
      rule: "t",
      sentence: 99,
      modality: null,
      subject: undefined,
    } as AnyDraft;
    expect(subject.refine([lost], doc)[0]!.subject).toBeNull();
  });
});

describe("event: more wording", () => {
  it.each([
    ["In March 2023, last month the bank announced it.", "March 2023", "other"],
    ["In March 2023, this year the bank announced it.", "March 2023", "other"],
    ["The rule goes into effect on March 3, 2021 after a hack.", "March 3, 2021", "other"],
    ["The rule comes into force from 2021 after a hack.", "2021", "other"],
    ["The rule came into effect as of 2021 after a hack.", "2021", "other"],
    ["The rule take effect from 2021 after a hack.", "2021", "other"],
    ["The rule took  effect 2021 after a hack.", "2021", "other"],
    ["The rule was in effect in 2021 after a hack.", "2021", "breach"],
    ["The leaked data appears to be from early 2019.", "2019", "other"],
    ["The leaked data appear to date from 2019.", "2019", "other"],
    ["The attack ran from March to June 2021.", "March", "breach_start"],
    ["The attack , which ran from March to June 2021.", "March", "breach_start"],
    ["The attack,from March to June 2021, hit stores.", "March", "breach_start"],
    ["The attack went on from March to June 2021.", "March", "breach_start"],
    ["The attack persisted from March to June 2021.", "June 2021", "breach_end"],
    ["The attack which went on from March to June 2021 hit.", "June 2021", "breach_end"],
    ["Staff found out, between Aug. 3 and Aug. 9 hackers had access.", "Aug. 3", "detected"],
    ["On Friday, March 3, 2023 the bank announced it.", "March 3, 2023", "disclosed"],
    ["By March 2023 the bank announced it.", "March 2023", "disclosed"],
    ["At around March 2023 the bank announced it.", "March 2023", "disclosed"],
    ["As of March 2023 the bank announced it.", "March 2023", "disclosed"],
    [
      "Staff who found out announced in March 2023 that the data leaked.",
      "March 2023",
      "disclosed",
    ],
  ])("%j: %s is %s", (text, span, want) => expect(laterEvent(text, span)).toBe(want));
});

describe("modality: whole words in the clause rules", () => {
  it("a relative clause ends only before a whole verb", () => {
    expect(clauseTexts("The flaw, who hit tenants, hasten out.")).toEqual([
      "The flaw",
      " who hit tenants, hasten out.",
    ]);
    expect(clauseTexts("The flaw, who hit tenants, rehas out.")).toEqual([
      "The flaw",
      " who hit tenants, rehas out.",
    ]);
  });

  it("a passive before a finding is a whole word", () => {
    expect(modalityOf("The firm hit 700 tenants, werewolves found.", "700 tenants")).toBe(
      "reported",
    );
    expect(modalityOf("The firm hit 700 tenants, the tribe found.", "700 tenants")).toBe(
      "reported",
    );
  });
});

describe("subject refiner: the lead, the main date and the scopes", () => {
  const VALUE = { count: 1000, bound: "exact", unit: "people" };
  /** Drafts [kind, span, value?, nth?] of `text` through the subject refiner: each span's subject. */
  const subjectsOf = (text: string, specs: [string, string, object?, number?][]) => {
    const doc = docOf(text);
    const drafts = specs.map(([kind, span, value, nth]) => {
      let start = -1;
      for (let i = 0; i <= (nth ?? 0); i++) start = text.indexOf(span, start + 1);
      if (start < 0) throw new Error(`no ${span}`);
      return {
        kind,
        value: value ?? VALUE,
        start,
        end: start + span.length,
        rule: "t",
        sentence: doc.sentences.findIndex((s) => s.start <= start && start < s.end),
        modality: null,
        subject: undefined,
      } as AnyDraft;
    });
    return subject
      .refine(drafts, doc)
      .filter((d) => d.rule === "t")
      .map((d) => d.subject);
  };
  const date = (d: string, event = "breach") => ({
    date: d,
    grain: "month",
    yearInferred: false,
    event,
  });
  const another =
    "Zenlo Bank suffered another breach that hit 700 tenants.\nZenlo Bank suffered another breach that hit 90 owners.";

  it("'another breach' in the first body sentence is the text's own", () => {
    const fm = `---\ntitle: Hackers strike again\n---\n${another}`;
    expect(
      subjectsOf(fm, [
        ["affected", "700 tenants"],
        ["affected", "90 owners"],
      ]),
    ).toEqual(["Zenlo Bank", "other"]);
    const titled = `Zenlo Bank hit by hackers\n\n${another}`;
    expect(
      subjectsOf(titled, [
        ["affected", "700 tenants"],
        ["affected", "90 owners"],
      ]),
    ).toEqual(["Zenlo Bank", "other"]);
  });

  it("a text that is all title has its one sentence as the lead", () => {
    expect(
      subjectsOf("Zenlo Bank suffered another breach that hit 700 tenants.", [
        ["affected", "700 tenants"],
      ]),
    ).toEqual(["Zenlo Bank"]);
  });

  it("a claim outside every scope of its sentence is the victim's", () => {
    const text =
      "Zenlo Bank said hackers stole the data of 700 tenants.\nStaff at Zenlo Bank counted 90 owners, compared with the attack that hit 40 firms.";
    expect(
      subjectsOf(text, [
        ["affected", "700 tenants"],
        ["affected", "90 owners"],
        ["affected", "40 firms"],
      ]),
    ).toEqual(["Zenlo Bank", "Zenlo Bank", "other"]);
  });

  it("a scope holds from its first character to before its last", () => {
    const text =
      "Zenlo Bank said hackers stole the data of 700 tenants.\nIn a previous breach of its servers, hackers took 90 files from the vault of the old firm.\nThe 2019 record stood, said Zenlo Bank.";
    expect(
      subjectsOf(text, [
        ["affected", "700 tenants"],
        ["affected", "In a previous"],
        ["date", "2019", date("2019", "other")],
        ["affected", " record stood"],
      ]),
    ).toEqual(["Zenlo Bank", "other", "other", "Zenlo Bank"]);
  });

  it("the main date is the victim's first breach date, in sentence order", () => {
    const text =
      "Zenlo Bank said hackers stole the data of 700 tenants in March 2024.\nStaff found it in May 2023.\nThe breach in May 2023 hit 90 owners.";
    const specs: [string, string, object?, number?][] = [
      ["date", "March 2024", date("2024-03")],
      ["date", "May 2023", date("2023-05", "detected")],
      ["date", "May 2023", date("2023-05"), 1],
      ["affected", "90 owners"],
    ];
    expect(subjectsOf(text, specs)).toEqual(["Zenlo Bank", "Zenlo Bank", "other", "other"]);
    // Drafts out of order: the sentences are still read in order.
    const reordered = [specs[3]!, specs[2]!, specs[1]!, specs[0]!];
    expect(subjectsOf(text, reordered)).toEqual(["other", "other", "Zenlo Bank", "Zenlo Bank"]);
  });

  it("another incident's date is no main date", () => {
    const text =
      "Zenlo Bank said a previous breach in May 2023 hit 40 firms.\nZenlo Bank was hacked in March 2024.\nThe breach in May 2023 hit 90 owners.";
    expect(
      subjectsOf(text, [
        ["date", "May 2023", date("2023-05")],
        ["date", "March 2024", date("2024-03")],
        ["date", "May 2023", date("2023-05"), 1],
        ["affected", "90 owners"],
      ]),
    ).toEqual(["other", "Zenlo Bank", "other", "other"]);
  });

  it("only a date's own draft dates the incident noun it follows", () => {
    const text =
      "Zenlo Bank said hackers stole the data of 700 tenants in March 2024.\nThe breach in  2019 hit 90 owners.";
    expect(
      subjectsOf(text, [
        ["date", "March 2024", date("2024-03")],
        ["affected", "The breach"],
        ["date", "2019", date("2019")],
        ["affected", "90 owners"],
      ]),
    ).toEqual(["Zenlo Bank", "other", "other", "other"]);
    const before =
      "Zenlo Bank said hackers stole the data of 700 tenants in March 2024.\nIn 2019 it rained; the breach hit 90 owners.";
    expect(
      subjectsOf(before, [
        ["date", "March 2024", date("2024-03")],
        ["date", "2019", date("2019")],
        ["affected", "90 owners"],
      ]),
    ).toEqual(["Zenlo Bank", "Zenlo Bank", "Zenlo Bank"]);
  });

  it("reads a record year in a later sentence at its own place", () => {
    const text =
      "Zenlo Bank said hackers stole the data of 700 tenants.\nIn the past years, the 2019 record of fines stood.";
    expect(
      subjectsOf(text, [
        ["affected", "700 tenants"],
        ["date", "2019", date("2019", "other")],
      ]),
    ).toEqual(["Zenlo Bank", "other"]);
  });

  it("adds the victim as an actor in the sentence that first names it", () => {
    const doc = docOf(
      "Hackers hit a bank last week.\nZenlo Bank said the data of 700 tenants was stolen.",
    );
    const out = subject.refine([], doc);
    const actor = out.find((d) => d.rule === "subject.victim");
    expect(actor?.sentence).toBe(1);
  });
});

describe("subject: the words of another incident", () => {
  it.each([
    ["Prior  to the breach, 700 tenants paid rent.", "-"],
    ["Staff spoke of another breach that hit 700 tenants.", "other"],
    ["The firm spoke of other breaches that hit 700 tenants.", "-"],
  ])("%j: %s", (text, want) => expect(scopeAt(text, "700 tenants")).toBe(want));

  it("a relative clause after a relative clause stays in the scope", () => {
    const text =
      "The firm recalled a previous breach of its servers, which hit 700 tenants, which cost 90 owners dearly, and later on the staff fixed 40 routers.";
    expect(scopeAt(text, "90 owners")).toBe("other");
    expect(scopeAt(text, "40 routers")).toBe("-");
  });

  it("names a compared organisation only within 60 characters of the lead", () => {
    const at59 = `Acme lost data, larger than the${" x".repeat(27)} Zenith breach, which hit 700 tenants.`;
    const at60 = `Acme lost data, larger than the xx${" x".repeat(26)} Zenith breach, which hit 700 tenants.`;
    expect(scopeAt(at59, "700 tenants")).toBe("Zenith");
    expect(scopeAt(at60, "700 tenants")).toBe("other");
    const before =
      "The Zenith breach hurt; Acme lost data, compared with the attack that hit 700 tenants.";
    expect(scopeAt(before, "700 tenants")).toBe("other");
  });

  it("a record year is a year alone, not a month", () => {
    const text = "The 2019-03 record of fines stands.";
    const scopes = otherScopes(
      text,
      "Acme",
      [{ start: 4, end: 11, date: "2019-03", event: "other" }],
      null,
      false,
      "",
    );
    expect(scopes).toEqual([]);
  });
});

describe("modality: edges of a cue's reach", () => {
  it("a trailing attribution may have four words after its verb", () => {
    expect(
      modalityOf(
        "The firm hit 700 tenants, the agency said to local reporters Monday.",
        "700 tenants",
      ),
    ).toBe("reported");
  });

  it("a hedge touching the claim on either side holds", () => {
    expect(modalityOf("Hackers hit 700 tenants possibly", "700 tenants")).toBe("speculative");
    expect(modalityOf("Hackers may/700 tenants.", "/700 tenants")).toBe("speculative");
    expect(modalityOf("Hackers hit 700 tenants/possibly.", "700 tenants/")).toBe("speculative");
    expect(modalityOf("It was not/700 tenants.", "/700 tenants")).toBe("negated");
  });

  it("a relative word or comma only counts between the claim and the hedge", () => {
    expect(modalityOf("Staff that left think 700 tenants were possibly hit.", "700 tenants")).toBe(
      "speculative",
    );
    expect(modalityOf("In May, hackers hit the 700 tenants possibly.", "700 tenants")).toBe(
      "speculative",
    );
  });

  it("only a coordinator between the denial and the claim ends it", () => {
    expect(modalityOf("The firm denied that 700 tenants were hit and fled.", "700 tenants")).toBe(
      "negated",
    );
  });

  it("only a noticing verb between the denial and the span frees it", () => {
    expect(
      modalityOf(
        "The outage did not last for nine weeks, staff noticed.",
        "for nine weeks",
        "duration",
      ),
    ).toBe("negated");
  });

  it("'the' must stand right before a known thing's date, a word right after it", () => {
    expect(modalityOf("It may face the end of a 2019 penalty.", "2019", "date")).toBe(
      "speculative",
    );
    expect(modalityOf("It may face the  2019 penalty again.", "2019", "date")).toBe("asserted");
    expect(modalityOf("It may face the 2019  penalty again.", "2019", "date")).toBe("asserted");
  });

  it("a speaker at the head of its sentence is no report", () => {
    expect(modalityOf("Said Ana Ruiz of the firm: the data is safe.", "Ana Ruiz", "actor")).toBe(
      "asserted",
    );
  });

  it("a claim in a later sentence is read at its own place", () => {
    const text = "It rained. Hackers hit 700 tenants possibly.";
    const doc = docOf(text);
    const [d] = modality.refine([spanDraft(text, "affected", "700 tenants")], doc);
    expect(d!.modality).toBe("speculative");
  });

  it("cuts at a comma after a letter before a digit, and in text order", () => {
    expect(clauseTexts("Names,4 b c d e f")).toEqual(["Names", "4 b c d e f"]);
    expect(clauseTexts("It took names, which it sold; then it left.")).toEqual([
      "It took names",
      " which it sold",
      " then it left.",
    ]);
  });
});

describe("event: pins from surviving mutants", () => {
  it("a range takes the nearest verb behind or ahead of it", () => {
    expect(
      laterEvent("Staff detected that hackers had access between March and June 2021.", "March"),
    ).toBe("breach_start");
    expect(
      laterEvent("Between March and June 2021, hackers had access and staff detected it.", "March"),
    ).toBe("breach_start");
    expect(
      laterEvent("Hackers had access, the bank said, between March and June 2021.", "March"),
    ).toBe("breach_start");
  });

  it("a range's verb may be exactly 80 characters behind, one ahead 160", () => {
    expect(
      laterEvent(`Hackers had access ${"w ".repeat(38)}ww between March and June 2021.`, "March"),
    ).toBe("breach_start");
    const ahead = (pad: string) =>
      laterEvent(`Between March and June 2021, ${pad}hackers had access.`, "March");
    expect(ahead("x ".repeat(68))).toBe("breach_start");
    expect(ahead(`xx ${"x ".repeat(67)}`)).toBe("other");
  });

  it("a range with no verb takes no noun after it", () => {
    expect(laterEvent("From March to June 2021 the attack hit the town.", "March")).toBe("other");
  });

  it("a range's start and end follow a start or end verb too", () => {
    expect(laterEvent("The theft began between March and June 2021.", "June 2021")).toBe(
      "breach_end",
    );
    expect(laterEvent("Access ended between March and June 2021.", "March")).toBe("breach_start");
  });

  it("a verb exactly 160 characters before the date reaches it", () => {
    expect(laterEvent(`The bank announced ${"x ".repeat(78)}in March 2023.`, "March 2023")).toBe(
      "disclosed",
    );
  });

  it("'since' with two spaces in the date's own words", () => {
    expect(laterEvent("Hackers had access ever  since March 2019.", "ever  since March 2019")).toBe(
      "breach_start",
    );
  });

  it("a flaw right after the date dates the flaw", () => {
    expect(laterEvent("Staff were alerted in 2019 to a critical vulnerability.", "2019")).toBe(
      "other",
    );
    expect(laterEvent("Staff were alerted in 2019 to a critical outage.", "2019")).toBe("detected");
  });

  it("a verb whose object is an inquiry gives its date no event", () => {
    expect(
      laterEvent("Officials announced an inquiry into the old bank's many files in 2019.", "2019"),
    ).toBe("other");
    expect(
      laterEvent("Officials announced a change to the old bank's many files in 2019.", "2019"),
    ).toBe("disclosed");
  });

  it("a noun right after the date is the date's", () => {
    expect(laterEvent("The 2021 breach was announced.", "2021")).toBe("breach");
  });

  it("a date in a later sentence is read at its own place", () => {
    const text = "It rained.\n\nStaff were alerted in 2019 to a critical vulnerability.";
    const doc = docOf(text);
    const start = text.indexOf("2019");
    const d = {
      kind: "date",
      value: { date: "2019", grain: "year", yearInferred: false, event: "other" },
      start,
      end: start + 4,
      rule: "date.test",
      sentence: doc.sentences.findIndex((x) => x.start <= start && start < x.end),
      modality: null,
      subject: undefined,
    } as AnyDraft;
    expect((event.refine([d], doc)[0]!.value as { event: string }).event).toBe("other");
  });
});

describe("event refiner: a list's dates, more", () => {
  const events = (text: string, spans: string[]) => {
    const full = `---\ntitle: Leak\n---\nOne line of text here.\n\n${text}`;
    const doc = docOf(full);
    const drafts = spans.map((s) => {
      const start = full.indexOf(s);
      return {
        kind: "date",
        value: { date: "2021", grain: "year", yearInferred: false, event: "other" },
        start,
        end: start + s.length,
        rule: "date.test",
        sentence: doc.sentences.findIndex((x) => x.start <= start && start < x.end),
        modality: null,
        subject: undefined,
      } as AnyDraft;
    });
    return event.refine(drafts, doc).map((d) => (d.kind === "date" ? d.value.event : d.kind));
  };

  it("'again' makes a breach only after a start", () => {
    expect(
      events("Staff detected it in May 2020 and again in June 2021.", ["May 2020", "June 2021"]),
    ).toEqual(["detected", "detected"]);
  });

  it("a later date with its own event keeps it", () => {
    expect(
      events("Staff detected it in May 2020 and in June 2021 announced it.", [
        "May 2020",
        "June 2021",
      ]),
    ).toEqual(["detected", "disclosed"]);
  });
});
