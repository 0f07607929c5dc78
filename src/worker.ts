// A worker thread of `extract --jobs N` (src/run.ts starts and feeds them): it loads the vocabulary once, then
// extracts one input per message, bytes or text, and posts back the result or the error, so one bad input never
// stops the others.
import { parentPort } from "node:worker_threads";
import { type Extracted, extractBytes, extractText } from "./extract.js";

/** One input to extract: its bytes (a file, stdin) or its text (an ndjson document). */
export interface Task {
  id: number;
  path: string;
  date: string | null;
  explain: boolean;
  bytes?: Uint8Array;
  text?: string;
}

/** An error as it crosses threads: src/run.ts revives it as the same class (InputError, errno code). */
export interface ThrownError {
  name: string;
  message: string;
  code?: string;
  stack?: string;
}

export type Reply = { id: number; extracted: Extracted } | { id: number; error: ThrownError };

function thrown(e: unknown): ThrownError {
  const err = e instanceof Error ? e : new Error(String(e));
  const code = (err as NodeJS.ErrnoException).code;
  return { name: err.name, message: err.message, stack: err.stack, ...(code ? { code } : {}) };
}

/** Extracts one input; exported for the build, which runs it to make the bundle's code cache. */
export function run(task: Task): Reply {
  const options = { path: task.path, date: task.date, explain: task.explain };
  try {
    const extracted =
      task.text !== undefined ? extractText(task.text, options) : extractBytes(task.bytes ?? new Uint8Array(), options);
    return { id: task.id, extracted };
  } catch (e) {
    return { id: task.id, error: thrown(e) };
  }
}

parentPort?.on("message", (task: Task) => parentPort?.postMessage(run(task)));
