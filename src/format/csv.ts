// format: CSV for spreadsheets, one row per quantity (RFC 4180: CRLF line ends, a field with a comma, a quote or a
// line break is quoted and its quotes doubled). Figures are written exactly as the document holds them; a claim
// without a figure (a dated forecast with no number) has no row.
import type { Document } from "../schema.js";

export interface CsvOptions {
  /** start with a UTF-8 byte order mark so that Excel reads the Chinese text as UTF-8 */
  bom?: boolean;
}

export const csvColumns = [
  "source",
  "claim_id",
  "line",
  "figure",
  "kind",
  "value",
  "min",
  "max",
  "unit",
  "approx",
  "display",
  "subject",
  "speaker",
  "type",
  "time_start",
  "time_end",
  "claim",
] as const;

// a field that must be quoted: a comma, a double quote, CR or LF (e.g. 他说："8亿，翻倍")
const needsQuotes = /[",\r\n]/u;

/** One RFC 4180 field; null and undefined are empty. */
export function field(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csv(docs: Document[], options: CsvOptions = {}): string {
  const lines = [csvColumns.join(",")];
  for (const d of docs) {
    for (const c of d.claims) {
      for (const q of c.quantities) {
        const values = [
          d.source.path,
          c.id,
          q.line,
          q.text,
          q.kind,
          q.value,
          q.min,
          q.max,
          q.unit,
          q.approx,
          q.display,
          c.subject,
          c.speaker,
          c.type,
          c.time?.start,
          c.time?.end,
          c.text,
        ];
        lines.push(values.map(field).join(","));
      }
    }
  }
  return `${options.bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}
