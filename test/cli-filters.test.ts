// The command's reading habits: the filters (--type, --speaker, --kind, --due-before, --due-after) and their usage
// errors, --explain in every format that has room for it, the summary table in a terminal and JSON in a pipe,
// colour (NO_COLOR, FORCE_COLOR, --no-color), the progress bar on stderr, csv with --bom, html. The terminal is
// simulated with INTERVIEW_CLAIMS_FORCE_TTY=1. Runs the built command: `npm run build` first.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { extract } from "../src/extract.js";
import { applyFilter, collect, FilterError, parseFilter } from "../src/filter.js";
import { textWidth } from "../src/format/width.js";
import type { Claim, Document } from "../src/schema.js";

const bin = new URL("../bin/interview-claims.js", import.meta.url).pathname;
const sample = new URL("../fixtures/corpus/altman-big-technology-2025-12.txt", import.meta.url).pathname;
const article = new URL("../fixtures/corpus/bestpartners-gemini-3-flash.md", import.meta.url).pathname;
const sampleText = readFileSync(sample, "utf8");
const sampleLines = sampleText.split("\n");

/** Runs the command with a clean environment: no colour or terminal variables unless the test sets them. */
function run(args: string[], env: Record<string, string> = {}, input?: string) {
  const base = { ...process.env };
  for (const k of ["NO_COLOR", "FORCE_COLOR", "INTERVIEW_CLAIMS_FORCE_TTY", "COLUMNS"]) delete base[k];
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", env: { ...base, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const extractSample = (...more: string[]) => run(["extract", sample, "--date", "2025-12-18", ...more]);
const claimsOf = (stdout: string): Claim[] => (JSON.parse(stdout) as Document).claims;
const all = claimsOf(extractSample().stdout);

// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character of ANSI colour codes
const ansi = /\u001b\[[0-9;]*m/;

describe("parseFilter: the values are checked before any input is read", () => {
  it.each([
    [{ type: ["prediction"] }, "types", ["prediction"]],
    [{ type: ["prediction,plan"] }, "types", ["prediction", "plan"]],
    [{ type: ["prediction，Plan"] }, "types", ["prediction", "plan"]],
    [{ type: ["metric", "hypothetical"] }, "types", ["metric", "hypothetical"]],
    [{ kind: ["money,percent"] }, "kinds", ["money", "percent"]],
    [{ speaker: ["Altman"] }, "speakers", ["altman"]],
    [{ speaker: ["主持人,Sam"] }, "speakers", ["主持人", "sam"]],
    [{ speaker: ["ＳＡＭ"] }, "speakers", ["sam"]],
  ])("%j → %s %j", (flags, key, values) => {
    const f = parseFilter(flags) as unknown as Record<string, Iterable<string>>;
    expect([...(f[key] ?? [])]).toEqual(values);
  });

  it.each([
    [{ type: ["forecast"] }, /--type "forecast" is not one of metric, prediction, plan, hypothetical/],
    [{ type: ["prediction,"] }, /--type has an empty value/],
    [{ kind: ["cash"] }, /--kind "cash" is not one of count, percent, money, multiple, duration, measure/],
    [{ speaker: [""] }, /--speaker has an empty value/],
    [{ dueBefore: "2026-13-01" }, /--due-before "2026-13-01" is not a real date/],
    [{ dueAfter: "2026-02-30" }, /--due-after "2026-02-30" is not a real date/],
    [{ dueAfter: "明年" }, /YYYY-MM-DD/],
    [{ dueBefore: "2026-01-01", dueAfter: "2027-01-01" }, /nothing could match/],
  ])("%j is a FilterError: %s", (flags, message) => {
    expect(() => parseFilter(flags)).toThrow(FilterError);
    expect(() => parseFilter(flags)).toThrow(message);
  });

  it("collect gathers a repeated option", () => {
    expect(collect("plan", collect("prediction"))).toEqual(["prediction", "plan"]);
  });
});

describe("applyFilter on real sentences", () => {
  const doc = extract(
    [
      "Sam Altman表示，ChatGPT的周活跃用户已经达到8亿。",
      "主持人提到，OpenAI的收入达到130亿美元。",
      "Sam Altman预测，明年第一季度会发布新模型。",
      "他还说，2030年AI会完成大量科学发现。",
    ].join("\n"),
    { path: "t.txt", date: "2025-12-18" },
  );

  it("the document has the claims the filters pick from", () => {
    expect(doc.claims.length).toBeGreaterThanOrEqual(3);
  });

  it("an empty filter returns the same document", () => {
    expect(applyFilter(doc, parseFilter({}))).toBe(doc);
  });

  it("--kind keeps only the figures of that kind and the claims that still have one", () => {
    const money = applyFilter(doc, parseFilter({ kind: ["money"] }));
    expect(money.claims.length).toBeGreaterThan(0);
    expect(money.claims.flatMap((c) => c.quantities).every((q) => q.kind === "money")).toBe(true);
    expect(money.claims.some((c) => c.quantities.some((q) => q.text === "8亿"))).toBe(false);
  });

  it("--due-after keeps the dated predictions that start on or after the day, not the figures", () => {
    const later = applyFilter(doc, parseFilter({ dueAfter: "2027-01-01" }));
    expect(later.claims.every((c) => c.time?.start && c.time.start >= "2027-01-01")).toBe(true);
    expect(later.claims.every((c) => c.type === "prediction" || c.type === "plan")).toBe(true);
  });

  it("the source is untouched", () => {
    expect(applyFilter(doc, parseFilter({ type: ["plan"] })).source).toBe(doc.source);
  });
});

describe("filters on the command line", () => {
  it("the sample has claims of several types, speakers and kinds to filter", () => {
    expect(new Set(all.map((c) => c.type)).size).toBeGreaterThan(2);
    expect(all.some((c) => c.speaker === "Sam Altman")).toBe(true);
    expect(all.some((c) => c.quantities.some((q) => q.kind === "money"))).toBe(true);
  });

  it("--type prediction keeps exactly the predictions", () => {
    const r = extractSample("--type", "prediction");
    expect(r.code).toBe(0);
    expect(claimsOf(r.stdout).map((c) => c.id)).toEqual(all.filter((c) => c.type === "prediction").map((c) => c.id));
  });

  it("--type prediction,plan is --type prediction --type plan", () => {
    const a = extractSample("--type", "prediction,plan").stdout;
    expect(a).toBe(extractSample("--type", "prediction", "--type", "plan").stdout);
    expect(claimsOf(a).length).toBe(all.filter((c) => c.type === "prediction" || c.type === "plan").length);
  });

  it("--speaker altman matches Sam Altman, in any case; 主持人 matches the host", () => {
    const altman = claimsOf(extractSample("--speaker", "altman").stdout);
    expect(altman.length).toBe(all.filter((c) => c.speaker === "Sam Altman").length);
    expect(altman.every((c) => c.speaker === "Sam Altman")).toBe(true);
    const host = claimsOf(extractSample("--speaker", "主持人").stdout);
    expect(host.length).toBeGreaterThan(0);
    expect(host.every((c) => c.speaker?.includes("主持人"))).toBe(true);
  });

  it("--kind money keeps the money figures only", () => {
    const money = claimsOf(extractSample("--kind", "money").stdout);
    expect(money.length).toBeGreaterThan(0);
    expect(money.flatMap((c) => c.quantities).every((q) => q.kind === "money")).toBe(true);
    expect(money.flatMap((c) => c.quantities).some((q) => q.text === "1.4万亿美元")).toBe(true);
  });

  it("--due-before 2026-12-31 keeps the dated predictions and plans due by the end of 2026", () => {
    const due = claimsOf(extractSample("--due-before", "2026-12-31").stdout);
    const expected = all.filter(
      (c) => (c.type === "prediction" || c.type === "plan") && c.time?.end && c.time.end <= "2026-12-31",
    );
    expect(due.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    expect(due.length).toBeGreaterThan(3);
  });

  it("--due-after 2027-01-01 keeps the later ones (2028或2029年, 2050年)", () => {
    const due = claimsOf(extractSample("--due-after", "2027-01-01").stdout);
    expect(due.length).toBeGreaterThan(0);
    expect(due.every((c) => (c.time?.start ?? "") >= "2027-01-01")).toBe(true);
    expect(due.some((c) => c.time?.text === "2050年")).toBe(true);
  });

  it("filters combine: a dated prediction by Sam Altman in 2026", () => {
    const r = extractSample(
      "--type",
      "prediction",
      "--speaker",
      "Altman",
      "--due-after",
      "2026-01-01",
      "--due-before",
      "2026-12-31",
    );
    const claims = claimsOf(r.stdout);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.type).toBe("prediction");
      expect(c.speaker).toBe("Sam Altman");
      expect(c.time?.start?.slice(0, 4)).toBe("2026");
    }
  });

  it("filters shape every format: md, csv", () => {
    const md = extractSample("--type", "plan", "--format", "md").stdout;
    expect(md).toContain("2 plan");
    expect(md).not.toMatch(/\| prediction \|/);
    const rows = parseCsv(extractSample("--kind", "percent", "--format", "csv").stdout, { columns: true }) as {
      kind: string;
    }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.kind === "percent")).toBe(true);
  });

  it.each([
    ["an unknown type", ["--type", "forecast"], /--type "forecast" is not one of/],
    ["an unknown kind", ["--kind", "cash"], /--kind "cash" is not one of/],
    ["an empty speaker", ["--speaker", ""], /--speaker has an empty value/],
    ["an impossible due date", ["--due-before", "2026-13-01"], /--due-before "2026-13-01" is not a real date/],
    ["a due date in words", ["--due-after", "明年"], /--due-after "明年" is not a real date: write it as YYYY-MM-DD/],
    ["an empty window", ["--due-after", "2027-01-01", "--due-before", "2026-01-01"], /nothing could match/],
    ["--bom without csv", ["--bom"], /--bom is for --format csv/],
    ["--explain with ndjson", ["--explain", "--format", "ndjson"], /--explain prints the skipped mentions in/],
    ["--explain with csv", ["--explain", "--format", "csv"], /no place for them/],
  ])("%s: exit 2, one line, nothing on stdout", (_name, args, message) => {
    const r = extractSample(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("--explain", () => {
  const r = extractSample("--explain");
  const doc = JSON.parse(r.stdout) as Document;

  it("adds every skipped mention with its line and reason to the json document", () => {
    expect(r.code).toBe(0);
    expect(doc.skipped?.length).toBeGreaterThan(20);
    for (const s of doc.skipped ?? []) {
      expect(sampleLines[s.line - 1], `${s.text} L${s.line}`).toContain(s.text);
      expect(s.reason.length).toBeGreaterThan(3);
    }
  });

  it("names model names, idioms, dates among the reasons: GPT-5.2 is skipped as a model name", () => {
    const reasons = (doc.skipped ?? []).map((s) => s.reason);
    expect(reasons).toContain("model or product name (GPT-5.2)");
    expect(reasons.some((x) => x.includes("idiom"))).toBe(true);
    expect(reasons.some((x) => x.includes("date"))).toBe(true);
  });

  it("leaves the claims as they are, and validates against the printed schema", () => {
    expect(doc.claims).toEqual(all);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(run(["schema"]).stdout));
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("is absent without --explain", () => {
    expect(JSON.parse(extractSample().stdout)).not.toHaveProperty("skipped");
  });

  it("yaml carries the same field; md has a section; a filter does not shorten it", () => {
    const yaml = parseYaml(extractSample("--explain", "--format", "yaml").stdout) as Document;
    expect(yaml.skipped).toEqual(doc.skipped);
    const md = extractSample("--explain", "--format", "md").stdout;
    expect(md).toContain("### Skipped mentions");
    expect(md).toMatch(/^\| 5\.2 \| L\d+ \| model or product name \(GPT-5\.2\) \|$/m);
    const filtered = JSON.parse(extractSample("--explain", "--type", "plan").stdout) as Document;
    expect(filtered.skipped).toEqual(doc.skipped);
  });

  it("per input: each document of several has its own list", () => {
    const both = JSON.parse(run(["extract", sample, article, "--explain"]).stdout) as { documents: Document[] };
    expect(both.documents).toHaveLength(2);
    for (const d of both.documents) expect(Array.isArray(d.skipped)).toBe(true);
  });

  it("the terminal summary ends with a short list by reason", () => {
    const s = extractSample("--explain", "--format", "summary").stdout;
    expect(s).toMatch(/skipped \d+ numeric mentions:/);
    expect(s).toMatch(/^\s+\d+ {2}model or product name: GPT-\S+ L\d+/m);
  });
});

describe("in a terminal and in a pipe", () => {
  const tty = { INTERVIEW_CLAIMS_FORCE_TTY: "1" };

  it("piped, with no --format: JSON", () => {
    expect(() => JSON.parse(extractSample().stdout)).not.toThrow();
  });

  it("in a terminal, with no --format: the summary table, one line per claim", () => {
    const r = extractSample();
    const s = run(["extract", sample, "--date", "2025-12-18"], { ...tty, NO_COLOR: "1" });
    expect(r.code).toBe(0);
    expect(s.code).toBe(0);
    const lines = s.stdout.trimEnd().split("\n");
    // the header: path, date and counts, on two lines when the path is long
    const counts = ["metric", "prediction", "plan", "hypothetical"]
      .map((t) => [t, all.filter((c) => c.type === t).length] as const)
      .filter(([, n]) => n > 0)
      .map(([t, n]) => `${n} ${t}`);
    const columns = lines.findIndex((l) => /^\s+line\s+type\s+figure\s+due\s+subject\s+speaker$/.test(l));
    expect(columns).toBeGreaterThan(0);
    const header = lines.slice(0, columns).join(" ");
    expect(header).toContain("2025-12-18 · ");
    expect(header).toContain(`${all.length} claims: ${counts.join(", ")}`);
    expect(lines.filter((l) => /^ {2}L\d+ /.test(l))).toHaveLength(all.length);
    expect(s.stdout).toMatch(/^ {2}L71 +metric +4亿 ~400M, 8亿 800M/m);
    expect(s.stdout).not.toMatch(ansi);
  });

  it("the summary fits the terminal's width", () => {
    const s = run(["extract", sample, "--date", "2025-12-18"], { ...tty, NO_COLOR: "1", COLUMNS: "80" });
    // COLUMNS is not read: a forced terminal has no width, so the summary uses 100 columns
    for (const line of s.stdout.split("\n")) expect(textWidth(line)).toBeLessThanOrEqual(100);
  });

  it("colour: FORCE_COLOR turns it on; NO_COLOR and --no-color turn it off", () => {
    expect(run(["extract", sample], { ...tty, FORCE_COLOR: "1" }).stdout).toMatch(ansi);
    expect(run(["extract", sample], { ...tty, NO_COLOR: "1" }).stdout).not.toMatch(ansi);
    expect(run(["extract", sample, "--no-color"], { ...tty, FORCE_COLOR: "1" }).stdout).not.toMatch(ansi);
    expect(run(["extract", sample, "--format", "summary"], { FORCE_COLOR: "1" }).stdout).toMatch(ansi);
    expect(run(["extract", sample, "--format", "summary"]).stdout).not.toMatch(ansi);
  });

  it("in a terminal, --format json and -o still write JSON", () => {
    expect(() => JSON.parse(run(["extract", sample, "--format", "json"], tty).stdout)).not.toThrow();
    const out = join(mkdtempSync(join(tmpdir(), "interview-claims-tty-")), "out.json");
    const r = run(["extract", sample, "--date", "2025-12-18", "-o", out], tty);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).claims.length).toBe(all.length);
  });
});

describe("progress bar", () => {
  const dir = mkdtempSync(join(tmpdir(), "interview-claims-progress-"));
  const a = join(dir, "a.txt");
  const b = join(dir, "b.txt");
  writeFileSync(a, "OpenAI的收入达到130亿美元。\n");
  writeFileSync(b, "ChatGPT的周活跃用户已经达到8亿。\n");

  it("in a terminal, with several inputs: drawn on stderr and wiped, stdout untouched", () => {
    const r = run(["extract", a, b, "--format", "ndjson"], { INTERVIEW_CLAIMS_FORCE_TTY: "1", NO_COLOR: "1" });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("] 1/2 ");
    expect(r.stderr).toContain("] 2/2 ");
    expect(r.stderr.endsWith("\r\u001b[2K")).toBe(true);
    expect(r.stdout.trim().split("\n")).toHaveLength(2);
    expect(r.stdout).not.toContain("\r");
  });

  it("silent in a pipe, and for a single input", () => {
    expect(run(["extract", a, b]).stderr).toBe("");
    expect(run(["extract", a], { INTERVIEW_CLAIMS_FORCE_TTY: "1" }).stderr).toBe("");
  });

  it("a failed input is reported after the bar, and the rest go on", () => {
    const r = run(["extract", a, join(dir, "missing.txt"), b, "--format", "ndjson"], {
      INTERVIEW_CLAIMS_FORCE_TTY: "1",
      NO_COLOR: "1",
    });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split("\n")).toHaveLength(2);
    expect(r.stderr).toContain("\r\u001b[2Kinterview-claims: ");
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
  });
});

describe("csv and html from the command", () => {
  it("csv: one row per quantity, parsed by a CSV parser; --bom for Excel", () => {
    const r = extractSample("--format", "csv");
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(all.reduce((n, c) => n + c.quantities.length, 0));
    expect(rows.find((x) => x.figure === "8亿")).toMatchObject({ value: "800000000", display: "800M", line: "74" });
    const bom = extractSample("--format", "csv", "--bom").stdout;
    expect(bom.startsWith("\uFEFF")).toBe(true);
    expect(parseCsv(bom, { columns: true, bom: true })).toEqual(rows);
  });

  it("html: one page", () => {
    const r = extractSample("--format", "html");
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("<!doctype html>")).toBe(true);
    expect(r.stdout).toContain('<svg class="timeline"');
  });
});
