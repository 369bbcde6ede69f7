// The data claims as a whole: lists, denials, text that is not about the breach, and the seed
// gold. The matchers' own examples run in matchers.test.ts; these are whole sentences.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ClaimOf } from "../src/contract/index.js";
import { dataMatchers } from "../src/matchers/data/index.js";
import type { Matcher } from "../src/rules/index.js";
import { extractWith } from "./helpers.js";

const data = (text: string) =>
  extractWith(dataMatchers as Matcher[], text).filter(
    (c): c is ClaimOf<"data"> => c.kind === "data",
  );
/** "category/exposed" keys, sorted and unique, as the gold compares them. */
const keys = (text: string) =>
  [...new Set(data(text).map((c) => `${c.value.category}/${c.value.exposed}`))].sort();

describe("lists", () => {
  it("gives one claim per category, each with the span of its item", () => {
    const text =
      "The intrusion exposed names, email addresses, mobile numbers, billing addresses and past order histories of 4,000 shoppers.";
    const claims = data(text);
    expect(claims.map((c) => [c.text, c.value.category, c.value.exposed])).toEqual([
      ["names", "name", true],
      ["email addresses", "email", true],
      ["mobile numbers", "phone", true],
      ["billing addresses", "address", true],
      ["order histories", "order_history", true],
    ]);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it("tells email, IP and physical addresses apart", () => {
    expect(
      keys("Stolen rows contained usernames, physical addresses, and both email and IP addresses."),
    ).toEqual(["address/true", "credentials/true", "email/true", "other/true"]);
  });

  it("reads past items that are not data and counts in front of items", () => {
    expect(
      keys(
        "The leak included 412k email addresses, photos, links to social accounts, dates of birth and passwords kept as bcrypt hashes.",
      ),
    ).toEqual(["date_of_birth/true", "email/true", "other/true", "password/true"]);
  });

  it("reads a health list", () => {
    expect(
      keys(
        "Leaked data may have included patient names, diagnoses, prescriptions, test results and insurance information.",
      ),
    ).toEqual(["health/true", "name/true"]);
  });

  it("reads over a parenthetical aside", () => {
    expect(
      keys(
        "The intrusion exposed 3.4M email addresses (plenty of accounts had a different address linked to them) and hashed passwords.",
      ),
    ).toEqual(["email/true", "password/true"]);
  });

  it("takes 'MD5 hashes of email addresses' as email, not passwords", () => {
    expect(keys("The data included names, usernames and SHA-1 hashes of email addresses.")).toEqual(
      ["credentials/true", "email/true", "name/true"],
    );
  });

  it("counts a bare singular only inside a list", () => {
    expect(keys("The provider's email was compromised by an unknown source.")).toEqual([]);
    expect(keys("Each record contained name, email, phone and plain text password.")).toEqual([
      "email/true",
      "name/true",
      "password/true",
      "phone/true",
    ]);
  });

  it("keeps one claim per category when a list names it twice", () => {
    const claims = data("Stolen files held Social Security numbers, passport numbers and names.");
    expect(claims.filter((c) => c.value.category === "national_id")).toHaveLength(1);
  });
});

describe("denials", () => {
  it("denies a list before 'were not affected'", () => {
    expect(
      keys(
        "Names and email addresses were exposed, while bank details, debit card numbers and account credentials were not affected.",
      ),
    ).toEqual([
      "card_number/false",
      "credentials/false",
      "email/true",
      "name/true",
      "payment/false",
    ]);
  });

  it("denies 'encrypted and not accessed'", () => {
    expect(
      keys("The insurer said complete card numbers and passcodes were encrypted and not accessed."),
    ).toEqual(["card_number/false", "password/false"]);
  });

  it("denies 'no financial information was exposed'", () => {
    expect(keys("No financial information was exposed, the bank said.")).toEqual(["payment/false"]);
  });

  it("denies 'did not include' and what follows 'such as'", () => {
    expect(
      keys(
        "The leaked data did not hold sensitive details like Social Security numbers, passwords or financial data.",
      ),
    ).toEqual(["national_id/false", "password/false", "payment/false"]);
  });

  it("splits a sentence at 'but' into what was and was not exposed", () => {
    expect(keys("Hackers took names and dates of birth, but not Social Security numbers.")).toEqual(
      ["date_of_birth/true", "name/true", "national_id/false"],
    );
  });

  it("does not read 'not encrypted' as a denial", () => {
    expect(
      keys("The stolen laptop was not encrypted and contained names and Social Security numbers."),
    ).toEqual(["name/true", "national_id/true"]);
  });

  it("reads 'no evidence that … were accessed' as a denial", () => {
    expect(
      keys("We have found no evidence that profile data, including passwords, was accessed."),
    ).toEqual(["password/false"]);
  });
});

describe("protection, storage and context", () => {
  it("does not take a missing password for exposed data", () => {
    expect(
      keys(
        "The 12 GB index, which was left open without a password, held names, email addresses and policy numbers.",
      ),
    ).toEqual(["email/true", "name/true"]);
    expect(keys("The bucket did not require a password, exposing scanned passports.")).toEqual([
      "national_id/true",
    ]);
    expect(keys("The server had no password, and it listed names and phone numbers.")).toEqual([
      "name/true",
      "phone/true",
    ]);
  });

  it("still reads 'no passwords were exposed' as a denial", () => {
    expect(keys("The bank said no passwords or PINs were exposed.")).toEqual(["password/false"]);
  });

  it("reads 'was not stored' as a denial, but not 'not stored securely'", () => {
    expect(keys("Credit card data was not stored on the affected server.")).toEqual([
      "card_number/false",
    ]);
    expect(keys("Full card numbers were not stored by the retailer, it said.")).toEqual([
      "card_number/false",
    ]);
    expect(keys("Passwords were not stored securely, the audit found.")).toEqual([]);
  });

  it("reads a denied verb as a denial of what it governs", () => {
    expect(keys("The attackers did not access call records or payment details.")).toEqual([
      "other/false",
      "payment/false",
    ]);
  });

  it("reads card numbers captured by skimming code", () => {
    expect(keys("The script captured the card numbers and expiration dates of customers.")).toEqual(
      ["card_number/true"],
    );
    expect(
      keys("The malware captured card numbers, expiry dates and CVV codes of 9,000 shoppers."),
    ).toEqual(["card_number/true"]);
  });

  it("takes account numbers as payment at a bank, not at a hospital", () => {
    expect(
      keys("The insider emailed names, account numbers and home addresses of the bank's clients."),
    ).toEqual(["address/true", "name/true", "payment/true"]);
    expect(
      keys("The stolen billing files held patient names, account numbers and dates of birth."),
    ).toEqual(["date_of_birth/true", "name/true"]);
  });

  it("files PINs with passwords", () => {
    expect(keys("Thieves stole debit card numbers and PINs from ATM users.")).toEqual([
      "card_number/true",
      "password/true",
    ]);
  });
});

describe("not claims", () => {
  it.each([
    "Customers are urged to change their passwords and monitor their credit card statements.",
    "Employees received phishing emails that appeared to come from the IT department.",
    "The company sent emails to all customers on Friday.",
    "Questions can be sent to the email address below.",
    "The attackers stole personal information and sensitive customer data.",
    "The bank asked users to reset passwords as a precaution.",
    "The laptop was password-protected.",
    "Analytics can reveal activities that indicate compromised credentials.",
  ])("%s", (text) => {
    expect(data(text)).toEqual([]);
  });
});

describe("seed gold", () => {
  const gold = join(import.meta.dirname, "../fixtures/gold/seeds");
  const seeds = join(import.meta.dirname, "../seeds");
  it.each(["002_f302961174a3439d", "003_3af0aa90a88527fb"])(
    "%s: every gold data claim, nothing else",
    (id) => {
      const goldFile = join(gold, `${id}.gold.json`);
      const seedFile = join(seeds, `${id}.txt`);
      if (!existsSync(goldFile) || !existsSync(seedFile)) return;
      const g = JSON.parse(readFileSync(goldFile, "utf8")) as {
        claims: { kind: string; value: { category?: string; exposed?: boolean } }[];
      };
      const want = [
        ...new Set(
          g.claims
            .filter((c) => c.kind === "data")
            .map((c) => `${c.value.category}/${c.value.exposed}`),
        ),
      ].sort();
      expect(keys(readFileSync(seedFile, "utf8"))).toEqual(want);
    },
  );
});
