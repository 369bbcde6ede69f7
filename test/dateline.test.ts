// Datelines: the document's own date read from the top of the text (never the clock).
import { describe, expect, it } from "vitest";
import type { ClaimOf } from "../src/contract/index.js";
import { findDateline, findWireDateline } from "../src/document/dateline.js";
import { dateMatchers } from "../src/matchers/date/index.js";
import type { Matcher } from "../src/rules/index.js";
import { docOf, extractWith } from "./helpers.js";

const LEAD =
  "The Information Commissioner's Office has fined a construction firm after hackers stole the payroll records of more than 100,000 staff.";

const read = (text: string) => {
  const d = findDateline(text, 0);
  return d && { date: d.date, text: text.slice(d.start, d.end) };
};

describe("wire and agency datelines open the first paragraph", () => {
  it.each([
    [`LONDON, 12 October 2022 — ${LEAD}`, "2022-10-12", "12 October 2022"],
    [`WASHINGTON, Feb. 2, 2025 (AP) -- ${LEAD}`, "2025-02-02", "Feb. 2, 2025"],
    [`SEOUL, South Korea, Nov. 3, 2024 (Reuters) - ${LEAD}`, "2024-11-03", "Nov. 3, 2024"],
    [`SAN FRANCISCO, March 5, 2023 /PRNewswire/ — ${LEAD}`, "2023-03-05", "March 5, 2023"],
    [
      `Headline about a breach\n\nBy A Reporter\n\nNEW YORK, July 9, 2021 – ${LEAD}`,
      "2021-07-09",
      "July 9, 2021",
    ],
  ])("%j", (text, date, span) => {
    expect(read(text)).toEqual(date === null ? null : { date, text: span });
  });

  it("a dateline without a year gives no date: a year is never guessed", () => {
    expect(read(`SEOUL, Nov. 30 (Reuters) - ${LEAD}`)).toBeNull();
    expect(findWireDateline(`SEOUL, Nov. 30 (Reuters) - ${LEAD}`)).toBeNull();
  });

  it("prose that opens with a clause and a date is not a dateline", () => {
    expect(read(`However, on 2 May 2019 — a Thursday — ${LEAD}`)).toBeNull();
    expect(read(`In a statement on 2 May 2019 - ${LEAD} ${LEAD}`)).toBeNull();
    expect(read(`${LEAD} LONDON, 12 October 2022 — more text.`)).toBeNull();
  });

  it("only the first few lines are read", () => {
    const top = Array.from({ length: 9 }, (_, i) => `Line ${i + 1} of the page.`).join("\n");
    expect(read(`${top}\nLONDON, 12 October 2022 — ${LEAD}`)).toBeNull();
  });
});

describe("labelled and short date lines", () => {
  it.each([
    ["Published: 2024-03-14\n\n" + LEAD, "2024-03-14", "2024-03-14"],
    ["Published 2024-03-14T09:10:00Z\n\n" + LEAD, "2024-03-14", "2024-03-14"],
    ["Updated March 14, 2024 at 9:10 a.m.\n\n" + LEAD, "2024-03-14", "March 14, 2024"],
    ["Posted on 14 March 2024 by the news desk\n\n" + LEAD, "2024-03-14", "14 March 2024"],
    ["Thursday, Mar 14, 2024 9:10 am ET\n\n" + LEAD, "2024-03-14", "Mar 14, 2024"],
  ])("%j", (text, date, span) => {
    expect(read(text)).toEqual({ date, text: span });
  });

  it("the publication date wins over an update above it", () => {
    expect(read(`Updated: 2024-03-20\nPublished: 2024-03-14\n\n${LEAD}`)).toEqual({
      date: "2024-03-14",
      text: "2024-03-14",
    });
    expect(read(`Last updated 20 March 2024\n\n${LEAD}`)?.date).toBe("2024-03-20");
  });

  it("a date in a long prose line of the lead is not the document's date", () => {
    expect(read(`${LEAD} The attack began on 12 October 2022, the firm said.`)).toBeNull();
  });

  it("a short line of prose with a date is not a date line", () => {
    expect(
      read("Title\n\nThe breach occurred sometime between 9 June 2015 and 3 Mar 2017."),
    ).toBeNull();
    expect(read("Title\n\nHackers stole the data on 12 May 2019, police said.")).toBeNull();
    expect(read("By Jane Smith | March 14, 2024\n\n" + LEAD)?.date).toBe("2024-03-14");
  });

  it("an impossible day is no dateline", () => {
    expect(read(`LONDON, 31 February 2022 — ${LEAD}`)).toBeNull();
  });
});

describe("the dateline dates the document and its date claim is the publication", () => {
  const dates = (text: string) =>
    extractWith(dateMatchers as Matcher[], text).filter(
      (c): c is ClaimOf<"date"> => c.kind === "date",
    );

  it("sets published and anchors dates without a year", () => {
    const text = `LONDON, 12 October 2022 — The regulator said the intrusion began on 3 June and was found in August. ${LEAD}`;
    expect(docOf(text).published).toBe("2022-10-12");
    expect(dates(text).map((c) => [c.text, c.value.date, c.value.event])).toEqual([
      ["12 October 2022", "2022-10-12", "published"],
      ["3 June", "2022-06-03", "breach_start"],
      ["August", "2022-08", "detected"],
    ]);
  });

  it("front matter wins over a dateline", () => {
    const text = `---\npublished: 2022-10-13\n---\nLONDON, 12 October 2022 — ${LEAD}`;
    expect(docOf(text).published).toBe("2022-10-13");
  });
});

describe("numeric datelines", () => {
  it.each([
    ["Breach news\nPosted 2023.02.17 (15:12)\n\nBody text follows here.", "2023-02-17"],
    ["Breach news\nPosted 2023/02/17\n\nBody text follows here.", "2023-02-17"],
    ["Breach news\n17/02/2023 09:30\n\nBody text follows here.", "2023-02-17"],
    ["Breach news\n02/17/2023 09:30\n\nBody text follows here.", "2023-02-17"],
    ["Breach news\n05/06/2023 09:30\n\nBody text follows here.", null],
  ])("%j", (text, date) => {
    expect(read(text)?.date ?? null).toBe(date);
  });
});
