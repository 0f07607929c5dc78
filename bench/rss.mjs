// Loaded with --import by the benchmark: at exit, the main thread writes the process's peak resident memory (all
// threads, workers included) in kilobytes and its CPU time in milliseconds, as JSON, to the file BENCH_RSS_FILE names.
import { writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

const file = process.env.BENCH_RSS_FILE;
if (file && isMainThread) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
  });
}
