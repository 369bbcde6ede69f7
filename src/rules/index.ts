export * from "./define.js";
export * from "./engine.js";
