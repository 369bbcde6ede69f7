// The breached organisation with a description in apposition: "Rakuten, Japan's leading
// e-commerce platform", "Acme, the country's largest retailer", "K12.com, an online education
// platform" — in a sentence about the breach.
import { defineMatcher, type Hit } from "../../rules/index.js";
import {
  BREACH_CONTEXT,
  BREACH_CONTEXT_TRIGGERS,
  COMPANY_NOUN,
  COUNTRY,
  orgBefore,
  THIS_COUNTRY_WORDS,
  victimActor,
} from "./_shared.js";

const PATTERN = new RegExp(
  String.raw`,\s(?:(?:${COUNTRY}|${THIS_COUNTRY_WORDS})['’]s\s(?:[\p{Ll}\d][\p{Ll}\d-]{0,25}\s){0,3}|(?:the|an?|one\sof\sthe)\s(?:[\p{Ll}\d][\p{Ll}\d-]{0,25}\s){1,3})${COMPANY_NOUN}s?\b`,
  "gu",
);

/** A company that helps after a breach: "Northwind Shield, the breach response company". */
const HELPER =
  /\b(?:security|cybersecurity|breach|forensics?|consulting|consultancy|solutions|law|legal|research|intelligence|insurance|pr)\b/u;
const FUNCTION_WORD = /\s(?:for|of|at|in|with|from|by|to|and|or|who|which)\s/u;

export default defineMatcher({
  id: "actor.victim-apposition",
  kind: "actor",
  description: "The breached organisation, then a description of it in apposition.",
  pattern: PATTERN,
  triggers: BREACH_CONTEXT_TRIGGERS,
  extract(m, { sentence }) {
    if (!BREACH_CONTEXT.test(sentence.text)) return null;
    // "Tom Reyna, a spokesman for the lender": a person described by a phrase, not a company.
    const description = m[0].replace(/^,\sone\sof\sthe/u, "");
    if (FUNCTION_WORD.test(description) || HELPER.test(description)) return null;
    const found = orgBefore(sentence.text, m.index);
    if (!found) return null;
    const value = victimActor(found.raw);
    if (!value) return null;
    const start = found.start + found.raw.indexOf(value.name);
    const hit: Hit<"actor"> = { value, start, end: m.index + m[0].length };
    return [hit];
  },
  examples: {
    valid: [
      {
        text: "The breach at Yahoo, one of the largest web portals, was disclosed late.",
        match: "Yahoo, one of the largest web portals",
        value: { name: "Yahoo", involvement: "victim" },
      },
      {
        text: "A data breach at Rakuten, Japan's leading e-commerce platform, exposed emails.",
        match: "Rakuten, Japan's leading e-commerce platform",
        value: { name: "Rakuten", type: "organization", involvement: "victim" },
      },
      {
        text: "Tutorix.com, an online tutoring platform, accidentally exposed the records of pupils.",
        match: "Tutorix.com, an online tutoring platform",
        value: { name: "Tutorix.com", involvement: "victim" },
      },
      {
        text: "The breach at Optus, the country's second-largest telecom provider, hit millions.",
        match: "Optus, the country's second-largest telecom provider",
        value: { name: "Optus", involvement: "victim" },
      },
    ],
    invalid: [
      "Acme, a leading retail chain, opened ten stores this year.",
      "Washington, the company said, was not involved in the breach.",
      "In Seoul, the capital, officials discussed the breach.",
      "“We regret the breach,” said Tom Reyna, a spokesman for the lender.",
      "After the breach, Kroll, a cybersecurity consulting firm, was retained.",
    ],
  },
});
