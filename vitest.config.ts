import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // the CLI tests start the built command many times; a loaded 2-core machine needs the headroom
    testTimeout: 30_000,
  },
});
