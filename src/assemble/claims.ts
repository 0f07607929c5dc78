// assemble: sentences with their mentions become claims. Refiners run in order: drop questions, read each figure's
// type from the cues of its own clause (a condition reaches the clauses after it), its time from its clause or the
// sentence, its speaker (a source such as 有报道称 speaks for the figures after it), then group neighbouring figures
// of the same reading into one claim, name the subject (inherited by an elliptical figure) and cite every piece.
import { charTable } from "../chars.js";
import type { ParsedSource } from "../input/source.js";
import { type CueHit, findCues } from "../recognize/cues.js";
import { display, type Mention, mentionsCount, mentionsMoney, recognizeQuantities } from "../recognize/quantity.js";
import { findTimes, type TimeMatch } from "../recognize/time.js";
import type { Claim, ClaimType, Quantity, Span, TimeRef } from "../schema.js";
import { offsetOf, readable, type Sentence } from "../segment/sentences.js";
import { SpeakerTracker } from "./speaker.js";
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

// clause boundaries inside a sentence: commas, semicolons, colons and caption breaks
const clauseBreaks = charTable("，,；;：:\n");
// a money word (票房, 收入) keeps the talk on money for this many sentences
const moneyWindow = 8;

/** One figure's reading in its sentence, before figures are grouped into claims. */
interface Reading {
  figure: Mention;
  type: ClaimType;
  time: TimeMatch | null;
  speaker: string | null;
  hedge: string | null;
  negated: boolean;
}

/** The claims of a source's sentences; with `explain`, also every mention that did not become one, and why. */
export function assemble(src: ParsedSource, sentences: Sentence[], anchor: string | null, explain = true): Assembled {
  const claims: Claim[] = [];
  const skipped: Skipped[] = [];
  const versions = new Set<string>();
  const speakers = new SpeakerTracker(src.frontMatter?.speakers ?? []);
  let lastSubject: string | null = null;
  let moneyUntil = -1;
  // the sentence before counted something it named, and spoke of no money (现在每天是20亿个token): the next bare
  // figure (去年才两三亿) counts it too, whatever money word came sentences before
  let countedBefore = false;

  for (const [i, s] of sentences.entries()) {
    const span = (from: number, to: number): Span => {
      const start = offsetOf(s, from);
      const end = to > from ? offsetOf(s, to - 1) + 1 : start;
      // the line: from the sentence's first line on (lineOf's search over the whole text gives the same)
      let at = s.firstLine - 1;
      while (at + 1 < src.lineStarts.length && (src.lineStarts[at + 1] as number) <= start) at++;
      return { line: at + 1, column: start - (src.lineStarts[at] as number) + 1, start, end };
    };
    const times = s.heading ? [] : findTimes(s.text, anchor);
    const money = mentionsMoney(s.text);
    if (money) moneyUntil = i + moneyWindow;
    const moneyTopic = money || (i <= moneyUntil && !countedBefore);
    const mentions = recognizeQuantities(s.text, { times, versions, moneyTopic });
    countedBefore =
      !money &&
      i < moneyUntil &&
      mentions.some((m) => m.tag === "figure" && m.kind === "count") &&
      mentionsCount(s.text);
    speakers.learn(s.text);
    const cues = findCues(s.text);
    const speaker = speakers.next(s, cues);
    if (s.heading) continue;
    for (const m of explain ? mentions : []) {
      if (m.tag !== "figure")
        skipped.push({ text: m.text, line: span(m.start, m.end).line, reason: m.reason ?? m.tag });
    }
    // a question asks, it does not claim: figures in a clause with a question cue (会不会, 吗？) are skipped
    const questions = cues.filter((c) => c.group === "question");
    // only figures ask for their clause: most sentences have none
    const clauseOf = mentions.length > 0 ? clauses(s.text) : (): [number, number] => [0, s.text.length];
    const asked = (m: Mention) => {
      const [from, to] = clauseOf(m.start);
      return questions.some((q) => q.start >= from && q.start <= to);
    };
    const figures = mentions.filter((m) => m.tag === "figure" && !asked(m));
    for (const m of explain ? mentions : []) {
      if (m.tag === "figure" && asked(m))
        skipped.push({ text: m.text, line: span(m.start, m.end).line, reason: "inside a question" });
    }
    if (figures.length === 0 && times.length === 0) continue; // no figure, no date: nothing to claim
    const sentenceTime = pickTime(times);
    const readings: Reading[] = figures.map((figure) => {
      const [from, to] = clauseOf(figure.start);
      const time = pickTime(times.filter((t) => t.start < to && t.end > from)) ?? sentenceTime;
      // a condition or a hedge reaches the clauses after it (明年一定会盈利，收入超过100亿元); a negation does not
      const own = cues.filter(
        (c) =>
          (c.start >= from && c.start < to) || ((c.group === "hypothetical" || c.group === "hedge") && c.start < from),
      );
      return { figure, type: typeOf(own, time), time, speaker: speaker(figure.start), ...manner(own) };
    });
    const groups = groupReadings(readings);
    if (groups.length === 0) {
      // a dated forecast without a figure: 明年第一季度会发布一款新模型
      const type = typeOf(cues, sentenceTime);
      // due in the future, or this year or month: a forecast "due today" is a turn of phrase (模型今天发现…)
      const due =
        sentenceTime &&
        (sentenceTime.direction === "future" || (sentenceTime.direction === "present" && sentenceTime.grain !== "day"));
      if (sentenceTime && due && questions.length === 0 && (type === "prediction" || type === "plan")) {
        groups.push({ readings: [], type, time: sentenceTime, speaker: speaker(s.text.length), ...manner(cues) });
      }
    }
    let timeUsed = false;
    for (const g of groups) {
      const first = g.readings[0]?.figure ?? null;
      const counted = first !== null && (first.kind === "multiple" || (first.kind === "count" && first.unit !== null));
      const subject = subjectOf(
        s.text,
        first && { start: first.start, end: first.end, counted },
        lastSubject,
        times,
        figures,
      );
      if (subject) lastSubject = subject;
      // a sentence's time dates one forecast: the first that claims it
      const dated = g.time && (g.type === "prediction" || g.type === "plan") ? !timeUsed : true;
      if (g.time && dated && (g.type === "prediction" || g.type === "plan")) timeUsed = true;
      const at = first ? span(first.start, first.end) : span(0, s.text.length);
      claims.push({
        id: `c${at.line}-${at.column}`,
        type: g.type,
        text: readable(s.text),
        subject,
        speaker: g.speaker,
        hedge: g.hedge,
        negated: g.negated,
        quantities: g.readings.map((r) => quantity(r.figure)),
        time: g.time && dated ? timeRef(g.time) : null,
        span: span(0, s.text.length),
        cue: s.cue ? { start: s.cue.from, end: s.cue.to } : null,
      });
    }

    function quantity(m: Mention): Quantity {
      const sp = span(m.start, m.end);
      return {
        text: src.text.slice(sp.start, sp.end),
        kind: m.kind,
        value: m.value,
        min: m.min,
        max: m.max,
        unit: m.unit,
        approx: m.approx,
        display: display(m),
        ...(m.ambiguous ? { ambiguous: m.ambiguous } : {}),
        line: sp.line,
        span: sp,
      };
    }
    function timeRef(t: TimeMatch): TimeRef {
      const sp = span(t.start, t.end);
      const text = src.text.slice(sp.start, sp.end);
      return { text, line: sp.line, start: t.from, end: t.to, grain: t.grain, relative: t.relative, span: sp };
    }
  }
  // ids are unique within a document: a second claim at the same place gets a suffix
  const seen = new Map<string, number>();
  for (const c of claims) {
    const n = seen.get(c.id) ?? 0;
    seen.set(c.id, n + 1);
    if (n > 0) c.id = `${c.id}-${n + 1}`;
  }
  return { claims, skipped };
}

