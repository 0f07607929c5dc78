// Running `extract` over many inputs. The command line (src/cli.ts) only wires its options to this module:
// - extractAll: every input in this thread (--jobs 1) or on a pool of worker threads (--jobs N, src/worker.ts),
//   the results always in input order, each input's error kept for that input so the others go on;
// - readNdjson: { "id", "text", "date" } documents from a stream, one per line (--input-format ndjson);
// - Output: the sink that streams ndjson as documents arrive (memory independent of the number of inputs) and
//   writes -o FILE through a temporary file renamed into place, so an interrupted run never leaves half a file.
import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { basename, dirname, join } from "node:path";
import type { Worker } from "node:worker_threads";
import { isIsoDate } from "./choices.js";
import { DataError } from "./data.js";
import type { Extracted } from "./extract.js";
import { InputError } from "./input/decode.js";
import type { Document } from "./schema.js";
import type { Reply, Task, ThrownError } from "./worker.js";

// Built-in modules that only some runs need (worker threads, ndjson input, -o), loaded then: some twenty of Node's
// internal modules each, which every start would otherwise load
const builtin = createRequire(import.meta.url);
const threads = () => builtin("node:worker_threads") as typeof import("node:worker_threads");
const readline = () => builtin("node:readline") as typeof import("node:readline");
const crypto = () => builtin("node:crypto") as typeof import("node:crypto");

/** One input: a file or stdin read on demand, a document whose text is known (ndjson), or one that failed to read. */
export type Source =
  | { path: string; read: () => Uint8Array }
  | { path: string; text: string; date?: string | null }
  | { path: string; error: Error };

/** One input's outcome: `extracted()` returns the claims or throws the input's error (InputError, an errno error). */
export interface Result {
  path: string;
  extracted: () => Extracted;
}

export interface RunOptions {
  /** worker threads; 1 extracts in this thread (no start-up cost, the default) */
  jobs: number;
  /** --date, for every input that does not carry its own (an ndjson document's "date") */
  date: string | null;
  /** --explain: also collect the mentions that did not become claims */
  explain: boolean;
}

/** A mistake in the run options (--jobs, --input-format): one line, exit 2. */
export class RunError extends Error {
  override name = "RunError";
}

/**
 * --jobs: a whole number from 1 to 256, or "auto": one thread per core but one, at least one. The core left over is
 * not idle: V8 compiles and collects on background threads, and one extraction thread already keeps a second core
 * about a third busy (BENCHMARKS.md: on 2 cores, two threads were slower than one on 2,000 short transcripts).
 */
export function parseJobs(value: string | undefined, cores = availableParallelism()): number {
  if (value === undefined) return 1;
  if (value === "auto") return Math.max(1, cores - 1);
  // "4", not "4.5", "-1", "0x10" or "2e3"
  if (!/^[0-9]{1,3}$/u.test(value) || Number(value) < 1 || Number(value) > 256) {
    throw new RunError(`--jobs "${value}" is not a number of threads: write a whole number from 1 to 256, or auto`);
  }
  return Number(value);
}

/** The input formats of --input-format: transcripts (files, directories, stdin) or ndjson documents on stdin. */
export const inputFormats = ["transcript", "ndjson"] as const;
export type InputFormat = (typeof inputFormats)[number];

/** Checks --input-format against the inputs named; returns the one-line message of a usage error, or null. */
export function checkInputFormat(format: string | undefined, inputs: readonly string[]): string | null {
  if (format === undefined || format === "transcript") return null;
  if (format !== "ndjson") return `unknown input format "${format}": use one of ${inputFormats.join(", ")}`;
  if (inputs.some((i) => i !== "-")) {
    return `--input-format ndjson reads its documents from stdin: pipe them in and name no file (${inputs.join(" ")})`;
  }
  return null;
}

/** Extracts every source, yielding the results in the order of the sources. */
export async function* extractAll(
  sources: Iterable<Source> | AsyncIterable<Source>,
  options: RunOptions,
): AsyncGenerator<Result> {
  const single = Array.isArray(sources) && sources.length <= 1;
  if (options.jobs <= 1 || single) yield* inThread(sources, options);
  else yield* pooled(sources, options);
}

async function* inThread(sources: Iterable<Source> | AsyncIterable<Source>, options: RunOptions) {
  // loaded here, not at the top: `schema`, `score` and --help start without the vocabulary
  const { extractBytes, extractText } = await import("./extract.js");
  for await (const s of sources) {
    const extracted = (): Extracted => {
      if ("error" in s) throw s.error;
      const { explain } = options;
      if ("text" in s) return extractText(s.text, { path: s.path, date: s.date ?? options.date, explain });
      return extractBytes(s.read(), { path: s.path, date: options.date, explain });
    };
    yield { path: s.path, extracted };
    // back to the event loop between inputs, or Ctrl-C and a full pipe's "drain" would wait for the whole run
    await new Promise((resolve) => setImmediate(resolve));
  }
}

type Settled = { ok: Extracted } | { error: unknown };

interface Pending {
  path: string;
  settled: Promise<Settled>;
  ready: boolean;
}

