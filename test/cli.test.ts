// The built command, run as a user runs it: stdout holds only the document, every format parses with a standard
// parser, the json validates against the printed JSON Schema, and each error gives one line and the right exit code.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { Lexer } from "marked";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parseJobs } from "../src/run.js";

const bin = new URL("../bin/interview-claims.js", import.meta.url).pathname;
const sample = new URL("../fixtures/corpus/altman-big-technology-2025-12.txt", import.meta.url).pathname;
const article = new URL("../fixtures/corpus/bestpartners-gemini-3-flash.md", import.meta.url).pathname;

function run(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), "interview-claims-"));

describe("extract on the sample", () => {
  const json = run(["extract", sample, "--date", "2025-12-18"]);
  const doc = JSON.parse(json.stdout);

  it("prints one JSON document and exits 0", () => {
    expect(json.code).toBe(0);
    expect(doc.source.path).toBe(sample);
    expect(doc.claims.length).toBeGreaterThan(10);
  });

  it.each([
    [167, 38.8, "percent"],
    [169, 70.9, "percent"],
    [170, 74.1, "percent"],
    [73, 400000000, "count"],
    [74, 800000000, "count"],
    [372, 1400000000000, "money"],
  ])("finds the figure on line %i: %d (%s)", (line, value, kind) => {
    const qs = doc.claims.flatMap((c: { quantities: { line: number; value: number; kind: string }[] }) => c.quantities);
    expect(
      qs.some(
        (q: { line: number; value: number; kind: string }) => q.line === line && q.value === value && q.kind === kind,
      ),
    ).toBe(true);
  });

  it("validates against the schema that `schema` prints", () => {
    const schema = JSON.parse(run(["schema"]).stdout);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("cites every quantity exactly: its text is the source at its span", () => {
    const text = readFileSync(sample, "utf8");
    for (const c of doc.claims) for (const q of c.quantities) expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
  });

  it("ndjson: one claim per line, each with its source", () => {
    const r = run(["extract", sample, "--date", "2025-12-18", "--format", "ndjson"]);
    const lines = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.length).toBe(doc.claims.length);
    expect(lines.every((l) => l.source === sample)).toBe(true);
  });

  it("yaml parses back to the same document", () => {
    const r = run(["extract", sample, "--date", "2025-12-18", "--format", "yaml"]);
    expect(parseYaml(r.stdout)).toEqual(doc);
  });

  it("md is a fact sheet: a figures table per subject, the trends, the dated predictions and the speakers", () => {
    const r = run(["extract", sample, "--date", "2025-12-18", "--format", "md"]);
    const tokens = new Lexer().lex(r.stdout);
    const tables = tokens.filter((t) => t.type === "table");
    const subjects = tokens.filter((t) => t.type === "heading" && t.depth === 4);
    expect(subjects.length).toBeGreaterThan(3);
    // one table per subject, then the dated predictions and the speakers
    expect(tables.length).toBe(subjects.length + 2);
    expect(r.stdout).toContain("| figure | normalised | kind | who said it | type | hedge | citation |");
    expect(r.stdout).toMatch(/^\| 8亿 \| 800M \| count \| .* \| L74 \|$/m);
    expect(r.stdout).toMatch(/^- \*\*ChatGPT的周活跃用户\*\*: 4亿 → 8亿.*: ×2/m);
    expect(r.stdout).toContain("| 2026-03-31 | 2026-01-01 – 2026-03-31 |");
    expect(r.stdout).toContain("### Speakers");
  });
});

describe("inputs", () => {
  it("reads stdin when piped, and - explicitly", () => {
    const text = "Sam Altman透露\nOpenAI目前已经拥有超过100万名企业用户\n";
    for (const args of [["extract"], ["extract", "-"]]) {
      const r = run(args, text);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.source.path).toBe("-");
      expect(doc.claims[0].quantities[0]).toMatchObject({ value: 1000000, approx: "over", kind: "count" });
    }
  });

  it("several inputs print { documents } in json, one section each in md", () => {
    const r = run(["extract", sample, article, "--date", "2025-12-18"]);
    expect(JSON.parse(r.stdout).documents.map((d: { source: { path: string } }) => d.source.path)).toEqual([
      sample,
      article,
    ]);
    const md = run(["extract", sample, article, "--format", "md"]).stdout;
    expect(md.match(/^## /gm)?.length).toBe(2);
  });

  it("a directory is every transcript under it, in sorted order", () => {
    const dir = join(tmp, "dir");
    mkdirSync(join(dir, "sub"), { recursive: true });
    writeFileSync(join(dir, "b.txt"), "收入达到了1200亿美元\n");
    writeFileSync(join(dir, "sub", "a.md"), "用户超过8亿。\n");
    writeFileSync(join(dir, "notes.json"), "{}");
    const r = run(["extract", dir, "--format", "ndjson"]);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).source),
    ).toEqual([join(dir, "b.txt"), join(dir, "sub", "a.md")]);
  });

  it("a directory's symbolic links are followed, each directory once; a link to nothing is named, the rest printed", () => {
    const dir = join(tmp, "links");
    const elsewhere = join(tmp, "elsewhere");
    mkdirSync(join(elsewhere, "deep"), { recursive: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(elsewhere, "talk.txt"), "收入达到了1200亿美元\n");
    writeFileSync(join(elsewhere, "deep", "b.srt"), "1\n00:00:01,000 --> 00:00:02,000\n用户超过8亿\n");
    symlinkSync(join(elsewhere, "talk.txt"), join(dir, "a.txt"));
    symlinkSync(join(elsewhere, "deep"), join(dir, "d"));
    symlinkSync(dir, join(dir, "loop")); // a link back up: must not loop, nor read a.txt twice
    const ok = run(["extract", dir, "--format", "ndjson"]);
    expect(ok.code).toBe(0);
    const sources = (out: string) =>
      out
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).source);
    expect(sources(ok.stdout)).toEqual([join(dir, "a.txt"), join(dir, "d", "b.srt")]);
    symlinkSync(join(elsewhere, "gone.txt"), join(dir, "c.txt"));
    symlinkSync(join(elsewhere, "gone.json"), join(dir, "c.json")); // not a transcript's name: not ours to report
    const broken = run(["extract", dir, "--format", "ndjson"]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toBe(
      `interview-claims: ${join(dir, "c.txt")}: a link to nothing: its target does not exist\n`,
    );
    expect(sources(broken.stdout)).toEqual([join(dir, "a.txt"), join(dir, "d", "b.srt")]);
  });

  it("an empty input is a valid empty document", () => {
    const r = run(["extract", "-"], "");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).claims).toEqual([]);
  });

  it("-o writes the file and nothing to stdout", () => {
    const out = join(tmp, "out.json");
    const r = run(["extract", sample, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).claims.length).toBeGreaterThan(0);
  });
});

