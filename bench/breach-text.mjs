// Text made of breach sentences about one made-up incident, repeated: the shape of a
// concatenated dump (many sentences, many claims, few distinct values per field, all of them
// agreeing, which is the case where comparing every pair of claims never stops early). Every
// sentence is made up here (no real company, person or figure). Deterministic.
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
