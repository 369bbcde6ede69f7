// Scoring extraction against gold: claim gold (P/R/F1 per kind, attribute accuracy) and fact
// files (summary accuracy), as ../shared/CLAIMS.md defines both.
export * from "./claims.js";
export * from "./facts.js";
export * from "./gates.js";
export * from "./incidents.js";
export * from "./load.js";
export * from "./run.js";
export * from "./render.js";
