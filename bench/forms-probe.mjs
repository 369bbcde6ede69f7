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
  ["1,250만", 12_500_000],
  ["1250만", 12_500_000],
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
  ["1'000'000", 1_000_000],
  ["one hundred and twenty three thousand four hundred fifty six", 123_456],
  ["nineteen hundred and ninety nine", 1999],
  ["one million and one", 1_000_001],
  ["twenty five hundred", 2500],
  ["FIVE HUNDRED", 500],
  ["one-hundred", 100],
  ["a hundred and twenty", 120],
  ["two thousand nineteen", 2019],
  ["twelve million three hundred forty-five thousand six hundred seventy-eight", 12_345_678],
  ["a quarter million", 250_000],
  ["a half million", 500_000],
  ["half a billion", 500_000_000],
  ["three quarters of a million", 750_000],
  ["3 hundred thousand", 300_000],
  ["3.5k", 3500],
  ["6,000+", 6000],
  ["1.2 crore", 12_000_000],
  ["eleven hundred", 1100],
  ["two and a half million", 2_500_000],
  ["3 and a half thousand", 3500],
  ["thirty-three thousand three hundred and thirty-three", 33_333],
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
  ["$1,000.00", 1000, "USD"],
  ["1000 USD", 1000, "USD"],
  ["USD 1,000", 1000, "USD"],
  ["€1.000,00", 1000, "EUR"],
  ["1.000 €", 1000, "EUR"],
  ["£5.99", 5.99, "GBP"],
  ["10 bucks", 10, "USD"],
  ["twenty-five euros", 25, "EUR"],
  ["1 dollar", 1, "USD"],
  ["$5mn", 5_000_000, "USD"],
  ["EUR5m", 5_000_000, "EUR"],
  ["5m EUR", 5_000_000, "EUR"],
  ["Rs. 5,00,000", 500_000, "INR"],
  ["INR 5 lakh", 500_000, "INR"],
  ["₹5,00,000", 500_000, "INR"],
  ["¥1,000", 1000, "JPY"],
  ["JPY 1000", 1000, "JPY"],
  ["100 RMB", 100, "CNY"],
  ["5 000 000 €", 5_000_000, "EUR"],
  ["5.000.000 €", 5_000_000, "EUR"],
  ["US $5", 5, "USD"],
  ["5 USD", 5, "USD"],
  ["one million pounds", 1_000_000, "GBP"],
  ["Two million dollars", 2_000_000, "USD"],
  ["5 million Euro", 5_000_000, "EUR"],
  ["US$2.5bn", 2_500_000_000, "USD"],
  ["KRW 5 billion", 5_000_000_000, "KRW"],
  ["15 million rubles", 15_000_000, "RUB"],
  ["10,000 Swiss francs", 10_000, "CHF"],
  ["AED 100", 100, "AED"],
  ["NT$100", 100, "TWD"],
  ["a quarter million dollars", 250_000, "USD"],
  ["three quarters of a million euros", 750_000, "EUR"],
  ["4 million Singapore dollars", 4_000_000, "SGD"],
  ["20 Egyptian pounds", 20, "EGP"],
  ["SAR 20", 20, "SAR"],
  ["20 Saudi riyals", 20, "SAR"],
  ["one and a half million dollars", 1_500_000, "USD"],
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
  ["Sat Aug 17 2013", "2013-08-17", "day", null],
  ["Sat, 17 Aug 2013", "2013-08-17", "day", null],
  ["Saturday, August 17th, 2013", "2013-08-17", "day", null],
  ["17 August 2013 10:00", "2013-08-17", "day", null],
  ["2013-08-17T12:00:00Z", "2013-08-17", "day", null],
  ["Aug 17 2013", "2013-08-17", "day", null],
  ["17.08.2013", "2013-08-17", "day", null],
  ["17/08/2013", "2013-08-17", "day", null],
  ["08/17/2013", "2013-08-17", "day", null],
  ["8/17/13", "2013-08-17", "day", null],
  ["17-08-2013", "2013-08-17", "day", null],
  ["2013/8/17", "2013-08-17", "day", null],
  ["17th of August 2013", "2013-08-17", "day", null],
  ["Aug 2013", "2013-08", "month", null],
  ["Aug. 2013", "2013-08", "month", null],
  ["1st January 2013", "2013-01-01", "day", null],
  ["Jan 1st, 2013", "2013-01-01", "day", null],
  ["12 Feb 2015 10:56 PM", "2015-02-12", "day", null],
  ["Wednesday, 22nd June, 2016", "2016-06-22", "day", null],
  ["Friday, 1st of April 2016", "2016-04-01", "day", null],
  ["Sep 03 2014", "2014-09-03", "day", null],
  ["10 Sept 2014", "2014-09-10", "day", null],
  ["January 12th, 2012 at 5 pm", "2012-01-12", "day", null],
  ["25th Dec. 1999", "1999-12-25", "day", null],
  ["12 JUNE 2019", "2019-06-12", "day", null],
  ["JUNE 12, 2019", "2019-06-12", "day", null],
  ["June, 2019", "2019-06", "month", null],
  ["June of 2019", "2019-06", "month", null],
  ["2019-06", "2019-06", "month", null],
  ["06/2019", "2019-06", "month", null],
  ["12th June", "2019-06-12", "day", "2019-09-01"],
  ["Aug 17", "2019-08-17", "day", "2019-09-01"],
  ["Tues, 3 March 2019", "2019-03-03", "day", null],
  ["3/3/2019", "2019-03-03", "day", null],
  ["the 3rd of March, 2019", "2019-03-03", "day", null],
  ["March 3rd", "2019-03-03", "day", "2019-09-01"],
  ["2nd of March", "2019-03-02", "day", "2019-09-01"],
  ["Dec 25", "2018-12-25", "day", "2019-09-01"],
  ["25 Dec", "2018-12-25", "day", "2019-09-01"],
  ["Sept. 5, 2019", "2019-09-05", "day", null],
  ["5th Sept 2019", "2019-09-05", "day", null],
  ["March the 14th, 2019", "2019-03-14", "day", null],
  ["14th day of March, 2019", "2019-03-14", "day", null],
  ["3-14-2019", "2019-03-14", "day", null],
  ["3.14.2019", "2019-03-14", "day", null],
  ["14 Mar. 2019", "2019-03-14", "day", null],
  ["2019-03-14 10:00:00", "2019-03-14", "day", null],
  ["Mon, 14 Mar 2019 10:00:00 GMT", "2019-03-14", "day", null],
  ["14/03/19", "2019-03-14", "day", null],
  ["03/14/19", "2019-03-14", "day", null],
  ["early March 2019", "2019-03", "month", null],
  ["March 14th 2019", "2019-03-14", "day", null],
  ["10-31-74", "1974-10-31", "day", null],
  ["the 15th of february", "2019-02-15", "day", "2019-06-01"],
  ["feb 15 2015", "2015-02-15", "day", null],
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
// chrono-node on the same date sentences, its reference the published date (else none: a
// result whose year chrono only implied is dropped, as the pipeline drops a date with no anchor).
const chrono = await import("chrono-node");
let chronoOk = 0;
const chronoMisses = [];
const pad = (n) => String(n).padStart(2, "0");
for (const [form, date, grain, published] of DATES) {
  if (date === null) continue;
  const ref = published ? new Date(`${published}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const rs = chrono.casual
    .parse(`Example Corp said the breach began on ${form}.`, ref, { forwardDate: false })
    .filter((r) => published || r.start.isCertain("year"));
  const got = rs.map((r) => {
    const s = r.start;
    const g = s.isCertain("day") ? "day" : s.isCertain("month") ? "month" : "year";
    const v =
      g === "day"
        ? `${s.get("year")}-${pad(s.get("month"))}-${pad(s.get("day"))}`
        : g === "month"
          ? `${s.get("year")}-${pad(s.get("month"))}`
          : String(s.get("year"));
    return `${v}/${g}`;
  });
  if (got.length === 1 && got[0] === `${date}/${grain}`) chronoOk++;
  else chronoMisses.push(`${form} → ${got.join(", ") || "none"}`);
}
let chronoNoise = 0;
for (const text of NOT_DATES) {
  if (chrono.casual.parse(text, new Date(Date.UTC(2019, 5, 1, 12)), { forwardDate: false }).length)
    chronoNoise++;
}
misses.chronoDates = chronoMisses;

const pct = (a, b) => `${a}/${b} (${((100 * a) / b).toFixed(0)}%)`;
console.log(`numbers   ${pct(numOk, NUMBERS.length)}`);
console.log(`amounts   ${pct(amtOk, AMOUNTS.length)}`);
console.log(`dates     ${pct(dateOk, dateN)}`);
console.log(`not-dates with a date: ${noise}/${NOT_DATES.length}`);
console.log(
  `chrono-node (casual) dates ${pct(chronoOk, dateN)}, not-dates with a date: ${chronoNoise}/${NOT_DATES.length}`,
);
if (showMisses) {
  for (const [k, list] of Object.entries(misses)) {
    if (!list.length) continue;
    console.log(`\n${k}:`);
    for (const l of list) console.log(`  ${l}`);
  }
}
