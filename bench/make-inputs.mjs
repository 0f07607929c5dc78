// The benchmark's inputs, made from the corpus (fixtures/corpus) with a fixed seed, so every run reads the same bytes:
// - sample-1x.txt: the sample transcript repeated to 5 MB; sample-4x.txt: the same to 20 MB (cost must grow linearly);
// - dir-2000/ and dir-500/: 2,000 and 500 varied transcripts (the first 500 of the same sequence): slices of the
//   sample as captions, of the SRT excerpt as subtitles, and of the article as Markdown with front matter, 1–10 KB
//   each, in sub-directories of 50.
// Usage: node bench/make-inputs.mjs [OUT_DIR]   (default bench/out; files already there are kept)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const corpus = new URL("../fixtures/corpus/", import.meta.url);
const read = (name) => readFileSync(new URL(name, corpus), "utf8");

/** mulberry32: a small seeded generator, the same sequence on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The text repeated until it reaches `bytes` (whole copies, then cut at a line end). */
export function repeatTo(text, bytes) {
  const unit = Buffer.byteLength(text);
  const copies = Math.ceil(bytes / unit);
  const whole = text.endsWith("\n") ? text : `${text}\n`;
  return whole.repeat(copies);
}

/** SRT cues of the excerpt as blocks ("820\n00:37:43,720 --> 00:37:44,847\n最后说一下票房"). */
function srtBlocks(text) {
  return text
    .replace(/\r\n/g, "\n")
    .split(/\n\n+/)
    .map((b) => b.trim())
    .filter((b) => /-->/.test(b));
}

/** The article split into its front matter's keys we vary and its body paragraphs. */
function articleParagraphs(text) {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, "");
  return body.split(/\n\s*\n/).filter((p) => p.trim() !== "");
}

/** The nth varied transcript: [relative path, content]. */
function transcript(n, rnd, parts) {
  const dir = String(Math.floor(n / 50)).padStart(3, "0");
  const pick = (max, min) => min + Math.floor(rnd() * (max - min + 1));
  const kind = rnd();
  if (kind < 0.5) {
    // captions: a slice of the sample's lines
    const count = pick(160, 20);
    const from = pick(parts.lines.length - count, 0);
    return [join(dir, `talk-${n}.txt`), `${parts.lines.slice(from, from + count).join("\n")}\n`];
  }
  if (kind < 0.8) {
    // subtitles: a slice of the excerpt's cues, numbered from 1
    const count = pick(120, 15);
    const from = pick(parts.cues.length - count, 0);
    const cues = parts.cues
      .slice(from, from + count)
      .map((b, i) => b.replace(/^\d+\n/, `${i + 1}\n`))
      .join("\n\n");
    return [join(dir, `episode-${n}.srt`), `${cues}\n`];
  }
  // an article: front matter with a title and a date, then some paragraphs
  const count = pick(12, 2);
  const from = pick(parts.paragraphs.length - count, 0);
  const month = String(pick(12, 1)).padStart(2, "0");
  const day = String(pick(28, 1)).padStart(2, "0");
  const front = `---\ntitle: 访谈第${n}期\ndate: '2025-${month}-${day}'\n---\n\n`;
  return [join(dir, `article-${n}.md`), `${front}${parts.paragraphs.slice(from, from + count).join("\n\n")}\n`];
}

/** Writes the varied transcripts 0..count-1 under `dir`. */
export function makeDirectory(dir, count, seed = 20251218) {
  const parts = {
    lines: read("altman-big-technology-2025-12.txt")
      .split("\n")
      .filter((l) => l.trim() !== ""),
    cues: srtBlocks(read("pie-podcast-excerpt.srt")),
    paragraphs: articleParagraphs(read("bestpartners-gemini-3-flash.md")),
  };
  const rnd = random(seed);
  let bytes = 0;
  for (let n = 0; n < count; n++) {
    const [path, content] = transcript(n, rnd, parts);
    const full = join(dir, path);
    mkdirSync(join(full, ".."), { recursive: true });
    writeFileSync(full, content);
    bytes += Buffer.byteLength(content);
  }
  return bytes;
}

/** Makes every input under `out` (kept when already there); returns their paths. */
export function makeInputs(out) {
  mkdirSync(out, { recursive: true });
  const sample = read("altman-big-technology-2025-12.txt");
  const inputs = {
    sample: new URL("altman-big-technology-2025-12.txt", corpus).pathname,
    x1: join(out, "sample-1x.txt"),
    x4: join(out, "sample-4x.txt"),
    dir2000: join(out, "dir-2000"),
    dir500: join(out, "dir-500"),
  };
  if (!existsSync(inputs.x1)) writeFileSync(inputs.x1, repeatTo(sample, 5 * 1024 * 1024));
  if (!existsSync(inputs.x4)) writeFileSync(inputs.x4, readFileSync(inputs.x1, "utf8").repeat(4));
  if (!existsSync(inputs.dir2000)) makeDirectory(inputs.dir2000, 2000);
  if (!existsSync(inputs.dir500)) makeDirectory(inputs.dir500, 500);
  return inputs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? fileURLToPath(new URL("./out/", import.meta.url));
  console.log(makeInputs(out));
}
