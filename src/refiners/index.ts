// Refiners run in this order after the matchers (chrono's refiners):
//   overlap  — one claim per stretch of text (the longer wins; unrelated actors may share words),
//              so the later passes see only the claims that will be printed;
//   event    — what each date and duration is the time of (breach, detection, disclosure …),
//              from the words around it;
//   bound    — qualifier words around a quantity ("nearly", "more than");
//   status   — a penalty's status from the document (a settlement awaiting approval is proposed)
//              and from the amount before it in a list;
//   modality — how the source holds each claim, from the cues of its clause;
//   subject  — whom each claim is about: the victim (found from every claim, actors included),
//              another incident, or nobody (a publication date).
import type { Refiner } from "../rules/index.js";
import bound from "./bound.js";
import event from "./event.js";
import modality from "./modality.js";
import overlap from "./overlap.js";
import status from "./status.js";
import subject from "./subject.js";

export const refiners: readonly Refiner[] = [overlap, event, bound, status, modality, subject];
