// The summary picks, for each field, the claim about the document's own breach.
import { describe, expect, it } from "vitest";
import type { Claim, ClaimOf, Kind, Modality, ValueOf } from "../src/contract/index.js";
import { extractText } from "../src/pipeline.js";
import { victimOfClaims as victimOf } from "../src/refiners/victim.js";
import { bestAffected, summarize } from "../src/summary/index.js";

let offset = 0;
/** A claim as the pipeline would give it (offsets increase in creation order). */
function claim<K extends Kind>(
  kind: K,
  value: ValueOf<K>,
  text: string,
  subject: string | null = "Northwind",
  modality: Modality = "asserted",
): ClaimOf<K> {
  const start = (offset += 100);
  return {
    kind,
    value,
    text,
    start,
    end: start + text.length,
    line: 1,
    column: start + 1,
    sentence: text,
    subject,
    modality,
    rule: `${kind}.test`,
  } as ClaimOf<K>;
}

const affected = (
  count: number,
  text: string,
  unit: ValueOf<"affected">["unit"] = "people",
  bound: ValueOf<"affected">["bound"] = "exact",
  subject: string | null = "Northwind",
  modality: Modality = "asserted",
) => claim("affected", { count, bound, unit }, text, subject, modality);

const date = (
  d: string,
  event: ValueOf<"date">["event"],
  subject: string | null = "Northwind",
  grain: ValueOf<"date">["grain"] = "month",
) => claim("date", { date: d, grain, yearInferred: false, event }, d, subject);

const data = (category: ValueOf<"data">["category"], exposed = true, subject = "Northwind") =>
  claim("data", { category, exposed }, category, subject);

describe("victim", () => {
  it("is the subject most claims share, ignoring other incidents", () => {
    const claims: Claim[] = [
      affected(5, "5 people", "people", "exact", "other"),
      affected(6, "6 people", "people", "exact", "other"),
      affected(7, "7 people"),
      data("email"),
    ];
    expect(victimOf(claims)).toBe("Northwind");
  });
  it("is null when no claim names one", () => {
    expect(victimOf([affected(7, "7 people", "people", "exact", null)])).toBeNull();
  });
});

describe("affected", () => {
  it("prefers a de-duplicated count to the raw records it came from", () => {
    const best = bestAffected([
      affected(46_000_000, "46 million user accounts", "accounts"),
      affected(7_000_000, "over 7 million unique email addresses", "accounts", "at_least"),
    ]);
    expect(best?.value.count).toBe(7_000_000);
  });
  it("prefers people to records, and exact to bounded", () => {
    expect(
      bestAffected([
        affected(77_000_000, "77 million records", "records"),
        affected(43_000_000, "43 million customers", "customers"),
      ])?.value.count,
    ).toBe(43_000_000);
    expect(
      bestAffected([
        affected(45_000_000, "nearly 45 million customers", "customers", "at_most"),
        affected(44_700_000, "44.7 million customers", "customers"),
      ])?.value.count,
    ).toBe(44_700_000);
  });
  it("prefers a count the text repeats to a side figure given once", () => {
    expect(
      bestAffected([
        affected(2_400, "about 2,400 members", "users", "approx"),
        affected(2_400, "roughly 2,400 members", "users", "approx"),
        affected(61, "61 members", "users"),
      ])?.value.count,
    ).toBe(2_400);
  });
  it("ignores another incident's count and a denied count", () => {
    const s = summarize([
      affected(21_400_000, "21.4 million users", "users", "exact", "other"),
      affected(9_000_000, "9 million accounts", "accounts", "exact", "Contoso"),
      affected(2_000_000, "2 million accounts", "accounts", "exact", "Northwind", "negated"),
      affected(12_000_000, "12 million customers", "customers"),
      affected(15_000_000, "15 million customers", "customers", "exact", "other"),
    ]);
    expect(s.victim).toBe("Northwind");
    expect(s.affected).toEqual({ count: 12_000_000, bound: "exact", unit: "customers" });
  });
  it("uses claims with no subject when no victim is known", () => {
    const s = summarize([
      affected(3_000, "3,000 patients", "people", "exact", null),
      affected(500, "500 records", "records", "exact", "other"),
    ]);
    expect(s.victim).toBeNull();
    expect(s.affected?.count).toBe(3_000);
  });
});

