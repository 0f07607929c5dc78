// filter: which claims and figures a reader asked for (--type, --speaker, --kind, --due-before, --due-after) and
// --explain. Every value is checked here so that a mistake is one line and exit 2, before any input is read; the
// command line only wires its options to these functions.
import { type ClaimType, claimTypes, isIsoDate, type QuantityKind, quantityKinds } from "./choices.js";
import type { Claim, Document, Skipped } from "./schema.js";

/** A filter value the command cannot use: the message is one line, for exit 2. */
export class FilterError extends Error {}

/** The options as the command line gives them: list options may repeat and hold comma-separated values. */
export interface FilterFlags {
  type?: string[];
  speaker?: string[];
  kind?: string[];
  dueBefore?: string;
  dueAfter?: string;
}

/** A checked filter; null means "no condition". */
export interface Filter {
  types: ReadonlySet<ClaimType> | null;
  /** lower-cased, NFKC-normalised names; a claim matches when its speaker contains one of them */
  speakers: string[] | null;
  kinds: ReadonlySet<QuantityKind> | null;
  /** a dated prediction or plan is kept when its period ends on or before this day */
  dueBefore: string | null;
  /** a dated prediction or plan is kept when its period starts on or after this day */
  dueAfter: string | null;
}

/** The claim types a --due-before/--due-after filter keeps: the forward-looking ones. */
export const dueTypes: readonly ClaimType[] = ["prediction", "plan"];

/** Commander's collector for a repeatable option: --type prediction --type plan → ["prediction", "plan"]. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Splits repeated, comma-separated values (中文逗号 too): ["prediction,plan", "metric"] → three values. */
function split(option: string, values: string[] | undefined): string[] | null {
  if (values === undefined || values.length === 0) return null;
  const out = values.flatMap((v) => v.split(/[,，]/u)).map((v) => v.trim());
  if (out.some((v) => v === "")) throw new FilterError(`${option} has an empty value: write e.g. ${option} a,b`);
  return out;
}

/** Checks values against a closed list: an unknown one names the choices. */
function oneOf<T extends string>(option: string, values: string[] | null, choices: readonly T[]): Set<T> | null {
  if (values === null) return null;
  const out = new Set<T>();
  for (const v of values) {
    const lower = v.toLowerCase();
    const hit = choices.find((c) => c === lower);
    if (!hit) throw new FilterError(`${option} "${v}" is not one of ${choices.join(", ")}`);
    out.add(hit);
  }
  return out;
}

function day(option: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!isIsoDate(value))
    throw new FilterError(`${option} "${value}" is not a real date: write it as YYYY-MM-DD, e.g. ${option} 2026-12-31`);
  return value;
}

const fold = (s: string) => s.normalize("NFKC").toLowerCase();

/** Checks the filter options; throws FilterError with a one-line message. */
export function parseFilter(flags: FilterFlags): Filter {
  const dueBefore = day("--due-before", flags.dueBefore);
  const dueAfter = day("--due-after", flags.dueAfter);
  if (dueBefore !== null && dueAfter !== null && dueAfter > dueBefore)
    throw new FilterError(`--due-after ${dueAfter} is later than --due-before ${dueBefore}: nothing could match`);
  return {
    types: oneOf("--type", split("--type", flags.type), claimTypes),
    speakers: split("--speaker", flags.speaker)?.map(fold) ?? null,
    kinds: oneOf("--kind", split("--kind", flags.kind), quantityKinds),
    dueBefore,
    dueAfter,
  };
}

/** True when the filter keeps everything. */
export const isEmpty = (f: Filter): boolean =>
  f.types === null && f.speakers === null && f.kinds === null && f.dueBefore === null && f.dueAfter === null;

function keepClaim(c: Claim, f: Filter): boolean {
  if (f.types && !f.types.has(c.type)) return false;
  if (f.speakers) {
    const who = c.speaker === null ? null : fold(c.speaker);
    if (who === null || !f.speakers.some((s) => who.includes(s))) return false;
  }
  if (f.dueBefore !== null || f.dueAfter !== null) {
    if (!dueTypes.includes(c.type) || !c.time?.start || !c.time.end) return false;
    if (f.dueBefore !== null && c.time.end > f.dueBefore) return false;
    if (f.dueAfter !== null && c.time.start < f.dueAfter) return false;
  }
  return true;
}

/**
 * The document with only the claims the filter keeps. --kind also keeps only the figures of those kinds inside a
 * claim, and drops the claims left with none. The source is untouched; claims are not copied unless trimmed.
 */
export function applyFilter(doc: Document, f: Filter): Document {
  if (isEmpty(f)) return doc;
  const claims: Claim[] = [];
  for (const c of doc.claims) {
    if (!keepClaim(c, f)) continue;
    if (f.kinds) {
      const kinds = f.kinds;
      const quantities = c.quantities.filter((q) => kinds.has(q.kind));
      if (quantities.length === 0) continue;
      claims.push(quantities.length === c.quantities.length ? c : { ...c, quantities });
    } else claims.push(c);
  }
  return { ...doc, claims };
}

/**
 * What the command prints for one input: the filtered document, with the skipped mentions attached when --explain
 * is on (the skipped list is about the input, so filters do not touch it).
 */
export function view(doc: Document, skipped: Skipped[], f: Filter, explain: boolean): Document {
  const kept = applyFilter(doc, f);
  return explain ? { ...kept, skipped } : kept;
}
