// The victim of one-paragraph items and short notices, by classes of wording (issue 12). Every
// example is invented; none is taken from an evaluation set.
import { describe, expect, it } from "vitest";
import { VICTIM_READ, cleanName, findVictim, victimReadEnd } from "../src/refiners/victim.js";
import { docOf } from "./helpers.js";

const victimOf = (text: string) => findVictim([], docOf(text));

describe("victim: who suffered it, past an appositive or a kind of business", () => {
  it("reads a name past an appositive before its verb", () => {
    expect(
      victimOf(
        "Fernway, an online shop for garden tools and seeds, has been hacked and 9,000 card numbers were taken.",
      ),
    ).toBe("Fernway");
    expect(
      victimOf(
        "Quill Harbor Bank, Ohio's largest lender, said a former employee may have stolen data on 40,000 customers.",
      ),
    ).toBe("Quill Harbor Bank");
  });

  it("reads the victim of a breach with its kind of business after the name", () => {
    expect(
      victimOf(
        "Last spring the Vexo game developer was the victim of a breach of its player forum.",
      ),
    ).toBe("Vexo");
  });

  it("reads the body that tells its people", () => {
    expect(
      victimOf(
        "Harborline Health in Springfield, IL has notified 900 patients that their records were exposed.",
      ),
    ).toBe("Harborline Health");
    expect(
      victimOf(
        "A Boise-based dental practice, Tessa Dental Group, has alerted 400 patients about a stolen laptop.",
      ),
    ).toBe("Tessa Dental Group");
  });

  it("reads the body hit with a fine, even one the text calls a council", () => {
    expect(
      victimOf(
        "Marrow District Council has been hit with a 60,000 fine after files about tenants were left in an empty office.",
      ),
    ).toBe("Marrow District Council");
  });

  it("reads the owner of the systems an intruder got into", () => {
    expect(
      victimOf(
        "An unknown intruder hacked into the servers of Quorra Games Ltd. and copied 2 million user records.",
      ),
    ).toBe("Quorra Games");
    expect(
      victimOf(
        "An intruder gained access to a site run by Dutch energy company Lumen and took 50,000 logins.",
      ),
    ).toBe("Lumen");
  });

  it("reads a site named by what it is called", () => {
    expect(
      victimOf(
        "Nine million passwords stolen from a chat website called Murmurly.net are on sale online.",
      ),
    ).toBe("Murmurly.net");
  });
});

describe("victim: hints from staff, customers and employers", () => {
  it("reads the body whose customer or employees the text names", () => {
    expect(
      victimOf(
        "A former clerk opened the account of a Tallis Savings customer and withdrew cash from it.",
      ),
    ).toBe("Tallis Savings");
    expect(
      victimOf(
        "Some 300 Tidewell County employees were not paid after a breach at a payroll service.",
      ),
    ).toBe("Tidewell County");
  });

  it("takes no sentence's first word for a name before a staff noun", () => {
    expect(
      victimOf(
        "Intruders got into the Orvane Cloud network last week. Encrypted customer passwords were copied. Orvane Cloud reset them.",
      ),
    ).toBe("Orvane Cloud");
  });
});

describe("victim: the name as the text gives it", () => {
  it("gives the long form an acronym is bound to", () => {
    expect(
      victimOf(
        "Tern Valley Primary Care (TVPC) is writing to patients about a former employee. TVPC said the worker took records. TVPC has changed its checks.",
      ),
    ).toBe("Tern Valley Primary Care");
  });

  it("keeps a place word that opens a name the text never writes without it", () => {
    expect(
      victimOf(
        "Canadian Maple Freight said hackers stole the payroll files of its drivers. Canadian Maple Freight has told the police.",
      ),
    ).toBe("Canadian Maple Freight");
  });

  it("takes no law, court, town, ordinal or lone suffix for a name", () => {
    expect(
      victimOf(
        "Regulators said a care agency had committed a breach of the Data Protection Act when files were lost by Ashby Care. Ashby Care said the files were stolen from a car.",
      ),
    ).toBe("Ashby Care");
    expect(cleanName("3rd")).toBeNull();
    expect(cleanName("LLC")).toBeNull();
  });

  it("takes the subject of a one-sentence notice", () => {
    expect(
      victimOf(
        "Vexo Mobility Inc. says some of its used tablets were resold with data still on them.",
      ),
    ).toBe("Vexo Mobility");
  });
});

describe("victim: round-ups and record holders", () => {
  it("names no victim when two names tie, each from one passing mention", () => {
    const text =
      "A busy year for regulators\n" +
      "Regulators across the region received more notices than ever, a survey of filings shows. " +
      "Small firms filed most of them, and many were about lost laptops or misdirected mail. " +
      "Fines grew too, though most stayed modest and few were appealed. " +
      "One of the largest was a penalty imposed on Corvane for keeping call logs too long. " +
      "In another case, records were stolen from Brellow after a phishing email. " +
      "Analysts expect the number of notices to keep growing as the rules bite.";
    expect(findVictim([], docOf(text))).toBeNull();
  });

  it("takes no breach that held a record before for the victim", () => {
    const text =
      "Delmora Health said hackers stole the files of 12 million patients in March. " +
      "The record was previously held by the Ostrava Mutual breach, which exposed 9 million. " +
      "Delmora Health is writing to every patient.";
    expect(findVictim([], docOf(text))).toBe("Delmora Health");
  });
});

describe("victim: a document longer than any article", () => {
  const article =
    "Orrin Health said an intruder copied the records of 8,000 patients. Orrin Health found the breach in May.\n\n";
  const filler = "The weather that week was mild and dry. ".repeat(Math.ceil(VICTIM_READ / 40));
  const later = "Harlow Mutual was hacked and 2,000 members were affected. ".repeat(200);

  it("is read from its first part: names further on add nothing", () => {
    const doc = docOf(article + filler + later);
    expect(doc.text.length).toBeGreaterThan(VICTIM_READ);
    expect(findVictim([], doc)).toBe("Orrin Health");
    // Read whole, the later name, said two hundred times, would win.
    expect(findVictim([], docOf(article + later))).toBe("Harlow Mutual");
  });

  it("stops reading at the end of a sentence, and reads a shorter text to its end", () => {
    const doc = docOf(article + filler + later);
    const end = victimReadEnd(doc);
    expect(end).toBeGreaterThanOrEqual(doc.bodyStart + VICTIM_READ);
    expect(doc.sentences.some((s) => s.end === end)).toBe(true);
    const short = docOf(article);
    expect(victimReadEnd(short)).toBe(short.text.length);
  });
});
