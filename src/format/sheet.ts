// sheet: what a fact sheet says about one document, computed once for every format that draws it (Markdown, HTML,
// the terminal summary): counts by type, figures grouped by subject, trends, the dated predictions in due order,
// the speakers, and the skipped mentions grouped by reason. No formatting here.

import { claimTypes } from "../choices.js";
import type { Claim, ClaimType, Document, Quantity, Skipped } from "../schema.js";

export interface Figure {
  quantity: Quantity;
  claim: Claim;
}

export interface SubjectGroup {
  /** null: the text does not say what the figure measures */
  subject: string | null;
  figures: Figure[];
}

/** One subject's comparable figures in the order they are said: 4亿 → 8亿: ×2. */
export interface Trend {
  subject: string;
  points: Figure[];
  /** one step between each pair of neighbouring points: ×2, ×1.13, +3.2 pp */
  steps: string[];
}

export interface Dated {
  claim: Claim;
  time: NonNullable<Claim["time"]>;
}

export interface SpeakerLine {
  /** null: the narrator (no speaker named) */
  speaker: string | null;
  claims: number;
  figures: number;
  firstLine: number;
  lastLine: number;
}

export interface SkipReason {
  /** the reason without its example in brackets: "model or product name" */
  reason: string;
  mentions: Skipped[];
}

export interface Sheet {
  doc: Document;
  title: string;
  counts: Record<ClaimType, number>;
  figureCount: number;
  subjects: SubjectGroup[];
  trends: Trend[];
  /** dated predictions and plans, by due date (the last day of the period); unresolved ones last */
  timeline: Dated[];
  speakers: SpeakerLine[];
  /** present only when the document carries --explain's skipped list */
  skipped: SkipReason[] | null;
}

/** Where a claim is cited: L<line>, or the subtitle timestamp and the line. */
export const citation = (line: number, c: Claim): string => (c.cue ? `${c.cue.start} (L${line})` : `L${line}`);

/** The forward-looking types that make up the timeline. */
const forward: readonly ClaimType[] = ["prediction", "plan"];

function groupBySubject(claims: Claim[]): SubjectGroup[] {
  const groups = new Map<string | null, SubjectGroup>();
  for (const claim of claims) {
    for (const quantity of claim.quantities) {
      let g = groups.get(claim.subject);
      if (!g) {
        g = { subject: claim.subject, figures: [] };
        groups.set(claim.subject, g);
      }
      g.figures.push({ quantity, claim });
    }
  }
  // named subjects in the order they are first said; figures with no subject last
  const out = [...groups.values()];
  return [...out.filter((g) => g.subject !== null), ...out.filter((g) => g.subject === null)];
}

/** A step between two figures of one subject: a ratio for amounts, a difference in points for percentages. */
function step(from: Quantity, to: Quantity): string | null {
  const a = from.value;
  const b = to.value;
  if (a === null || b === null) return null;
  if (from.kind === "percent") {
    const d = Math.round((b - a) * 10) / 10;
    return `${d >= 0 ? "+" : "−"}${Math.abs(d)} pp`;
  }
  if (a <= 0) return null;
  const r = b / a;
  return `×${r >= 10 ? Math.round(r) : Number(r.toPrecision(3))}`;
}

// amounts whose change reads as a trend; multiples and durations compare badly (2倍 → 3倍 is not growth), and a
// measure is as often a list of separate results (IQ 144, 147, 151) as a series
const trendKinds = new Set<Quantity["kind"]>(["count", "money", "percent"]);

/**
 * Trends: a subject with several single-valued figures of one kind and unit, in the order said (从4亿增长到8亿,
 * then 接近9亿). Ranges are not points.
 */
