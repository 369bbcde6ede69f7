#!/usr/bin/env node
// Numbers, amounts and dates in the forms general-purpose parsers are tested on, each placed in
// a plain breach sentence, read through the whole pipeline (issue 18).
//
//   npm run build && node bench/forms-probe.mjs [--misses]
//
// Numbers: "Hackers stole the records of N customers from Example Corp." → affected count N.
// Amounts: "Regulators fined Example Corp AMOUNT over the breach." → penalty amount + currency.
// Dates:   "Example Corp said the breach began on DATE." → date + grain.
// Not-dates: sentences with no date in them must give no date claim.
// The forms are written here for the classes of issue 18; none is taken from an article.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { extractText } = await import(join(ROOT, "dist", "pipeline.js"));
const showMisses = process.argv.includes("--misses");

/** [written form, value] */
const NUMBERS = [
  ["33", 33],
  ["1,500", 1500],
  ["100,000", 100_000],
  ["2 750 000", 2_750_000],
  ["12 500", 12_500],
  ["1.234.567", 1_234_567],
  ["100K", 100_000],
  ["250k", 250_000],
  ["250 k", 250_000],
  ["3 M", 3_000_000],
  ["2.7m", 2_700_000],
  ["14 mn", 14_000_000],
  ["1.2bn", 1_200_000_000],
  ["3 mil", 3_000_000],
  ["3mil", 3_000_000],
  ["4.5 mln", 4_500_000],
  ["0.2 million", 200_000],
  ["5 thousand", 5000],
  ["2 hundred", 200],
  ["2 hundred and 45", 245],
  ["410 hundred", 41_000],
  ["12 lakh", 1_200_000],
  ["1.5 lakh", 150_000],
  ["2 crore", 20_000_000],
  ["3 lakh crore", 3_000_000_000_000],
  ["1,20,000", 120_000],
  ["3,370만", 33_700_000],
  ["3370만", 33_700_000],
  ["4 dozen", 48],
  ["4 dozens", 48],
  ["4 doz", 48],
  ["thirty three", 33],
  ["thirty-three", 33],
  ["seventy - three", 73],
  ["seventy   three", 73],
  ["a hundred", 100],
  ["one hundred", 100],
  ["one hundred and one", 101],
  ["two hundred and fifty", 250],
  ["five thousand", 5000],
  ["twenty five thousand", 25_000],
  ["four thousand and six hundred", 4600],
  ["four thousand six hundred and twelve", 4612],
  ["one thousand two hundred", 1200],
  ["twelve hundred", 1200],
  ["nineteen trillion", 19_000_000_000_000],
  ["three trillion", 3_000_000_000_000],
  ["two million five hundred thousand", 2_500_000],
  ["one million two hundred thousand", 1_200_000],
  ["a million", 1_000_000],
  ["half a million", 500_000],
  ["a quarter of a million", 250_000],
  ["a dozen", 12],
  ["two dozen", 24],
  ["four dozens", 48],
  ["ten lakh", 1_000_000],
  ["five crore", 50_000_000],
  ["fifty-five", 55],
  ["ninety nine thousand", 99_000],
  ["one hundred thousand", 100_000],
  ["three hundred million", 300_000_000],
  ["1.5 million", 1_500_000],
  ["7 billion", 7_000_000_000],
  ["two point five million", 2_500_000],
  ["Forty Two", 42],
  ["2 million 500 thousand", 2_500_000],
  ["6 thousand 500", 6500],
];

