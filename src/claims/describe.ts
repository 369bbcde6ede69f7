// Claim values as short human text: fact values in incidents, the table and markdown formats.
import type { Claim } from "../contract/index.js";

const BOUND_WORD = {
  exact: "",
  approx: "about ",
  at_least: "at least ",
  at_most: "at most ",
} as const;

/** Made once: `toLocaleString` with options builds a formatter on every call (about 20 µs). */
const NUMBER_FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatNumber(n: number): string {
  return NUMBER_FORMAT.format(n);
}

export function formatMoney(amount: number, currency: string): string {
  return `${formatNumber(amount)} ${currency}`;
}

/** "1,200,000 users", "6,800,000,000 KRW (≈ 5,100,000 USD)", "Jane Roe (CEO, Acme)". */
export function describeValue(claim: Claim): string {
  switch (claim.kind) {
    case "affected":
      return `${BOUND_WORD[claim.value.bound]}${formatNumber(claim.value.count)} ${claim.value.unit}`;
    case "penalty": {
      const v = claim.value;
      const conv = v.converted
        ? ` (≈ ${formatMoney(v.converted.amount, v.converted.currency)})`
        : "";
      return `${BOUND_WORD[v.bound]}${formatMoney(v.amount, v.currency)}${conv}, ${v.status}`;
    }
    case "date": {
      const v = claim.value;
      return `${v.date}${v.yearInferred ? " (year inferred)" : ""} · ${v.event}`;
    }
    case "duration":
      return `${BOUND_WORD[claim.value.bound]}${claim.value.iso} · ${claim.value.event}`;
    case "actor": {
      const v = claim.value;
      const bits = [v.role, v.affiliation].filter(Boolean).join(", ");
      const aka = v.aliases.length ? ` aka ${v.aliases.join(", ")}` : "";
      return `${v.name}${aka}${bits ? ` (${bits})` : ""} · ${v.involvement}`;
    }
    case "data":
      return `${claim.value.category}${claim.value.exposed ? "" : " (not exposed)"}`;
  }
}
