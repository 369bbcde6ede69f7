// A bare list of data items: "Name, DOB, SSN and address of 12 patients", "usernames, email
// addresses, mobile numbers, billing addresses and purchase histories".
import { defineMatcher } from "../../rules/index.js";
import { insideTerm, readItems } from "./_senses.js";
import { continuesList, listHits, ITEM_START, ITEM_TRIGGERS, termAt } from "./_terms.js";

const PATTERN = new RegExp(ITEM_START, "giu");

export default defineMatcher({
  id: "data.list",
  kind: "data",
  description: "A list of two or more data items of different categories, with no cue word needed.",
  pattern: PATTERN,
  triggers: ITEM_TRIGGERS,
  extract(m, { sentence }) {
    const text = sentence.text;
    // The list must start with an item right here (most words ITEM_START finds open none):
    // without one, nothing below can find a hit, so the costlier checks are skipped.
    if (termAt(text, m.index) === null) return null;
    if (continuesList(text, m.index)) return null;
    const items = readItems(text, m.index, { lead: 0, gap: 1 });
    if (items.length < 2 || items[0]!.start !== m.index) return null;
    if (new Set(items.map((i) => i.category)).size < 2) return null;
    if (items.every((i) => i.weak)) return null;
    if (insideTerm(text, m.index)) return null;
    return listHits(text, items);
  },
  examples: {
    valid: [
      {
        text: "Fields in the dump: usernames, email addresses, mobile numbers, billing addresses and purchase histories.",
        match: "purchase histories",
        value: { category: "order_history", exposed: true },
      },
      {
        text: "Name, DOB, SSN and address of 12 patients on a misdirected fax.",
        match: "DOB",
        value: { category: "date_of_birth", exposed: true },
      },
      {
        text: "Email addresses, passwords and security questions and answers for 3 million accounts turned up on a forum.",
        match: "security questions and answers",
        value: { category: "credentials", exposed: true },
      },
      {
        text: "Also exposed were names, genders, mobile numbers and tickets purchased, with prices paid.",
        match: "tickets purchased",
        value: { category: "order_history", exposed: true },
      },
    ],
    invalid: [
      "Reyes admitted he had no authority over those e-mails and patient information.",
      "The attachment included protected health information for several patients.",
      "The portal did not require a password, PIN or username to log in.",
      "Change your passwords and security questions now.",
      "Enter your name and email address to subscribe.",
      "The name and address of the company are on its website.",
      "Usernames and passwords for the affected mail accounts were immediately reset.",
      "Card numbers and PINs have been cancelled and reissued.",
    ],
  },
});
