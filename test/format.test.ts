// The formats people read and publish: the Markdown and HTML fact sheets (escaping, grouping, trends, the timeline),
// CSV read back by a CSV parser, the terminal summary (colour, width), and the committed examples kept fresh.
import { readFileSync } from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";
import { Lexer, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { extractBytes } from "../src/extract.js";
import { csv, csvColumns, field } from "../src/format/csv.js";
import { html } from "../src/format/html.js";
import { checkFormatOptions, defaultFormat, formatters } from "../src/format/index.js";
import { cell, markdown } from "../src/format/markdown.js";
import { progressBar } from "../src/format/progress.js";
import { reasonKey, sheetOf } from "../src/format/sheet.js";
import { colourFor, summary } from "../src/format/summary.js";
import { clip, padCell, textWidth } from "../src/format/width.js";
import type { Claim, Document, Quantity } from "../src/schema.js";
import { Document as DocumentSchema } from "../src/schema.js";

const samplePath = "fixtures/corpus/altman-big-technology-2025-12.txt";
const sampleBytes = readFileSync(new URL(`../${samplePath}`, import.meta.url));
const extracted = extractBytes(sampleBytes, { path: samplePath, date: "2025-12-18" });
const sample = extracted.document;

// ---------- a hand-made document, so that layout tests do not depend on the extraction ----------

const at = (line: number) => ({ line, column: 1, start: line * 10, end: line * 10 + 2 });

function q(text: string, value: number | null, more: Partial<Quantity> = {}): Quantity {
  return {
    text,
    kind: "count",
    value,
    min: null,
    max: null,
    unit: null,
    approx: null,
    display: String(value),
    line: 1,
    span: at(1),
    ...more,
  };
}

function claim(line: number, more: Partial<Claim>): Claim {
  return {
    id: `c${line}-1`,
    type: "metric",
    text: "",
    subject: null,
    speaker: null,
    hedge: null,
    negated: false,
    quantities: [],
    time: null,
    span: at(line),
    cue: null,
    ...more,
  };
}

const time = (text: string, line: number, start: string | null, end: string | null) => ({
  text,
  line,
  start,
  end,
  grain: "year" as const,
  relative: false,
  span: at(line),
});

const handMade: Document = {
  source: { path: "talk|<x>.txt", format: "text", encoding: "utf-8", title: null, anchorDate: "2025-12-18", lines: 40 },
  claims: [
    claim(3, {
      text: "ChatGPT的周活跃用户从2月的4亿增长到现在的8亿",
      subject: "ChatGPT的周活跃用户",
      speaker: "主持人",
      quantities: [
        q("4亿", 400_000_000, { display: "~400M", line: 3 }),
        q("8亿", 800_000_000, { display: "800M", line: 3 }),
      ],
    }),
    claim(5, {
      text: "据报道已接近9亿",
      subject: "ChatGPT的周活跃用户",
      speaker: "报道",
      hedge: "接近",
      quantities: [q("9亿", 900_000_000, { display: "≈900M", line: 5, approx: "nearly" })],
    }),
    claim(8, {
      text: "GDPval 上 70.9%，另一项 74.1%",
      subject: "GPT-5.2 Thinking",
      quantities: [
        q("70.9%", 70.9, { kind: "percent", unit: "%", display: "70.9%", line: 8 }),
        q("74.1%", 74.1, { kind: "percent", unit: "%", display: "74.1%", line: 8 }),
      ],
    }),
    claim(10, {
      type: "hypothetical",
      text: "算力翻2倍，收入也翻2倍",
      subject: "算力",
      quantities: [
        q("2倍", 2, { kind: "multiple", unit: "×", display: "2×", line: 10 }),
        q("3倍", 3, { kind: "multiple", unit: "×", display: "3×", line: 11 }),
      ],
    }),
    claim(12, {
      type: "prediction",
      text: "他说 a|b <script>alert(1)</script> 明年会盈利",
      speaker: "Sam Altman",
      time: time("明年", 12, "2026-01-01", "2026-12-31"),
    }),
    claim(14, {
      type: "prediction",
      text: "2050年我们每天做什么肯定和今天完全不同",
      speaker: "Sam Altman",
      hedge: "肯定",
      time: time("2050年", 14, "2050-01-01", "2050-12-31"),
    }),
    claim(16, {
      type: "plan",
      text: "明年一季度发布新模型",
      speaker: "Sam Altman",
      negated: true,
      time: time("明年一季度", 16, "2026-01-01", "2026-03-31"),
    }),
    claim(18, { type: "prediction", text: "将来会更好", time: time("将来", 18, null, null) }),
    claim(20, {
      text: "营收达到130亿美元",
      subject: "营收",
      speaker: "Sam Altman",
      quantities: [
        q("130亿美元", 13_000_000_000, { kind: "money", unit: "USD", display: "$13B", line: 20 }),
        q("六到八周", null, { kind: "duration", unit: "week", min: 6, max: 8, display: "6–8 weeks", line: 20 }),
      ],
    }),
  ],
  skipped: [
    { text: "5.2", line: 8, reason: "model or product name (GPT-5.2)" },
    { text: "3", line: 9, reason: "model or product name (Gemini 3)" },
    { text: "一", line: 9, reason: "part of an idiom" },
    { text: "3", line: 9, reason: "inside a question" },
  ],
};

describe("helpers", () => {
  it.each([
    ["8亿", 3],
    ["GPT-5.2", 7],
    ["ChatGPT的周活跃用户", 19],
    ["１２３", 6],
    ["", 0],
  ])("textWidth(%j) = %i", (text, width) => {
    expect(textWidth(text)).toBe(width);
  });

  it.each([
    ["ChatGPT的周活跃用户", 10, "ChatGPT的…"],
    ["ChatGPT的周活跃用户", 19, "ChatGPT的周活跃用户"],
    ["一二三四五", 5, "一二…"],
    ["a\nb", 5, "a b"],
  ])("clip(%j, %i) = %j", (text, width, out) => {
    expect(clip(text, width)).toBe(out);
    expect(textWidth(clip(text, width))).toBeLessThanOrEqual(width);
  });

  it("padCell pads to the exact width, Chinese counted double", () => {
    for (const text of ["8亿", "一二三四五六七八九十", "ab", ""]) expect(textWidth(padCell(text, 9))).toBe(9);
  });

  it.each([
    ["plain", "plain"],
    ["a|b", "a\\|b"],
    ["<script>", "&lt;script&gt;"],
    ["a\nb", "a b"],
    ["*强调*", "\\*强调\\*"],
    ["", "—"],
  ])("cell(%j) = %j", (text, out) => {
    expect(cell(text)).toBe(out);
  });

  it.each([
    ["model or product name (GPT-6)", "model or product name", "GPT-6"],
    [
      "a small count in words (两个原因, 一天): discourse, not a figure",
      "a small count in words (两个原因, 一天): discourse, not a figure",
      null,
    ],
    ["inside a question", "inside a question", null],
  ])("reasonKey(%j)", (reason, key, example) => {
    expect(reasonKey(reason)).toEqual({ reason: key, example });
  });

  it.each([
    [undefined, false, {}, 0],
    [undefined, true, {}, 1],
    [false, true, {}, 0],
    [undefined, true, { NO_COLOR: "1" }, 0],
    [undefined, false, { FORCE_COLOR: "1" }, 1],
    [undefined, true, { FORCE_COLOR: "0" }, 1],
    [false, false, { FORCE_COLOR: "1" }, 0],
  ])("colourFor(flag %s, tty %s, %j) = %i", (flag, tty, env, level) => {
    expect(colourFor(flag, tty, env)).toBe(level);
  });

  it("the default format: the summary in a terminal, json in a pipe or a file", () => {
    expect(defaultFormat(true, false)).toBe("summary");
    expect(defaultFormat(false, false)).toBe("json");
    expect(defaultFormat(true, true)).toBe("json");
  });

  it.each([
    ["csv", { bom: true }, null],
    ["json", { bom: true }, /--bom is for --format csv/],
    ["md", { explain: true }, null],
    ["html", { explain: true }, null],
    ["summary", { explain: true }, null],
    ["ndjson", { explain: true }, /--explain/],
    ["csv", { explain: true }, /--explain/],
  ] as const)("checkFormatOptions(%s, %j)", (format, options, message) => {
    const r = checkFormatOptions(format, options);
    if (message === null) expect(r).toBeNull();
    else expect(r).toMatch(message);
  });
});

describe("the fact sheet's content", () => {
  const s = sheetOf(handMade);

  it("counts claims by type", () => {
    expect(s.counts).toEqual({ metric: 4, prediction: 3, plan: 1, hypothetical: 1 });
    expect(s.figureCount).toBe(9);
  });

  it("groups figures by subject in the order said, the unnamed subject last", () => {
    expect(s.subjects.map((g) => g.subject)).toEqual(["ChatGPT的周活跃用户", "GPT-5.2 Thinking", "算力", "营收"]);
    expect(s.subjects[0]?.figures.map((f) => f.quantity.text)).toEqual(["4亿", "8亿", "9亿"]);
  });

  it("finds trends: 4亿 → 8亿 → 9亿 as ratios, percentages as points; not multiples, not ranges", () => {
    expect(s.trends.map((t) => [t.subject, t.points.map((p) => p.quantity.text), t.steps])).toEqual([
      ["ChatGPT的周活跃用户", ["4亿", "8亿", "9亿"], ["×2", "×1.13"]],
      ["GPT-5.2 Thinking", ["70.9%", "74.1%"], ["+3.2 pp"]],
    ]);
  });

  it("orders the timeline by due date, unresolved last", () => {
    expect(s.timeline.map((d) => d.time.text)).toEqual(["明年一季度", "明年", "2050年", "将来"]);
  });

  it("lists the speakers, most claims first, the narrator last", () => {
    expect(s.speakers.map((p) => [p.speaker, p.claims])).toEqual([
      ["Sam Altman", 4],
      ["主持人", 1],
      ["报道", 1],
      [null, 3],
    ]);
  });

  it("groups skipped mentions by reason without the example", () => {
    expect(s.skipped?.map((g) => [g.reason, g.mentions.length])).toEqual([
      ["model or product name", 2],
      ["part of an idiom", 1],
      ["inside a question", 1],
    ]);
  });
});

describe("markdown", () => {
  const md = markdown([handMade]);
  const tokens = new Lexer().lex(md);
  const tables = tokens.filter((t): t is Tokens.Table => t.type === "table");
  const headings = tokens.filter((t): t is Tokens.Heading => t.type === "heading").map((t) => [t.depth, t.text]);

  it("has the header, a table per subject, trends, the timeline, the speakers and the skipped mentions", () => {
    expect(headings).toEqual([
      [1, "Fact sheet"],
      [2, "talk\\|&lt;x&gt;.txt"],
      [3, "Figures by subject"],
      [4, "ChatGPT的周活跃用户"],
      [4, "GPT-5.2 Thinking"],
      [4, "算力"],
      [4, "营收"],
      [3, "Trends"],
      [3, "Dated predictions"],
      [3, "Speakers"],
      [3, "Skipped mentions"],
    ]);
    expect(md).toContain("date: 2025-12-18");
    expect(md).toContain("9 claims: 4 metric, 3 prediction, 1 plan, 1 hypothetical · 9 figures");
    expect(tables).toHaveLength(4 + 1 + 1 + 1);
  });

  it("a figure row: as written, normalised, kind, who, type, hedge, citation", () => {
    const first = tables[0];
    expect(first?.header.map((h) => h.text)).toEqual([
      "figure",
      "normalised",
      "kind",
      "who said it",
      "type",
      "hedge",
      "citation",
    ]);
    expect(first?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["4亿", "~400M", "count", "主持人", "metric", "—", "L3"],
      ["8亿", "800M", "count", "主持人", "metric", "—", "L3"],
      ["9亿", "≈900M", "count", "报道", "metric", "接近", "L5"],
    ]);
  });

  it("writes the trend as 4亿 → 8亿 → 9亿: ×2, ×1.13", () => {
    expect(md).toContain("- **ChatGPT的周活跃用户**: 4亿 → 8亿 → 9亿: ×2, ×1.13 (L3 → L3 → L5)");
    expect(md).toContain("- **GPT-5.2 Thinking**: 70.9% → 74.1%: +3.2 pp (L8 → L8)");
    expect(md).not.toMatch(/\*\*算力\*\*/);
  });

  it("the timeline is a table sorted by due date with the resolved period and the speaker", () => {
    const dated = tables[4];
    expect(dated?.header.map((h) => h.text)).toEqual([
      "due",
      "period",
      "as said",
      "claim",
      "who said it",
      "type",
      "citation",
    ]);
    expect(dated?.rows.map((r) => [r[0]?.text, r[1]?.text, r[4]?.text, r[5]?.text])).toEqual([
      ["2026-03-31", "2026-01-01 – 2026-03-31", "Sam Altman", "plan (negated)"],
      ["2026-12-31", "2026-01-01 – 2026-12-31", "Sam Altman", "prediction"],
      ["2050-12-31", "2050-01-01 – 2050-12-31", "Sam Altman", "prediction"],
      ["—", "unresolved", "—", "prediction"],
    ]);
  });

  it("escapes | and HTML in quoted text, so the table keeps its columns and no tag gets through", () => {
    expect(md).not.toContain("<script>");
    expect(md).toContain("a\\|b &lt;script&gt;alert(1)&lt;/script&gt;");
    for (const t of tables) for (const r of t.rows) expect(r).toHaveLength(t.header.length);
  });

  it("without --explain there is no skipped section", () => {
    const { skipped: _, ...plain } = handMade;
    expect(markdown([plain])).not.toContain("Skipped mentions");
  });

  it("the sample: figures grouped by subject, with 8亿 (800M) cited to L74", () => {
    const text = markdown([sample]);
    const sampleTables = new Lexer().lex(text).filter((t): t is Tokens.Table => t.type === "table");
    expect(sampleTables.length).toBeGreaterThan(5);
    expect(text).toMatch(/^\| 8亿 \| 800M \| count \| .* \| L74 \|$/m);
    expect(text).toContain("### Dated predictions");
    expect(text).toContain("### Speakers");
  });
});

