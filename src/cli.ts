// The command line: the only module with process I/O, argument parsing and exit codes.
// Exit codes: 0 ok, 1 some input failed (the others are still processed and printed), 2 usage or configuration error.
import { type Dirent, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { Chalk } from "chalk";
import { Command, CommanderError, Option } from "commander";
import { isIsoDate } from "./choices.js";
import { DataError } from "./data.js";
import { tuneEngine } from "./engine.js";
import { collect, FilterError, type FilterFlags, parseFilter, view } from "./filter.js";
import { checkFormatOptions, defaultFormat, formatNames, formatters, isFormat } from "./format/index.js";
import { type Progress, progressBar, silent } from "./format/progress.js";
import { colourFor } from "./format/summary.js";
import { InputError } from "./input/decode.js";
import { checkInputFormat, extractAll, Output, OutputError, parseJobs, RunError, readNdjson } from "./run.js";
import type { Document } from "./schema.js";

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
// INTERVIEW_CLAIMS_FORCE_TTY=1 makes the command act as in a terminal (summary table, progress bar): for tests
const forcedTTY = process.env.INTERVIEW_CLAIMS_FORCE_TTY === "1";
let progress: Progress = silent;
const say = (message: string) => {
  progress.clear();
  process.stderr.write(`${paint.bold("interview-claims:")} ${message}\n`);
};
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
      const before = failures.length;
      const files = walk(input, failures);
      if (files.length === 0 && failures.length === before)
        failures.push(`${input}: no transcripts (.txt, .srt, .vtt, .md) in this directory`);
      for (const f of files) out.push({ path: f, read: () => readFileSync(f) });
    } else out.push({ path: input, read: () => readFileSync(input) });
  }
  return out;
}

/**
 * Every transcript under `dir`, sorted; a directory that cannot be read is reported in `failures` and skipped.
 * Symbolic links are followed (a folder of links to transcripts is common), each directory once by its real path, so
 * a link back up the tree cannot loop; a link to nothing is reported.
 */
