// CPU time of the calling thread, for the speed tests: not wall time, so that other processes on a busy machine do
// not fail a test, and not the whole process's CPU time, which counts V8 compiling the code on background threads
// and, when the test runner shares the process, other tests. Linux reads it per thread (/proc/thread-self/schedstat,
// nanoseconds on the CPU); elsewhere the process's time is the fallback (an upper bound).
import { readFileSync } from "node:fs";

function threadNs(): number | null {
  try {
    return Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]);
  } catch {
    return null;
  }
}

/** Milliseconds of CPU time that `run` takes on this thread. */
export function cpuMs(run: () => void): number {
  const t0 = threadNs();
  const before = process.cpuUsage();
  run();
  const t1 = threadNs();
  if (t0 !== null && t1 !== null) return (t1 - t0) / 1e6;
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
