// assemble: what a figure measures, as the text says it, trimmed to a noun phrase (data/zh/subject.yaml).
import { z } from "zod";
import { loadData } from "../data.js";
import { Lexicon } from "../recognize/lexicon.js";

const SubjectData = z.object({
  maxLength: z.int().min(4),
  trailing: z.array(z.string().min(1)),
  leading: z.array(z.string().min(1)),
  after: z.array(z.string().min(1)),
});
const data = loadData("subject", SubjectData);
const trailing = new Lexicon(data.trailing.map((word) => ({ word, info: true })));
const leading = new Lexicon(data.leading.map((word) => ({ word, info: true })));
const afterWords = new Lexicon(data.after.map((word) => ({ word, info: true })));
// clause boundaries, and the caption break "\n"
const boundary = /[，,。；;：:！!？?\n（）()“”"「」]/u;
const noise = /^[\s\d.%、·\-—]+|[\s、·\-—]+$/gu;

function peel(text: string): string {
  let t = text.replace(noise, "");
  for (let changed = true; changed && t; ) {
    changed = false;
    const end = trailing.before(t, t.length);
    if (end) {
      t = t.slice(0, t.length - end.word.length).trimEnd();
      changed = true;
    }
    const start = leading.after(t, 0);
    if (start && start.word.length < t.length) {
      t = t.slice(start.word.length).trimStart();
      changed = true;
    }
  }
  return t.replace(noise, "");
}

/** The subject of a figure at [start, end) in `text`; `previous` is inherited by an elliptical figure (涨到了8亿). */
export function subjectOf(
  text: string,
  figure: { start: number; end: number } | null,
  previous: string | null,
): string | null {
  if (!figure) return null;
  let from = figure.start;
  while (from > 0 && !boundary.test(text[from - 1] as string)) from--;
  const before = peel(text.slice(from, figure.start));
  if (before.length >= 2) return cut(before);
  let to = figure.end;
  while (to < text.length && !boundary.test(text[to] as string)) to++;
  let after = text.slice(figure.end, to);
  for (let w = afterWords.after(after, 0); w; w = afterWords.after(after, 0)) after = after.slice(w.word.length);
  after = peel(after);
  if (after.length >= 2) return cut(after);
  return previous;
}

const cut = (s: string) => (s.length > data.maxLength ? `…${s.slice(s.length - data.maxLength)}` : s);
