// `npm run bench`: the speed of `extract`, measured side by side in one run and printed as ratios (absolute times
// alone say little on a shared machine). Every measurement is repeated (BENCH_RUNS, default 3; start-up 15 times),
// the runs of a pair are interleaved so that both see the same load, and the median is taken.
//
// - throughput against Microsoft Recognizers-Text's JavaScript Chinese recognizers (number, percentage, currency,
//   dimension, datetime), installed in bench/peer/ on first use, never a dependency of the product;
// - throughput against a floor: a bare script that only reads, decodes and splits the text into lines;
// - start-up: `extract` of a one-line stdin against `node -e 0`;
// - --jobs 2 against --jobs 1 on a directory of 2,000 varied transcripts, and the peak memory of each; beside them the
//   machine's own ceiling for two threads of work: two independent `--jobs 1` processes, one on each half of the
//   directory, run at the same time, against the same command on the whole (no threads, no sharing: what two cores
//   give this work here);
// - peak memory with --format ndjson over 500 and over 2,000 transcripts (it must not grow with the number of files);
// - the cost of 4× the input against 1×.
// Results: printed, and written to bench/out/results.json and bench/out/results.md (for BENCHMARKS.md).
import { spawnSync } from "node:child_process";
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeInputs } from "./make-inputs.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = join(root, "bench", "out");
const peerDir = join(root, "bench", "peer");
// the command is measured from a copy of the build (bench/out/app/), so that a rebuild during the run changes nothing
const app = join(out, "app");
const bin = join(app, "bin", "interview-claims.js");
const rssProbe = new URL("./rss.mjs", import.meta.url).href;
const runs = Math.max(1, Number(process.env.BENCH_RUNS) || 3);
const startupRuns = Math.max(5, runs * 5);
const peerSeconds = Number(process.env.BENCH_PEER_SECONDS) || 20;
const date = "2025-12-18";

