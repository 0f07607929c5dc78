// The pipeline, with no I/O: read → segment → recognize → assemble. src/cli.ts feeds it bytes; the library's users
// call `extract(text)` directly.
import { type Assembled, assemble } from "./assemble/claims.js";
import { decode } from "./input/decode.js";
import { parseSource } from "./input/source.js";
import type { Document } from "./schema.js";
import { segment } from "./segment/sentences.js";

export interface ExtractOptions {
  /** the input's path as cited in the output ("-" for stdin); also used to detect the format and a date in the name */
  path?: string;
  /** the day the interview took place (YYYY-MM-DD), for resolving 明年 and 三年前 */
  date?: string | null;
  /** also list the mentions that did not become claims, and why (`skipped`); default true */
  explain?: boolean;
}

export interface Extracted {
  document: Document;
  /** numeric mentions that did not become claims, and why */
  skipped: Assembled["skipped"];
}

// 2025-12-18, 2025_12_18, 20251218 in a file name
const dateInName = /(?<y>(?:19|20)\d\d)[-_.]?(?<m>0[1-9]|1[0-2])[-_.]?(?<d>0[1-9]|[12]\d|3[01])(?!\d)/u;

/** The anchor date: the option, else the front matter's date, else a date in the file name, else none. */
function anchorOf(path: string, option: string | null | undefined, frontMatterDate: string | null): string | null {
  if (option) return option;
  if (frontMatterDate) return frontMatterDate;
  const m = dateInName.exec(path.split(/[\\/]/).pop() ?? "")?.groups;
  return m ? `${m.y}-${m.m}-${m.d}` : null;
}

/** Extracts the claims of a decoded text. */
export function extractText(text: string, options: ExtractOptions = {}, encoding = "utf-8"): Extracted {
  const path = options.path ?? "-";
  const src = parseSource(path, text);
  const anchorDate = anchorOf(path, options.date, src.frontMatter?.date ?? null);
  const { claims, skipped } = assemble(src, segment(src), anchorDate, options.explain ?? true);
  return {
    document: {
      source: {
        path,
        format: src.format,
        encoding,
        title: src.frontMatter?.title ?? null,
        anchorDate,
        lines: src.lineStarts.length,
      },
      claims,
    },
    skipped,
  };
}

/** Extracts the claims of raw bytes (any supported encoding); throws InputError for binary or undecodable input. */
export function extractBytes(bytes: Uint8Array, options: ExtractOptions = {}): Extracted {
  const { text, encoding } = decode(bytes);
  return extractText(text, options, encoding);
}

/** The library's entry point: the claims of a transcript's text. */
export function extract(text: string, options: ExtractOptions = {}): Document {
  return extractText(text, { ...options, explain: false }).document;
}
