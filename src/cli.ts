// The command line: the only module with process I/O, argument parsing and exit codes.
// Exit codes: 0 ok, 1 some input failed (the others are still processed and printed), 2 usage or configuration error.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { Chalk } from "chalk";
import { Command, CommanderError, Option } from "commander";
import { z } from "zod";
import { DataError } from "./data.js";
import { extractBytes } from "./extract.js";
import { formatNames, formatters, isFormat } from "./format/index.js";
import { InputError } from "./input/decode.js";
import { Document, Documents } from "./schema.js";
import { Gold, score } from "./score.js";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
const transcriptExtensions = new Set([".txt", ".srt", ".vtt", ".md"]);

/** A mistake in how the command was called: exit 2, one line, no stack. */
class UsageError extends Error {}

function colourLevel(flag: boolean | undefined): 0 | 1 {
  if (flag === false || "NO_COLOR" in process.env) return 0;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== "0") return 1;
  return process.stderr.isTTY ? 1 : 0;
}
let paint = new Chalk({ level: colourLevel(undefined) });
const say = (message: string) => process.stderr.write(`${paint.bold("interview-claims:")} ${message}\n`);
const fail = (message: string) => process.stderr.write(`${paint.red.bold("interview-claims:")} ${message}\n`);

interface Input {
  path: string;
  read: () => Uint8Array;
}

/** Expands the command's inputs: files, directories (every transcript under them, sorted) and - for stdin. */
function expand(inputs: string[], failures: string[]): Input[] {
  const out: Input[] = [];
  for (const input of inputs) {
    if (input === "-") {
      out.push({ path: "-", read: () => readFileSync(0) });
      continue;
    }
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(input);
    } catch (e) {
      failures.push(`${input}: ${ioMessage(e)}`);
      continue;
    }
    if (stat.isDirectory()) {
      const files = walk(input);
      if (files.length === 0) failures.push(`${input}: no transcripts (.txt, .srt, .vtt, .md) in this directory`);
      for (const f of files) out.push({ path: f, read: () => readFileSync(f) });
    } else out.push({ path: input, read: () => readFileSync(input) });
  }
  return out;
}

function walk(dir: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) found.push(...walk(path));
    else if (e.isFile() && transcriptExtensions.has(extname(e.name).toLowerCase())) found.push(path);
  }
  return found;
}

function ioMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or directory: check the path";
  if (code === "EACCES" || code === "EPERM") return "permission denied: check the file's permissions";
  if (code === "EISDIR") return "is a directory";
  return (e as Error).message;
}

