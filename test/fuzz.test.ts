// Property and fuzz tests through the library: whatever the text, extraction does not throw, the document validates
// against the zod schema of the output, and every quantity and time cites the source exactly (its `text` is the
// input at its span). Each property runs with a fixed seed, then with a random one named in the test's title:
// rerun a failure with FUZZ_SEED=<seed> npx vitest run test/fuzz.test.ts (FUZZ_RUNS=<n> for a longer search).
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { extractBytes, extractText } from "../src/extract.js";
import { InputError } from "../src/input/decode.js";
import { Document } from "../src/schema.js";

const fixedSeed = 20251218;
const randomSeed = Number(process.env.FUZZ_SEED) || Math.floor(Math.random() * 2 ** 31);
const seeds = [fixedSeed, randomSeed];
const numRuns = Number(process.env.FUZZ_RUNS) || 200;

/** Every short string of the vocabulary (words, and the example sentences they come with), from data/zh/*.yaml. */
function vocabulary(): string[] {
  const dir = new URL("../data/zh/", import.meta.url);
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === "string") {
      if (v.length > 0 && v.length <= 40) out.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml"))) {
    walk(parse(readFileSync(new URL(name, dir), "utf8")));
  }
  return [...out].sort();
}

const digits = [..."0123456789", ..."０１２３４５６７８９"];
const numerals = [..."零〇一二两三四五六七八九十百千万亿兆", ..."壹贰叁肆伍陆柒捌玖拾佰仟萬億", "几", "多", "半", "成"];
const separators = [..."、,.-~，。．－～—–:：/%％ ", "\n", "\r\n", "\t", "…", "·", "至", "到"];
const units = ["%", "倍", "元", "美元", "亿美元", "块", "年", "个月", "周", "天", "小时", "公里", "个", "名", "季度"];
const oddities = [
  "GPT-5.2",
  "Gemini 3",
  "00:00:01,000 --> 00:00:02,500",
  "-->",
  "WEBVTT",
  "---",
  "# ",
  "\u200b",
  "\ufeff",
];
const words = vocabulary();

const token = fc.oneof(
  fc.constantFrom(...digits),
  fc.constantFrom(...numerals),
  fc.constantFrom(...separators),
  fc.constantFrom(...units),
  fc.constantFrom(...oddities),
  fc.constantFrom(...words),
);
/** Strings built from the pieces figures and dates are made of, in any order. */
const figureish = fc.array(token, { maxLength: 40 }).map((parts) => parts.join(""));
/** Any code point of Unicode, astral planes included. */
const anyUnicode = fc.string({ unit: "binary", maxLength: 80 });
/** Any UTF-16 code unit, lone surrogates included: what a JavaScript string can hold. */
const anyCodeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 80,
});
/** Vocabulary mixed with arbitrary characters. */
const mixed = fc
  .array(fc.oneof(token, fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 30 })
  .map((p) => p.join(""));

const options = fc.record({
  path: fc.constantFrom("-", "talk.txt", "talk.srt", "talk.vtt", "talk.md", "2025-12-18-talk.txt"),
  date: fc.option(fc.constantFrom("2025-12-18", "2000-02-29", "1999-12-31"), { nil: null }),
});

/** The properties every extraction must have, whatever the text. */
function holds(text: string, opts: { path: string; date: string | null }): void {
  const { document, skipped } = extractText(text, opts);
  const parsed = Document.safeParse(document);
  expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 2))).toBe(true);
  expect(Array.isArray(skipped)).toBe(true);
  for (const claim of document.claims) {
    for (const q of claim.quantities) {
      expect(q.span.start).toBeGreaterThanOrEqual(0);
      expect(q.span.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
    }
    if (claim.time) expect(text.slice(claim.time.span.start, claim.time.span.end)).toBe(claim.time.text);
  }
}

describe.each(seeds)("extractText (seed %i)", (seed) => {
  const params = { seed, numRuns };
  it.each([
    ["strings of digits, numerals, separators, units and cue words", figureish],
    ["arbitrary Unicode", anyUnicode],
    ["arbitrary UTF-16 code units, lone surrogates included", anyCodeUnits],
    ["vocabulary mixed with arbitrary characters", mixed],
  ])("%s: no exception, a valid document, exact citations", (_name, text) => {
    fc.assert(
      fc.property(text, options, (t, o) => holds(t, o)),
      params,
    );
  });

  it("several lines of figure-ish text, as captions and as SRT cues", () => {
    const lines = fc.array(figureish, { minLength: 1, maxLength: 8 });
    const asSrt = lines.map((ls) =>
      ls.map((l, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i},900\n${l}\n`).join("\n"),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          lines.map((ls) => ls.join("\n")),
          asSrt,
        ),
        options,
        (t, o) => holds(t, o),
      ),
      params,
    );
  });

  it("arbitrary bytes: a valid document, or an InputError and nothing else", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          const { document } = extractBytes(bytes, { path: "talk.txt" });
          expect(Document.safeParse(document).success).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
        }
      }),
      params,
    );
  });
});
