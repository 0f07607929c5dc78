// Bad input, and nothing lost: the files people are sent, run through the built command as a user runs it.
// Each row is what the user sees: the exit code and the exact line on stderr (one line, no stack). A failed input
// never stops the others, with or without --jobs.
//
// | input                                   | exit | what the user sees (stderr)                                                  | test         |
// |-----------------------------------------|------|------------------------------------------------------------------------------|--------------|
// | a missing file                          | 1    | <path>: no such file or directory: check the path                            | cli.test.ts  |
// | a directory with no transcripts         | 1    | <dir>: no transcripts (.txt, .srt, .vtt, .md) in this directory              | cli.test.ts  |
// | a link to nothing in a directory        | 1    | <dir>/<name>.txt: a link to nothing: its target does not exist              | cli.test.ts  |
// | permission denied (file)                | 1    | <path>: permission denied: check the file's permissions                      | here         |
// | permission denied (directory)           | 1    | <dir>: permission denied: check the file's permissions                       | here         |
// | a binary file with a signature (PNG)    | 1    | <path>: binary file: looks like a PNG image; expected a text transcript …    | cli.test.ts  |
// | a binary file without one               | 1    | <path>: binary file: not text in UTF-8, UTF-16 or GB18030; expected …        | here         |
// | invalid UTF-8 that is not GB18030       | 1    | <path>: not valid UTF-8 (byte 0xFF at offset 35, line 2) nor GB18030: …      | here         |
// | an empty file                           | 0    | nothing; a document with no claims                                           | here         |
// | a 50 MB single line                     | 0    | nothing; the figures at their exact offsets                                  | here         |
// | NUL bytes                               | 1    | <path>: binary file: contains NUL bytes (first at byte 15); expected …       | here         |
// | a broken SRT                            | 0    | nothing; every cue read, with its timestamps where they can be read          | here         |
// | an SRT cue with an unreadable timestamp | 0    | <path>: subtitle text with a missing or unreadable timestamp (line 7) is …   | here         |
// | an unknown --format                     | 2    | error: option '-f, --format <name>' argument 'pdf' is invalid. …             | cli.test.ts  |
// | an impossible --date                    | 2    | --date "2025-02-30" is not a real date: write it as YYYY-MM-DD, …            | cli.test.ts  |
// | a malformed --input-format ndjson line  | 1    | stdin line 2: not JSON (…); expected {"id": "…", "text": "…", "date": …}     | here         |
// | -o into a missing directory             | 2    | cannot write <path>: no such directory: check the path                       | here         |
// | --jobs that is not a number             | 2    | --jobs "0" is not a number of threads: write a whole number from 1 to 256, … | here         |
//
// Permission denied as root: root reads any file and lists any directory whatever their mode, so as root the
// command is started as the unprivileged user nobody (uid 65534); where that is not possible the test is skipped.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const bin = new URL("../bin/interview-claims.js", import.meta.url).pathname;
const sample = new URL("../fixtures/corpus/altman-big-technology-2025-12.txt", import.meta.url).pathname;
const brokenSrt = new URL("../fixtures/formats/broken.srt", import.meta.url).pathname;

interface RunOptions {
  input?: string | Buffer;
  uid?: number;
}

function run(args: string[], options: RunOptions = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    input: options.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 256 * 1024 * 1024,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), "interview-claims-bad-"));
chmodSync(tmp, 0o755); // readable by the unprivileged user of the permission tests
const file = (name: string, content: string | Uint8Array) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

afterAll(() => {
  // open the locked directory again, so that the temporary directory can be removed
  for (const name of readdirSync(tmp)) if (name.startsWith("locked")) chmodSync(join(tmp, name), 0o755);
});

/** Bytes that are no text in any encoding and carry no known signature (no NUL either): a fixed LCG. */
function noise(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = 20251218;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out[i] = 1 + (x % 255);
  }
  return out;
}

const expectedLine = (message: string) => `interview-claims: ${message}\n`;

describe("the table: rows already tested in cli.test.ts are still there", () => {
  const cliTests = readFileSync(new URL("./cli.test.ts", import.meta.url), "utf8");
  it.each([
    "a missing file",
    "a directory with no transcripts",
    "a binary file",
    "an unknown format",
    "an impossible date",
  ])("cli.test.ts tests %s", (name) => {
    expect(cliTests).toContain(`["${name}"`);
  });
});