/** Writes the document to -o FILE through a temporary file renamed into place, or to stdout. */
function write(output: string | undefined, text: string) {
  if (!output) {
    process.stdout.write(text);
    return;
  }
  const tmp = join(dirname(output), `.${basename(output)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, output);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new UsageError(`cannot write ${output}: ${ioMessage(e)}`);
  }
}

const isoDate = z.iso.date();

interface ExtractFlags {
  format: string;
  date?: string;
  output?: string;
  quiet?: boolean;
  color?: boolean;
}

function runExtract(inputs: string[], flags: ExtractFlags): number {
  if (!isFormat(flags.format))
    throw new UsageError(`unknown format "${flags.format}": use one of ${formatNames.join(", ")}`);
  if (flags.date !== undefined && !isoDate.safeParse(flags.date).success) {
    throw new UsageError(`--date "${flags.date}" is not a real date: write it as YYYY-MM-DD, e.g. --date 2025-12-18`);
  }
  if (inputs.length === 0) {
    if (process.stdin.isTTY) throw new UsageError("no input: name a file or directory, or pipe a transcript to stdin");
    inputs = ["-"];
  }
  const failures: string[] = [];
  const docs: Document[] = [];
  for (const input of expand(inputs, failures)) {
    try {
      const { document } = extractBytes(input.read(), { path: input.path, date: flags.date ?? null });
      docs.push(document);
      if (!flags.quiet && document.source.anchorDate === null && document.claims.some((c) => c.time?.relative)) {
        say(`${input.path}: no date known, so relative times (明年, 三年前) stay unresolved: pass --date YYYY-MM-DD`);
      }
    } catch (e) {
      if (e instanceof InputError) failures.push(`${input.path}: ${e.message}`);
      else if ((e as NodeJS.ErrnoException).code) failures.push(`${input.path}: ${ioMessage(e)}`);
      else throw e;
    }
  }
  for (const f of failures) fail(f);
  if (docs.length > 0 || failures.length === 0) write(flags.output, formatters[flags.format](docs));
  return failures.length > 0 ? 1 : 0;
}

function runScore(pred: string | undefined, flags: { gold: string; verbose?: boolean }): number {
  const readJson = (path: string, what: string) => {
    try {
      return JSON.parse(readFileSync(path === "-" ? 0 : path, "utf8"));
    } catch (e) {
      const why = e instanceof SyntaxError ? `not JSON (${e.message})` : ioMessage(e);
      throw new UsageError(`${what} ${path}: ${why}`);
    }
  };
  const parsed = Gold.safeParse(readJson(flags.gold, "gold file"));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`gold file ${flags.gold}: at ${issue?.path.join(".") || "(top)"}: ${issue?.message}`);
  }
  const result = score(parsed.data, readJson(pred ?? "-", "prediction"), flags.verbose);
  process.stdout.write(`${result.lines.join("\n")}\n`);
  return 0;
}

function program(): Command {
  const cli = new Command("interview-claims")
    .description("Extract claims with figures and dates from Chinese interview transcripts.")
    .version(pkg.version)
    .exitOverride()
    .configureOutput({ outputError: (s, w) => w(s) })
    .showHelpAfterError("(run with --help for usage)");
  cli
    .command("extract")
    .description("read transcripts and print every claim that carries a figure or a date")
    .argument("[inputs...]", "files, directories (every .txt .srt .vtt .md under them) or - for stdin")
    .addOption(new Option("-f, --format <name>", "output format").choices(formatNames).default("json"))
    .option("-d, --date <YYYY-MM-DD>", "the day the interview took place, for resolving 明年 and 三年前")
    .option("-o, --output <file>", "write the document to a file (atomically) instead of stdout")
    .option("-q, --quiet", "no warnings on stderr (errors are still printed)")
    .option("--no-color", "no colour in messages (NO_COLOR and FORCE_COLOR are respected too)")
    .addHelpText(
      "after",
      `
Examples:
  $ interview-claims extract talk.txt --date 2025-12-18 --format md > facts.md
  $ interview-claims extract podcast.srt | jq '.claims[] | select(.type == "prediction") | {text, time}'
  $ interview-claims extract transcripts/ --format ndjson | jq -r '[.source, .quantities[].display] | @tsv'`,
    )
    .action((inputs: string[], flags: ExtractFlags) => {
      paint = new Chalk({ level: colourLevel(flags.color) });
      process.exitCode = runExtract(inputs, flags);
    });
  cli
    .command("schema")
    .description("print the JSON Schema of the json output (generated from the code's own schema)")
    .addHelpText("after", "\nExample:\n  $ interview-claims schema > claims.schema.json")
    .action(() => {
      process.stdout.write(`${JSON.stringify(z.toJSONSchema(z.union([Document, Documents])), null, 2)}\n`);
    });
  cli
    .command("score")
    .description("score extracted claims (json) against a hand-annotated gold file")
    .argument("[pred]", "the json that extract printed, or - for stdin", "-")
    .requiredOption("-g, --gold <file>", "the gold file (format: fixtures/gold/CONTRACT.md)")
    .option("-v, --verbose", "list the misses and the extra figures")
    .addHelpText(
      "after",
      `
Examples:
  $ interview-claims extract talk.txt --date 2025-12-18 | interview-claims score --gold talk.gold.json
  $ interview-claims score --gold talk.gold.json out.json --verbose`,
    )
    .action((pred: string, flags: { gold: string; verbose?: boolean }) => {
      process.exitCode = runScore(pred, flags);
    });
  return cli;
}

export function main(argv: string[]): void {
  try {
    program().parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; every other commander error is a usage error
      process.exitCode = e.exitCode === 0 ? 0 : 2;
    } else if (e instanceof UsageError || e instanceof DataError) {
      fail(e.message);
      process.exitCode = 2;
    } else throw e;
  }
}
