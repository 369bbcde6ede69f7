export * from "./claim.js";
export * from "./summary.js";
export * from "./error.js";
export * from "./document.js";
export * from "./incident.js";
export * from "./report.js";
