// format: the short coloured table `extract` prints in a terminal when no --format is given (piped, it prints JSON).
// One line per claim, cut to the terminal's width; Chinese characters take two columns.
import { Chalk, type ChalkInstance } from "chalk";
import type { Claim, ClaimType, Document } from "../schema.js";
import { countsLine, reasonKey, type Sheet, sheetOf } from "./sheet.js";
import { clip, padCell, textWidth } from "./width.js";

export interface SummaryOptions {
  /** chalk's colour level: 0 for none (the default, as in a pipe) */
  colour?: 0 | 1 | 2 | 3;
  /** the terminal's width in columns; 100 when unknown */
  width?: number;
}

/**
 * Whether to colour what goes to a stream: --no-color and NO_COLOR turn it off, FORCE_COLOR (not "0") on, else
 * only a terminal gets colour. The same rule as the command's messages on stderr.
 */
export function colourFor(flag: boolean | undefined, isTTY: boolean, env: NodeJS.ProcessEnv = process.env): 0 | 1 {
  if (flag === false || "NO_COLOR" in env) return 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return 1;
  return isTTY ? 1 : 0;
}

const typeColour: Record<ClaimType, (c: ChalkInstance) => ChalkInstance> = {
  metric: (c) => c.blue,
  prediction: (c) => c.yellow,
  plan: (c) => c.green,
  hypothetical: (c) => c.magenta,
};

/** The figures of a claim, or its time when it has none: "4亿 ~400M", "明年第一季度 → 2026-03-31". */
function what(c: Claim): string {
  if (c.quantities.length > 0)
    return c.quantities.map((q) => (q.display === q.text ? q.text : `${q.text} ${q.display}`)).join(", ");
  if (c.time) return `${c.time.text}${c.time.end ? ` → ${c.time.end}` : ""}`;
  return "";
}

function due(c: Claim): string {
  if (!c.time || (c.type !== "prediction" && c.type !== "plan")) return "";
  return c.time.end ?? "unresolved";
}

function docSummary(s: Sheet, paint: ChalkInstance, width: number): string[] {
  const src = s.doc.source;
  // "path · date · counts" on one line when it fits, else the counts on a line of their own
  const rest = [src.anchorDate, countsLine(s)].filter((p): p is string => p !== null);
  const out =
    textWidth([s.title, ...rest].join(" · ")) <= width
      ? [[paint.bold(s.title), ...rest].join(paint.dim(" · "))]
      : [paint.bold(clip(s.title, width)), `  ${clip(rest.join(" · "), width - 2)}`];
  if (s.doc.claims.length === 0) out.push(paint.dim("  no claims with a figure or a date"));
  else {
    // fixed columns, then the rest of the width shared by figure, subject and speaker
    const fixed = { line: 6, type: 13, due: 11 };
    const rest = width - 2 - fixed.line - fixed.type - fixed.due - 5;
    const fig = Math.floor(rest * 0.4);
    const speaker = Math.floor(rest * 0.2);
    const subject = rest - fig - speaker;
    const line = (cells: string[]) => `  ${cells.join(" ")}`.trimEnd();
    out.push(
      paint.dim(
        line([
          padCell("line", fixed.line),
          padCell("type", fixed.type),
          padCell("figure", fig),
          padCell("due", fixed.due),
          padCell("subject", subject),
          padCell("speaker", speaker),
        ]),
      ),
    );
    for (const c of s.doc.claims) {
      out.push(
        line([
          paint.dim(padCell(`L${c.span.line}`, fixed.line)),
          typeColour[c.type](paint)(padCell(c.type, fixed.type)),
          paint.bold(padCell(what(c), fig)),
          padCell(due(c), fixed.due),
          padCell(c.subject ?? "—", subject),
          padCell(c.speaker ?? "—", speaker),
        ]),
      );
    }
  }
  if (s.skipped !== null) {
    const n = s.doc.skipped?.length ?? 0;
    out.push(paint.dim(`  skipped ${n} numeric mention${n === 1 ? "" : "s"}:`));
    for (const g of s.skipped) {
      const examples = g.mentions
        .slice(0, 3)
        .map((m) => `${reasonKey(m.reason).example ?? m.text} L${m.line}`)
        .join(", ");
      const more = g.mentions.length > 3 ? ", …" : "";
      const count = `  ${String(g.mentions.length).padStart(4)}  `;
      out.push(count + clip(`${g.reason}: ${examples}${more}`, width - count.length));
    }
  }
  return out;
}

/** The terminal summary of one or more documents. */
export function summary(docs: Document[], options: SummaryOptions = {}): string {
  const paint = new Chalk({ level: options.colour ?? 0 });
  const width = Math.max(60, options.width ?? 100);
  const blocks = docs.map((d) => docSummary(sheetOf(d), paint, width).join("\n"));
  const tip = paint.dim(clip("(--format md, html, csv or json for everything; piped, extract prints json)", width));
  return `${blocks.join("\n\n")}\n${tip}\n`;
}
