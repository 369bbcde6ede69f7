// Which matchers a sentence can wake: each matcher declares `triggers` (see define.ts), and one
// index built from all of them finds, in one pass over a sentence's characters, the words and
// classes that occur in it. A matcher none of whose triggers occurs is not run on the sentence.
//
// Words are runs of ASCII letters and digits, compared in lower case (the ASCII `\b` of the
// patterns stops at the same places). Word triggers live in a trie; `word*` marks a prefix.
import { CURRENCY_SIGNS, WORD_CLASSES as CLASSES } from "../lexicon/classes.js";

const CHAR_CLASSES = [":digit", ":capital", ":currency"];
const UPPER = /^\p{Lu}/u;

interface Node {
  next: Map<number, Node>;
  /** Lists woken when a word ends here, and when a word starts with the path here. */
  exact: number[];
  prefix: number[];
}
const node = (): Node => ({ next: new Map(), exact: [], prefix: [] });

/** Finds which of the given trigger lists occur in a text. */
export class TriggerIndex {
  private readonly root = node();
  private readonly byClass = new Map<string, number[]>(CHAR_CLASSES.map((c) => [c, []]));

  constructor(lists: readonly (readonly string[])[]) {
    lists.forEach((triggers, list) => {
      for (const trigger of triggers) {
        const words = trigger.startsWith(":") ? CLASSES[trigger] : [trigger];
        if (!words && !CHAR_CLASSES.includes(trigger))
          throw new Error(`unknown trigger ${trigger}`);
        this.byClass.get(trigger)?.push(list);
        for (const word of words ?? []) this.add(word, list);
      }
    });
  }

  private add(word: string, list: number): void {
    const prefix = word.endsWith("*");
    const w = prefix ? word.slice(0, -1) : word;
    if (!/^[a-z\d]+$/.test(w)) throw new Error(`trigger ${JSON.stringify(word)}: a-z and digits`);
    let at = this.root;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let next = at.next.get(c);
      if (!next) at.next.set(c, (next = node()));
      at = next;
    }
    (prefix ? at.prefix : at.exact).push(list);
  }

  /** Sets `out[list] = 1` for each list with a trigger in `text` (other entries untouched). */
  find(text: string, out: Uint8Array): void {
    const mark = (lists: number[]) => {
      for (const l of lists) out[l] = 1;
    };
    let digit = false;
    let capital = false;
    let currency = false;
    let at: Node | undefined;
    let inWord = false;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      const upper = c >= 65 && c <= 90;
      const isDigit = c >= 48 && c <= 57;
      if (upper || isDigit || (c >= 97 && c <= 122)) {
        if (!inWord) {
          inWord = true;
          at = this.root;
          if (upper) capital = true;
        }
        if (isDigit) digit = true;
        at = at?.next.get(upper ? c | 32 : c);
        if (at?.prefix.length) mark(at.prefix);
        continue;
      }
      if (inWord && at?.exact.length) mark(at.exact);
      inWord = false;
      if (c < 128) currency ||= CURRENCY_SIGNS.has(text[i]!);
      else {
        currency ||= CURRENCY_SIGNS.has(text[i]!);
        capital ||= UPPER.test(text.slice(i, i + 2));
      }
    }
    if (digit) mark(this.byClass.get(":digit")!);
    if (capital) mark(this.byClass.get(":capital")!);
    if (currency) mark(this.byClass.get(":currency")!);
  }
}
