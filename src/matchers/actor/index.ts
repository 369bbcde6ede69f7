// The actor matchers, in the order they run (on equal spans the earlier one wins).
import type { Matcher } from "../../rules/index.js";
import acronymBody from "./acronym-body.js";
import bareAcronym from "./bare-acronym.js";
import governmentBody from "./government-body.js";
import nameBracketTitle from "./name-bracket-title.js";
import nameTitle from "./name-title.js";
import namedSuspect from "./named-suspect.js";
import peerCompanies from "./peer-companies.js";
import police from "./police.js";
import relatedCompany from "./related-company.js";
import threatGroup from "./threat-group.js";
import titleApposition from "./title-apposition.js";
import titleName from "./title-name.js";
import unnamedSuspect from "./unnamed-suspect.js";
import victimApposition from "./victim-apposition.js";
import victimBreachAt from "./victim-breach-at.js";
import victimConfirms from "./victim-confirms.js";
import victimDescriptor from "./victim-descriptor.js";
import victimHacked from "./victim-hacked.js";
import victimPossessiveBreach from "./victim-possessive-breach.js";

export const actorMatchers: Matcher<"actor">[] = [
  titleApposition,
  titleName,
  nameTitle,
  nameBracketTitle,
  namedSuspect,
  acronymBody,
  governmentBody,
  bareAcronym,
  police,
  unnamedSuspect,
  threatGroup,
  victimApposition,
  relatedCompany,
  peerCompanies,
  victimDescriptor,
  victimConfirms,
  victimBreachAt,
  victimHacked,
  victimPossessiveBreach,
];
