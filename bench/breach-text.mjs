// Text made of breach sentences, repeated with small variations: the shape of a concatenated
// dump (many sentences, many claims, few distinct values per field). Every sentence is made up
// here (no real company, person or figure). Deterministic: the same size gives the same bytes.

const VICTIMS = ["Example Bank", "Sample Telecom", "Acme Insurance", "Northwind Health"];
const MONTHS = ["January", "March", "June", "October"];
const UNITS = ["customers", "users", "patients", "accounts"];

/** The i-th sentence: a count, a victim, a month, a fine, sometimes data categories. */
export function breachSentence(i) {
  const victim = VICTIMS[i % VICTIMS.length];
  const month = MONTHS[(i >> 2) % MONTHS.length];
  const year = 2020 + (i % 5);
  const count = (1 + (i % 9)) * 1.1;
  const unit = UNITS[(i >> 3) % UNITS.length];
  const fine = 1 + (i % 7);
  switch (i % 3) {
    case 0:
      return `Hackers stole the records of ${count.toFixed(1)} million ${unit} of ${victim} in ${month} ${year}, and regulators fined it $${fine} million. `;
    case 1:
      return `${victim} said the names, email addresses and phone numbers of about ${count.toFixed(1)} million ${unit} were exposed in ${month} ${year}. `;
    default:
      return `The intruders went undetected for ${1 + (i % 6)} months before ${victim} found the breach on ${month} ${1 + (i % 27)}, ${year}, and it faces a fine of up to €${fine * 2} million. `;
  }
}

/** About `bytes` bytes of breach sentences on one line (or one sentence a line with lines). */
export function breachText(bytes, { lines = false } = {}) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = breachSentence(i) + (lines ? "\n" : "");
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  return parts.join("");
}
