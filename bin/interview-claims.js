#!/usr/bin/env node
// A broken data file fails while the modules load: report it as a configuration error (exit 2), without a stack.
// It runs the command from one bundle through V8's code cache (src/bundle.ts): one file, precompiled, starts faster
// than 250 modules.
import("../dist/bundle.js")
  .then(({ loadBundle }) => loadBundle("cli").exports.main(process.argv))
  .catch((e) => {
    if (e?.name !== "DataError") throw e;
    process.stderr.write(`interview-claims: ${e.message}\n`);
    process.exitCode = 2;
  });
