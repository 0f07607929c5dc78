// The library: `import { extract } from "interview-claims"`. No I/O here.
export { type ExtractOptions, extract, extractBytes, extractText } from "./extract.js";
export { type FormatName, formatNames, formatters } from "./format/index.js";
export { Claim, Document, Quantity, Source, TimeRef } from "./schema.js";
export { score } from "./score.js";