function walk(dir: string, failures: string[], found: string[] = [], seen = new Set<string>()): string[] {
  let entries: Dirent[];
  try {
    const real = realpathSync(dir);
    if (seen.has(real)) return found;
    seen.add(real);
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch (e) {
    failures.push(`${dir}: ${ioMessage(e)}`);
    return found;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    let isDirectory = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const target = statSync(path);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (err) {
        if (transcriptExtensions.has(extname(e.name).toLowerCase()))
          failures.push(
            `${path}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "a link to nothing: its target does not exist" : ioMessage(err)}`,
          );
        continue;
      }
    }
    if (isDirectory) walk(path, failures, found, seen);
    else if (isFile && transcriptExtensions.has(extname(e.name).toLowerCase())) found.push(path);
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

interface ExtractFlags extends FilterFlags {
  format?: string;
  date?: string;
  output?: string;
  quiet?: boolean;
  color?: boolean;
  explain?: boolean;
  bom?: boolean;
  jobs?: string;
  inputFormat?: string;
}

/** The lines of an SRT or WebVTT document's claims that carry no cue ("line 10, line 13"), or "". */
function untimedLines(document: Document): string {
  if (document.source.format !== "srt" && document.source.format !== "vtt") return "";
  const lines = document.claims.filter((c) => c.cue === null).map((c) => c.span.line);
  return [...new Set(lines)].map((l) => `line ${l}`).join(", ");
}

async function runExtract(inputs: string[], flags: ExtractFlags): Promise<number> {
  const stdoutTTY = process.stdout.isTTY === true || forcedTTY;
  const ndjsonIn = flags.inputFormat === "ndjson";
  const format = flags.format ?? (ndjsonIn ? "ndjson" : defaultFormat(stdoutTTY, flags.output !== undefined));
  if (!isFormat(format)) throw new UsageError(`unknown format "${format}": use one of ${formatNames.join(", ")}`);
  const misfit = checkFormatOptions(format, flags);
  if (misfit) throw new UsageError(misfit);
  const filter = parseFilter(flags);
  const jobs = parseJobs(flags.jobs);
  const inputMisfit = checkInputFormat(flags.inputFormat, inputs);
  if (inputMisfit) throw new UsageError(inputMisfit);
  if (flags.date !== undefined && !isIsoDate(flags.date)) {
    throw new UsageError(`--date "${flags.date}" is not a real date: write it as YYYY-MM-DD, e.g. --date 2025-12-18`);
  }
  if (inputs.length === 0) {
    if (process.stdin.isTTY) throw new UsageError("no input: name a file or directory, or pipe a transcript to stdin");
    inputs = ["-"];
  }
  const failures: string[] = [];
  const expanded = expand(inputs, failures);
  if (expanded.length > 1 && (process.stderr.isTTY || forcedTTY))
    progress = progressBar(expanded.length, process.stderr);
  const options = { bom: flags.bom, colour: colourFor(flags.color, stdoutTTY), width: process.stdout.columns };
  // ndjson is written as each document arrives (memory independent of the number of inputs); the others at the end
  const out = new Output(flags.output, format === "ndjson" ? (d) => formatters.ndjson([d], options) : null);
  const sources = ndjsonIn ? readNdjson(process.stdin) : expanded;
  for await (const input of extractAll(sources, { jobs, date: flags.date ?? null, explain: flags.explain === true })) {
    progress.tick(input.path);
    try {
      const { document, skipped } = input.extracted();
      await out.add(view(document, skipped, filter, flags.explain === true));
      if (!flags.quiet && document.source.anchorDate === null && document.claims.some((c) => c.time?.relative)) {
        say(`${input.path}: no date known, so relative times (明年, 三年前) stay unresolved: pass --date YYYY-MM-DD`);
      }
      const untimed = flags.quiet ? "" : untimedLines(document);
      if (untimed)
        say(`${input.path}: subtitle text with a missing or unreadable timestamp (${untimed}) is read, with no time`);
    } catch (e) {
      if (e instanceof InputError) failures.push(`${input.path}: ${e.message}`);
      else if ((e as NodeJS.ErrnoException).code) failures.push(`${input.path}: ${ioMessage(e)}`);
      else throw e;
    }
  }
  progress.clear();
  for (const f of failures) fail(f);
  await out.end((docs) => formatters[format](docs, options), failures.length === 0);
  return failures.length > 0 ? 1 : 0;
}

// `score` and `schema` load zod and the output schema when they run: `extract` starts without them
async function runScore(pred: string | undefined, flags: { gold: string; verbose?: boolean }): Promise<number> {
  const { Gold, score } = await import("./score.js");
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
    .addOption(
      new Option(
        "-f, --format <name>",
        "output format (default: a summary table in a terminal, json when piped)",
      ).choices(formatNames),
    )
    .option("-d, --date <YYYY-MM-DD>", "the day the interview took place, for resolving 明年 and 三年前")
    .option("-o, --output <file>", "write the document to a file (atomically) instead of stdout")
    .option("-q, --quiet", "no warnings on stderr (errors are still printed)")
    .option("--no-color", "no colour in messages (NO_COLOR and FORCE_COLOR are respected too)")
    .option(
      "--type <types>",
      "only claims of these types: metric, prediction, plan, hypothetical (a,b; repeatable)",
      collect,
    )
    .option("--speaker <name>", "only claims by a speaker whose name contains this, any case (repeatable)", collect)
    .option(
      "--kind <kinds>",
      "only figures of these kinds: count, percent, money, multiple, duration, measure",
      collect,
    )
    .option("--due-before <YYYY-MM-DD>", "only dated predictions and plans whose period ends on or before this day")
    .option("--due-after <YYYY-MM-DD>", "only dated predictions and plans whose period starts on or after this day")
    .option("--explain", "also list every numeric mention that did not become a claim, and why")
    .option("--bom", "start the csv with a byte order mark, for Excel")
    .option("-j, --jobs <n>", "worker threads (a number, or auto: one per core but one); the output order is kept", "1")
    .option("--input-format <name>", 'transcript, or ndjson: {"id", "text", "date"} documents on stdin, one per line')
    .addHelpText(
      "after",
      `
Examples:
  $ interview-claims extract talk.txt --date 2025-12-18 --format md > facts.md
  $ interview-claims extract talk.txt --date 2025-12-18 --format html > facts.html
  $ interview-claims extract podcast.srt | jq '.claims[] | select(.type == "prediction") | {text, time}'
  $ interview-claims extract talk.txt --type prediction,plan --due-before 2026-12-31 --speaker altman
  $ interview-claims extract transcripts/ --kind money --format csv --bom > money.csv
  $ interview-claims extract talk.txt --explain --format md    # what was skipped, and why
  $ interview-claims extract transcripts/ --format ndjson | jq -r '[.source, .quantities[].display] | @tsv'`,
    )
    .action(async (inputs: string[], flags: ExtractFlags) => {
      paint = new Chalk({ level: colourLevel(flags.color) });
      process.exitCode = await runExtract(inputs, flags);
    });
  cli
    .command("schema")
    .description("print the JSON Schema of the json output (generated from the code's own schema)")
    .addHelpText("after", "\nExample:\n  $ interview-claims schema > claims.schema.json")
    .action(async () => {
      const [{ z }, { Document, Documents }] = await Promise.all([import("zod"), import("./schema.js")]);
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
    .action(async (pred: string, flags: { gold: string; verbose?: boolean }) => {
      process.exitCode = await runScore(pred, flags);
    });
  return cli;
}

export async function main(argv: string[]): Promise<void> {
  // before any input is read: worker threads share the setting
  tuneEngine();
  try {
    await program().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; every other commander error is a usage error
      process.exitCode = e.exitCode === 0 ? 0 : 2;
    } else if (
      e instanceof UsageError ||
      e instanceof DataError ||
      e instanceof FilterError ||
      e instanceof RunError ||
      e instanceof OutputError
    ) {
      fail(e.message);
      process.exitCode = 2;
    } else throw e;
  }
}
