// Who did it, in VERIS terms, from the suspects the claims name.
import type { ActorVariety, Claim } from "../contract/index.js";
import type { SourceDoc } from "../document/index.js";

const INTERNAL =
  /\b(?:employee|staff|insider|worker|administrator|officer|nurse|doctor|clerk)s?\b/i;
const PARTNER =
  /\b(?:vendor|contractor|supplier|partner|third[- ]party|service provider|consultant)s?\b/i;

export function actorVarietyOf(
  claims: readonly Claim[],
  _victim: string | null,
  _doc?: SourceDoc,
): ActorVariety | null {
  for (const c of claims) {
    if (c.kind !== "actor" || c.value.involvement !== "suspect") continue;
    const words = `${c.value.role ?? ""} ${c.value.name}`;
    if (PARTNER.test(words)) return "partner";
    if (INTERNAL.test(words)) return "internal";
    return "external";
  }
  return null;
}
