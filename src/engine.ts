// The command's one setting of the JavaScript engine (the library leaves its host's engine alone).
//
// V8 inlines a called function into its caller up to 920 bytes of bytecode per compiled function by default. The
// recognisers are many mid-sized functions that call each other, so by default each hot one is compiled with a large
// part of the others inside it: on the bench's 2,000 transcripts the compiler threads took 2.5 s of CPU for 4.7 s of
// extraction. A budget of 150 bytes still inlines the small helpers (character tests, lexicon lookups) and cut that
// CPU by about 40% with the extraction no slower (medians of 3 interleaved runs, BENCHMARKS.md). It matters most
// with --jobs, where every worker thread compiles everything again, on the same cores as the others.
import { setFlagsFromString } from "node:v8";

export function tuneEngine(): void {
  try {
    setFlagsFromString("--max-inlined-bytecode-size-cumulative=150");
  } catch {
    // an engine that no longer takes flags once running: the defaults are only slower
  }
}