describe("bad files: one line on stderr, no stack, exit 1", () => {
  // UTF-8 text with two stray bytes (0xFF 0xFE) in its second line
  const invalid = file(
    "invalid.txt",
    Buffer.concat([Buffer.from("收入达到了1200亿美元\n用户"), Buffer.from([0xff, 0xfe]), Buffer.from("超过8亿\n")]),
  );
  const nul = file(
    "nul.txt",
    Buffer.concat([Buffer.from("收入达到了"), Buffer.from([0]), Buffer.from("1200亿美元\n")]),
  );
  const binary = file("noise.txt", noise(4096));

  it.each([
    [
      "invalid UTF-8 that is not GB18030",
      invalid,
      "not valid UTF-8 (byte 0xFF at offset 35, line 2) nor GB18030: re-save the file as UTF-8",
    ],
    [
      "NUL bytes",
      nul,
      "binary file: contains NUL bytes (first at byte 15); expected a text transcript (.txt, .srt, .vtt, .md) in UTF-8",
    ],
    [
      "a binary file without a known signature",
      binary,
      "binary file: not text in UTF-8, UTF-16 or GB18030; expected a text transcript (.txt, .srt, .vtt, .md) in UTF-8",
    ],
  ])("%s", (_name, path, message) => {
    const r = run(["extract", path, "--format", "ndjson"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(expectedLine(`${path}: ${message}`));
    expect(r.stdout).toBe("");
  });
});

describe("permission denied", () => {
  const root = process.getuid?.() === 0;
  // as root, run the command as nobody; elsewhere as the user running the tests
  const uid = root ? 65534 : undefined;
  const canSwitch = !root || spawnSync(process.execPath, ["-e", "0"], { uid: 65534, gid: 65534 }).status === 0;
  const locked = file("locked.txt", "收入达到了1200亿美元\n");
  chmodSync(locked, 0o000);
  const lockedDir = join(tmp, "locked-dir");
  mkdirSync(lockedDir);
  writeFileSync(join(lockedDir, "inside.txt"), "用户超过8亿。\n");
  chmodSync(lockedDir, 0o000);

  it.skipIf(!canSwitch)("a file that cannot be read (as root: run as nobody, or skipped)", () => {
    const r = run(["extract", locked, sample, "--format", "ndjson", "--date", "2025-12-18"], { uid });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(expectedLine(`${locked}: permission denied: check the file's permissions`));
    expect(r.stdout.split("\n")[0]).toContain(`"source":"${sample}"`); // the other input is still printed
  });

  it.skipIf(!canSwitch)("a directory that cannot be listed, and a file inside it", () => {
    const r = run(["extract", lockedDir, join(lockedDir, "inside.txt")], { uid });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      expectedLine(`${lockedDir}: permission denied: check the file's permissions`) +
        expectedLine(`${join(lockedDir, "inside.txt")}: permission denied: check the file's permissions`),
    );
    expect(r.stdout).toBe("");
  });
});

describe("odd but valid files: exit 0", () => {
  it("an empty file is a document with no claims, and no message", () => {
    const empty = file("empty.txt", "");
    const r = run(["extract", empty]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toMatchObject({ source: { path: empty, format: "text" }, claims: [] });
  });

  it("a 50 MB single line: two sentences, then 50 MB of blanks; the figures keep their exact offsets", () => {
    const head = "收入达到了1200亿美元。用户超过8亿。";
    const big = file("one-line.txt", head + " ".repeat(50 * 1024 * 1024));
    const r = run(["extract", big, "--format", "ndjson"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const claims = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    const qs = claims.flatMap((c) => c.quantities);
    expect(qs.map((q) => [q.text, q.span.line, q.span.start, head.slice(q.span.start, q.span.end)])).toEqual([
      ["1200亿美元", 1, 5, "1200亿美元"],
      ["8亿", 1, 17, "8亿"],
    ]);
  });

  it("an SRT cue whose timestamp cannot be read: its claims come out with no time, and the user is told", () => {
    const file = join(tmp, "bad-time.srt");
    writeFileSync(
      file,
      "1\n00:00:01,000 --> 00:00:03,000\n营收是100亿元。\n\n2\n00:00:40,000 --> 00:00:40,1000\n用户超过8亿。\n\n" +
        "3\n00:00:45,000 --> 00:00:47,000\n利润是20亿元。\n",
    );
    const r = run(["extract", file, "--format", "ndjson", "--date", "2025-12-18"]);
    expect(r.code).toBe(0);
    const claims = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(claims.map((c) => [c.quantities[0].text, c.span.line, c.cue?.start ?? null])).toEqual([
      ["100亿元", 3, "00:00:01,000"],
      ["8亿", 7, null],
      ["20亿元", 11, "00:00:45,000"],
    ]);
    expect(r.stderr).toBe(
      `interview-claims: ${file}: subtitle text with a missing or unreadable timestamp (line 7) is read, with no time\n`,
    );
    expect(run(["extract", file, "--format", "ndjson", "--quiet"]).stderr).toBe("");
  });

  it("a broken SRT: every cue read, with its timestamps where they can be read; no timestamp text in the output", () => {
    const r = run(["extract", brokenSrt, "--format", "json", "--date", "2025-12-18"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    expect(doc.source.format).toBe("srt");
    expect(doc.claims.length).toBeGreaterThan(0);
    for (const c of doc.claims) expect(c.cue?.start).toMatch(/^\d\d:\d\d:\d\d,\d{3}$/);
    expect(r.stdout).not.toContain("乱码"); // the text of the block with a broken timestamp line
  });
});

describe("nothing lost: every input's error is reported and the others are printed, with or without --jobs", () => {
  const dir = join(tmp, "mixed");
  mkdirSync(join(dir, "sub"), { recursive: true });
  writeFileSync(join(dir, "a-good.txt"), "OpenAI目前已经拥有超过100万名企业用户\n");
  writeFileSync(join(dir, "b-nul.txt"), Buffer.from([0x31, 0x00, 0x32]));
  writeFileSync(join(dir, "c-empty.txt"), "");
  writeFileSync(join(dir, "d-noise.txt"), noise(512));
  writeFileSync(
    join(dir, "sub", "e-good.md"),
    "---\ntitle: 访谈\ndate: 2025-12-18\n---\n\n明年收入将达到1000亿美元。\n",
  );
  writeFileSync(join(dir, "f-broken.srt"), readFileSync(brokenSrt));
  const missing = join(tmp, "missing.txt");
  const args = ["extract", missing, dir, sample, "--format", "ndjson", "--quiet"];

  const one = run([...args, "--jobs", "1"]);
  const two = run([...args, "--jobs", "2"]);

  it("--jobs 1: exit 1, one line per failed input, the good ones printed in input order", () => {
    expect(one.code).toBe(1);
    expect(one.stderr.trimEnd().split("\n")).toEqual([
      `interview-claims: ${missing}: no such file or directory: check the path`,
      expect.stringMatching(/b-nul\.txt: binary file: contains NUL bytes/),
      expect.stringMatching(/d-noise\.txt: binary file: not text/),
    ]);
    const sources = [
      ...new Set(
        one.stdout
          .trimEnd()
          .split("\n")
          .map((l) => JSON.parse(l).source),
      ),
    ];
    expect(sources).toEqual([
      join(dir, "a-good.txt"),
      join(dir, "f-broken.srt"),
      join(dir, "sub", "e-good.md"),
      sample,
    ]);
  });

  it("--jobs 2 prints exactly the same, byte for byte, and the same messages", () => {
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
  });
});

describe("--input-format ndjson: one document per line; a malformed line is reported with its number", () => {
  const lines = [
    JSON.stringify({ id: "ep1", text: "用户超过8亿。明年收入达到1000亿美元", date: "2025-12-18" }),
    "{not json",
    "",
    JSON.stringify({ id: 2, text: "增长了38.8%" }),
    JSON.stringify({ id: "ep3", text: "收入1.4万亿美元", date: "2025-02-30" }),
    JSON.stringify({ id: "ep4", text: 42 }),
    JSON.stringify({ id: "ep5.srt", text: "1\n00:00:01,000 --> 00:00:02,000\n收入1.4万亿美元\n" }),
  ].join("\n");

  it.each([["1"], ["2"]])(
    "--jobs %s: the claims in input order, each with its document id as source; exit 1",
    (jobs) => {
      const r = run(["extract", "--input-format", "ndjson", "--jobs", jobs], { input: lines });
      expect(r.code).toBe(1);
      expect(r.stderr.trimEnd().split("\n")).toEqual([
        expect.stringMatching(/^interview-claims: stdin line 2: not JSON \(.*\); expected \{"id": "…", "text": "…"/),
        'interview-claims: stdin line 5: "date" "2025-02-30" is not a real date: write it as YYYY-MM-DD',
        'interview-claims: stdin line 6: "text" must be a string (the transcript)',
      ]);
      const claims = r.stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(claims.map((c) => c.source)).toEqual(["ep1", "ep1", "2", "ep5.srt"]);
      expect(claims[1].time).toMatchObject({ start: "2026-01-01", end: "2026-12-31" }); // the line's own date
      expect(claims[3].cue).toEqual({ start: "00:00:01,000", end: "00:00:02,000" }); // an id ending in .srt is SRT
    },
  );
});

describe("usage errors: exit 2, one line", () => {
  it.each([
    ["--jobs 0", ["extract", sample, "--jobs", "0"], '--jobs "0" is not a number of threads: write a whole number'],
    ["--jobs 1.5", ["extract", sample, "--jobs", "1.5"], '--jobs "1.5" is not a number of threads'],
    [
      "--input-format ndjson with a file named",
      ["extract", "--input-format", "ndjson", sample],
      "--input-format ndjson reads its documents from stdin",
    ],
    ["an unknown --input-format", ["extract", "--input-format", "csv", sample], 'unknown input format "csv"'],
  ])("%s", (_name, args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`interview-claims: ${message}`);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });

  it.each([["json"], ["ndjson"]])(
    "-o into a missing directory (%s): exit 2, no file, no temporary file left",
    (format) => {
      const out = join(tmp, "no-such-dir", "out.json");
      const r = run(["extract", sample, "--format", format, "--date", "2025-12-18", "-o", out]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(expectedLine(`cannot write ${out}: no such directory: check the path`));
      expect(existsSync(join(tmp, "no-such-dir"))).toBe(false);
    },
  );

  it("-o: a run where every input failed leaves no file behind", () => {
    const out = join(tmp, "never.ndjson");
    const r = run(["extract", join(tmp, "missing.txt"), "--format", "ndjson", "-o", out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).filter((n) => n.includes("never"))).toEqual([]);
  });
});