describe("errors: one line on stderr, no stack, the right exit code", () => {
  const binary = join(tmp, "image.txt");
  writeFileSync(
    binary,
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]),
  );
  const locked = join(tmp, "locked.txt");
  writeFileSync(locked, "1亿");
  chmodSync(locked, 0o000);
  const empty = join(tmp, "empty-dir");
  mkdirSync(empty, { recursive: true });

  it.each([
    ["a missing file", ["extract", join(tmp, "nope.txt")], 1, /nope\.txt: no such file/],
    ["a binary file", ["extract", binary], 1, /image\.txt: .*binary/],
    ["a directory with no transcripts", ["extract", empty], 1, /no transcripts/],
    ["an unknown format", ["extract", sample, "--format", "pdf"], 2, /pdf/],
    ["an impossible date", ["extract", sample, "--date", "2025-02-30"], 2, /not a real date/],
    ["a malformed date", ["extract", sample, "--date", "18/12/2025"], 2, /YYYY-MM-DD/],
    ["an unknown command", ["frobnicate"], 2, /unknown command/],
    ["an unknown option", ["extract", "--frob"], 2, /unknown option/],
  ])("%s", (_name, args, code, message) => {
    const r = run(args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("permission denied (skipped as root, who can read anything)", () => {
    if (process.getuid?.() === 0) return;
    const r = run(["extract", locked]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/permission denied/);
  });

  it("a failed input does not stop the others: they are printed, and the exit code is 1", () => {
    const r = run(["extract", join(tmp, "nope.txt"), sample, "--date", "2025-12-18"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).source.path).toBe(sample);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("help, version, schema, score", () => {
  it("--help shows examples with jq; --version the package version", () => {
    const help = run(["extract", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("jq");
    expect(run(["--version"]).stdout.trim()).toBe(
      JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version,
    );
  });

  it("score reads a prediction from stdin and prints the score line", () => {
    const gold = new URL("../fixtures/gold/altman-big-technology-2025-12.json", import.meta.url).pathname;
    const pred = run(["extract", sample, "--date", "2025-12-18"]).stdout;
    const r = run(["score", "--gold", gold], pred);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^score: quantity F1 \d\.\d{3} · prediction F1 \d\.\d{3} · traps \d+$/m);
  });
});

describe("--jobs", () => {
  it.each([
    ["1", 2, 1],
    ["8", 2, 8],
    ["auto", 1, 1],
    ["auto", 2, 1],
    ["auto", 8, 7],
  ])("%s on %i cores is %i threads", (value, cores, threads) => {
    expect(parseJobs(value, cores)).toBe(threads);
  });
  it.each(["0", "257", "1.5", "-1", "0x10", "two"])("refuses %s", (value) => {
    expect(() => parseJobs(value, 4)).toThrow(/not a number of threads/);
  });
});
