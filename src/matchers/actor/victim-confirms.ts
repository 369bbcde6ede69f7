// An organisation that owns up to a breach: "Acme has confirmed a data breach", "Acme Inc.
// disclosed that hackers …", "Acme is notifying 880 patients" — the sentence names the breach.
import { defineMatcher, type Hit } from "../../rules/index.js";
import { BREACH_CONTEXT, BREACH_CONTEXT_TRIGGERS, ORG_NAME, victimActor } from "./_shared.js";

const PATTERN = new RegExp(
  String.raw`(?:^|(?<=[.;:]\s|\bthat\s|\bsaid\s|“|"))(?:[Tt]he\s)?(${ORG_NAME})\s(?:(?:has|have|had|is|was)\s)?(?:(?:also|recently|now|officially)\s)?(?:confirmed|disclosed|announced|revealed|admitted|acknowledged|suffered|experienced|reported\s(?:an?|the)\s(?:[\w-]{1,20}\s){0,2}(?:breach|incident|hack|attack|intrusion)|notified|notifying|began\snotifying|been\shacked|been\sbreached|hacked|breached|fell\svictim|[Gg](?:ets|ot)\s(?:[Hh]acked|[Bb]reached))\b`,
  "gu",
);

export default defineMatcher({
  id: "actor.victim-confirms",
  kind: "actor",
  description: "An organisation, as subject, confirming or suffering a breach the sentence names.",
  pattern: PATTERN,
  triggers: BREACH_CONTEXT_TRIGGERS,
  extract(m, { sentence }) {
    if (!BREACH_CONTEXT.test(sentence.text)) return null;
    const value = victimActor(m[1]!);
    if (!value) return null;
    const start = m.index + m[0].indexOf(m[1]!) + m[1]!.indexOf(value.name);
    const hit: Hit<"actor"> = { value, start, end: start + value.name.length };
    return [hit];
  },
  examples: {
    valid: [
      {
        text: "Ticketfly has confirmed a data breach affecting 27 million accounts.",
        match: "Ticketfly",
        value: { name: "Ticketfly", type: "organization", involvement: "victim" },
      },
      {
        text: "Midwest Orthopaedics disclosed that an unknown person accessed a doctor's account and the breach hit 1,200 patients.",
        match: "Midwest Orthopaedics",
        value: { name: "Midwest Orthopaedics", involvement: "victim" },
      },
      {
        text: "The Singapore Red Cross was hacked and the personal data of donors compromised.",
        match: "Singapore Red Cross",
        value: { name: "Singapore Red Cross" },
      },
      {
        text: "Kickstarter Gets Hacked, Urges Users to Change Passwords",
        match: "Kickstarter",
        value: { name: "Kickstarter", involvement: "victim" },
      },
    ],
    invalid: [
      "Users who got hacked should change their passwords.",
      "Ticketfly has confirmed its quarterly results.",
      "Police confirmed the arrest of a suspect in the breach.",
      "Analysts reported that the breach was large.",
      "The Daily Herald reported Friday that the clinic settled over the breach.",
      "Patient A reported the matter to the dental practice.",
    ],
  },
});
