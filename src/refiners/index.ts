// Refiners run in this order after the matchers (chrono's refiners).
import type { Refiner } from "../rules/index.js";
import bound from "./bound.js";
import modality from "./modality.js";
import overlap from "./overlap.js";
import subject from "./subject.js";

export const refiners: readonly Refiner[] = [overlap, bound, modality, subject];
