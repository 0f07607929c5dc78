// format: the fact sheet as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched (a
// Content-Security-Policy forbids it), readable on a phone (tables turn into cards on a narrow screen). Every piece
// of transcript text is escaped. Charts: the dated predictions on a time axis, and the figures of each subject
// that has several, as bars.

import { claimTypes } from "../choices.js";
import type { Claim, ClaimType, Document } from "../schema.js";
import { citation, type Dated, type Figure, period, plural, type Sheet, sheetOf } from "./sheet.js";
import { clip } from "./width.js";

/** Escapes text for HTML content and attribute values. */
export function esc(text: string | null | undefined): string {
  if (text === null || text === undefined) return "";
  return text.replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" }[c]};`);
}

const dash = (text: string | null | undefined) => (text ? esc(text) : "—");
const typeBadge = (c: Claim) =>
  `<span class="t t-${c.type}">${c.type}</span>${c.negated ? ' <span class="neg">negated</span>' : ""}`;
/** A number for an SVG attribute: at most one decimal. */
const n = (x: number) => String(Math.round(x * 10) / 10);

interface Column {
  label: string;
  /** extra class on the cell: "num" aligns right, "text" lets long text wrap */
  cls?: string;
}

/** A table that becomes a list of cards on a narrow screen: each cell carries its column's name. */
function table(columns: Column[], rows: string[][], cls = ""): string {
  const head = columns.map((c) => `<th scope="col">${esc(c.label)}</th>`).join("");
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((cell, i) => `<td data-label="${esc(columns[i]?.label)}"${columns[i]?.cls ? ` class="${columns[i]?.cls}"` : ""}>${cell}</td>`).join("")}</tr>`,
    )
    .join("\n");
  return `<div class="scroll"><table class="cards ${cls}">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}

// ---------- the timeline chart ----------

const dayMs = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const chartWidth = 360;
// at the labels' 12px, a column (half a Chinese character) is about 6.5 units wide
const columnUnits = 6.5;

/**
 * The time axis, from the first day to the last: linear over five years or less; beyond, logarithmic in the months
 * from the first day, so that next quarter and 2050 both stay readable (the caption says so).
 */
function timeScale(from: number, to: number, left: number, right: number) {
  const monthMs = 30.44 * dayMs;
  const stretched = to - from > 5 * 365.25 * dayMs;
  const f = stretched ? (t: number) => Math.log1p(Math.max(0, t - from) / monthMs) : (t: number) => t - from;
  const span = f(to) || 1;
  return { stretched, x: (t: number) => left + (f(t) / span) * (right - left) };
}

/** 1 January of round years on the axis, at least `gap` units apart: decades first, then fives, twos, single years. */
function yearTicks(from: number, to: number, x: (t: number) => number, gap: number): number[] {
  const first = new Date(from).getUTCFullYear() + 1;
  const last = new Date(to).getUTCFullYear();
  const at = new Map<number, number>();
  for (const step of [10, 5, 2, 1]) {
    for (let y = Math.ceil(first / step) * step; y <= last; y += step) {
      const tx = x(Date.UTC(y, 0, 1));
      if ([...at.values()].every((other) => Math.abs(other - tx) >= gap)) at.set(y, tx);
    }
  }
  return [...at.keys()].sort((a, b) => a - b);
}

