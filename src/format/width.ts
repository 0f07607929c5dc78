// format: how wide text is when drawn in a fixed-width grid (a terminal, an SVG label): Chinese characters and
// fullwidth forms take two columns, combining marks none. Used to cut labels without breaking the layout.

/** Columns a code point takes: 2 for East Asian wide and fullwidth forms, 0 for combining marks, else 1. */
export function columns(cp: number): number {
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfe0f) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
    return 2;
  return 1;
}

/** The width of text in columns: "8亿" is 3, "GPT-5.2" is 7. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += columns(ch.codePointAt(0) as number);
  return w;
}

/** Text on one line cut to at most `width` columns, ending in … when cut: clip("ChatGPT的周活跃用户", 10) → "ChatGPT的…". */
export function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/gu, " ");
  if (width <= 0) return "";
  if (textWidth(flat) <= width) return flat;
  let out = "";
  let w = 0;
  for (const ch of flat) {
    const cw = columns(ch.codePointAt(0) as number);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** clip, then padded with spaces to exactly `width` columns: a cell of a terminal table. */
export function padCell(text: string, width: number): string {
  const cut = clip(text, width);
  return cut + " ".repeat(Math.max(0, width - textWidth(cut)));
}
