// Actor claims over whole passages: who is found, with which role and involvement, and what
// is deliberately not an actor (generic groups, byline debris, surname-only repeats).
import { describe, expect, it } from "vitest";
import type { ClaimOf } from "../src/contract/index.js";
import type { Matcher } from "../src/rules/index.js";
import { actorMatchers } from "../src/matchers/actor/index.js";
import { extractWith } from "./helpers.js";

const actorsIn = (text: string) =>
  extractWith(actorMatchers as Matcher[], text).filter(
    (c): c is ClaimOf<"actor"> => c.kind === "actor",
  );

/** Each name's value at its first mention. */
const byName = (text: string) => {
  const found = new Map<string, ClaimOf<"actor">["value"]>();
  for (const c of actorsIn(text)) if (!found.has(c.value.name)) found.set(c.value.name, c.value);
  return found;
};

const PASSAGE = `Rakuten Data Breach Escalates Into Diplomatic Row

A significant data breach at Rakuten, Japan's leading e-commerce platform, has become a matter of trade talks. The country's Data Protection Authority (DPA) and other relevant agencies launched a probe into the company. Japan's trade envoy, Ryosei Akazawa, met United States Trade Representative (USTR) Jamieson Greer. The dispute came up between Japanese Prime Minister Shigeru Ishiba and U.S. Senator Ron Wyden (D-Oregon). Authorities are probing the firm, and lawmakers and analysts expect fines. Police identified a former Vietnamese employee of Rakuten as a suspect. Rakuten's CEO, Mikitani Hiroshi, apologised. CEO Mikitani Hiroshi later resigned. Reviewed by AInvest News Editorial Team.`;

describe("actors in a breach story", () => {
  const found = byName(PASSAGE);

  it("finds the victim organisation", () => {
    expect(found.get("Rakuten")).toMatchObject({ type: "organization", involvement: "victim" });
  });

  it("finds government bodies with their acronyms as aliases", () => {
    expect(found.get("Data Protection Authority")).toMatchObject({
      aliases: ["DPA"],
      type: "government",
      affiliation: "Japan",
      involvement: "regulator",
    });
    expect(found.get("United States Trade Representative")).toMatchObject({
      aliases: ["USTR"],
      affiliation: "United States",
    });
  });

  it("finds people with role, affiliation and involvement", () => {
    expect(found.get("Ryosei Akazawa")).toMatchObject({
      role: "trade envoy",
      affiliation: "Japan",
      involvement: "official",
    });
    expect(found.get("Jamieson Greer")).toMatchObject({
      role: "Trade Representative",
      involvement: "official",
    });
    expect(found.get("Shigeru Ishiba")).toMatchObject({
      role: "Prime Minister",
      affiliation: "Japan",
    });
    expect(found.get("Ron Wyden")).toMatchObject({ role: "Senator", affiliation: "United States" });
    expect(found.get("Mikitani Hiroshi")).toMatchObject({
      role: "CEO",
      affiliation: "Rakuten",
      involvement: "executive",
    });
  });

  it("finds the police and an unnamed suspect", () => {
    expect(found.get("Police")).toMatchObject({ type: "government", involvement: "investigator" });
    expect(found.get("former Vietnamese employee")).toMatchObject({
      role: "former employee",
      affiliation: "Rakuten",
      involvement: "suspect",
    });
  });

  it("leaves out generic groups and byline debris", () => {
    const names = [...found.keys()].map((n) => n.toLowerCase());
    for (const generic of ["authorities", "lawmakers", "analysts", "agencies"])
      expect(names).not.toContain(generic);
    expect(names.some((n) => /editorial|news/.test(n))).toBe(false);
  });

  it("finds nothing else", () => {
    expect([...found.keys()].sort()).toEqual(
      [
        "Jamieson Greer",
        "Mikitani Hiroshi",
        "Data Protection Authority",
        "Police",
        "Rakuten",
        "Ron Wyden",
        "Ryosei Akazawa",
        "Shigeru Ishiba",
        "United States Trade Representative",
        "former Vietnamese employee",
      ].sort(),
    );
  });
});

describe("names", () => {
  it.each([
    ["South Korea's President Yoon Suk-yeol has ordered a review of the leak.", "Yoon Suk-yeol"],
    ["Interior Minister Kim Ah-young said the breach was serious.", "Kim Ah-young"],
    ["CEO Lee Min-ho acknowledged lapses after the breach.", "Lee Min-ho"],
    ["said company spokesman Sean O'Brien in a statement", "Sean O'Brien"],
    ["Chief Executive Mary McCollum apologised for the breach.", "Mary McCollum"],
  ])("reads hyphenated and compound names: %j", (text, name) => {
    expect(actorsIn(text).map((c) => c.value.name)).toContain(name);
  });

  it("takes no name from a surname-only repeat or a bare title", () => {
    expect(
      actorsIn("President Yoon has demanded swift action. The President was astonished."),
    ).toEqual([]);
  });

  it("does not take a headline's verbs for a name", () => {
    expect(
      actorsIn("Retailer CEO Resigns After Customer Data Breach").map((c) => c.value.name),
    ).toEqual([]);
  });
});

describe("involvement from context", () => {
  it("a body that only advises is other; one that investigates is a regulator", () => {
    const advises = actorsIn(
      "The Japan Cybersecurity & Security Agency has issued public advisories.",
    );
    expect(advises[0]?.value.involvement).toBe("other");
    const probes = actorsIn("The Federal Communications Commission is investigating the carrier.");
    expect(probes[0]?.value.involvement).toBe("regulator");
  });

  it("a president of a country is an official, of an organisation an executive", () => {
    expect(
      byName("France's President Emmanuel Macron spoke.").get("Emmanuel Macron"),
    ).toMatchObject({ involvement: "official" });
    expect(
      byName("Northwind Health President Carla Benning said in a statement.").get("Carla Benning"),
    ).toMatchObject({ involvement: "executive" });
  });

  it("takes the employer a spokesperson speaks for", () => {
    expect(
      byName("said Pieter Vos, a Ministry of Justice spokesman, on Thursday.").get("Pieter Vos"),
    ).toMatchObject({
      role: "spokesman",
      affiliation: "Ministry of Justice",
      involvement: "other",
    });
    expect(
      byName("Assistant United States Attorney Erik Goes said the man was charged.").get(
        "Erik Goes",
      ),
    ).toMatchObject({ role: "Attorney", affiliation: "United States" });
  });

  it("a named hacking group is a suspect", () => {
    expect(
      byName("The hacktivist group Anonymous claimed the breach.").get("Anonymous"),
    ).toMatchObject({ involvement: "suspect" });
  });
});