describe("breachDate", () => {
  it("is the earliest start of the victim's breach, not another incident's date", () => {
    const s = summarize([
      date("2025-04", "breach", "other"),
      date("2025-07", "breach_start"),
      date("2025-06-24", "breach_start", "Northwind", "day"),
      date("2025-11", "detected"),
    ]);
    expect(s.breachDate).toEqual({ date: "2025-06-24", grain: "day" });
    expect(s.detected).toEqual({ date: "2025-11", grain: "month" });
  });
  it("is not a detection, disclosure or other date (CLAIMS.md: start, else breach)", () => {
    const s = summarize([date("2019-03", "disclosed"), date("2019-01", "detected")]);
    expect(s.breachDate).toBeNull();
    expect(s.detected).toEqual({ date: "2019-01", grain: "month" });
    expect(s.disclosed).toEqual({ date: "2019-03", grain: "month" });
    expect(summarize([date("2014-05", "other")]).breachDate).toBeNull();
  });

  it("is null without dates, and never the publication date", () => {
    expect(summarize([date("2024-01-02", "published", null, "day")]).breachDate).toBeNull();
  });
});

describe("data, penalties, actors", () => {
  it("sorts exposed and denied categories, only the victim's", () => {
    const s = summarize([
      data("phone"),
      data("email"),
      data("email"),
      data("password", false),
      data("card_number", false),
      data("health", true, "other"),
    ]);
    expect(s.dataExposed).toEqual(["email", "phone"]);
    expect(s.dataNotExposed).toEqual(["card_number", "password"]);
  });
  it("lists penalties largest first, by their dollar value when converted", () => {
    const penalty = (amount: number, currency: string, usd: number | null) =>
      claim(
        "penalty",
        {
          amount,
          currency,
          bound: "exact",
          status: "imposed",
          converted: usd === null ? null : { amount: usd, currency: "USD" },
        },
        `${amount} ${currency}`,
      );
    const s = summarize([
      penalty(1_500_000_000, "KRW", 1_020_000),
      penalty(5_000_000, "USD", null),
      penalty(1_500_000_000, "KRW", 1_020_000),
    ]);
    expect(s.penalties.map((p) => p.amount)).toEqual([5_000_000, 1_500_000_000]);
  });
  it("lists this incident's actors once each, in order of first mention", () => {
    const actor = (name: string, involvement: ValueOf<"actor">["involvement"]) =>
      claim(
        "actor",
        { name, aliases: [], type: "person", role: null, affiliation: null, involvement },
        name,
      );
    const contoso = { ...actor("Contoso", "victim"), subject: "Contoso" };
    const s = summarize([
      actor("Northwind", "victim"),
      contoso,
      actor("Dana Reyes", "executive"),
      actor("northwind", "victim"),
    ]);
    expect(s.actors.map((a) => a.name)).toEqual(["Northwind", "Dana Reyes"]);
  });
});

describe("end to end", () => {
  it("picks the text's own breach when it compares with an earlier one", () => {
    const out = extractText(
      [
        "Data breach at Northwind Traders exposes 12 million customers",
        "",
        "Northwind Traders confirmed on Monday that hackers stole the names and email addresses of 12 million customers in March 2024.",
        "A previous breach in 2019 exposed 3 million records.",
      ].join("\n"),
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const { summary } = out.document;
    expect(summary.victim).toBe("Northwind Traders");
    expect(summary.affected?.count).toBe(12_000_000);
    expect(summary.dataExposed).toEqual(expect.arrayContaining(["email", "name"]));
    const earlier = out.document.claims.find((c) => c.text.startsWith("3 million"));
    expect(earlier?.subject).toBe("other");
  });
});

describe("the total, not a part of it", () => {
  it("passes over a count that is a part of another ('of whom')", () => {
    const whole = affected(50_000, "about 50,000 records", "records", "approx");
    const part = {
      ...affected(2_000, "2,000 customers", "customers"),
      sentence: "The leak held about 50,000 records, of whom 2,000 customers had cards stolen.",
    };
    expect(bestAffected([whole, part])?.value.count).toBe(50_000);
  });

  it("keeps a part when it is the only count", () => {
    const part = {
      ...affected(2_000, "2,000 customers", "customers"),
      sentence: "Of them, among them 2,000 customers had cards stolen.",
    };
    expect(bestAffected([part])?.value.count).toBe(2_000);
  });
});

describe("the breach date", () => {
  it("takes the sharpest of dates that agree ('2014' in a title, 'February 2014' below)", () => {
    const claims = [
      date("2014", "breach", "Northwind", "year"),
      date("2014-02", "breach", "Northwind", "month"),
    ];
    expect(summarize(claims).breachDate).toEqual({ date: "2014-02", grain: "month" });
  });
});
