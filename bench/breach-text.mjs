// Text made of breach sentences, on one line: the shape of a concatenated dump (many
// sentences, many claims). Every sentence is made up here (no real company, person or
// figure). Deterministic.
//
// - breachText: four sentences about one made-up incident, repeated. Few distinct values per
//   field, all of them agreeing: the case where comparing every pair of claims never stops
//   early, and where the engine answers most sentences from memory (rules/engine.ts).
// - variedText: the same four kinds of sentence about a new made-up organisation each time,
//   with its own counts, dates and amounts: no sentence comes twice, so every one is read.
import { Buffer } from "node:buffer";

const SENTENCES = [
  "Hackers stole the records of 4.2 million customers of Example Bank in March 2024, and regulators fined it $3 million.",
  "Example Bank said the names, email addresses and phone numbers of about 4.2 million customers were exposed.",
  "The intruders went undetected for five months before Example Bank found the breach on March 12, 2024.",
  "More than 4 million accounts were affected, and the bank faces a fine of up to €5 million.",
];

/** About `bytes` bytes of breach sentences on one line. */
export function breachText(bytes) {
  const cycle = `${SENTENCES.join(" ")} `;
  return cycle.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(cycle))));
}

const HEADS = ["Nor", "Quin", "Bel", "Tam", "Vor", "Ket", "Lun", "Sar", "Ost", "Dav", "Mer", "Pel"];
const TAILS = ["vale", "tor", "ridge", "wick", "mont", "hollow", "brook", "field", "stone", "mere"];
const KINDS = ["Bank", "Health", "Mutual", "Logistics", "Clinics", "Telecom", "Insurance"];
const NOUNS = ["customers", "patients", "members", "subscribers", "clients"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const SPANS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"];

/** About `bytes` bytes of breach sentences on one line, no sentence twice. */
export function variedText(bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const name = `${HEADS[i % HEADS.length]}${TAILS[Math.floor(i / HEADS.length) % TAILS.length]} ${KINDS[i % KINDS.length]}`;
    const tag = Math.floor(i / (HEADS.length * TAILS.length));
    const org = tag ? `${name} ${tag}` : name;
    const noun = NOUNS[i % NOUNS.length];
    const count = `${1 + (i % 9)}.${i % 10} million`;
    const year = 2010 + (i % 15);
    const month = MONTHS[i % 12];
    const day = 1 + (i % 28);
    const fine = (1 + (i % 97)) * 10_000;
    const cycle =
      `Hackers stole the records of ${count} ${noun} of ${org} in ${month} ${year}, and regulators fined it $${fine.toLocaleString("en-US")}. ` +
      `${org} said the names, email addresses and phone numbers of about ${count} ${noun} were exposed. ` +
      `The intruders went undetected for ${SPANS[i % SPANS.length]} months before ${org} found the breach on ${month} ${day}, ${year}. ` +
      `More than ${1 + (i % 9)} million accounts were affected, and ${org} faces a fine of up to €${1 + (i % 20)} million. `;
    parts.push(cycle);
    size += Buffer.byteLength(cycle);
  }
  return parts.join("");
}