/** The dated predictions as bars on a time axis, one row each, with the interview date as a dashed line. */
function timelineChart(s: Sheet): string {
  const rows = s.timeline.filter((d): d is Dated & { time: { start: string; end: string } } =>
    Boolean(d.time.start && d.time.end),
  );
  if (rows.length === 0) return "";
  const anchor = s.doc.source.anchorDate;
  // a loop, not Math.min(...rows): a long transcript must not overflow the call stack
  let from = anchor ? ms(anchor) : Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  for (const d of rows) {
    from = Math.min(from, ms(d.time.start));
    to = Math.max(to, ms(d.time.end) + dayMs);
  }
  if (to - from < 60 * dayMs) {
    from -= 30 * dayMs;
    to += 30 * dayMs;
  }
  const left = 8;
  const right = chartWidth - 8;
  const { stretched, x } = timeScale(from, to, left, right);
  const top = 26;
  const rowHeight = 36;
  const height = top + rows.length * rowHeight + 6;
  const parts: string[] = [];
  for (const y of yearTicks(from, to, x, 34)) {
    const tx = x(Date.UTC(y, 0, 1));
    parts.push(
      `<line class="grid" x1="${n(tx)}" y1="18" x2="${n(tx)}" y2="${height - 4}"/>`,
      `<text class="tick" x="${n(tx)}" y="12" text-anchor="${tx > right - 16 ? "end" : tx < left + 16 ? "start" : "middle"}">${y}</text>`,
    );
  }
  if (anchor) {
    const ax = x(ms(anchor));
    parts.push(
      `<line class="anchor" x1="${n(ax)}" y1="18" x2="${n(ax)}" y2="${height - 4}"><title>interview date ${esc(anchor)}</title></line>`,
    );
  }
  const labelColumns = Math.floor((right - left) / columnUnits);
  rows.forEach(({ claim: c, time: t }, i) => {
    const y = top + i * rowHeight;
    const x0 = x(ms(t.start));
    const w = Math.max(3, x(ms(t.end) + dayMs) - x0);
    const label = `${t.end} · ${t.text}${c.speaker ? ` · ${c.speaker}` : ""} · ${c.text}`;
    parts.push(
      `<g class="row t-${c.type}"><title>${esc(`${period(t)}: ${c.text}${c.speaker ? ` (${c.speaker})` : ""}`)}</title>`,
      `<text class="label" x="${left}" y="${y + 12}">${esc(clip(label, labelColumns))}</text>`,
      `<rect class="bar" x="${n(x0)}" y="${y + 17}" width="${n(w)}" height="10" rx="2"/></g>`,
    );
  });
  const caption = `Dated predictions on a time axis${anchor ? " (dashed: the interview date)" : ""}${
    stretched ? "; the axis is logarithmic, stretched near the start" : ""
  }`;
  return svg("timeline", height, caption, parts);
}

// ---------- the chart of figures per subject ----------

/** The figures of every subject that has several, as bars scaled within the subject and unit. */
function subjectChart(s: Sheet): string {
  const groups = s.subjects.filter(
    (g) => g.subject !== null && g.figures.filter((f) => (f.quantity.value ?? f.quantity.max) !== null).length >= 2,
  );
  if (groups.length === 0) return "";
  const labelWidth = 150;
  const left = labelWidth + 8;
  const right = chartWidth - 8;
  const parts: string[] = [];
  let y = 4;
  for (const g of groups) {
    parts.push(
      `<text class="subject" x="0" y="${y + 13}">${esc(clip(g.subject ?? "", Math.floor(chartWidth / columnUnits)))}</text>`,
    );
    y += 22;
    const figures = g.figures.filter((f) => (f.quantity.value ?? f.quantity.max) !== null);
    const top = new Map<string, number>();
    const unitKey = (f: Figure) => `${f.quantity.kind} ${f.quantity.unit ?? ""}`;
    for (const f of figures) {
      const v = Math.abs((f.quantity.value ?? f.quantity.max) as number);
      top.set(unitKey(f), Math.max(top.get(unitKey(f)) ?? 0, v));
    }
    for (const f of figures) {
      const q = f.quantity;
      const max = top.get(unitKey(f)) || 1;
      const scale = (v: number) => ((right - left) * Math.abs(v)) / max;
      const to = scale((q.value ?? q.max) as number);
      // a range: a pale bar up to its top, the range itself in full colour
      const from = q.value === null ? scale(q.min ?? 0) : 0;
      const label = q.display === q.text ? q.text : `${q.text} · ${q.display}`;
      parts.push(
        `<g class="row t-${f.claim.type}"><title>${esc(`${g.subject}: ${q.text} (${q.display}), ${f.claim.type}, ${citation(q.line, f.claim)}`)}</title>`,
        `<text class="label" x="8" y="${y + 13}">${esc(clip(label, Math.floor((labelWidth - 8) / columnUnits)))}</text>`,
        `<rect class="track" x="${left}" y="${y + 5}" width="${right - left}" height="10" rx="2"/>`,
        from > 0 ? `<rect class="bar pale" x="${left}" y="${y + 5}" width="${n(from)}" height="10" rx="2"/>` : "",
        `<rect class="bar" x="${n(left + from)}" y="${y + 5}" width="${n(Math.max(2, to - from))}" height="10" rx="2"/></g>`,
      );
      y += 20;
    }
    y += 6;
  }
  return svg("subjects", y, "Figures of each subject with several figures", parts);
}

function svg(name: string, height: number, title: string, parts: string[]): string {
  return [
    `<figure class="chart"><svg class="${name}" viewBox="0 0 ${chartWidth} ${n(height)}" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg">`,
    ...parts.filter(Boolean),
    `</svg><figcaption>${esc(title)}</figcaption></figure>`,
  ].join("\n");
}

// ---------- sections ----------

