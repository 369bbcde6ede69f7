// The classes of wording that incident-database stories (short, often a clerk's mistake or a
// fraud at a clinic) use for data, each in sentences of our own: what is exposed data, what is
// only the means of an act, a protection, advice or a remedy, and what the words around a
// vague term say it is.
import { describe, expect, it } from "vitest";
import type { ClaimOf } from "../src/contract/index.js";
import { dataMatchers } from "../src/matchers/data/index.js";
import type { Matcher } from "../src/rules/index.js";
import { extractWith } from "./helpers.js";

/** "category/exposed" keys, sorted and unique, as the gold compares them. */
const keys = (text: string) =>
  [
    ...new Set(
      extractWith(dataMatchers as Matcher[], text)
        .filter((c): c is ClaimOf<"data"> => c.kind === "data")
        .map((c) => `${c.value.category}/${c.value.exposed}`),
    ),
  ].sort();

describe("not exposed data", () => {
  it.each([
    "The stolen tablet was password protected.",
    "The laptop was not password-protected, according to the county.",
    "Customers are advised to change their passwords as a precaution.",
    "Account holders who changed their passwords were not affected.",
    "The intruder got into the mailbox utilizing an employee's username and password.",
    "She used the stolen identities to open credit card accounts at two banks.",
    "The gang applied for credit cards in the victims' names.",
    "Investigators said the ring took in $40,000 by charging credit cards without consent.",
    "Usernames and passwords for the affected mail accounts were immediately reset.",
    "Card numbers and PINs were cancelled and reissued the next morning.",
  ])("finds no exposed data in %j", (text) => {
    expect(keys(text).filter((k) => k.endsWith("/true"))).toEqual([]);
  });

  it("keeps a denial a denial", () => {
    expect(keys("No passwords were involved in the incident, the firm said.")).toEqual([
      "password/false",
    ]);
    expect(keys("Usernames and passwords were not compromised.")).toEqual([
      "credentials/false",
      "password/false",
    ]);
  });

  it("still reads data stolen and later remedied as stolen", () => {
    expect(keys("Hackers stole usernames and passwords, which were later reset.")).toEqual([
      "credentials/true",
      "password/true",
    ]);
  });
});

describe("data named outside a list", () => {
  it("reads a data item before a noun of loss", () => {
    expect(keys("The box office vendor reported a payment card breach in May.")).toEqual([
      "card_number/true",
    ]);
    expect(keys("Several practices have reported a PHI exposure this year.")).toEqual([
      "health/true",
    ]);
    expect(keys("Staff were trained to help prevent credit card theft.")).toEqual([]);
  });

  it("reads what a skimmer takes from cards as card data", () => {
    expect(keys("The skimmer captured data from customers' debit cards for a week.")).toEqual([
      "card_number/true",
    ]);
  });

  it("reads addresses put where every recipient sees them", () => {
    expect(keys("The addresses of 90 members were put in the 'cc' field of a newsletter.")).toEqual(
      ["address/true"],
    );
  });
});

describe("vague terms read by whose they are", () => {
  it("reads a patient's billing information as no payment data", () => {
    expect(
      keys("Stolen records included patients' names, diagnoses and billing information."),
    ).toEqual(["health/true", "name/true", "other/true"]);
  });

  it("keeps a named card or bank account as payment data at a clinic", () => {
    expect(
      keys("The files held patients' names and bank account numbers for direct billing."),
    ).toEqual(["name/true", "payment/true"]);
  });

  it("keeps billing information as payment data elsewhere", () => {
    expect(keys("The hackers stole names and billing information of 3,000 subscribers.")).toEqual([
      "name/true",
      "payment/true",
    ]);
  });

  it("does not let a denied diagnosis deny that records about patients are health data", () => {
    expect(
      keys(
        "A clerk mailed a file with information on 800 patients to an applicant. It did not include diagnoses.",
      ),
    ).toEqual(["health/false", "health/true"]);
  });
});
