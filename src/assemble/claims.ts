// assemble: sentences with their mentions become claims. Refiners run in order: drop questions, pick the claim's
// time, decide its type from cues, attribute the speaker (carried forward until someone else or the narrator takes
// the word), name the subject (inherited by an elliptical figure from the sentence before), and cite every piece.
import type { ParsedSource } from "../input/source.js";
import { lineOf } from "../input/source.js";
import { type CueHit, cueData, findCues } from "../recognize/cues.js";
import { type Mention, recognizeQuantities } from "../recognize/quantity.js";
import { findTimes, type TimeMatch } from "../recognize/time.js";
import type { Claim, ClaimType, Quantity, Span, TimeRef } from "../schema.js";
import { readable, type Sentence } from "../segment/sentences.js";
import { speakerOf, SpeakerTracker } from "./speaker.js";
import { subjectOf } from "./subject.js";

/** A mention that did not become part of a claim, with the reason: what `--explain` shows. */
export interface Skipped {
  text: string;
  line: number;
  reason: string;
}

export interface Assembled {
  claims: Claim[];
  skipped: Skipped[];
}

export function assemble(src: ParsedSource, sentences: Sentence[], anchor: string | null): Assembled {
  const claims: Claim[] = [];
  const skipped: Skipped[] = [];
  const versions = new Set<string>();
  const speakers = new SpeakerTracker(src.frontMatter?.speakers ?? []);
  let lastSubject: string | null = null;
  const span = (s: Sentence, from: number, to: number): Span => {
    const start = s.offsets[from] ?? 0;
    const end = to > from ? (s.offsets[to - 1] ?? start) + 1 : start;
    const { line, column } = lineOf(src.lineStarts, start);
    return { line, column, start, end };
  };

  for (const s of sentences) {
    const times = s.heading ? [] : findTimes(s.text, anchor);
    const mentions = recognizeQuantities(s.text, { times, versions });
    const cues = findCues(s.text);
    const speaker = speakers.next(s, cues);
    if (s.heading) continue;
    const figures = mentions.filter((m) => m.tag === "figure");
    const isQuestion = cues.some((c) => c.group === "question");
    const explainSkip = (m: Mention, reason: string) =>
      skipped.push({ text: m.text, line: span(s, m.start, m.end).line, reason });
    for (const m of mentions) if (m.tag !== "figure") explainSkip(m, m.reason ?? m.tag);
    if (isQuestion) {
      for (const m of figures) explainSkip(m, "inside a question: a question asks, it does not claim");
      continue;
    }
    const time = pickTime(times);
    const type = typeOf(cues, time);
    if (figures.length === 0 && !(time && (type === "prediction" || type === "plan"))) continue;
    const subject = subjectOf(s.text, figures[0] ?? null, lastSubject);
    if (subject) lastSubject = subject;
    const quantities: Quantity[] = figures.map((m) => {
      const sp = span(s, m.start, m.end);
      return {
        text: src.text.slice(sp.start, sp.end),
        kind: m.kind,
        value: m.value,
        min: m.min,
        max: m.max,
        unit: m.unit,
        approx: m.approx,
        display: m.display,
        ...(m.ambiguous ? { ambiguous: m.ambiguous } : {}),
        line: sp.line,
        span: sp,
      };
    });
    let timeRef: TimeRef | null = null;
    if (time) {
      const sp = span(s, time.start, time.end);
      timeRef = {
        text: src.text.slice(sp.start, sp.end),
        line: sp.line,
        start: time.from,
        end: time.to,
        grain: time.grain,
        relative: time.relative,
        span: sp,
      };
    }
    const claimSpan = span(s, 0, s.text.length);
    const hedge = cues.find((c) => c.group === "hedge")?.word ?? quantities.find((q) => q.approx)?.text ?? null;
    claims.push({
      id: `c${claimSpan.line}-${claimSpan.column}`,
      type,
      text: readable(s.text),
      subject,
      speaker: speaker ?? speakerOf(s),
      hedge: hedge && cues.some((c) => c.group === "hedge" && c.word === hedge) ? hedge : approxHedge(figures),
      negated: cues.some((c) => c.group === "negation"),
      quantities,
      time: timeRef,
      span: claimSpan,
      cue: s.cue ? { start: s.cue.from, end: s.cue.to } : null,
    });
  }
  return { claims, skipped };
}

/** The bound word of the first bounded figure (超过, 左右), as a hedge when the sentence has no hedge word. */
function approxHedge(figures: Mention[]): string | null {
  const m = figures.find((f) => f.approx && f.approx !== "vague");
  return m ? (m.approx as string) : null;
}

/** The time a claim is about: a future time first (it makes the claim a dated prediction), else the first one. */
function pickTime(times: TimeMatch[]): TimeMatch | null {
  return times.find((t) => t.direction === "future") ?? times.find((t) => !t.duration) ?? times[0] ?? null;
}

/** hypothetical > plan > prediction > metric; a time in the past makes a forecast cue a report (今年早些时候…会). */
export function typeOf(cues: CueHit[], time: TimeMatch | null): ClaimType {
  const has = (g: CueHit["group"]) => cues.some((c) => c.group === g);
  if (has("hypothetical")) return "hypothetical";
  if (time?.direction === "past") return "metric";
  if (has("plan")) return "plan";
  if (has("prediction") || time?.direction === "future") return "prediction";
  return "metric";
}

export { cueData };