describe("csv", () => {
  it.each([
    ["8亿", "8亿"],
    ["他说：“8亿，翻倍”", "他说：“8亿，翻倍”"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    [null, ""],
    [400000000, "400000000"],
  ])("field(%j) = %j", (value, out) => {
    expect(field(value)).toBe(out);
  });

  it("parses back into one row per quantity with the columns in order", () => {
    const text = csv([handMade]);
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...csvColumns]);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toMatchObject({
      source: "talk|<x>.txt",
      claim_id: "c3-1",
      line: "3",
      figure: "4亿",
      kind: "count",
      value: "400000000",
      min: "",
      display: "~400M",
      subject: "ChatGPT的周活跃用户",
      speaker: "主持人",
      type: "metric",
      claim: "ChatGPT的周活跃用户从2月的4亿增长到现在的8亿",
    });
    const range = rows.find((r) => r.figure === "六到八周");
    expect(range).toMatchObject({ value: "", min: "6", max: "8", unit: "week" });
  });

  it("--bom starts with a byte order mark that a parser strips", () => {
    const text = csv([handMade], { bom: true });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(csv([handMade]).charCodeAt(0)).not.toBe(0xfeff);
    const rows = parseCsv(text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows[0]?.source).toBe("talk|<x>.txt");
  });

  it("the sample: every quantity is a row, and its figure is the source text at its line", () => {
    const rows = parseCsv(formatters.csv([sample]), { columns: true }) as Record<string, string>[];
    const quantities = sample.claims.flatMap((c) => c.quantities);
    expect(rows).toHaveLength(quantities.length);
    const lines = sampleBytes.toString("utf8").split("\n");
    for (const r of rows) expect(lines[Number(r.line) - 1]).toContain(r.figure);
  });
});

// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character of ANSI colour codes
const ansi = /\u001b\[[0-9;]*m/g;

describe("summary", () => {
  it("without colour: no escape codes; every line fits the width", () => {
    for (const width of [60, 80, 120]) {
      const text = summary([handMade], { colour: 0, width });
      expect(text).not.toMatch(ansi);
      for (const line of text.split("\n")) expect(textWidth(line)).toBeLessThanOrEqual(width);
    }
  });

  it("with colour: escape codes, and the same text once they are removed", () => {
    const coloured = summary([handMade], { colour: 1, width: 100 });
    expect(coloured).toMatch(ansi);
    expect(coloured.replace(ansi, "")).toBe(summary([handMade], { colour: 0, width: 100 }));
  });

  it("one line per claim with its figures, due date, subject and speaker", () => {
    const lines = summary([handMade], { width: 120 }).split("\n");
    expect(lines[0]).toBe("talk|<x>.txt · 2025-12-18 · 9 claims: 4 metric, 3 prediction, 1 plan, 1 hypothetical");
    expect(lines.find((l) => l.includes("L3 "))).toMatch(/metric\s+4亿 ~400M, 8亿 800M\s+ChatGPT的周活跃用户\s+主持人/);
    expect(lines.find((l) => l.includes("L16 "))).toMatch(/plan\s+明年一季度 → 2026-03-31\s+2026-03-31/);
  });

  it("--explain adds a short list of skipped mentions by reason, with examples", () => {
    const text = summary([handMade], { width: 120 });
    expect(text).toContain("skipped 4 numeric mentions:");
    expect(text).toMatch(/^\s+2 {2}model or product name: GPT-5\.2 L8, Gemini 3 L9$/m);
  });
});

describe("html", () => {
  const page = html([handMade]);

  it("is one page with no script, no external asset and a policy that forbids fetching", () => {
    expect(page.startsWith("<!doctype html>")).toBe(true);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(|@import/i);
  });

  it("escapes transcript text", () => {
    expect(page).toContain("a|b &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).toContain("talk|&lt;x&gt;.txt");
  });

  it("draws the timeline and the subjects as inline SVG", () => {
    expect(page).toMatch(/<svg class="timeline"[^>]*>/);
    expect(page).toMatch(/<svg class="subjects"[^>]*>/);
    // three resolved dated predictions, one bar each; the unresolved one is only in the table
    expect(
      page
        .split('<svg class="timeline"')[1]
        ?.split("</svg>")[0]
        ?.match(/class="bar"/g),
    ).toHaveLength(3);
  });

  it("the sample renders without throwing, with each section", () => {
    const text = html([sample]);
    for (const h of ["Figures by subject", "Dated predictions", "Speakers"]) expect(text).toContain(`<h3>${h}</h3>`);
  });
});

describe("--explain in json: the skipped mentions are a field of the document that the schema accepts", () => {
  it("validates", () => {
    const doc = { ...sample, skipped: extracted.skipped };
    expect(DocumentSchema.safeParse(JSON.parse(formatters.json([doc]))).success).toBe(true);
    expect(JSON.parse(formatters.json([doc])).skipped.length).toBe(extracted.skipped.length);
  });
});

describe("progress bar", () => {
  it("draws one line per tick, cut to the width, and clears it", () => {
    const written: string[] = [];
    const bar = progressBar(4, { write: (t: string) => written.push(t), columns: 40 });
    bar.tick("a.txt");
    bar.tick("transcripts/very/long/path/to/some/interview.txt");
    bar.clear();
    expect(written[0]).toBe("\r\u001b[2K[#####---------------] 1/4 a.txt");
    expect(written[1]?.startsWith("\r\u001b[2K[##########----------] 2/4 …")).toBe(true);
    expect(textWidth(written[1]?.replace("\r\u001b[2K", "") ?? "")).toBeLessThan(40);
    expect(written[2]).toBe("\r\u001b[2K");
  });
});

describe("examples/ is what `npm run examples` makes from the current code", () => {
  it("each committed file is up to date (if not: run npm run examples and commit the result)", async () => {
    const script = new URL("../scripts/examples.mjs", import.meta.url).href;
    const { render } = (await import(script)) as {
      render: (lib: { extractBytes: typeof extractBytes; formatters: typeof formatters }) => Record<string, string>;
    };
    const files = render({ extractBytes, formatters });
    expect(Object.keys(files).sort()).toEqual(["sample.html", "sample.md"]);
    for (const [name, text] of Object.entries(files)) {
      let committed = "";
      try {
        committed = readFileSync(new URL(`../examples/${name}`, import.meta.url), "utf8");
      } catch {
        // missing: reported by the comparison below
      }
      expect(committed === text, `examples/${name} is stale: run \`npm run examples\``).toBe(true);
    }
  });
});