/** [written form, amount, currency] */
const AMOUNTS = [
  ["$40 million", 40_000_000, "USD"],
  ["$10", 10, "USD"],
  ["$ 10", 10, "USD"],
  ["10$", 10, "USD"],
  ["$10,000", 10_000, "USD"],
  ["$10k", 10_000, "USD"],
  ["$2.5M", 2_500_000, "USD"],
  ["$1.2bn", 1_200_000_000, "USD"],
  ["USD 200", 200, "USD"],
  ["USD1.23", 1.23, "USD"],
  ["US$5 million", 5_000_000, "USD"],
  ["10 dollars", 10, "USD"],
  ["ten dollars", 10, "USD"],
  ["four thousand dollars", 4000, "USD"],
  ["six million euros", 6_000_000, "EUR"],
  ["two hundred pounds", 200, "GBP"],
  ["three billion yen", 3_000_000_000, "JPY"],
  ["half a million pounds", 500_000, "GBP"],
  ["a quarter of a million dollars", 250_000, "USD"],
  ["a million dollars", 1_000_000, "USD"],
  ["12 dollars and 40 cents", 12.4, "USD"],
  ["12 dollars and 40", 12.4, "USD"],
  ["40 Hong Kong dollars", 40, "HKD"],
  ["12 million Swiss francs", 12_000_000, "CHF"],
  ["80 million Australian dollars", 80_000_000, "AUD"],
  ["5 million Canadian dollars", 5_000_000, "CAD"],
  ["NZD$3 million", 3_000_000, "NZD"],
  ["CAD$40", 40, "CAD"],
  ["AUD$2.5m", 2_500_000, "AUD"],
  ["220EUR", 220, "EUR"],
  ["220 EUR", 220, "EUR"],
  ["EUR 220", 220, "EUR"],
  ["€20m", 20_000_000, "EUR"],
  ["20€", 20, "EUR"],
  ["20 €", 20, "EUR"],
  ["€3.1bn", 3_100_000_000, "EUR"],
  ["£1.8bn", 1_800_000_000, "GBP"],
  ["£10", 10, "GBP"],
  ["ten pounds", 10, "GBP"],
  ["3 million yen", 3_000_000, "JPY"],
  ["¥300 million", 300_000_000, "JPY"],
  ["5 million yuan", 5_000_000, "CNY"],
  ["CNY 5 million", 5_000_000, "CNY"],
  ["Rs 3.5 crore", 35_000_000, "INR"],
  ["Rs. 20", 20, "INR"],
  ["Rs20", 20, "INR"],
  ["₹40 lakh", 4_000_000, "INR"],
  ["₹ 20", 20, "INR"],
  ["INR 20", 20, "INR"],
  ["20 rupees", 20, "INR"],
  ["50 lakh rupees", 5_000_000, "INR"],
  ["R$ 2 million", 2_000_000, "BRL"],
  ["2 million reais", 2_000_000, "BRL"],
  ["S$1 million", 1_000_000, "SGD"],
  ["A$10m", 10_000_000, "AUD"],
  ["C$40", 40, "CAD"],
  ["HK$10 million", 10_000_000, "HKD"],
  ["NZ$3 million", 3_000_000, "NZD"],
  ["CHF 3 million", 3_000_000, "CHF"],
  ["3 million CHF", 3_000_000, "CHF"],
  ["10 million kroner", 10_000_000, "NOK"],
  ["10 million Norwegian krone", 10_000_000, "NOK"],
  ["NOK 10 million", 10_000_000, "NOK"],
  ["5 million kronor", 5_000_000, "SEK"],
  ["SEK 5 million", 5_000_000, "SEK"],
  ["DKK 1.2 million", 1_200_000, "DKK"],
  ["1.2 million Danish kroner", 1_200_000, "DKK"],
  ["6.8 billion won", 6_800_000_000, "KRW"],
  ["₩6.8 billion", 6_800_000_000, "KRW"],
  ["2 million euros", 2_000_000, "EUR"],
  ["2 million pounds", 2_000_000, "GBP"],
  ["1,5 million euros", 1_500_000, "EUR"],
  ["€ 14,95", 14.95, "EUR"],
  ["14,95 €", 14.95, "EUR"],
  ["1.299,99 €", 1299.99, "EUR"],
  ["twenty two dollars", 22, "USD"],
  ["forty million dollars", 40_000_000, "USD"],
  ["5 million US dollars", 5_000_000, "USD"],
];

/** [written form, date, grain, published (front matter) or null] */
const DATES = [
  ["March 14, 2019", "2019-03-14", "day", null],
  ["14 March 2019", "2019-03-14", "day", null],
  ["14th march, 2019", "2019-03-14", "day", null],
  ["march 14, 2019", "2019-03-14", "day", null],
  ["14 march 2019", "2019-03-14", "day", null],
  ["the 14th of March 2019", "2019-03-14", "day", null],
  ["14th of march 2019", "2019-03-14", "day", null],
  ["03-MAR-2019", "2019-03-03", "day", null],
  ["03-Mar-2019", "2019-03-03", "day", null],
  ["14/Mar/2019", "2019-03-14", "day", null],
  ["14-Mar-19", "2019-03-14", "day", null],
  ["2019-Apr-02", "2019-04-02", "day", null],
  ["Mar-2019", "2019-03", "month", null],
  ["March 2019", "2019-03", "month", null],
  ["march 2019", "2019-03", "month", null],
  ["2019 April 2", "2019-04-02", "day", null],
  ["2019 Apr 2", "2019-04-02", "day", null],
  ["2019 Apr", "2019-04", "month", null],
  ["2019 April", "2019-04", "month", null],
  ["2019-04-02", "2019-04-02", "day", null],
  ["2019/04/02", "2019-04-02", "day", null],
  ["2019.04.02", "2019-04-02", "day", null],
  ["2019-4-2", "2019-04-02", "day", null],
  ["2019/4/2", "2019-04-02", "day", null],
  ["04-02-2019", "2019", "year", null],
  ["04/02/2019", "2019", "year", null],
  ["4/10/2019", "2019", "year", null],
  ["10/31/2019", "2019-10-31", "day", null],
  ["31/10/2019", "2019-10-31", "day", null],
  ["31.10.2019", "2019-10-31", "day", null],
  ["10-31-2019", "2019-10-31", "day", null],
  ["12/12/2019", "2019-12-12", "day", null],
  ["April third, 2019", "2019-04-03", "day", null],
  ["April the third, 2019", "2019-04-03", "day", null],
  ["the third of April 2019", "2019-04-03", "day", null],
  ["April 3rd, 2019", "2019-04-03", "day", null],
  ["Oct 3, 97", "1997-10-03", "day", null],
  ["Oct 3, '97", "1997-10-03", "day", null],
  ["3 Oct 97", "1997-10-03", "day", null],
  ["October 3rd 1997", "1997-10-03", "day", null],
  ["Oct. 3, 1997", "1997-10-03", "day", null],
  ["Sept 3 2019", "2019-09-03", "day", null],
  ["Tuesday, 2 April 2019", "2019-04-02", "day", null],
  ["Tuesday, April 2, 2019", "2019-04-02", "day", null],
  ["April 2019", "2019-04", "month", null],
  ["2019", "2019", "year", null],
  ["mid-2019", "2019", "year", null],
  ["March 14", "2019-03-14", "day", "2019-06-01"],
  ["14 March", "2019-03-14", "day", "2019-06-01"],
  ["march 14", "2019-03-14", "day", "2019-06-01"],
  ["the 14th of March", "2019-03-14", "day", "2019-06-01"],
];

