// The vocabulary matcher (src/recognize/lexicon.ts): a table of lookups with real words, then a property test of
// every lookup against a plain reference that tries each word of the list in turn. A list with many words on one
// first character (the idioms that begin with 一) is indexed by the second character as well: the property runs
// over lists both short and long, so both paths are held to the reference.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Entry, Lexicon } from "../src/recognize/lexicon.js";

const fixedSeed = 20251218;
const randomSeed = Number(process.env.FUZZ_SEED) || Math.floor(Math.random() * 2 ** 31);

const words = (list: string[]) => new Lexicon(list.map((word) => ({ word, info: word })));

// over a hundred idioms start with 一 in data/zh: a bucket long enough to be indexed by its second character
const idioms = [
  "一",
  "一心一意",
  "一五一十",
  "一百个不放心",
  "一刀切",
  "一口气",
  "一下子",
  "一把手",
  "一线",
  "一线城市",
  "一方面",
  "十分",
  "GPT",
  "AI",
];

describe("Lexicon lookups", () => {
  const lex = words(idioms);
  it.each([
    // [text, position, the word after it, the word before where that word ends]
    ["他一心一意做产品", 1, "一心一意", "一心一意"],
    ["一线城市的房价", 0, "一线城市", "一线城市"],
    ["一线的员工", 0, "一线", "一线"],
    ["一个人", 0, "一", "一"],
    ["一", 0, "一", "一"],
    ["这个十分重要", 2, "十分", "十分"],
    ["十一", 0, null, null],
    ["GPT的能力", 0, "GPT", "GPT"],
    // a word that ends in a Latin letter does not run on into another: GPTs is no GPT
    ["GPTs的能力", 0, null, null],
    // after reads from pos on; before, from its end back, does not let a word open inside a Latin one (OpenAI)
    ["OpenAI的模型", 4, "AI", null],
  ] as const)("%s at %i", (text, pos, after, before) => {
    expect(lex.after(text, pos)?.word ?? null).toBe(after);
    const end = pos + (after?.length ?? 0);
    if (after !== null) expect(lex.before(text, end)?.word ?? null).toBe(before);
  });

  it("finds nothing outside the text", () => {
    expect(lex.after("一线", -1)).toBeNull();
    expect(lex.after("一线", 2)).toBeNull();
    expect(lex.before("一线", 0)).toBeNull();
    expect(lex.before("一线", 3)).toBeNull();
  });

  it("scans left to right, longest first, without overlaps", () => {
    const hits = lex.scan("一线城市一口气一心一意").map((h) => h.entry.word);
    expect(hits).toEqual(["一线城市", "一口气", "一心一意"]);
  });
});

/** The reference: the longest word of the list standing at pos, tried one by one. */
function longestAt(list: Entry<string>[], text: string, pos: number): string | null {
  const isLatin = (c: string | undefined) => c !== undefined && /^[A-Za-z]$/u.test(c);
  let best: string | null = null;
  for (const { word } of list) {
    if (pos < 0 || !text.startsWith(word, pos)) continue;
    if (isLatin(word.at(-1)) && isLatin(text[pos + word.length])) continue;
    if (best === null || word.length > best.length) best = word;
  }
  return best;
}

describe("Lexicon against a reference", () => {
  // few characters, so that words share first and second characters and buckets grow past the index's threshold
  const alphabet = fc.constantFrom(..."一二线Aa");
  const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 4 });
  const list = fc.uniqueArray(word, { minLength: 1, maxLength: 120, size: "max" });
  const text = fc.string({ unit: alphabet, maxLength: 30 });

  for (const seed of [fixedSeed, randomSeed]) {
    it(`after and allAfter give the longest word, and every word, that stands there (seed ${seed})`, () => {
      fc.assert(
        fc.property(list, text, (ws, t) => {
          const entries = ws.map((w) => ({ word: w, info: w }));
          const lex = new Lexicon(entries);
          for (let pos = 0; pos <= t.length; pos++) {
            expect(lex.after(t, pos)?.word ?? null).toBe(longestAt(entries, t, pos));
            const all = lex.allAfter(t, pos).map((e) => e.word);
            const expected = entries
              .filter((e) => longestAt([e], t, pos) !== null)
              .map((e) => e.word)
              .sort((a, b) => b.length - a.length);
            expect(all.map((w) => w.length)).toEqual(expected.map((w) => w.length));
            expect(new Set(all)).toEqual(new Set(expected));
          }
        }),
        { seed, numRuns: 300 },
      );
    });
  }
});

describe("Lexicon tables by character id", () => {
  // a lexicon's tables are as long as the ids given when it was built: a character first given an id by a lexicon
  // built later lies past their end, and starts (or ends) no word of the earlier one
  it("a character given its id after a lexicon was built starts and ends none of its words", () => {
    const early = words(["鼋鼍", "鼍"]);
    expect(early.after("鼋鼍", 0)?.word).toBe("鼋鼍");
    const late = words(["鼊鼒", "鼗"]);
    expect(late.after("鼊鼒", 0)?.word).toBe("鼊鼒");
    for (const t of ["鼊鼒", "鼗"]) {
      expect(early.after(t, 0)).toBeNull();
      expect(early.before(t, t.length)).toBeNull();
      expect(early.starts(t.charCodeAt(0))).toBe(false);
      expect(early.scan(t)).toEqual([]);
      expect(early.occursIn(t)).toBe(false);
    }
    expect(late.before("鼊鼒", 2)?.word).toBe("鼊鼒");
    expect(early.before("鼋鼍", 2)?.word).toBe("鼋鼍");
    expect(early.scan("鼗鼋鼍鼊").map((h) => h.entry.word)).toEqual(["鼋鼍"]);
  });
});
