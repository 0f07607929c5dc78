// The one definition of a claim. Everything the tool prints is validated against these schemas in tests,
// and `interview-claims schema` prints the JSON Schema generated from them (z.toJSONSchema), so the
// documentation of the output cannot drift from the code.
import { z } from "zod";
import { approxKinds, claimTypes, grains, quantityKinds } from "./choices.js";

export type { Approx, ClaimType, Grain, QuantityKind } from "./choices.js";
export { approxKinds, claimTypes, grains, quantityKinds } from "./choices.js";

/** Where a piece of text stands in the input: 1-based line and column, 0-based offsets [start, end). */
export const Span = z
  .object({
    line: z.int().min(1).describe("1-based line of the first character"),
    column: z.int().min(1).describe("1-based column (in UTF-16 code units) of the first character"),
    start: z.int().min(0).describe("offset of the first character in the decoded input"),
    end: z.int().min(0).describe("offset just past the last character"),
  })
  .describe("A place in the input file");

export const Quantity = z.object({
  text: z.string().describe("the figure exactly as written in the input, at `span`"),
  kind: z.enum(quantityKinds),
  value: z.number().nullable().describe("the single value; null for a range (see min and max)"),
  min: z.number().nullable().describe("lower end of a range, or null"),
  max: z.number().nullable().describe("upper end of a range, or null"),
  unit: z
    .string()
    .nullable()
    .describe("ISO 4217 code for money, % for percent, pp for percentage points, an English unit name otherwise"),
  approx: z.enum(approxKinds).nullable().describe("null when stated exactly"),
  display: z.string().describe("a compact international form: 800M, $1.4T, 3×, 6–8 weeks"),
  ambiguous: z.array(z.number()).optional().describe("other values the Chinese allows (翻了三倍: 3 or 4)"),
  line: z.int().min(1),
  span: Span,
});

export const TimeRef = z.object({
  text: z.string().describe("the time expression as written"),
  line: z.int().min(1),
  start: z.iso
    .date()
    .nullable()
    .describe(
      "first day, YYYY-MM-DD; null when relative and no anchor date is known, or before the year 1 or after 9999 (公元前221年)",
    ),
  end: z.iso
    .date()
    .nullable()
    .describe(
      "last day, YYYY-MM-DD; null when relative and no anchor date is known, or before the year 1 or after 9999",
    ),
  grain: z.enum(grains),
  relative: z.boolean().describe("true when the text is relative (明年, 三年前) and was resolved against an anchor"),
  span: Span,
});

export const Claim = z.object({
  id: z.string().describe("stable within a document: c<line>-<column>"),
  type: z.enum(claimTypes),
  text: z.string().describe("the sentence the claim came from, as read (captions joined)"),
  subject: z.string().nullable().describe("what the figure measures, as the text says it"),
  speaker: z.string().nullable().describe("who the claim is attributed to; null for the narrator"),
  hedge: z.string().nullable().describe("the hedging or certainty word (可能, 左右, 一定), if any"),
  negated: z.boolean(),
  quantities: z.array(Quantity),
  time: TimeRef.nullable(),
  span: Span,
  cue: z
    .object({ start: z.string(), end: z.string() })
    .nullable()
    .describe("subtitle timestamps (HH:MM:SS,mmm) of the cues the claim spans, for SRT and WebVTT input"),
});

export const Source = z.object({
  path: z.string().describe("the input's path as given, or - for stdin"),
  format: z.enum(["text", "srt", "vtt", "markdown"]),
  encoding: z.string(),
  title: z.string().nullable(),
  anchorDate: z.iso.date().nullable().describe("the date relative times were resolved against"),
  lines: z.int().min(0),
});

export const Skipped = z
  .object({
    text: z.string().describe("the numeric mention as read"),
    line: z.int().min(1),
    reason: z.string().describe("why it is not a claim: a model name, an ordinal, an idiom, a date, a question…"),
  })
  .describe("A numeric mention that did not become a claim");

export const Document = z.object({
  source: Source,
  claims: z.array(Claim),
  skipped: z
    .array(Skipped)
    .optional()
    .describe("with --explain: every numeric mention that did not become a claim, and why"),
});
export const Documents = z.object({ documents: z.array(Document) });

export type Span = z.infer<typeof Span>;
export type Quantity = z.infer<typeof Quantity>;
export type TimeRef = z.infer<typeof TimeRef>;
export type Claim = z.infer<typeof Claim>;
export type Source = z.infer<typeof Source>;
export type Skipped = z.infer<typeof Skipped>;
export type Document = z.infer<typeof Document>;