/**
 * Feeds the sources to the pool, at most `jobs × 4` ahead of the one printed next: the pool never idles, and the
 * results waiting for an earlier, slower input to finish stay few whatever the number of inputs.
 */
async function* pooled(sources: Iterable<Source> | AsyncIterable<Source>, options: RunOptions) {
  const pool = new Pool(options.jobs);
  const ahead = options.jobs * 4;
  const it = Symbol.asyncIterator in sources ? sources[Symbol.asyncIterator]() : sources[Symbol.iterator]();
  const queue: Pending[] = [];
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && queue.length < ahead && !queue[0]?.ready) {
        const next = await it.next();
        if (next.done) exhausted = true;
        else queue.push(submit(pool, next.value, options));
      }
      const head = queue.shift();
      if (!head) return;
      const settled = await head.settled;
      yield {
        path: head.path,
        extracted: () => {
          if ("error" in settled) throw settled.error;
          return settled.ok;
        },
      };
    }
  } finally {
    await pool.close();
  }
}

function submit(pool: Pool, s: Source, { date, explain }: RunOptions): Pending {
  let run: Promise<Extracted>;
  try {
    if ("error" in s) throw s.error;
    if ("text" in s) run = pool.run({ path: s.path, text: s.text, date: s.date ?? date, explain });
    else run = pool.run({ path: s.path, bytes: s.read(), date, explain });
  } catch (e) {
    run = Promise.reject(e);
  }
  const pending: Pending = { path: s.path, ready: false, settled: Promise.resolve({ error: null }) };
  // a handler from the start: an input that fails while earlier ones are still running is not an unhandled rejection
  pending.settled = run.then(
    (ok): Settled => ({ ok }),
    (error): Settled => ({ error }),
  );
  pending.settled.then(() => {
    pending.ready = true;
  });
  return pending;
}

/** The error a worker posted, as the class the command line knows: InputError, DataError, an errno error. */
function revive(e: ThrownError): Error {
  if (e.name === "InputError") return new InputError(e.message);
  if (e.name === "DataError") return new DataError(e.message);
  const err = new Error(e.message);
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  if (e.code) (err as NodeJS.ErrnoException).code = e.code;
  return err;
}

interface Slot {
  worker: Worker;
  waiting: Map<number, { resolve: (x: Extracted) => void; reject: (e: unknown) => void }>;
}

/** Worker threads started as they are needed, up to `size`; each task goes to the one with the fewest waiting. */
class Pool {
  private readonly slots: Slot[] = [];
  private nextId = 0;

  constructor(private readonly size: number) {}

