// The data matchers, in the order they run (a denial first: on a tie it wins).
import type { Matcher } from "../../rules/index.js";
import aboutHealth from "./about-health.js";
import cardRead from "./card-read.js";
import compound from "./compound.js";
import counted from "./counted.js";
import denial from "./denial.js";
import exposureVerb from "./exposure-verb.js";
import inclusion from "./inclusion.js";
import list from "./list.js";
import passive from "./passive.js";
import patientInformation from "./patient-information.js";
import patientsHad from "./patients-had.js";

export const dataMatchers: Matcher<"data">[] = [
  denial,
  passive,
  inclusion,
  exposureVerb,
  counted,
  list,
  patientInformation,
  patientsHad,
  aboutHealth,
  compound,
  cardRead,
];
