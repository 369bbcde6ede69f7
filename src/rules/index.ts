export * from "./define.js";
export * from "./engine.js";
export * from "./regex.js";
export * from "./triggers.js";
export { firstWord, prefixesOf } from "../lexicon/classes.js";
