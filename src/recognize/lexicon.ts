// A small matcher for vocabulary read from data/: which listed word stands right after (or right before) a position.
// Words are bucketed by their first (or last) character and tried longest first, so a lookup costs a few string
// comparisons whatever the size of the list: linear in the input overall.

export interface Entry<T> {
  word: string;
  info: T;
}

const latin = /[A-Za-z]/;

export class Lexicon<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byLast = new Map<string, Entry<T>[]>();
  private finder: RegExp | null = null;

  constructor(entries: Iterable<Entry<T>>) {
    for (const e of entries) {
      push(this.byFirst, e.word[0] as string, e);
      push(this.byLast, e.word[e.word.length - 1] as string, e);
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()])
      list.sort((a, b) => b.word.length - a.word.length);
  }

  /** The longest word starting at `pos`; a word ending in a Latin letter must not run on into another letter. */
  after(text: string, pos: number): Entry<T> | null {
    for (const e of this.byFirst.get(text[pos] ?? "") ?? []) {
      if (!text.startsWith(e.word, pos)) continue;
      const next = text[pos + e.word.length] ?? "";
      if (latin.test(e.word[e.word.length - 1] as string) && latin.test(next)) continue;
      return e;
    }
    return null;
  }

  /** The longest word ending at `pos`; a word starting with a Latin letter must not continue a longer word. */
  before(text: string, pos: number): Entry<T> | null {
    for (const e of this.byLast.get(text[pos - 1] ?? "") ?? []) {
      const from = pos - e.word.length;
      if (from < 0 || text.slice(from, pos) !== e.word) continue;
      if (latin.test(e.word[0] as string) && latin.test(text[from - 1] ?? "")) continue;
      return e;
    }
    return null;
  }

  /**
   * The positions where some word may start, left to right. One native regex pass over the text (a lookahead of
   * the words' first characters) instead of a lookup at every position: most positions start no word.
   */
  *starts(text: string): Generator<number> {
    if (!this.finder) {
      const firsts = [...this.byFirst.keys()].map((c) => c.replace(/[\\^\]\-[]/g, "\\$&")).join("");
      this.finder = new RegExp(`[${firsts}]`, "gu");
    }
    this.finder.lastIndex = 0;
    for (let m = this.finder.exec(text); m; m = this.finder.exec(text)) yield m.index;
  }

  /** Every occurrence in `text`, left to right, longest at each position, non-overlapping. */
  *scan(text: string): Generator<{ start: number; end: number; entry: Entry<T> }> {
    let next = 0;
    for (const i of this.starts(text)) {
      if (i < next) continue;
      const e = this.after(text, i);
      if (!e) continue;
      yield { start: i, end: i + e.word.length, entry: e };
      next = i + e.word.length;
    }
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds a lexicon from groups of words that share their info: [{ words: [...], ...info }]. */
export function lexicon<G extends { words: string[] }, T>(groups: G[], info: (g: G) => T): Lexicon<T> {
  return new Lexicon(groups.flatMap((g) => g.words.map((word) => ({ word, info: info(g) }))));
}
