// Shared by the data matchers: items a list reader found that the words around them show are
// not data of the breach: an email that is a message ("The email included …"), a name that
// is whose account it is ("accounts opened in the names of eight patients"), "addresses" that
// are the email addresses the sentence is about, and items after a purpose clause ("copied card data to print cards bearing their own names"). Not a matcher
// (the registry skips `_` files).
import type { Item, ListOptions } from "./_terms.js";
import { isDenied, readList, termAt } from "./_terms.js";

/** "the emails", "The email included …": a message, not an address. */
const DETERMINER_BEFORE = /(?:^|[\s"“(])(?:the|this|that|these|those|an?)\s{1,3}$/i;
const EMAIL_ITEM = /^e-?mails?$/i;
const PLURAL = /s$/i;
/** What may follow an email address in a list: a separator, or the end of the clause. */
const LIST_AFTER = /^\s{0,3}(?:[,/&]|and\b|or\b|$)/i;

function isMessage(text: string, item: Item): boolean {
  const word = text.slice(item.start, item.end);
  if (!item.listOnly || !EMAIL_ITEM.test(word)) return false;
  if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, item.start - 12), item.start))) return false;
  return PLURAL.test(word) || !LIST_AFTER.test(text.slice(item.end, item.end + 8));
}

/** "in the names of", "in their names", "under his name": whose it is, not data. */
const IN_NAME_OF =
  /\b(?:in|under)\s{1,3}(?:the|their|his|her|its|your|our|my)\s{1,3}(?:own\s{1,3})?$/i;
/** "their own names": the actor's, not the victims'. */
const OWN_BEFORE = /\bown\s{1,3}$/i;

function isWhoseName(text: string, item: Item): boolean {
  if (item.category !== "name") return false;
  const before = text.slice(Math.max(0, item.start - 24), item.start);
  return IN_NAME_OF.test(before) || OWN_BEFORE.test(before);
}

/**
 * "… card details to forge cards with …": an infinitive right after an item ends the list
 * (not "links to Facebook accounts", a noun after a separator).
 */
const PURPOSE =
  /^\s{1,3}(?:in\s{1,3}order\s{1,3})?to\s{1,3}(?!(?:the|a|an|their|his|her|its|our|your|some|all|any|each|other|which|whom|be)\b)[a-z]{3,20}\b/u;

/** Words that make an address a place: "home", "physical", "postal" … */
const PLACE_WORD =
  /\b(?:home|physical|postal|mailing|delivery|shipping|billing|street|residential)\b/i;
const BARE_ADDRESS = /(?:^|\s)addresses?$/i;
const EMAIL_ADDRESS = /\be-?mail\s{1,3}address/i;

/**
 * "another file of 0.9M addresses", "passwords those addresses had used": a bare
 * "addresses" read alone in a sentence about email addresses means those, not places.
 */
function isEmailAnaphor(text: string, items: readonly Item[]): boolean {
  if (items.length !== 1 || items[0]!.category !== "address") return false;
  const words = text.slice(items[0]!.start, items[0]!.end);
  return BARE_ADDRESS.test(words) && !PLACE_WORD.test(words) && EMAIL_ADDRESS.test(text);
}

/**
 * The items `readList` reads, without those the words around show are not breached data; a
 * weak term left alone is dropped as `readList` drops it.
 */
export function readItems(text: string, pos: number, opts: ListOptions): Item[] {
  const read = readList(text, pos, opts);
  const items: Item[] = [];
  for (const item of read) {
    const prev = items[items.length - 1];
    if (prev && PURPOSE.test(text.slice(prev.end, item.start))) break;
    if (isMessage(text, item) || isWhoseName(text, item)) continue;
    items.push(item);
  }
  if (isEmailAnaphor(text, items)) return [];
  if (items.length === read.length || items.length >= 2) return items;
  return items.filter((i) => !i.weak);
}

/**
 * Whether `pos` is inside a longer term that starts a word or two before ("the account
 * credentials": "credentials" at `pos`): the earlier start reads it, or rejects it.
 */
export function insideTerm(text: string, pos: number): boolean {
  let q = pos - 1;
  for (let words = 0; words < 2 && q > 0; words++) {
    while (q > 0 && /[\s-]/.test(text[q]!)) q--;
    while (q > 0 && /[\p{L}\p{N}'’]/u.test(text[q - 1]!)) q--;
    const t = termAt(text, q);
    if (t && t.end >= pos + 1 && t.start < pos) return true;
    q--;
  }
  return false;
}

/** "debit card and routing numbers were not affected": words the list left unread. */
const ELLIPSIS_TAIL =
  /^\s{1,3}(?:and|or)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}[\w'’-]{1,30}(?=[\s,]{1,3}(?:was|were|is|are|has|have|had)\b)/i;

/**
 * Whether a list is denied after words it could not read as an item: "debit card and routing
 * numbers were not affected" ("debit card" is read, "routing numbers" not).
 */
export function deniedPastTail(text: string, items: readonly Item[]): boolean {
  if (!items.length) return false;
  const end = items[items.length - 1]!.end;
  const tail = ELLIPSIS_TAIL.exec(text.slice(end, end + 100));
  return tail !== null && isDenied(text, items[0]!.start, end + tail[0].length);
}
