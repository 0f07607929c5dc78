// format: a fact sheet a person can read and publish. Quoted transcript text is escaped so that a | or a <tag> in
// the source cannot break the table or inject HTML.
import type { Claim, Document, Quantity } from "../schema.js";

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

const cite = (q: { line: number }, c: Claim) => (c.cue ? `${c.cue.start} (L${q.line})` : `L${q.line}`);

function figureRow(q: Quantity, c: Claim): string {
  return `| ${cell(q.text)} (${cell(q.display)}) | ${cell(c.subject)} | ${cell(c.speaker)} | ${c.type} | ${cite(q, c)} |`;
}

function section(doc: Document): string {
  const title = doc.source.title ?? doc.source.path;
  const out = [`## ${cell(title)}`, ""];
  const meta = [`source: \`${doc.source.path.replace(/`/g, "'")}\``];
  if (doc.source.anchorDate) meta.push(`date: ${doc.source.anchorDate}`);
  meta.push(`${doc.claims.length} claims`);
  out.push(meta.join(" · "), "");
  const rows = doc.claims.flatMap((c) => c.quantities.map((q) => figureRow(q, c)));
  out.push("### Figures", "");
  if (rows.length)
    out.push("| figure | what it measures | who said it | type | citation |", "|---|---|---|---|---|", ...rows);
  else out.push("No figures found.");
  const dated = doc.claims
    .filter((c) => (c.type === "prediction" || c.type === "plan") && c.time)
    .sort((a, b) => (a.time?.start ?? "9999").localeCompare(b.time?.start ?? "9999"));
  out.push("", "### Dated predictions", "");
  if (dated.length) {
    out.push("| due | claim | who said it | type | citation |", "|---|---|---|---|---|");
    for (const c of dated) {
      const t = c.time as NonNullable<Claim["time"]>;
      const due = t.start ? `${t.start} – ${t.end}` : `${cell(t.text)} (unresolved)`;
      out.push(`| ${due} | ${cell(c.text)} | ${cell(c.speaker)} | ${c.type} | ${cite(t, c)} |`);
    }
  } else out.push("No dated predictions found.");
  return out.join("\n");
}

export function markdown(docs: Document[]): string {
  return `# Fact sheet\n\n${docs.map(section).join("\n\n")}\n`;
}
