// format: claims become the chosen document. The registry is the one list of format names: --format's help and
// validation are derived from it. Every formatter takes the documents and the options that concern it.
import type { Document } from "../schema.js";
import { yaml } from "../yaml.js";
import { type CsvOptions, csv } from "./csv.js";
import { html } from "./html.js";
import { markdown } from "./markdown.js";
import { type SummaryOptions, summary } from "./summary.js";

/** Options a formatter may read; the others ignore them. */
export interface FormatOptions extends CsvOptions, SummaryOptions {}

/** One input prints its document; several print { documents: [...] }. */
const wrap = (docs: Document[]) => (docs.length === 1 ? docs[0] : { documents: docs });

export const formatters = {
  json: (docs: Document[], _options?: FormatOptions) => `${JSON.stringify(wrap(docs), null, 2)}\n`,
  // one claim per line, each carrying its source path, for jq and line-oriented tools
  ndjson: (docs: Document[], _options?: FormatOptions) =>
    docs.flatMap((d) => d.claims.map((c) => `${JSON.stringify({ source: d.source.path, ...c })}\n`)).join(""),
  yaml: (docs: Document[], _options?: FormatOptions) => yaml().stringify(wrap(docs), { lineWidth: 0 }),
  md: (docs: Document[], _options?: FormatOptions) => markdown(docs),
  html: (docs: Document[], _options?: FormatOptions) => html(docs),
  csv: (docs: Document[], options?: FormatOptions) => csv(docs, options),
  // the short coloured table a terminal gets when no --format is given
  summary: (docs: Document[], options?: FormatOptions) => summary(docs, options),
} as const;

export type FormatName = keyof typeof formatters;
export const formatNames = Object.keys(formatters) as FormatName[];
export const isFormat = (name: string): name is FormatName => Object.hasOwn(formatters, name);

/** The formats that print --explain's skipped mentions; ndjson and csv hold one claim or one figure per row. */
export const explainFormats: readonly FormatName[] = ["json", "yaml", "md", "html", "summary"];

/**
 * Checks that the output options fit the format; returns a one-line message for a usage error, or null.
 * --bom is for csv only; --explain needs a format with room for the skipped mentions.
 */
export function checkFormatOptions(format: FormatName, options: { bom?: boolean; explain?: boolean }): string | null {
  if (options.bom && format !== "csv") return `--bom is for --format csv (a byte order mark for Excel), not ${format}`;
  if (options.explain && !explainFormats.includes(format))
    return `--explain prints the skipped mentions in ${explainFormats.join(", ")}; ${format} has one ${format === "csv" ? "figure" : "claim"} per row and no place for them`;
  return null;
}

/** The format when none is asked for: the summary table in a terminal, json in a pipe or a file. */
export const defaultFormat = (stdoutIsTTY: boolean, toFile: boolean): FormatName =>
  stdoutIsTTY && !toFile ? "summary" : "json";
