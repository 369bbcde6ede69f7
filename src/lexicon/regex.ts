// Regular-expression source from word lists: the one escape every pattern built from a lexicon
// goes through.

/** `s` as a literal inside a regular expression (`u` flag or not). */
export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
