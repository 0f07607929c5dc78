// The closed lists of the output's fields, and the date form of the command's options: what the formatters and the
// option checks need at every start, kept apart from the zod schemas (src/schema.ts), which only tests, `schema` and
// `score` load.

export const quantityKinds = ["count", "percent", "money", "multiple", "duration", "measure"] as const;
export const approxKinds = ["about", "over", "under", "nearly", "vague"] as const;
export const claimTypes = ["metric", "prediction", "plan", "hypothetical"] as const;
export const grains = ["day", "month", "quarter", "half", "year", "decade", "open"] as const;

export type QuantityKind = (typeof quantityKinds)[number];
export type Approx = (typeof approxKinds)[number];
export type ClaimType = (typeof claimTypes)[number];
export type Grain = (typeof grains)[number];

/** Whether a string is a real day written YYYY-MM-DD: 2024-02-29, not 2025-02-29, 2025-2-3 or 2025-12-18T00:00. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