function header(s: Sheet): string {
  const src = s.doc.source;
  const meta: string[] = [];
  if (src.anchorDate)
    meta.push(`<span>date <time datetime="${esc(src.anchorDate)}">${esc(src.anchorDate)}</time></span>`);
  meta.push(`<span>source <code>${esc(src.path)}</code> (${esc(src.format)}, ${plural(src.lines, "line")})</span>`);
  const claims = s.doc.claims.length;
  meta.push(`<span>${plural(claims, "claim")}, ${plural(s.figureCount, "figure")}</span>`);
  const counts = claimTypes
    .filter((t: ClaimType) => s.counts[t] > 0)
    .map((t) => `<li><span class="t t-${t}">${t}</span> ${s.counts[t]}</li>`)
    .join("");
  return [
    `<header><h2>${esc(s.title)}</h2>`,
    `<p class="meta">${meta.join(" · ")}</p>`,
    counts ? `<ul class="counts">${counts}</ul>` : "",
    "</header>",
  ].join("\n");
}

function figures(s: Sheet): string {
  const out = ['<section class="figures"><h3>Figures by subject</h3>'];
  if (s.subjects.length === 0) out.push("<p>No figures found.</p>");
  else out.push(subjectChart(s));
  const columns: Column[] = [
    { label: "figure" },
    { label: "normalised" },
    { label: "kind" },
    { label: "who said it" },
    { label: "type" },
    { label: "hedge" },
    { label: "citation", cls: "cite" },
  ];
  for (const g of s.subjects) {
    out.push(g.subject === null ? '<h4 class="none">(no subject named)</h4>' : `<h4>${esc(g.subject)}</h4>`);
    const rows = g.figures.map(({ quantity: q, claim: c }) => [
      `<b>${esc(q.text)}</b>`,
      esc(q.display),
      q.kind,
      dash(c.speaker),
      typeBadge(c),
      dash(c.hedge),
      esc(citation(q.line, c)),
    ]);
    out.push(table(columns, rows, "figures"));
  }
  out.push("</section>");
  return out.join("\n");
}

function trends(s: Sheet): string {
  if (s.trends.length === 0) return "";
  const items = s.trends.map((t) => {
    const said = t.points.map((p) => `<b>${esc(p.quantity.text)}</b>`).join(" → ");
    const where = t.points.map((p) => esc(citation(p.quantity.line, p.claim))).join(" → ");
    return `<li><span class="subject">${esc(t.subject)}</span>: ${said}: ${esc(t.steps.join(", "))} <span class="cite">(${where})</span></li>`;
  });
  return `<section class="trends"><h3>Trends</h3>\n<ul>\n${items.join("\n")}\n</ul></section>`;
}

function timeline(s: Sheet): string {
  const out = ['<section class="timeline"><h3>Dated predictions</h3>'];
  if (s.timeline.length === 0) return `${out[0]}<p>No dated predictions found.</p></section>`;
  out.push(timelineChart(s));
  const columns: Column[] = [
    { label: "due" },
    { label: "period" },
    { label: "as said" },
    { label: "claim", cls: "text" },
    { label: "who said it" },
    { label: "type" },
    { label: "citation", cls: "cite" },
  ];
  const rows = s.timeline.map(({ claim: c, time: t }) => [
    t.end ? `<time datetime="${esc(t.end)}">${esc(t.end)}</time>` : "—",
    esc(period(t)),
    esc(t.text),
    `<q>${esc(c.text)}</q>`,
    dash(c.speaker),
    typeBadge(c),
    esc(citation(t.line, c)),
  ]);
  out.push(table(columns, rows, "dated"), "</section>");
  return out.join("\n");
}

function speakers(s: Sheet): string {
  if (s.speakers.length === 0) return "";
  const rows = s.speakers.map((p) => [
    p.speaker === null ? "<i>narrator (no speaker named)</i>" : esc(p.speaker),
    String(p.claims),
    String(p.figures),
    p.firstLine === p.lastLine ? `L${p.firstLine}` : `L${p.firstLine}–L${p.lastLine}`,
  ]);
  const columns: Column[] = [
    { label: "speaker" },
    { label: "claims", cls: "num" },
    { label: "figures", cls: "num" },
    { label: "lines" },
  ];
  return `<section class="speakers"><h3>Speakers</h3>\n${table(columns, rows, "speakers")}</section>`;
}