/** The clauses of a text: for any position, [from, to) between the clause breaks around it (binary search). */
function clauses(text: string): (pos: number) => [number, number] {
  const breaks: number[] = [];
  for (let i = 0; i < text.length; i++) if (clauseBreaks[text.charCodeAt(i)] === 1) breaks.push(i);
  return (pos) => {
    // the first break at or after pos
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] as number) < pos) lo = mid + 1;
      else hi = mid;
    }
    const from = lo > 0 ? (breaks[lo - 1] as number) + 1 : 0;
    return [from, breaks[lo] ?? text.length];
  };
}

/** The hedge (可能, 一定) and negation (不会, 无法) of a clause's cues. */
function manner(cues: CueHit[]): { hedge: string | null; negated: boolean } {
  return {
    hedge: cues.find((c) => c.group === "hedge")?.word ?? null,
    negated: cues.some((c) => c.group === "negation"),
  };
}

type Group = Omit<Reading, "figure"> & { readings: Reading[] };

/** Neighbouring figures read alike (type, time, speaker, hedge, negation) make one claim. */
function groupReadings(readings: Reading[]): Group[] {
  const groups: Group[] = [];
  for (const r of readings) {
    const last = groups[groups.length - 1];
    const alike =
      last &&
      last.type === r.type &&
      last.time === r.time &&
      last.speaker === r.speaker &&
      last.hedge === r.hedge &&
      last.negated === r.negated;
    if (alike) last.readings.push(r);
    else groups.push({ ...r, readings: [r] });
  }
  return groups;
}

/**
 * The time a claim is about: a future time first (it makes the claim a dated prediction), else the first one.
 * Open-ended phrases (长期来看, 未来几年) date nothing a reader could check, so they are not a claim's time.
 */
function pickTime(times: TimeMatch[]): TimeMatch | null {
  const dated = times.filter((t) => t.grain !== "open");
  return dated.find((t) => t.direction === "future") ?? dated.find((t) => !t.duration) ?? dated[0] ?? null;
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
