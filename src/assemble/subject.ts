// assemble: what a figure measures, as the text says it, trimmed to a noun phrase (rules in data/zh/subject.yaml).
import { charTable } from "../chars.js";
import { loadData, type Zod } from "../data.js";
import { wordLexicon } from "../recognize/lexicon.js";

/** The schemas of the vocabulary, made only when a file is validated (src/data.ts). */
function schemas(z: Zod) {
  const Words = z.array(z.string().min(1));
  const SubjectData = z.object({
    maxLength: z.int().min(4),
    minLength: z.int().min(1),
    beforeOf: Words,
    afterStops: Words,
    trailing: Words,
    leading: Words,
  });
  return { SubjectData };
}
const data = loadData("subject", (z) => schemas(z).SubjectData);
const beforeOf = wordLexicon(data.beforeOf);
const afterStops = wordLexicon(data.afterStops);
const trailing = wordLexicon(data.trailing);
const leading = wordLexicon(data.leading);
// clause boundaries, and the caption break "\n"
/** Where a subject cannot reach across: clause punctuation and line breaks. */
const boundary = charTable('，,。；;：:！!？?\n（）()“”"「」、');
/** Whether text[i] is a boundary; i must lie in the text. */
const boundaryAt = (text: string, i: number) => boundary[text.charCodeAt(i)] === 1;
// digits, spaces and list punctuation at either end are never part of a subject, nor a slash at its start (23/24赛季)
const edge = /[\s、·\-—]/u;
const leadingNoise = /[\s\d.%、·\-—/／]/u;
/** Strips digits, spaces and list punctuation at the start, and spaces and list punctuation at the end (linear). */
function denoise(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && leadingNoise.test(text[from] as string)) from++;
  while (to > from && edge.test(text[to - 1] as string)) to--;
  return text.slice(from, to);
}

/** Peels verbs and bounds off the end and connectives off the start, until nothing changes. */
function peel(text: string): string {
  let t = denoise(text);
  for (let changed = true; changed && t; ) {
    changed = false;
    const end = trailing.before(t, t.length);
    if (end) {
      t = t.slice(0, t.length - end.word.length).trimEnd();
      changed = true;
    }
    const start = leading.after(t, 0);
    if (start) {
      t = t.slice(start.word.length).trimStart();
      changed = true;
    }
  }
  return denoise(t);
}

/** The noun right after position `from`, up to a stop word or the clause's end. */
function nounAfter(text: string, from: number, to: number): string {
  let end = from;
  while (end < to && !afterStops.after(text, end)) end++;
  return denoise(text.slice(from, end));
}

const enough = (s: string) => s.length >= data.minLength;
/** Keeps the end of a long subject, starting at a word boundary (not inside "Gemini"). */
function cut(s: string): string {
  if (s.length <= data.maxLength) return s;
  const tail = s.slice(s.length - data.maxLength);
  const space = /[A-Za-z0-9]/.test(s[s.length - data.maxLength - 1] ?? "") ? tail.indexOf(" ") : -1;
  return space >= 0 ? tail.slice(space + 1) : tail;
}

/** The text of [from, to) with time expressions taken out: the last piece that is left once peeled. */
function beforeWithoutTimes(text: string, from: number, to: number, times: Span[]): string {
  const pieces: string[] = [];
  let at = from;
  for (const t of times) {
    // a time that qualifies a noun (去年的营收) is part of the subject
    if (t.end <= at || t.start >= to || text[t.end] === "的") continue;
    pieces.push(text.slice(at, Math.max(at, t.start)));
    at = Math.min(to, t.end);
  }
  pieces.push(text.slice(at, to));
  // the last piece that names enough (a loop: an empty filtered array made V8 discard its compiled code)
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = peel(pieces[i] as string);
    if (enough(piece)) return piece;
  }
  return "";
}

interface Span {
  start: number;
  end: number;
}

/**
 * The subject of a figure at [start, end) in `text`, or `previous` when the clause names none (涨到了8亿).
 * `counted` says the figure has a counter or unit that a noun may follow directly (100万名企业用户, 2倍算力).
 */
export function subjectOf(
  text: string,
  figure: { start: number; end: number; counted?: boolean } | null,
  previous: string | null,
  times: Span[] = [],
  figures: Span[] = [],
): string | null {
  if (!figure) return null;
  let from = figure.start;
  while (from > 0 && !boundaryAt(text, from - 1)) from--;
  let to = figure.end;
  while (to < text.length && !boundaryAt(text, to)) to++;
  // 1. N的X
  let p = figure.end;
  const between = beforeOf.after(text, p);
  if (between) p += between.word.length;
  if (text[p] === " ") p++;
  if (text[p] === "的") {
    const noun = nounAfter(text, p + 1, to);
    if (enough(noun)) return cut(noun);
  }
  // 2. N名X: a counted figure followed directly by its noun
  if (figure.counted && figure.end < to && !afterStops.after(text, figure.end)) {
    const noun = nounAfter(text, figure.end, to);
    if (enough(noun)) return cut(noun);
  }
  // 3. the noun phrase before the figure, in its clause, else in the caption line before it (假设今天一家公司 / 每天输出…)
  const before = beforeWithoutTimes(text, from, figure.start, times);
  if (enough(before)) return cut(before);
  if (text[from - 1] === "\n") {
    let lineStart = from - 1;
    while (lineStart > 0 && !boundaryAt(text, lineStart - 1)) lineStart--;
    // a line with a figure of its own is that figure's, not this one's
    if (figures.some((f) => f.start >= lineStart && f.start < from)) return previous;
    const above = beforeWithoutTimes(text, lineStart, from - 1, times);
    if (enough(above)) return cut(above);
  }
  return previous;
}