function skipped(s: Sheet): string {
  if (s.skipped === null) return "";
  const all = s.doc.skipped ?? [];
  if (all.length === 0)
    return '<section class="skipped"><h3>Skipped mentions</h3><p>Every numeric mention became a claim.</p></section>';
  const tally = s.skipped.map((g) => `${g.mentions.length} ${esc(g.reason)}`).join(" · ");
  const rows = all.map((m) => [`<b>${esc(m.text)}</b>`, `L${m.line}`, esc(m.reason)]);
  return [
    '<section class="skipped"><h3>Skipped mentions</h3>',
    `<p>${plural(all.length, "numeric mention")} did not become claims: ${tally}</p>`,
    `<details><summary>every skipped mention</summary>`,
    table([{ label: "mention" }, { label: "line" }, { label: "why", cls: "text" }], rows, "skipped"),
    "</details></section>",
  ].join("\n");
}

function article(doc: Document): string {
  const s = sheetOf(doc);
  const body = [header(s), figures(s), trends(s), timeline(s), speakers(s), skipped(s)].filter(Boolean);
  return `<article>\n${body.join("\n")}\n</article>`;
}

const css = `
:root{--fg:#1f2328;--muted:#59636e;--bg:#fff;--line:#d1d9e0;--soft:#f6f8fa;
--metric:#1d4ed8;--prediction:#b45309;--plan:#047857;--hypothetical:#7c3aed}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--line:#3d444d;--soft:#151b23;
--metric:#60a5fa;--prediction:#f59e0b;--plan:#34d399;--hypothetical:#c4b5fd}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.5rem 0 1rem}
h2{font-size:1.35rem;margin:0 0 .25rem;overflow-wrap:anywhere}
h3{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
h4{font-size:1rem;margin:1.25rem 0 .4rem;overflow-wrap:anywhere}
h4.none{color:var(--muted);font-style:italic}
article{margin-bottom:3rem}
.meta{color:var(--muted);margin:.2rem 0;overflow-wrap:anywhere}
code{font-size:.9em;overflow-wrap:anywhere}
.counts{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.5rem}
.t{display:inline-block;padding:0 .45em;border-radius:.6em;font-size:.85em;color:#fff;background:var(--metric);white-space:nowrap}
.t-prediction.t{background:var(--prediction)}.t-plan.t{background:var(--plan)}.t-hypothetical.t{background:var(--hypothetical)}
.neg{font-size:.8em;color:var(--muted);border:1px solid var(--line);border-radius:.6em;padding:0 .4em}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
th{background:var(--soft);font-weight:600;white-space:nowrap}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td.cite{white-space:nowrap;color:var(--muted);font-variant-numeric:tabular-nums}
td.text{min-width:14rem}
q{quotes:"「" "」"}
.trends li{margin:.3rem 0}.trends .subject{font-weight:600}.cite{color:var(--muted)}
figure.chart{margin:.75rem 0 1rem}
figure.chart svg{display:block;width:100%;max-width:32rem;height:auto;font-size:12px}
figcaption{color:var(--muted);font-size:.85rem}
svg text{fill:var(--fg)}svg text.tick{fill:var(--muted)}svg text.subject{font-weight:600}
svg .grid{stroke:var(--line);stroke-width:1}
svg .anchor{stroke:var(--muted);stroke-width:1;stroke-dasharray:3 3}
svg .track{fill:var(--soft)}
svg .bar{fill:var(--metric)}svg .bar.pale{opacity:.35}
svg .t-prediction .bar{fill:var(--prediction)}svg .t-plan .bar{fill:var(--plan)}svg .t-hypothetical .bar{fill:var(--hypothetical)}
details summary{cursor:pointer;color:var(--muted)}
footer{color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);padding-top:.5rem}
@media (max-width:40rem){
main{padding:.75rem}
table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:100%}
table.cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.cards tr{border:1px solid var(--line);border-radius:.4rem;margin:.5rem 0;padding:.25rem .5rem}
table.cards td{display:flex;align-items:baseline;gap:.5rem;border:0;padding:.15rem 0;min-width:0;white-space:normal;text-align:left}
table.cards td::before{content:attr(data-label);flex:0 0 6.5rem;color:var(--muted);font-size:.85em}
}`;

/** The fact sheet of one or more documents as one HTML page. */
export function html(docs: Document[]): string {
  const first = docs[0];
  const title =
    docs.length === 1 && first ? `Fact sheet: ${sheetOf(first).title}` : `Fact sheet: ${docs.length} transcripts`;
  return `<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="interview-claims">
<title>${esc(title)}</title>
<style>${css}
</style>
</head>
<body>
<main>
<h1>Fact sheet</h1>
${docs.map(article).join("\n")}
<footer>Made with interview-claims. Each figure is cited to its line (L73) or subtitle timestamp in the source: check it there before you publish.</footer>
</main>
</body>
</html>
`;
}