  run(task: Omit<Task, "id">): Promise<Extracted> {
    const slot = this.pick();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.waiting.set(id, { resolve, reject });
      // the bytes move to the worker without a copy; a Buffer cut from Node's shared pool is copied out first
      const bytes =
        task.bytes && task.bytes.byteLength !== task.bytes.buffer.byteLength ? new Uint8Array(task.bytes) : task.bytes;
      const transfer = bytes && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
      slot.worker.postMessage({ ...task, bytes, id } satisfies Task, transfer);
    });
  }

  private pick(): Slot {
    let best = this.slots[0];
    for (const s of this.slots) if (best && s.waiting.size < best.waiting.size) best = s;
    if (best && (best.waiting.size === 0 || this.slots.length >= this.size)) return best;
    return this.start();
  }

  private start(): Slot {
    // a small young generation: extraction makes many short-lived objects, and V8's default (sized for one thread on
    // a big machine) let each worker hold ~40 MB of them. 8 MB cost no measurable time: --jobs 2 on 6,000 inputs
    // peaked at 174 MB instead of 191 MB with 16 MB (and 235 MB with the default on 2,000)
    // the worker runs one bundle of dist/worker.js through its code cache (npm run build makes both), like the command
    const worker = new (threads().Worker)(new URL("./worker-start.js", import.meta.url), {
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    const slot: Slot = { worker, waiting: new Map() };
    const failAll = (e: unknown) => {
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots.splice(at, 1);
      for (const w of slot.waiting.values()) w.reject(e);
      slot.waiting.clear();
    };
    worker.on("message", (reply: Reply) => {
      const w = slot.waiting.get(reply.id);
      if (!w) return;
      slot.waiting.delete(reply.id);
      if ("error" in reply) w.reject(revive(reply.error));
      else w.resolve(reply.extracted);
    });
    // an exception outside a task: a broken data file while the worker loads, or the thread ran out of memory
    worker.on("error", (e: Error) => failAll(e.name === "DataError" ? new DataError(e.message) : e));
    worker.on("exit", (code) => {
      if (slot.waiting.size > 0) failAll(new Error(`a worker thread stopped (exit code ${code})`));
    });
    this.slots.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}

/** A document of --input-format ndjson, e.g. {"id": "ep42.srt", "text": "用户超过8亿。", "date": "2025-12-18"}. */
interface NdjsonDocument {
  id?: unknown;
  text?: unknown;
  date?: unknown;
}

/** Reads one line into a source; a line that is not such a document becomes a source that fails with why. */
export function ndjsonSource(line: string, lineNumber: number): Source {
  const where = `stdin line ${lineNumber}`;
  const bad = (why: string): Source => ({ path: where, error: new InputError(why) });
  let value: NdjsonDocument;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return bad(`not JSON (${(e as Error).message}); expected {"id": "…", "text": "…", "date": "YYYY-MM-DD"}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return bad(`not a JSON object; expected {"id": "…", "text": "…", "date": "YYYY-MM-DD"}`);
  }
  if (typeof value.text !== "string") return bad(`"text" must be a string (the transcript)`);
  if (value.id !== undefined && typeof value.id !== "string" && typeof value.id !== "number") {
    return bad(`"id" must be a string or a number`);
  }
  if (value.date !== undefined && value.date !== null && (typeof value.date !== "string" || !isIsoDate(value.date))) {
    return bad(`"date" ${JSON.stringify(value.date)} is not a real date: write it as YYYY-MM-DD`);
  }
  const path = value.id === undefined ? where : String(value.id);
  return { path, text: value.text, date: (value.date as string | null | undefined) ?? null };
}

/** The documents of an ndjson stream, one per non-blank line, read as they arrive. */
export async function* readNdjson(input: NodeJS.ReadableStream): AsyncGenerator<Source> {
  const lines = readline().createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === "") continue;
    // a byte order mark before the first document (Windows tools write one) is not part of the JSON
    yield ndjsonSource(n === 1 && line.startsWith("\ufeff") ? line.slice(1) : line, n);
  }
}

/** The output could not be written (-o into a missing directory, a full disk): exit 2. */
export class OutputError extends Error {
  override name = "OutputError";
}

function ioWhy(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such directory: check the path";
  if (code === "EACCES" || code === "EPERM") return "permission denied: check the directory's permissions";
  if (code === "EISDIR") return "is a directory";
  if (code === "ENOSPC") return "no space left on the device";
  return (e as Error).message;
}

function stopOnClosedPipe(e: NodeJS.ErrnoException): void {
  if (e.code !== "EPIPE") throw e;
  process.exit();
}

/**
 * Where the documents go. With a `stream` function (ndjson) each document is written as it arrives and none is
 * kept; otherwise they are held and printed together at the end. With a path, the text goes to a temporary file
 * beside it, renamed into place at the end (removed instead on an error or Ctrl-C).
 */
export class Output {
  private readonly held: Document[] = [];
  private written = 0;
  private tmp: { path: string; fd: number } | null = null;
  private readonly interrupted = (signal: NodeJS.Signals) => {
    this.discard();
    process.exit(signal === "SIGINT" ? 130 : 143);
  };

  constructor(
    private readonly path: string | undefined,
    private readonly stream: ((doc: Document) => string) | null,
  ) {
    // a reader that stops early (| head) closes the pipe: stop quietly, as the other tools of a pipeline do
    if (!path) process.stdout.on("error", stopOnClosedPipe);
  }

  /** Writes the document now (streamed) or keeps it for `end`. */
  async add(doc: Document): Promise<void> {
    if (!this.stream) {
      this.held.push(doc);
      return;
    }
    this.written++;
    await this.emit(this.stream(doc));
  }

  /**
   * Prints what was held with `print`, and puts the -o file in place; with no document at all, only when
   * `evenEmpty` (no input failed), so that a run where every input failed leaves no file and prints nothing.
   */
  async end(print: (docs: Document[]) => string, evenEmpty: boolean): Promise<void> {
    const any = this.written > 0 || this.held.length > 0;
    if (!any && !evenEmpty) {
      this.discard();
      return;
    }
    if (!this.stream || !any) await this.emit(this.stream ? "" : print(this.held));
    if (!this.tmp || !this.path) return;
    try {
      closeSync(this.tmp.fd);
      renameSync(this.tmp.path, this.path);
    } catch (e) {
      this.discard();
      throw new OutputError(`cannot write ${this.path}: ${ioWhy(e)}`);
    } finally {
      this.tmp = null;
      process.off("SIGINT", this.interrupted).off("SIGTERM", this.interrupted);
    }
  }

  /** Removes the temporary file, if any: nothing is left behind. */
  discard(): void {
    if (!this.tmp) return;
    try {
      closeSync(this.tmp.fd);
    } catch {}
    rmSync(this.tmp.path, { force: true });
    this.tmp = null;
    process.off("SIGINT", this.interrupted).off("SIGTERM", this.interrupted);
  }

  private async emit(text: string): Promise<void> {
    if (!this.path) {
      if (text !== "" && !process.stdout.write(text)) await new Promise((r) => process.stdout.once("drain", r));
      return;
    }
    try {
      if (!this.tmp) {
        const path = join(dirname(this.path), `.${basename(this.path)}.${crypto().randomBytes(4).toString("hex")}.tmp`);
        this.tmp = { path, fd: openSync(path, "wx") };
        process.once("SIGINT", this.interrupted).once("SIGTERM", this.interrupted);
      }
      writeSync(this.tmp.fd, text);
    } catch (e) {
      this.discard();
      throw new OutputError(`cannot write ${this.path}: ${ioWhy(e)}`);
    }
  }
}
