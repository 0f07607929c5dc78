// format: a fact sheet a person can read and publish. Quoted transcript text is escaped so that a | or a <tag> in
// the source cannot break the table or inject HTML.
import type { Claim, Document } from "../schema.js";
import { citation, countsLine, type Figure, period, plural, type Sheet, sheetOf } from "./sheet.js";

/** Escapes text for a Markdown table cell: HTML-significant characters, pipes, and line breaks. */
export function cell(text: string | null | undefined): string {
  if (text === null || text === undefined || text === "") return "—";
  return text
    .replace(/[\\`*_[\]|]/g, (m) => `\\${m}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\r\n]+/g, " ");
}

const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
const table = (head: string[], rows: string[][]) => [row(head), row(head.map(() => "---")), ...rows.map(row)];

/** The claim's type, and "negated" when it denies what it says. */
export const typeLabel = (c: Claim) => (c.negated ? `${c.type} (negated)` : c.type);

function figureRow({ quantity: q, claim: c }: Figure): string[] {
  return [cell(q.text), cell(q.display), q.kind, cell(c.speaker), typeLabel(c), cell(c.hedge), citation(q.line, c)];
}

function header(s: Sheet): string[] {
  const src = s.doc.source;
  const meta: string[] = [];
  if (src.anchorDate) meta.push(`date: ${src.anchorDate}`);
  meta.push(`source: \`${src.path.replace(/`/g, "'")}\` (${src.format}, ${plural(src.lines, "line")})`);
  meta.push(countsLine(s), plural(s.figureCount, "figure"));
  return [`## ${cell(s.title)}`, "", meta.join(" · ")];
}

function figures(s: Sheet): string[] {
  const out = ["### Figures by subject"];
  if (s.subjects.length === 0) return [...out, "", "No figures found."];
  for (const g of s.subjects) {
    out.push("", `#### ${g.subject === null ? "(no subject named)" : cell(g.subject)}`, "");
    out.push(
      ...table(["figure", "normalised", "kind", "who said it", "type", "hedge", "citation"], g.figures.map(figureRow)),
    );
  }
  return out;
}

function trends(s: Sheet): string[] {
  if (s.trends.length === 0) return [];
  const out = ["### Trends", ""];
  for (const t of s.trends) {
    const said = t.points.map((p) => cell(p.quantity.text)).join(" → ");
    const where = t.points.map((p) => citation(p.quantity.line, p.claim)).join(" → ");
    out.push(`- **${cell(t.subject)}**: ${said}: ${t.steps.join(", ")} (${where})`);
  }
  return out;
}

function timeline(s: Sheet): string[] {
  const out = ["### Dated predictions", ""];
  if (s.timeline.length === 0) return [...out, "No dated predictions found."];
  const rows = s.timeline.map(({ claim: c, time: t }) => [
    t.end ?? "—",
    period(t),
    cell(t.text),
    cell(c.text),
    cell(c.speaker),
    typeLabel(c),
    citation(t.line, c),
  ]);
  return [...out, ...table(["due", "period", "as said", "claim", "who said it", "type", "citation"], rows)];
}

function speakers(s: Sheet): string[] {
  const out = ["### Speakers", ""];
  if (s.speakers.length === 0) return [...out, "No claims, so no speakers."];
  const rows = s.speakers.map((p) => [
    p.speaker === null ? "(narrator: no speaker named)" : cell(p.speaker),
    String(p.claims),
    String(p.figures),
    p.firstLine === p.lastLine ? `L${p.firstLine}` : `L${p.firstLine}–L${p.lastLine}`,
  ]);
  return [...out, ...table(["speaker", "claims", "figures", "lines"], rows)];
}

function skipped(s: Sheet): string[] {
  if (s.skipped === null) return [];
  const all = s.doc.skipped ?? [];
  const out = ["### Skipped mentions", ""];
  if (all.length === 0) return [...out, "Every numeric mention became a claim."];
  const tally = s.skipped.map((g) => `${g.mentions.length} ${cell(g.reason)}`).join(" · ");
  out.push(`${plural(all.length, "numeric mention")} did not become claims: ${tally}`, "");
  return [
    ...out,
    ...table(
      ["mention", "line", "why"],
      all.map((m) => [cell(m.text), `L${m.line}`, cell(m.reason)]),
    ),
  ];
}

function section(doc: Document): string {
  const s = sheetOf(doc);
  const parts = [header(s), figures(s), trends(s), timeline(s), speakers(s), skipped(s)].filter((p) => p.length > 0);
  return parts.map((p) => p.join("\n")).join("\n\n");
}

export function markdown(docs: Document[]): string {
  return `# Fact sheet\n\n${docs.map(section).join("\n\n")}\n`;
}