function trendsOf(subjects: SubjectGroup[]): Trend[] {
  const out: Trend[] = [];
  for (const g of subjects) {
    if (g.subject === null) continue;
    const series = new Map<string, Figure[]>();
    for (const f of g.figures) {
      const q = f.quantity;
      if (!trendKinds.has(q.kind) || q.value === null) continue;
      const key = `${q.kind} ${q.unit ?? ""}`;
      const points = series.get(key);
      if (points) points.push(f);
      else series.set(key, [f]);
    }
    for (const points of series.values()) {
      if (points.length < 2) continue;
      const steps: string[] = [];
      for (let i = 1; i < points.length; i++) {
        const s = step((points[i - 1] as Figure).quantity, (points[i] as Figure).quantity);
        if (s !== null) steps.push(s);
      }
      if (steps.length === points.length - 1) out.push({ subject: g.subject, points, steps });
    }
  }
  return out;
}

function timelineOf(claims: Claim[]): Dated[] {
  const dated: Dated[] = [];
  for (const claim of claims) if (claim.time && forward.includes(claim.type)) dated.push({ claim, time: claim.time });
  const key = (d: Dated) => `${d.time.end ?? "9999-99-99"} ${d.time.start ?? "9999-99-99"}`;
  // stable: equal due dates keep the order they are said in
  return dated.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function speakersOf(claims: Claim[]): SpeakerLine[] {
  const by = new Map<string | null, SpeakerLine>();
  for (const c of claims) {
    const s = by.get(c.speaker);
    if (s) {
      s.claims++;
      s.figures += c.quantities.length;
      s.firstLine = Math.min(s.firstLine, c.span.line);
      s.lastLine = Math.max(s.lastLine, c.span.line);
    } else
      by.set(c.speaker, {
        speaker: c.speaker,
        claims: 1,
        figures: c.quantities.length,
        firstLine: c.span.line,
        lastLine: c.span.line,
      });
  }
  // most claims first; the narrator after the named speakers
  return [...by.values()].sort(
    (a, b) => Number(a.speaker === null) - Number(b.speaker === null) || b.claims - a.claims,
  );
}

// "model or product name (GPT-6)" → "model or product name"; a bracket inside the reason stays
const trailingExample = /\s*\((?<example>[^()]*)\)$/u;

/** The reason a mention was skipped, without its trailing example: the key that groups skipped mentions. */
export function reasonKey(reason: string): { reason: string; example: string | null } {
  const m = trailingExample.exec(reason);
  return m ? { reason: reason.slice(0, m.index), example: m.groups?.example ?? null } : { reason, example: null };
}

function skippedOf(skipped: Skipped[]): SkipReason[] {
  const by = new Map<string, SkipReason>();
  for (const s of skipped) {
    const { reason } = reasonKey(s.reason);
    const g = by.get(reason);
    if (g) g.mentions.push(s);
    else by.set(reason, { reason, mentions: [s] });
  }
  return [...by.values()].sort((a, b) => b.mentions.length - a.mentions.length);
}

export function sheetOf(doc: Document): Sheet {
  const counts = Object.fromEntries(claimTypes.map((t) => [t, 0])) as Record<ClaimType, number>;
  for (const c of doc.claims) counts[c.type]++;
  const subjects = groupBySubject(doc.claims);
  return {
    doc,
    title: doc.source.title ?? doc.source.path,
    counts,
    figureCount: doc.claims.reduce((n, c) => n + c.quantities.length, 0),
    subjects,
    trends: trendsOf(subjects),
    timeline: timelineOf(doc.claims),
    speakers: speakersOf(doc.claims),
    skipped: doc.skipped ? skippedOf(doc.skipped) : null,
  };
}

/** "1 line", "696 lines". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "31 claims: 20 metric, 8 prediction, 2 plan, 1 hypothetical" (types with none are left out). */
export function countsLine(s: Sheet): string {
  const parts = claimTypes.filter((t) => s.counts[t] > 0).map((t) => `${s.counts[t]} ${t}`);
  const n = s.doc.claims.length;
  return `${plural(n, "claim")}${parts.length ? `: ${parts.join(", ")}` : ""}`;
}

/** The due column of the timeline: the resolved period, or the words as said when no date was known. */
export function period(t: Dated["time"]): string {
  if (!t.start || !t.end) return "unresolved";
  return t.start === t.end ? t.start : `${t.start} – ${t.end}`;
}