const targets = {
  peer: { text: "≥ 100×", ok: (x) => x >= 100 },
  floor: { text: "≤ 15×", ok: (x) => x <= 15 },
  startup: { text: "≤ 3×", ok: (x) => x <= 3 },
  jobs: { text: "≥ 1.6×", ok: (x) => x >= 1.6 },
  memory: { text: "≤ 200 MB", ok: (mb) => mb <= 200 },
  memoryGrowth: { text: "≤ 1.25× (flat)", ok: (x) => x <= 1.25 },
  linear: { text: "≤ 4.4", ok: (x) => x <= 4.4 },
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const log = (s) => process.stderr.write(`${s}\n`);

/** Runs a command: its wall time, its stdout when asked, and with the probe (Node only) its peak memory and CPU time. */
function time(cmd, args, { input, capture = false, rss = false } = {}) {
  const rssFile = join(out, `.rss-${process.pid}`);
  rmSync(rssFile, { force: true });
  const env = { ...process.env, NO_COLOR: "1", BENCH_DIST: join(app, "dist") };
  if (rss) {
    env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ""} --import=${rssProbe}`.trim();
    env.BENCH_RSS_FILE = rssFile;
  }
  const devnull = capture ? null : openSync("/dev/null", "w");
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    input: input ?? "",
    env,
    stdio: ["pipe", capture ? "pipe" : devnull, "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (devnull !== null) closeSync(devnull);
  if (r.error) throw r.error;
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  }
  const probe = rss && existsSync(rssFile) ? JSON.parse(readFileSync(rssFile, "utf8")) : null;
  return { ms, rssKB: probe?.maxRSS ?? null, cpuMs: probe?.cpuMs ?? null, stdout: capture ? String(r.stdout) : "" };
}

const node = process.execPath;
const json = (r) => JSON.parse(r.stdout.trim().split("\n").pop());

function ensurePeer() {
  if (existsSync(join(peerDir, "node_modules", "@microsoft", "recognizers-text-date-time"))) return;
  log("installing Recognizers-Text into bench/peer/ (once) …");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const how = existsSync(join(peerDir, "package-lock.json")) ? "ci" : "install";
  const r = spawnSync(npm, [how, "--prefix", peerDir, "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (r.status !== 0) throw new Error(`npm ${how} --prefix bench/peer failed`);
}

function startup() {
  log(`start-up: ${startupRuns} runs each …`);
  const bare = [];
  const ours = [];
  for (let i = 0; i < startupRuns; i++) {
    bare.push(time(node, ["-e", "0"]).ms);
    ours.push(time(node, [bin, "extract", "-"], { input: "x\n" }).ms);
  }
  return { nodeMs: median(bare), extractMs: median(ours), ratio: median(ours) / median(bare) };
}

function throughput(inputs) {
  log(`throughput: ${runs} runs each on ${inputs.x1} …`);
  const work = [];
  const proc = [];
  const floorWork = [];
  const floorProc = [];
  let bytes = 0;
  let claims = 0;
  for (let i = 0; i < runs; i++) {
    const d = time(node, [join(root, "bench", "drive.mjs"), inputs.x1, date], { capture: true });
    const dj = json(d);
    work.push(dj.ms);
    bytes = dj.bytes;
    claims = dj.claims;
    proc.push(time(node, [bin, "extract", inputs.x1, "--format", "ndjson", "--date", date]).ms);
    const f = time(node, [join(root, "bench", "floor.mjs"), inputs.x1], { capture: true });
    floorWork.push(json(f).ms);
    floorProc.push(f.ms);
  }
  log(`peer: Recognizers-Text on the same file, ${runs} runs of at most ${peerSeconds} s …`);
  const peer = [];
  for (let i = 0; i < runs; i++) {
    const p = json(time(node, [join(peerDir, "recognize.cjs"), inputs.x1, String(peerSeconds)], { capture: true }));
    peer.push({ bytesPerMs: p.bytes / p.ms, bytes: p.bytes, ms: p.ms, entities: p.entities });
  }
  const peerRate = median(peer.map((p) => p.bytesPerMs));
  const oursWorkRate = bytes / median(work);
  const oursProcRate = bytes / median(proc);
  return {
    bytes,
    claims,
    extractWorkMs: median(work),
    extractProcessMs: median(proc),
    floorWorkMs: median(floorWork),
    floorProcessMs: median(floorProc),
    peerKBps: (peerRate * 1000) / 1024,
    peerBytesRead: median(peer.map((p) => p.bytes)),
    extractWorkMBps: (oursWorkRate * 1000) / 1024 / 1024,
    extractProcessMBps: (oursProcRate * 1000) / 1024 / 1024,
    vsPeerWork: oursWorkRate / peerRate,
    vsPeerProcess: oursProcRate / peerRate,
    vsFloorWork: median(work) / median(floorWork),
    vsFloorProcess: median(proc) / median(floorProc),
  };
}

function linearity(inputs, x1WorkMs) {
  log(`linearity: ${runs} runs on ${inputs.x4} (4×) …`);
  const x4 = [];
  for (let i = 0; i < runs; i++) {
    x4.push(json(time(node, [join(root, "bench", "drive.mjs"), inputs.x4, date], { capture: true })).ms);
  }
  return { x1WorkMs, x4WorkMs: median(x4), ratio: median(x4) / x1WorkMs };
}

/**
 * Two `--jobs 1` processes at once, one on each half of the directory's sub-directories: the wall time until both
 * have finished (through sh: `A & B & wait`, each checked).
 */
function pairOfProcesses(dir) {
  const parts = readdirSync(dir)
    .sort()
    .map((d) => join(dir, d));
  const half = Math.ceil(parts.length / 2);
  const q = (s) => `'${s.replaceAll("'", "'\\''")}'`;
  const one = (ds) =>
    `${q(node)} ${q(bin)} extract ${ds.map(q).join(" ")} --format ndjson --quiet --jobs 1 > /dev/null`;
  const script = `${one(parts.slice(0, half))} & a=$!; ${one(parts.slice(half))} & b=$!; wait $a && wait $b`;
  return time("sh", ["-c", script]);
}

function jobs(inputs) {
  log(
    `--jobs: ${runs} runs each of --jobs 1, --jobs 2, and two --jobs 1 processes on the halves of ${inputs.dir2000} …`,
  );
  const one = [];
  const two = [];
  const pair = [];
  for (let i = 0; i < runs; i++) {
    const args = ["extract", inputs.dir2000, "--format", "ndjson", "--quiet"];
    one.push(time(node, [bin, ...args, "--jobs", "1"], { rss: true }));
    two.push(time(node, [bin, ...args, "--jobs", "2"], { rss: true }));
    pair.push(pairOfProcesses(inputs.dir2000));
  }
  log(`memory: --format ndjson over ${inputs.dir500} …`);
  const small1 = time(node, [bin, "extract", inputs.dir500, "--format", "ndjson", "--quiet", "--jobs", "1"], {
    rss: true,
  });
  const small2 = time(node, [bin, "extract", inputs.dir500, "--format", "ndjson", "--quiet", "--jobs", "2"], {
    rss: true,
  });
  const mb = (kb) => kb / 1024;
  const rss1 = mb(median(one.map((r) => r.rssKB)));
  const rss2 = mb(median(two.map((r) => r.rssKB)));
  return {
    jobs1CpuMs: median(one.map((r) => r.cpuMs)),
    jobs2CpuMs: median(two.map((r) => r.cpuMs)),
    load: loadavg()[0],
    jobs1Ms: median(one.map((r) => r.ms)),
    jobs2Ms: median(two.map((r) => r.ms)),
    speedup: median(one.map((r) => r.ms)) / median(two.map((r) => r.ms)),
    pairMs: median(pair.map((r) => r.ms)),
    ceiling: median(one.map((r) => r.ms)) / median(pair.map((r) => r.ms)),
    rss2000Jobs1MB: rss1,
    rss2000Jobs2MB: rss2,
    rss500Jobs1MB: mb(small1.rssKB),
    rss500Jobs2MB: mb(small2.rssKB),
    growthJobs1: rss1 / mb(small1.rssKB),
    growthJobs2: rss2 / mb(small2.rssKB),
  };
}

function report(r) {
  const f = (x, d = 1) => x.toFixed(d);
  const rows = [
    [
      "throughput vs Recognizers-Text",
      `${f(r.throughput.vsPeerWork, 0)}× (whole process: ${f(r.throughput.vsPeerProcess, 0)}×)`,
      targets.peer.text,
      targets.peer.ok(r.throughput.vsPeerWork),
    ],
    [
      "time vs the read-decode-split floor",
      `${f(r.throughput.vsFloorWork, 0)}× (whole processes: ${f(r.throughput.vsFloorProcess, 1)}×)`,
      targets.floor.text,
      targets.floor.ok(r.throughput.vsFloorWork),
    ],
    ["start-up vs node -e 0", `${f(r.startup.ratio, 2)}×`, targets.startup.text, targets.startup.ok(r.startup.ratio)],
    [
      "--jobs 2 vs --jobs 1 (2,000 files)",
      `${f(r.jobs.speedup, 2)}× faster (two separate processes on the halves: ${f(r.jobs.ceiling, 2)}×)`,
      targets.jobs.text,
      targets.jobs.ok(r.jobs.speedup),
    ],
    [
      "peak memory, ndjson, 2,000 files",
      `${f(r.jobs.rss2000Jobs1MB, 0)} MB (--jobs 2: ${f(r.jobs.rss2000Jobs2MB, 0)} MB)`,
      targets.memory.text,
      targets.memory.ok(Math.max(r.jobs.rss2000Jobs1MB, r.jobs.rss2000Jobs2MB)),
    ],
    [
      "peak memory 2,000 vs 500 files",
      `${f(r.jobs.growthJobs1, 2)}× (--jobs 2: ${f(r.jobs.growthJobs2, 2)}×)`,
      targets.memoryGrowth.text,
      targets.memoryGrowth.ok(Math.max(r.jobs.growthJobs1, r.jobs.growthJobs2)),
    ],
    ["cost of 4× the input vs 1×", f(r.linearity.ratio, 2), targets.linear.text, targets.linear.ok(r.linearity.ratio)],
  ];
  const table = [
    "| measure | ratio | target | met |",
    "|---|---|---|---|",
    ...rows.map(([name, value, target, ok]) => `| ${name} | ${value} | ${target} | ${ok ? "yes" : "**no**"} |`),
  ].join("\n");
  const t = r.throughput;
  const details = [
    `- machine: ${r.machine.cpus} × ${r.machine.cpu}, Node ${r.machine.node}, load average ${r.machine.loadBefore} before and ${r.machine.loadAfter} after; ${r.machine.runs} runs per measure (start-up ${r.machine.startupRuns}), medians`,
    `- throughput input: the sample repeated to ${f(t.bytes / 1024 / 1024, 1)} MB (${t.claims} claims): extract ${f(t.extractWorkMBps, 2)} MB/s of work (${f(t.extractWorkMs, 0)} ms; ${f(t.extractProcessMs, 0)} ms as a whole \`extract --format ndjson\` process); Recognizers-Text ${f(t.peerKBps, 1)} KB/s on the first ${f(t.peerBytesRead / 1024, 0)} KB of the same file (recognition alone, models built before the clock); floor ${f(t.floorWorkMs, 1)} ms of work (${f(t.floorProcessMs, 0)} ms as a process)`,
    `- start-up: \`echo x | interview-claims extract -\` ${f(r.startup.extractMs, 0)} ms, \`node -e 0\` ${f(r.startup.nodeMs, 0)} ms`,
    `- --jobs on 2,000 files (${f(r.machine.dirMB, 1)} MB): --jobs 1 ${f(r.jobs.jobs1Ms / 1000, 2)} s, --jobs 2 ${f(r.jobs.jobs2Ms / 1000, 2)} s, two \`--jobs 1\` processes at once on the two halves ${f(r.jobs.pairMs / 1000, 2)} s (the machine's ceiling for this work on two threads: ${f(r.jobs.ceiling, 2)}×) (CPU time: ${f(r.jobs.jobs1CpuMs / 1000, 1)} s and ${f(r.jobs.jobs2CpuMs / 1000, 1)} s, so at best ${f((2 * r.jobs.jobs1CpuMs) / r.jobs.jobs2CpuMs, 2)}× on two idle cores; 1-minute load average ${f(r.jobs.load, 2)} after these runs); peak memory --jobs 1: ${f(r.jobs.rss500Jobs1MB, 0)} MB on 500 files, ${f(r.jobs.rss2000Jobs1MB, 0)} MB on 2,000; --jobs 2: ${f(r.jobs.rss500Jobs2MB, 0)} MB and ${f(r.jobs.rss2000Jobs2MB, 0)} MB`,
    `- linearity: ${f(r.linearity.x1WorkMs, 0)} ms for 1× (5 MB), ${f(r.linearity.x4WorkMs, 0)} ms for 4× (20 MB), both as work without start-up`,
  ].join("\n");
  return `${table}\n\n${details}\n`;
}

function dirBytes(dir) {
  const r = spawnSync("du", ["-sb", dir], { encoding: "utf8" });
  return r.status === 0 ? Number(r.stdout.split(/\s/)[0]) : 0;
}

function main() {
  mkdirSync(out, { recursive: true });
  if (!existsSync(join(root, "dist", "extract.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  rmSync(app, { recursive: true, force: true });
  for (const part of ["dist", "bin", "package.json"]) cpSync(join(root, part), join(app, part), { recursive: true });
  ensurePeer();
  log("making the inputs in bench/out/ …");
  const inputs = makeInputs(out);
  const machine = {
    cpus: availableParallelism(),
    cpu: cpus()[0]?.model ?? "?",
    node: process.version,
    loadBefore: loadavg()
      .map((x) => x.toFixed(2))
      .join(" "),
    runs,
    startupRuns,
    dirMB: dirBytes(inputs.dir2000) / 1024 / 1024,
  };
  const results = { date: new Date().toISOString(), machine };
  results.startup = startup();
  results.throughput = throughput(inputs);
  results.linearity = linearity(inputs, results.throughput.extractWorkMs);
  results.jobs = jobs(inputs);
  machine.loadAfter = loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
  const text = report(results);
  writeFileSync(join(out, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(out, "results.md"), text);
  process.stdout.write(`\n${text}`);
}

main();
