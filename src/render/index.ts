// Stage: render. Reports → strings; no I/O here.
export * from "./json.js";
export * from "./table.js";
export * from "./markdown.js";
export * from "./values.js";
export * from "./incident.js";
