#!/usr/bin/env node
// A broken data file fails while the modules load: report it as a configuration error (exit 2), without a stack.
// It loads the command as one bundle (npm run build makes it from dist/cli.js): one file starts faster than 250 modules.
import("../dist/cli.bundle.js").then(
  (cli) => cli.main(process.argv),
  (e) => {
    if (e?.name !== "DataError") throw e;
    process.stderr.write(`interview-claims: ${e.message}\n`);
    process.exitCode = 2;
  },
);
