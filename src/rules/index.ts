export * from "./define.js";
export * from "./engine.js";
export * from "./regex.js";
export * from "./triggers.js";
