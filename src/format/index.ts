// format: claims become the chosen document. The registry is the one list of format names: --format's help and
// validation are derived from it.
import { stringify } from "yaml";
import type { Document } from "../schema.js";
import { markdown } from "./markdown.js";

/** One input prints its document; several print { documents: [...] }. */
const wrap = (docs: Document[]) => (docs.length === 1 ? docs[0] : { documents: docs });

export const formatters = {
  json: (docs: Document[]) => `${JSON.stringify(wrap(docs), null, 2)}\n`,
  // one claim per line, each carrying its source path, for jq and line-oriented tools
  ndjson: (docs: Document[]) =>
    docs.flatMap((d) => d.claims.map((c) => `${JSON.stringify({ source: d.source.path, ...c })}\n`)).join(""),
  yaml: (docs: Document[]) => stringify(wrap(docs), { lineWidth: 0 }),
  md: markdown,
} as const;

export type FormatName = keyof typeof formatters;
export const formatNames = Object.keys(formatters) as FormatName[];
export const isFormat = (name: string): name is FormatName => Object.hasOwn(formatters, name);
