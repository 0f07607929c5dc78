// What a worker thread of `extract --jobs N` runs: the worker's bundle, through its code cache (src/bundle.ts).
import { loadBundle } from "./bundle.js";

loadBundle("worker");
