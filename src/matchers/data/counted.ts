// "2.7M unique email addresses", "3,200 Social Security numbers", "millions of passwords":
// data counted in a breach story is data the breach held.
import { defineMatcher } from "../../rules/index.js";
import { readItems } from "./_senses.js";
import { listHits } from "./_terms.js";

const PATTERN =
  /(?<![\w.,$€£-])(?:\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand)?|(?:millions|thousands|hundreds|billions)\s+of)\s+(?=\p{L})/giu;

export default defineMatcher({
  id: "data.counted",
  kind: "data",
  description: 'A count of data items ("2.7M unique email addresses"), and the list it opens.',
  pattern: PATTERN,
  triggers: [":digit", "millions", "thousands", "hundreds", "billions"],
  extract(m, { sentence }) {
    const text = sentence.text;
    const start = m.index + m[0].length;
    const items = readItems(text, start, { lead: 0, gap: 4 });
    if (!items.length || items[0]!.start !== start || items[0]!.weak) return null;
    const hits = listHits(text, items);
    return hits.length ? hits : null;
  },
  examples: {
    valid: [
      {
        text: "There were 74k unique email addresses shared among 52k board members.",
        match: "unique email addresses",
        value: { category: "email", exposed: true },
      },
      {
        text: "In June 2023, 8GB of files holding 2.7M unique email addresses was passed around.",
        match: "unique email addresses",
        value: { category: "email", exposed: true },
      },
      {
        text: "Investigators found 3,200 Social Security numbers on the stolen drive.",
        match: "Social Security numbers",
        value: { category: "national_id", exposed: true },
      },
      {
        text: "Hackers walked off with 40,000 account numbers from the bank's online portal.",
        match: "account numbers",
        value: { category: "payment", exposed: true },
      },
      {
        text: "A provider's email account was compromised, breaching 1,326 patients' data.",
        match: "patients' data",
        value: { category: "health", exposed: true },
      },
    ],
    invalid: [
      "The banned members' email addresses sat in another file of 0.9M addresses.",
      "The hospital mailed 2,000 account numbers to the wrong patients.",
      "Users were told to change 2 passwords a year.",
      "Call 1-800-555-0100 for questions.",
    ],
  },
});
