// A person's name with the title in brackets after it: "Jane Roe (Acme CEO)",
// "Kim Min-seok(Globex Vice President)", "Tom Reyes (chief executive)".
import { defineMatcher } from "../../rules/index.js";
import {
  ORG_NAME,
  PERSON_NAME,
  ROLE,
  cleanStart,
  employerOf,
  longerRole,
  personName,
  titledPerson,
} from "./_shared.js";

const PATTERN = new RegExp(
  String.raw`\b(${PERSON_NAME})\s?\((?:(${ORG_NAME})\s)?(${ROLE})\)`,
  "gu",
);
const NAME_GROUP = 1;
const ORG_GROUP = 2;
const ROLE_GROUP = 3;

export default defineMatcher({
  id: "actor.name-bracket-title",
  kind: "actor",
  description: "A person's name with the title, and its employer, in brackets after it.",
  pattern: PATTERN,
  triggers: [":capital"],
  extract(m, { sentence }) {
    if (!cleanStart(sentence.text, m.index)) return null;
    const name = personName(m[NAME_GROUP]!);
    if (name === null || name !== m[NAME_GROUP]) return null;
    let role = m[ROLE_GROUP]!;
    let employer = m[ORG_GROUP];
    const merged = longerRole(employer, role);
    if (merged) {
      role = merged.role; // "(Globex Vice President)"
      employer = merged.employer;
    }
    const affiliation = employer ? employerOf(employer) : null;
    return titledPerson(name, role, affiliation);
  },
  examples: {
    valid: [
      {
        text: "Kim Min-seok(Globex Vice President) bowed to reporters.",
        match: "Kim Min-seok(Globex Vice President)",
        value: {
          name: "Kim Min-seok",
          type: "person",
          role: "Vice President",
          affiliation: "Globex",
          involvement: "executive",
        },
      },
      {
        text: "Jane Roe (Acme CEO) answered questions.",
        match: "Jane Roe (Acme CEO)",
        value: { name: "Jane Roe", role: "CEO", affiliation: "Acme", involvement: "executive" },
      },
    ],
    invalid: ["The Privacy Act (Data Officer) applies.", "Seoul Station (Main Office) was closed."],
  },
});