/** Sentences with no date in them. */
const NOT_DATES = [
  "The company said the breach affected 2019 customers.",
  "The attackers used port 2019 to reach the server.",
  "The flaw was rated 4/10 by the vendor.",
  "The patch, version 2019.04, was released.",
  "Example Corp said the breach began on Monday at 2:56 pm.",
  "Example Corp may lose 3-4 customers over the breach.",
  "Example Corp said 24/7 support is available.",
  "Example Corp said 1.2.3 was the version affected.",
  "Example Corp will march on and fix the flaw.",
  "Example Corp said it may take months to recover.",
  "Example Corp said the breach began in the past five years.",
  "Example Corp said the breach was rated 7.5 out of 10.",
  "Example Corp said the server at 10.20.30.40 was hacked.",
  "Example Corp said the breach hit 12-15 stores.",
  "Example Corp said 3/4 of the customers were affected.",
];

function claims(text) {
  const o = extractText(text, "probe.md", "probe");
  return o.ok ? o.document.claims : [];
}

const misses = { numbers: [], amounts: [], dates: [], notDates: [] };
let numOk = 0;
for (const [form, n] of NUMBERS) {
  const c = claims(`Hackers stole the records of ${form} customers from Example Corp.`);
  const a = c.filter((x) => x.kind === "affected");
  if (a.length === 1 && a[0].value.count === n) numOk++;
  else misses.numbers.push(`${form} → ${a.map((x) => x.value.count).join(", ") || "none"}`);
}
let amtOk = 0;
for (const [form, amount, currency] of AMOUNTS) {
  const c = claims(`Regulators fined Example Corp ${form} over the breach.`);
  const p = c.filter((x) => x.kind === "penalty");
  if (p.length === 1 && p[0].value.amount === amount && p[0].value.currency === currency) amtOk++;
  else
    misses.amounts.push(
      `${form} → ${p.map((x) => `${x.value.amount} ${x.value.currency}`).join(", ") || "none"}`,
    );
}
let dateOk = 0;
let dateN = 0;
for (const [form, date, grain, published] of DATES) {
  if (date === null) continue;
  dateN++;
  const head = published ? `---\npublished: ${published}\n---\n` : "";
  const c = claims(`${head}Example Corp said the breach began on ${form}.`);
  const d = c.filter((x) => x.kind === "date");
  if (d.length === 1 && d[0].value.date === date && d[0].value.grain === grain) dateOk++;
  else
    misses.dates.push(
      `${form} → ${d.map((x) => `${x.value.date}/${x.value.grain}`).join(", ") || "none"}`,
    );
}
let noise = 0;
for (const text of NOT_DATES) {
  const d = claims(text).filter((x) => x.kind === "date");
  if (d.length) {
    noise++;
    misses.notDates.push(`${text} → ${d.map((x) => `${x.text}=${x.value.date}`).join(", ")}`);
  }
}
const pct = (a, b) => `${a}/${b} (${((100 * a) / b).toFixed(0)}%)`;
console.log(`numbers   ${pct(numOk, NUMBERS.length)}`);
console.log(`amounts   ${pct(amtOk, AMOUNTS.length)}`);
console.log(`dates     ${pct(dateOk, dateN)}`);
console.log(`not-dates with a date: ${noise}/${NOT_DATES.length}`);
if (showMisses) {
  for (const [k, list] of Object.entries(misses)) {
    if (!list.length) continue;
    console.log(`\n${k}:`);
    for (const l of list) console.log(`  ${l}`);
  }
}
