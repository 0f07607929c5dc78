import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode, InputError } from "../src/input/decode.js";
import { detectFormat, dottedNames, type Line, lineOf, type ParsedSource, parseSource } from "../src/input/source.js";
import { offsetOf, readable, segment } from "../src/segment/sentences.js";

const fixture = (path: string): Buffer => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const fixtureText = (path: string): string => fixture(path).toString("utf8");

const corpusLines = fixtureText("corpus/altman-big-technology-2025-12.txt").split("\n");
const sample60 = `${corpusLines.slice(0, 60).join("\n")}\n`;

/** The text of a parsed line, as [speaker, content] for compact tables. */
const content = (src: ParsedSource, line: Line): string => src.text.slice(line.start, line.end);
const texts = (src: ParsedSource): string[] => src.lines.map((l) => content(src, l));

/** A deterministic byte stream (xorshift) for "random" binary input. */
function noise(n: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("expected an exception");
}

describe("decode: encodings", () => {
  it.each([
    ["sample-utf8.txt", "utf-8", sample60],
    ["sample-utf8-bom.txt", "utf-8-bom", sample60],
    ["sample-utf16le.txt", "utf-16le", sample60],
    ["sample-utf16be.txt", "utf-16be", sample60],
    ["sample-gb18030.txt", "gb18030", sample60],
    ["sample-crlf.txt", "utf-8", sample60.replaceAll("\n", "\r\n")],
  ])("%s decodes as %s to exactly the sample text", (file, encoding, expected) => {
    const d = decode(new Uint8Array(fixture(`encodings/${file}`)));
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(expected);
    expect(d.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("the utf-8 fixture is the first 60 lines of the corpus sample", () => {
    expect(fixtureText("encodings/sample-utf8.txt")).toBe(sample60);
  });

  it.each([
    ["empty", [], ""],
    ["a BOM only", [0xef, 0xbb, 0xbf], ""],
    ["lone CR line ends kept", [...Buffer.from("一\r二\r\n三\n")], "一\r二\r\n三\n"],
    ["a second BOM inside the text kept", [0xef, 0xbb, 0xbf, 0x61, 0xef, 0xbb, 0xbf, 0x62], "a\ufeffb"],
    ["UTF-16LE with BOM, no text", [0xff, 0xfe], ""],
    ["ESC and tab are text", [...Buffer.from("\x1b[1m第一\t50%\x1b[0m")], "\x1b[1m第一\t50%\x1b[0m"],
  ])("%s", (_name, bytes, expected) => {
    expect(decode(new Uint8Array(bytes)).text).toBe(expected);
  });

  it("decodes GB18030 that is not valid UTF-8 (营收 in GBK bytes)", () => {
    // 营 = D3 AA, 收 = CA D5, then "50%"
    const d = decode(new Uint8Array([0xd3, 0xaa, 0xca, 0xd5, 0x35, 0x30, 0x25]));
    expect(d).toEqual({ text: "营收50%", encoding: "gb18030" });
  });
});

describe("decode: refusals", () => {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];
  it.each([
    ["a PNG header and random bytes", new Uint8Array([...png, ...noise(2000)]), /^binary file: looks like a PNG image/],
    ["NUL bytes in UTF-8 text", new Uint8Array([...Buffer.from("营收增长了"), 0, ...Buffer.from("50%")]), /^binary/],
    ["random bytes without NUL", noise(4096).map((b) => b || 1), /^binary file/],
    ["a ZIP (docx)", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, ...noise(100)]), /ZIP archive/],
    ["control characters", new Uint8Array(Buffer.from("\x01\x02\x03\x04abc\x05\x06\x07\x08")), /^binary file/],
    [
      "UTF-16 without BOM",
      new Uint8Array(Buffer.from("Sam Altman said 2025", "utf16le")),
      /UTF-16 without a byte-order/,
    ],
    ["UTF-16LE with an odd byte count", new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x87]), /odd number of bytes/],
    ["UTF-16LE with a lone surrogate", new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), /unpaired surrogate/],
    ["UTF-32", new Uint8Array([0xff, 0xfe, 0, 0, 0x2d, 0x4e, 0, 0]), /UTF-32 is not supported/],
  ])("%s throws InputError", (_name, bytes, message) => {
    const e = thrown(() => decode(bytes));
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(message);
    expect((e as Error).message).not.toContain("\n");
  });

  it("Big5 (valid GB18030 byte for byte, but mojibake) is refused", () => {
    const e = thrown(() => decode(new Uint8Array(fixture("encodings/traditional-big5.txt"))));
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(/^looks like Big5/);
  });

  it("traditional Chinese in GB18030 is still GB18030", () => {
    const d = decode(new Uint8Array(fixture("encodings/traditional-gb18030.txt")));
    expect(d).toEqual({ text: fixtureText("encodings/traditional-utf8.txt"), encoding: "gb18030" });
  });

  it("invalid UTF-8 that is not GB18030 either names the byte and the line", () => {
    // text, then FF (never valid in UTF-8 or GB18030) on line 3
    const bytes = new Uint8Array([...Buffer.from("大家好\n这里是最佳拍档\n营收"), 0xff, ...Buffer.from("增长了50%\n")]);
    const e = thrown(() => decode(bytes));
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(/^not valid UTF-8 \(byte 0xFF at offset 38, line 3\) nor GB18030/);
  });
});

describe("detectFormat", () => {
  it.each([
    ["a.txt", "1\n00:00:01,000 --> 00:00:02,000\n你好\n", "srt"],
    ["a.txt", "\u200b1\n00:00:01.000 --> 00:00:02.000\n你好\n", "srt"],
    ["a.md", "1\n00:00:01,000 --> 00:00:02,000\n你好\n", "srt"],
    ["a.vtt", "1\n00:00:01,000 --> 00:00:02,000\n你好\n", "vtt"],
    ["a.srt", "WEBVTT\n\n00:01.000 --> 00:04.000\n你好\n", "vtt"],
    ["a", "\ufeffWEBVTT - title\n\n00:01.000 --> 00:04.000\n你好\n", "vtt"],
    ["a.txt", "00:01.000 --> 00:04.000\n你好\n", "srt"],
    ["a.vtt", "00:01.000 --> 00:04.000\n你好\n", "vtt"],
    ["a.txt", "---\ndate: 2025-12-18\n---\n你好\n", "markdown"],
    ["a.txt", "大家好\n\n### 标题\n正文\n", "markdown"],
    ["a.md", "大家好\n今年营收50亿\n", "markdown"],
    ["a.MARKDOWN", "大家好\n", "markdown"],
    ["a.srt", "大家好\n今年营收50亿\n", "text"], // no timestamp at all: parsing cues would lose every line
    ["a.srt", "大家好\n\n00:00:01,000 --> 00:00:02,000\n第一句\n", "srt"],
    ["a.txt", "大家好\n今年营收50亿\n", "text"],
    ["a.txt", "#话题 不是标题\n1\n", "text"],
    ["a.txt", "---\n大家好\n---\n", "text"],
    ["a.txt", "", "text"],
    ["notes", "时间 10:30 --> 11:00 开会\n", "text"],
  ])("%s %j → %s", (path, text, format) => {
    expect(detectFormat(path, text)).toBe(format);
  });
});

describe("SRT", () => {
  const srt = parseSource("sample.srt", fixtureText("formats/sample.srt"));

  it("the text of sample.srt is the first 120 corpus lines, one cue each", () => {
    expect(srt.format).toBe("srt");
    expect(texts(srt)).toEqual(corpusLines.slice(0, 120));
    expect(srt.lines.map((l) => l.cue?.index)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(srt.lines.map((l) => l.no)).toEqual(Array.from({ length: 120 }, (_, i) => 4 * i + 3));
  });

  it("cue times are normalised and increase", () => {
    expect(srt.lines[0]?.cue).toEqual({ index: 1, from: "00:00:00,050", to: "00:00:01,950" });
    expect(srt.lines[119]?.cue).toEqual({ index: 120, from: "00:04:09,950", to: "00:04:11,850" });
    const froms = srt.lines.map((l) => l.cue?.from ?? "");
    expect([...froms].sort()).toEqual(froms);
  });

  it("a broken SRT loses no text: what has no readable timestamp is kept with no cue", () => {
    const src = parseSource("broken.srt", fixtureText("formats/broken.srt"));
    expect(src.format).toBe("srt");
    expect(src.lines.map((l) => [l.cue?.index, content(src, l)])).toEqual([
      [1, corpusLines[0]],
      [2, corpusLines[1]],
      [undefined, corpusLines[2]], // an index with no timestamp line
      [undefined, "%%%%%%"], // after a broken timestamp line ("@@@@ ### 乱码 --> ????", left out)
      [3, corpusLines[3]], // missing index: previous + 1
      [5, corpusLines[4]], // dot millis
      [6, corpusLines[5]], // no blank line before the index
      [6, corpusLines[6]], // second text line of the cue
      [7, corpusLines[7]], // zero-width characters before the index and the text
      [8, corpusLines[8]], // a one-dash arrow
      [9, corpusLines[9]], // no final newline
    ]);
    expect(src.lines[5]?.cue).toEqual({ index: 5, from: "00:00:08,000", to: "00:00:09,500" });
  });

  it.each([
    ["1\n00:00:01,000 --> 00:00:02,000\n100\n\n2\n00:00:03,000 --> 00:00:04,000\n下一句\n", ["100", "下一句"]],
    [
      "1\r\n00:00:01,000 --> 00:00:02,000\r\n第一句\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\n第二句\r\n",
      ["第一句", "第二句"],
    ],
    ["1\r00:00:01,000 --> 00:00:02,000\r第一句\r\r", ["第一句"]],
    ["1\n00:00:01,000 --> 00:00:02,000\n<i>斜体</i>\n{\\an8}顶部字幕\n", ["斜体", "顶部字幕"]],
    ["1\n00:00:01,000 --> 00:00:02,000\n\u200b\u200c \n\n", []],
    // text before the first cue is kept (with no cue); a lone index is not text
    ["garbage\n\n\n1\n\n2\n00:00:01,000 --> 00:00:02,000\n好\n", ["garbage", "好"]],
    ["1\n00:00:01,000 --> 00:00:02,000\n主持人：今年收入多少？\n", ["今年收入多少？"]],
  ])("%j → %j", (text, expected) => {
    expect(texts(parseSource("x.srt", text))).toEqual(expected);
  });

  it("the pie SRT: every Line has a cue, and no Line is an index or timestamp line", () => {
    const src = parseSource("pie-podcast-excerpt.srt", fixtureText("corpus/pie-podcast-excerpt.srt"));
    expect(src.format).toBe("srt");
    expect(src.lines).toHaveLength(1124 - 820 + 1);
    for (const line of src.lines) {
      expect(line.cue).not.toBeNull();
      expect(line.no % 4).toBe(3); // index, timestamp, text, blank
      const t = content(src, line);
      expect(t).not.toMatch(/^\d+$/);
      expect(t).not.toContain("-->");
    }
    expect(src.lines[0]?.cue).toEqual({ index: 820, from: "00:37:43,720", to: "00:37:44,847" });
    expect(src.lines.at(-1)?.cue?.index).toBe(1124);
    // line 483: 2,048 zero-width characters, then 「你们都在夸」; the range starts at the readable text
    const zw = src.lines.find((l) => l.no === 483);
    expect(zw && content(src, zw)).toBe("你们都在夸");
  });
});

describe("WebVTT", () => {
  const vtt = parseSource("sample.vtt", fixtureText("formats/sample.vtt"));

  it("header, NOTE and STYLE blocks are skipped; cue text is the corpus lines", () => {
    expect(vtt.format).toBe("vtt");
    expect(texts(vtt)).toEqual(corpusLines.slice(0, 120));
  });

  it("voice tags give the speaker; identifiers give the index; times are normalised", () => {
    expect(vtt.lines[0]).toMatchObject({
      speaker: "旁白",
      cue: { index: 1, from: "00:00:00,050", to: "00:00:01,950" },
    });
    expect(vtt.lines[1]).toMatchObject({ speaker: null, cue: { index: 2 } });
    expect(vtt.lines[5]?.cue?.index).toBe(6); // identifier "cue-6"
    expect(vtt.lines[40]?.cue).toEqual({ index: 41, from: "00:01:24,050", to: "00:01:25,950" });
  });

  it.each([
    [
      "WEBVTT\n\nNOTE 100万\n\n00:01.000 --> 00:04.000\n<v Sam Altman>我们有8亿用户</v>\n",
      "Sam Altman",
      "我们有8亿用户",
    ],
    ["WEBVTT\n\n00:01.000 --> 00:04.000 align:start\n<v.loud 主持人>明年呢？\n", "主持人", "明年呢？"],
    ["WEBVTT\n00:01.000 --> 00:04.000\n嘉宾：大约三倍\n", "嘉宾", "大约三倍"],
  ])("%j", (text, speaker, expected) => {
    const src = parseSource("x.vtt", text);
    expect(src.lines).toHaveLength(1);
    expect(src.lines[0]?.speaker).toBe(speaker);
    expect(texts(src)).toEqual([expected]);
  });
});

describe("Markdown", () => {
  const md = parseSource("bestpartners-gemini-3-flash.md", fixtureText("corpus/bestpartners-gemini-3-flash.md"));

  it("front matter of the corpus article", () => {
    expect(md.format).toBe("markdown");
    expect(md.frontMatter).toEqual({
      date: "2025-12-18",
      title: "Google发布Gemini 3 Flash：速度、智能与成本的革命性平衡",
      speakers: ["Logan Kilpatrick", "Tulsee Doshi", "Sam Altman"],
    });
    expect(md.lines.every((l) => l.no > 40)).toBe(true);
    expect(md.lines[0]?.no).toBe(41);
    expect(md.lineStarts).toHaveLength(76);
  });

  it("headings are flagged and start past ###; emphasis stays inside the range", () => {
    const headings = md.lines.filter((l) => l.heading);
    expect(headings.map((l) => l.no)).toEqual([43, 46, 49, 52, 55, 58, 61, 64, 71]);
    expect(content(md, headings[0] as Line)).toBe("Gemini 3 Flash：速度至上的新模型发布");
    expect(headings.every((l) => l.speaker === null)).toBe(true);
    const prose = md.lines.find((l) => l.no === 44) as Line;
    expect(content(md, prose)).toMatch(/^近期，Google AI 正式发布了其最新的模型 \*\*Gemini 3 Flash\*\*/);
    expect(md.lines.filter((l) => !l.heading)).toHaveLength(14);
    expect(md.lines.find((l) => l.no === 76)?.end).toBe(md.text.length);
  });

  it.each([
    ["> 引用：不是标签\n>\n> > 嵌套引用", ["引用：不是标签", "嵌套引用"]],
    [
      "- 第一项\n* 第二项\n+ 第三项\n1. 有序\n12) 另一种\n- [x] 任务",
      ["第一项", "第二项", "第三项", "有序", "另一种", "任务"],
    ],
    ["2025. 年份后的句点不是列表\n3.5亿用户", ["2025. 年份后的句点不是列表", "3.5亿用户"]],
    ["**加粗开头** 的句子\n*斜体*开头", ["**加粗开头** 的句子", "*斜体*开头"]],
    ["## 标题 ##\n# C#\n#话题", ["标题", "C#", "#话题"]],
    ["正文\n\n---\n\n***\n- - -\n___\n下一段", ["正文", "下一段"]],
    ["短标题\n===\n正文", ["短标题", "正文"]],
    ["```\n代码 100\n```\n正文", ["正文"]],
    ["~~~~python\nx = 3\n~~~\n还在代码里\n~~~~\n正文", ["正文"]],
    ["```\n没有闭合的代码块 50亿\n正文", ["没有闭合的代码块 50亿", "正文"]],
    ["| 指标 | 数值 |\n|---|:---:|\n| 收入 | 50亿 |", ["| 指标 | 数值 |", "| 收入 | 50亿 |"]],
    ["<!-- 注释 -->\n正文", ["正文"]],
    ["[Sam Altman](https://x.com/sama)：链接不是标签", ["[Sam Altman](https://x.com/sama)：链接不是标签"]],
  ])("%j → %j", (text, expected) => {
    expect(texts(parseSource("x.md", text))).toEqual(expected);
  });

  it("setext: the underlined line is a heading", () => {
    const src = parseSource("x.md", "短标题\n---\n正文");
    expect(src.lines.map((l) => [l.no, l.heading])).toEqual([
      [1, true],
      [3, false],
    ]);
  });

  it.each([
    [
      "---\ndate: 2025-12-18\ntitle: 标题\nspeakers: [黄仁勋, Lisa Su]\n---\n正文",
      "2025-12-18",
      "标题",
      ["黄仁勋", "Lisa Su"],
    ],
    [
      "---\ndate: 2025/1/5\npeople:\n  - name: 黄仁勋\n  - name: 苏姿丰\n---\n正文",
      "2025-01-05",
      null,
      ["黄仁勋", "苏姿丰"],
    ],
    ["---\ndate: 2025年12月18日\nspeakers: 奥特曼\n---\n正文", "2025-12-18", null, ["奥特曼"]],
    ["---\ndate: 2025-12-18T09:00:00+08:00\ntitle: 2025\n---\n正文", "2025-12-18", "2025", []],
    ["---\ndate: 2025-02-30\n---\n正文", null, null, []],
    ["---\ndate: 昨天\ntitle: ''\n---\n正文", null, null, []],
    ["---\r\ndate: '2025-12-18'\r\n---\r\n正文", "2025-12-18", null, []],
  ])("front matter %j", (text, date, title, speakers) => {
    const src = parseSource("x.md", text);
    expect(src.frontMatter).toEqual({ date, title, speakers });
    expect(texts(src)).toEqual(["正文"]);
  });

  it.each([
    ["---\ntitle: [未闭合\ndate: 2025-12-18\n---\n正文"],
    ["---\ntitle: a\ntitle: b: c\n  bad indent\n---\n正文"],
    ["---\ntitle: 'unterminated\ndate: 2025-12-18\n---\n正文"],
  ])("malformed front matter is absent, and its lines stay out: %j", (text) => {
    const src = parseSource("x.md", text);
    expect(src.frontMatter).toBeNull();
    expect(texts(src)).toEqual(["正文"]);
  });

  it("a rule, prose and a rule at the top are not front matter", () => {
    const src = parseSource("x.md", "---\n大家好\n---\n正文");
    expect(src.frontMatter).toBeNull();
    expect(texts(src)).toEqual(["大家好", "正文"]);
  });

  it("front matter names are speaker labels", () => {
    const src = parseSource("x.md", "---\npeople: [奥特曼]\n---\n奥特曼：我们有8亿用户\n雷军：不是名单里的人");
    expect(src.lines.map((l) => l.speaker)).toEqual(["奥特曼", null]);
  });
});

describe("speaker labels", () => {
  it.each([
    // [line, speaker, content]
    ["主持人：欢迎收听", "主持人", "欢迎收听"],
    ["主持人: 欢迎收听", "主持人", "欢迎收听"],
    ["記者：這個數字準確嗎？", "記者", "這個數字準確嗎？"],
    ["Q：明年会发布吗？", "Q", "明年会发布吗？"],
    ["A：会，在一季度", "A", "会，在一季度"],
    ["q: 小写也算", "q", "小写也算"],
    ["问：营收多少？", "问", "营收多少？"],
    ["答：大约二十亿", "答", "大约二十亿"],
    ["【黄仁勋】我们的毛利率是75%", "黄仁勋", "我们的毛利率是75%"],
    ["【黄仁勋】：我们的毛利率是75%", "黄仁勋", "我们的毛利率是75%"],
    ["[Sam Altman] 我们有8亿用户", "Sam Altman", "我们有8亿用户"],
    ["Sam Altman: 我们有8亿用户", "Sam Altman", "我们有8亿用户"],
    ["Sam Altman：我们有8亿用户", "Sam Altman", "我们有8亿用户"],
    ["黄仁勋：今年增长三倍", "黄仁勋", "今年增长三倍"],
    ["黄仁勋: 今年增长三倍", "黄仁勋", "今年增长三倍"],
    ["欧阳娜娜：我来说", "欧阳娜娜", "我来说"],
    // a guest named by 老, 小 or 阿 and a surname, as podcasts and street interviews name them
    ["老王：今年车市挺卷的", "老王", "今年车市挺卷的"],
    ["小李：我是前年买的房", "小李", "我是前年买的房"],
    ["阿陈：我们店有三个人", "阿陈", "我们店有三个人"],
    ["萨姆·奥特曼：我们不会", "萨姆·奥特曼", "我们不会"],
    ["奥特曼先生：我们不会", "奥特曼先生", "我们不会"],
    ["王总：我们有三百人", "王总", "我们有三百人"],
    ["王工：功耗大概三千瓦", "王工", "功耗大概三千瓦"],
    ["刘院长：我们今年招了两百人", "刘院长", "我们今年招了两百人"],
    ["主持人 张三：欢迎", "主持人 张三", "欢迎"],
    ["嘉宾A：谢谢", "嘉宾A", "谢谢"],
    ["**主持人**：欢迎", "主持人", "欢迎"],
    ["**Q：**明年呢？", "Q", "明年呢？"],
    ["  主持人：  前后空白  ", "主持人", "前后空白"],
    ["\u200b主持人：零宽字符之后", "主持人", "零宽字符之后"],
    ["Host: welcome back", "Host", "welcome back"],
    // a role with an affiliation in brackets after it, or an organisation before it: reported as written
    ["分析师（中信）：今年下调了3次", "分析师（中信）", "今年下调了3次"],
    ["分析师(中金)：今年下调了3次", "分析师(中金)", "今年下调了3次"],
    ["分析师：明年的息差怎么看？", "分析师", "明年的息差怎么看？"],
    ["**第一财经记者：** 有学者认为", "第一财经记者", "有学者认为"],
    ["新华社记者：请问发言人", "新华社记者", "请问发言人"],
    ["中信证券分析师：谢谢", "中信证券分析师", "谢谢"],
    ["外交部发言人：我们注意到", "外交部发言人", "我们注意到"],
    // a role, then the role of what it does: a label, though 提问 ends in 问 (was: read as reported speech)
    ["分析师提问：想问一下云业务的增速", "分析师提问", "想问一下云业务的增速"],
    ["记者提问：明年会上市吗？", "记者提问", "明年会上市吗？"],
    ["嘉宾回答：我们有三百人", "嘉宾回答", "我们有三百人"],
    ["黄仁勋（英伟达）：今年增长三倍", "黄仁勋（英伟达）", "今年增长三倍"],
    ["Lisa Su (AMD): 我们的份额是30%", "Lisa Su (AMD)", "我们的份额是30%"],
  ])("%j → %s", (line, speaker, rest) => {
    const src = parseSource("x.txt", line);
    expect(src.lines).toHaveLength(1);
    expect(src.lines[0]?.speaker).toBe(speaker);
    expect(texts(src)).toEqual([rest]);
  });

  it.each([
    "时间: 3点",
    "时间：10:30开始",
    "比分是3:2",
    "注意：这里说的是年化收入",
    "他说：明年营收会翻一番",
    // a person's 提问 stays reported speech: only a role before the role makes a label
    "张三提问：明年营收会翻一番吗",
    "他提问：明年营收会翻一番吗",
    "奥特曼表示：我们不会",
    "我的观点是：算力不够",
    "全年度：营收100亿",
    "明年初：发布新模型",
    // 小 or 老 before no surname, or a word (speakers.yaml notLabels), or longer than two characters
    "老师：下课",
    "施工：进度过半",
    "小时：24",
    "小于：5",
    "小费：10%",
    "小王子：一本书",
    "GPT-5.2：新模型",
    "Gemini 3：发布",
    "嘉宾1：谢谢",
    "OpenAI：我们不评论", // a single Latin word is a label only when known
    "API：每百万token 0.5美元",
    "深度集成：Gemini 3 Flash 驱动 Google 搜索",
    "这是一个非常非常非常非常非常非常长的开头：不是标签",
    "【重磅】OpenAI发布新模型",
    "[音乐] 大家好",
    "主持人：",
    "https://openai.com 是官网",
    "今天的话题，主持人：不是",
    // near-misses: a clause before the role, a bracket after no speaker, a reporting verb
    "我们的分析师：都很看好",
    "营收（亿元）：300",
    "记者问：明年会涨价吗",
    "分析师（中信证券研究所的首席宏观经济学家）：太长",
  ])("%j is not a label", (line) => {
    const src = parseSource("x.txt", line);
    expect(src.lines[0]?.speaker).toBeNull();
    expect(texts(src)).toEqual([line.trim()]);
  });

  // captions with no punctuation set a label off by a space alone: a role word at once, a name or titled name when it
  // starts two lines or more; a line's first word before a pause (然后, 周末, 我们) is none, however often
  it.each([
    [
      "主持人 那你们明年的目标是多少\n张总 明年我们希望营收做到三十亿\n主持人 那利润呢\n张总 利润大概三个亿",
      ["主持人", "张总", "主持人", "张总"],
    ],
    ["记者 这个数字准确吗\n林一鸣 准确\n记者 好的", ["记者", null, "记者"]],
    ["林一鸣 我们有三百人\n林一鸣 明年翻一番", ["林一鸣", "林一鸣"]],
    ["张总 我们有三百人\n然后 明年翻一番", [null, null]],
    // an engineer addressed by family name and 工; 施工 is a word
    ["陈工 对 功耗大概三千瓦\n主持人 那明年呢\n陈工 明年建两万个基站", ["陈工", "主持人", "陈工"]],
    ["施工 现场有三百人\n施工 进度是百分之六十", [null, null]],
    ["然后 我们有三百人\n然后 明年翻一番\n所以 就这样", [null, null, null]],
    // …nor does it make the same word a label before a colon
    ["这边 我们开了三场\n这边 又开了两场\n这边：又开了一场", [null, null, null]],
    ["林一鸣：我们有三百人\n林一鸣 明年翻一番", ["林一鸣", "林一鸣"]],
    ["周末 我们开了三场\n周末 又开了两场", [null, null]],
    ["我们 明年开三家店\n我们 后年开五家", [null, null]],
    ["主持人\n明年呢", [null, null]],
    // a family name and one character, introduced after a position word (audit fitness)
    ["主持人 今天请来了健身教练赵磊\n赵磊 我做私教十二年了\n赵磊 会员有三十多个", ["主持人", "赵磊", "赵磊"]],
    // near-miss: not introduced, or a word that a surname opens (周末)
    ["赵磊 我做私教十二年了\n赵磊 会员有三十多个", [null, null]],
    ["主持人 今天请来了教练\n周末 我们开了三场\n周末 又开了两场", ["主持人", null, null]],
    // a role that is as often a line's topic (司机, 骑手) labels before a space only when it starts two lines
    ["工资不高\n司机 七八千\n快递员 六千", [null, null, null]],
    ["司机 我一个月七八千\n司机 一天跑十二个小时", ["司机", "司机"]],
    ["司机：我一个月七八千", ["司机"]],
  ])("spaced labels in %j", (text, speakers) => {
    const src = parseSource("x.txt", text);
    expect(src.lines.map((l) => l.speaker)).toEqual(speakers);
  });

  // a label after a sentence end inside a line (a two-speaker SRT cue, a flattened transcript) starts a new turn
  it.each([
    [
      "主持人：团队现在有多少人？ 林一鸣：一共380人。",
      [
        ["主持人", "团队现在有多少人？"],
        ["林一鸣", "一共380人。"],
      ],
    ],
    [
      "主持人：明年呢？王总：明年翻一番。Q：为什么？",
      [
        ["主持人", "明年呢？"],
        ["王总", "明年翻一番。"],
        ["Q", "为什么？"],
      ],
    ],
    [
      "我们有8亿用户! Sam Altman: 对",
      [
        [null, "我们有8亿用户!"],
        ["Sam Altman", "对"],
      ],
    ],
    // near-misses: reported speech, a field name, a time, a score, a question put to me, an aside in brackets,
    // a label not after a sentence end
    ["好的。他说：明年会增长20%。", [[null, "好的。他说：明年会增长20%。"]]],
    ["好的。时间：2025年12月", [[null, "好的。时间：2025年12月"]]],
    ["好的。注意：价格是100元", [[null, "好的。注意：价格是100元"]]],
    ["会议改期了。10:30开始", [[null, "会议改期了。10:30开始"]]],
    ["赢了！比分：3比1", [[null, "赢了！比分：3比1"]]],
    ["主持人：是吗？他问我：你们有多少人？", [["主持人", "是吗？他问我：你们有多少人？"]]],
    ["主持人：是吗？【黄仁勋】对", [["主持人", "是吗？【黄仁勋】对"]]],
    ["主持人：今天请到林一鸣：他是创始人", [["主持人", "今天请到林一鸣：他是创始人"]]],
    // a role word set off by a space alone after a sentence end is the next sentence's topic, no turn
    ["工资不高。记者 七八千", [[null, "工资不高。记者 七八千"]]],
  ])("%j → %j", (text, lines) => {
    const src = parseSource("x.txt", text);
    expect(src.lines.map((l) => [l.speaker, content(src, l)])).toEqual(lines);
    expect(src.lines.every((l) => l.no === 1)).toBe(true);
  });

  it("a label inside an SRT cue: both pieces keep the cue", () => {
    const src = parseSource("x.srt", "1\n00:00:01,000 --> 00:00:04,000\n主持人：有多少人？ 林一鸣：一共380人。\n");
    expect(src.lines.map((l) => [l.speaker, content(src, l), l.cue?.index])).toEqual([
      ["主持人", "有多少人？", 1],
      ["林一鸣", "一共380人。", 1],
    ]);
  });

  it("a name used as a label on two lines is a label", () => {
    const src = parseSource("x.txt", "雷军：第一句\n主持人：问题\n雷军：第二句\n奥特曼：只出现一次");
    expect(src.lines.map((l) => l.speaker)).toEqual(["雷军", "主持人", "雷军", null]);
  });

  // the last part of a dotted name introduced before the line is a label even once: 马克·罗西 … 罗西：…
  it.each([
    ["主持人：今天请到了主教练马克·罗西。\n罗西：我们今年赢了20场比赛。", ["主持人", "罗西"]],
    ["旁白：萨姆·奥特曼来了。\n奥特曼：我们不会", ["旁白", "奥特曼"]],
    // near-misses: the name comes after the line, the label is another part, or the part before the dot
    ["罗西：我们今年赢了20场比赛。\n主持人：谢谢马克·罗西。", [null, "主持人"]],
    ["主持人：今天请到了马克·罗西。\n西蒙：我们赢了20场。", ["主持人", null]],
    ["主持人：今天请到了马克·罗西。\n马克：我们赢了20场。", ["主持人", null]],
    ["主持人：今天请到了马克·罗西。\n罗西说：我们赢了20场。", ["主持人", null]],
  ])("%j → %j", (text, speakers) => {
    expect(parseSource("x.txt", text).lines.map((l) => l.speaker)).toEqual(speakers);
  });

  it.each([
    ["今天请到了主教练马克·罗西。", [["马克", "罗西"]]],
    ["对话萨姆·奥特曼", [["萨姆", "奥特曼"]]],
    ["我们和埃隆·马斯克表示", [["埃隆", "马斯克表示"]]],
    ["总统唐纳德·特朗普说", [["唐纳德", "特朗普说"]]],
    // no name: a dot without Han characters on both sides
    ["A·B 和 ·罗西", []],
  ])("dotted names in %j", (text, names) => {
    expect(dottedNames(text).map((d) => [d.first, d.last])).toEqual(names);
  });

  it("labelled.txt: a dialogue with labels, figures and non-labels", () => {
    const src = parseSource("labelled.txt", fixtureText("formats/labelled.txt"));
    expect(src.format).toBe("text");
    expect(src.lines.map((l) => [l.speaker, content(src, l)])).toEqual([
      ["主持人", "欢迎收听本期节目，今天我们请到了黄仁勋。"],
      ["黄仁勋", "谢谢邀请。今年我们的数据中心收入增长了大约三倍。"],
      ["主持人", "明年第一季度会发布新产品吗？"],
      ["嘉宾", "会，我们计划在2026年3月发布，售价不超过3000美元。"],
      ["Q", "市场份额是多少？"],
      ["A", "大概80%左右。"],
      ["黄仁勋", "我们的毛利率是75%。"],
      ["Sam Altman", "我们有8亿周活跃用户。"],
      [null, "注意：以上数字未经审计。"],
      [null, "时间: 10:30开始录制"],
      [null, "比分是3:2"],
      [null, "他说：明年营收会翻一番。"],
    ]);
  });
});

describe("plain text", () => {
  it("every non-blank line, trimmed; zero-width-only lines are blank; zero-width inside is kept", () => {
    const text = "  第一行  \n\n\u200b\u200c \u3000\n\t第二\u200b行\r\n第三行\r第四行";
    const src = parseSource("x.txt", text);
    expect(src.format).toBe("text");
    expect(src.lines.map((l) => [l.no, content(src, l)])).toEqual([
      [1, "第一行"],
      [4, "第二\u200b行"],
      [5, "第三行"],
      [6, "第四行"],
    ]);
    expect(src.lineStarts).toEqual([0, 8, 9, 14, 21, 25]);
  });

  it("the corpus sample: 696 lines, all of them text", () => {
    const src = parseSource("altman.txt", fixtureText("corpus/altman-big-technology-2025-12.txt"));
    expect(src.lineStarts).toHaveLength(696);
    expect(texts(src)).toEqual(corpusLines.slice(0, 696));
    expect(src.lines.every((l) => l.speaker === null && l.cue === null && !l.heading)).toBe(true);
  });

  it("the CRLF fixture gives the same lines at the right offsets", () => {
    const src = parseSource("crlf.txt", decode(new Uint8Array(fixture("encodings/sample-crlf.txt"))).text);
    expect(texts(src)).toEqual(corpusLines.slice(0, 60));
    expect(src.lines[1]?.start).toBe((corpusLines[0]?.length ?? 0) + 2);
  });
});

describe("captions joined into sentences", () => {
  const sentences = (text: string) => segment(parseSource("x.txt", text)).map((s) => s.text);
  it.each([
    // an opener at the start of a caption line, also after fillers and their pauses, opens a new sentence
    [
      "下个月开始 这个杯子就要恢复原价了\n然后 吸力是8000帕",
      ["下个月开始 这个杯子就要恢复原价了", "然后 吸力是8000帕"],
    ],
    [
      "下个月开始 这个杯子就要恢复原价了\n好 接下来是扫地机器人",
      ["下个月开始 这个杯子就要恢复原价了", "好 接下来是扫地机器人"],
    ],
    ["先说一下成绩吧\n嗯，今年我们的销售额是1200亿", ["先说一下成绩吧", "嗯，今年我们的销售额是1200亿"]],
    ["先说一下成绩吧\n嗯 那个 今年我们的销售额是1200亿", ["先说一下成绩吧", "嗯 那个 今年我们的销售额是1200亿"]],
    // a topic of a few characters, a marker (方面, 这块) and a pause open a new thought too
    [
      "如果线上占比能做到一半\n嗯 供应链方面 我们有12个大仓",
      ["如果线上占比能做到一半", "嗯 供应链方面 我们有12个大仓"],
    ],
    ["明年会交付五万套\n保交楼这块，我们累计交付了12万套", ["明年会交付五万套", "保交楼这块，我们累计交付了12万套"]],
    ["明年会交付五万套\n我们在供应链方面做得不够", ["明年会交付五万套\n我们在供应链方面做得不够"]],
    [
      "明年会交付五万套\n我们在供应链管理的很多方面 做得不够",
      ["明年会交付五万套\n我们在供应链管理的很多方面 做得不够"],
    ],
    // negatives: a filler before no opener, a filler with no pause after it, or a word that starts like one
    ["明年我们计划\n嗯 新开200家店", ["明年我们计划\n嗯 新开200家店"]],
    ["明年我们计划\n好今年就到这里", ["明年我们计划\n好今年就到这里"]],
    ["明年我们计划\n对手今年开了50家", ["明年我们计划\n对手今年开了50家"]],
  ])("%j → %j", (text, expected) => expect(sentences(text)).toEqual(expected));
});

describe("lineOf", () => {
  const starts = (text: string): number[] => parseSource("x.txt", text).lineStarts;
  it.each([
    ["ab\ncd\n", 0, 1, 1],
    ["ab\ncd\n", 2, 1, 3], // the LF itself belongs to line 1
    ["ab\ncd\n", 3, 2, 1],
    ["ab\ncd\n", 5, 2, 3],
    ["ab\ncd\n", 6, 2, 4], // end of text: past the last line's content
    ["ab\r\ncd", 2, 1, 3], // CR of CRLF
    ["ab\r\ncd", 3, 1, 4], // LF of CRLF
    ["ab\r\ncd", 4, 2, 1],
    ["ab\rcd\r\ref", 3, 2, 1],
    ["ab\rcd\r\ref", 6, 3, 1], // an empty line between two CRs
    ["ab\rcd\r\ref", 7, 4, 1],
    ["", 0, 1, 1],
  ])("%j at %i → line %i, column %i", (text, offset, line, column) => {
    expect(lineOf(starts(text), offset)).toEqual({ line, column });
  });

  it("agrees with a linear count on the pie SRT", () => {
    const src = parseSource("pie.srt", fixtureText("corpus/pie-podcast-excerpt.srt"));
    for (const l of src.lines) {
      expect(lineOf(src.lineStarts, l.start).line).toBe(l.no);
      expect(lineOf(src.lineStarts, l.end).line).toBe(l.no);
      const before = src.text.slice(0, l.start).split(/\r\n|\r|\n/).length;
      expect(before).toBe(l.no);
    }
  });

  it("rejects a negative offset", () => {
    expect(() => lineOf([0], -1)).toThrow(RangeError);
  });
});

describe("linear time", () => {
  it("a 50 MB single line decodes and parses in every format", () => {
    const line = "我们今年的营收增长了50%，主持人：".repeat(2_000_000).slice(0, 25_000_000); // 50 MB of UTF-8
    const bytes = new TextEncoder().encode(line);
    const t0 = performance.now();
    const { text } = decode(bytes);
    for (const path of ["x.txt", "x.srt", "x.vtt", "x.md"]) {
      const src = parseSource(path, text);
      expect(src.lineStarts).toEqual([0]);
      if (path !== "x.srt" && path !== "x.vtt") expect(src.lines[0]?.end).toBe(text.length);
    }
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 30_000);

  it("many short lines with label, fence, timestamp and bracket look-alikes stay fast", () => {
    const chunk = "主持人：好\n```\n【音乐\n1\n00:00:01,000 -->\n---\n> - 1. ### x\n";
    const text = chunk.repeat(50_000); // 350,000 lines
    const t0 = performance.now();
    for (const path of ["x.txt", "x.srt", "x.md"]) parseSource(path, text);
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 30_000);
});

describe("properties (fast-check)", () => {
  // strings built from the characters that matter: line ends, markup, digits, colons, brackets, zero-width, Han
  const piece = fc.constantFrom(
    "\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "\u200b",
    "\ufeff",
    "---",
    "```",
    "#",
    "> ",
    "- ",
    "1. ",
    "**",
    "【",
    "】",
    "[",
    "]",
    "：",
    ":",
    "-->",
    "00:00:01,000",
    "12",
    "WEBVTT",
    "NOTE",
    "主持人",
    "黄仁勋",
    "Sam Altman",
    "营收",
    "50亿",
    "<v A>",
    "</v>",
  );
  const doc = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));

  it("parseSource never throws; every Line is a non-empty range on its own line, in order", () => {
    fc.assert(
      fc.property(doc, fc.constantFrom("x.txt", "x.srt", "x.vtt", "x.md"), (text, path) => {
        const src = parseSource(path, text);
        let last = -1;
        for (const l of src.lines) {
          expect(l.start).toBeLessThan(l.end);
          expect(l.start).toBeGreaterThan(last);
          expect(lineOf(src.lineStarts, l.start).line).toBe(l.no);
          expect(lineOf(src.lineStarts, l.end - 1).line).toBe(l.no);
          expect(src.text.slice(l.start, l.end)).not.toMatch(/[\r\n]/);
          last = l.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("every character a sentence reads cites its own place in the source (a caption break: just past the line)", () => {
    fc.assert(
      fc.property(doc, fc.constantFrom("x.txt", "x.srt", "x.vtt", "x.md"), (text, path) => {
        const src = parseSource(path, text);
        for (const s of segment(src)) {
          for (let i = 0; i < s.text.length; i++) {
            const at = offsetOf(s, i);
            if (s.text[i] === "\n") expect(at).toBe(offsetOf(s, i - 1) + 1);
            else expect(src.text[at], `${JSON.stringify(s.text)} [${i}]`).toBe(s.text[i]);
            if (i > 0) expect(at).toBeGreaterThan(offsetOf(s, i - 1));
          }
          expect(offsetOf(s, s.text.length)).toBe(offsetOf(s, s.text.length - 1) + 1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("readable joins caption breaks as the one-regex definition does (nothing beside Chinese, a space elsewhere)", () => {
    const reference = (text: string) =>
      text
        .replace(/(?<before>.?)\n(?<after>.?)/gu, (_m, a: string, b: string) => a + (cjk(a) || cjk(b) ? "" : " ") + b)
        .trim();
    const cjk = (c: string) => c !== "" && /[\u3000-\u9fff\uff00-\uffef]/u.test(c);
    const part = fc.constantFrom("\n", "\r", "\u2028", " ", "中", "文", "，", "A", "b", "7", "😀", "。");
    fc.assert(
      fc.property(fc.array(part, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(readable(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("decode either returns text or throws InputError", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          decode(bytes);
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("valid UTF-8 text without NUL or control characters round-trips", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 100 }), (s) => {
        // drop what decode refuses or strips: controls other than tab/LF/VT/FF/CR/ESC, and a leading BOM
        const text = [...s]
          .filter((c) => {
            const u = c.codePointAt(0) ?? 0;
            return !((u < 0x20 && !(u >= 0x09 && u <= 0x0d) && u !== 0x1b) || (u >= 0x7f && u <= 0x9f));
          })
          .join("")
          .replace(/^\ufeff/, "");
        const bytes = new TextEncoder().encode(text);
        expect(decode(bytes).text).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("audit points: a label after a caption space in raw captions starts a turn", () => {
  it.each([
    [
      "今天恒指跌了五百点 主持人：那明天呢 嘉宾：明天还会跌",
      [
        [null, "今天恒指跌了五百点"],
        ["主持人", "那明天呢"],
        ["嘉宾", "明天还会跌"],
      ],
    ],
    [
      "主持人：北向资金呢 分析师（中信）：净流入五十亿",
      [
        ["主持人", "北向资金呢"],
        ["分析师（中信）", "净流入五十亿"],
      ],
    ],
    // near-misses: a time, a ratio, one Latin letter, a field name, reported speech, a label set off by a space alone
    ["主持人：我们 12:30 连线", [["主持人", "我们 12:30 连线"]]],
    ["比例 3:2 大家记住", [[null, "比例 3:2 大家记住"]]],
    ["方案有两个 A：降息", [[null, "方案有两个 A：降息"]]],
    ["好的 注意：价格是100元", [[null, "好的 注意：价格是100元"]]],
    ["好的 他说：明年会增长20%", [[null, "好的 他说：明年会增长20%"]]],
    ["好的 主持人 那明年呢", [[null, "好的 主持人 那明年呢"]]],
  ])("%j → %j", (text, lines) => {
    const src = parseSource("x.txt", text);
    expect(src.lines.map((l) => [l.speaker, content(src, l)])).toEqual(lines);
  });

  it("in Markdown a colon after a space is no turn", () => {
    const src = parseSource("x.md", "今天恒指跌了五百点 主持人：那明天呢\n");
    expect(src.lines.map((l) => l.speaker)).toEqual([null]);
  });
});

describe("livestream audit: a clock stamp opening a transcript line", () => {
  it.each([
    ["00:12:03 女主播：今天 到手价 五百九十九", [["女主播", "今天 到手价 五百九十九"]]],
    ["[00:12:30] 只有 二百件", [[null, "只有 二百件"]]],
    ["12:03 主持人 今年卖了三百万单", [["主持人", "今年卖了三百万单"]]],
    ["(1:02:03) 嘉宾：卖了三百单", [["嘉宾", "卖了三百单"]]],
    // a stamp before no label (these stood among the lines that are no label, their stamp kept): still no speaker
    ["10:30 开会", [[null, "开会"]]],
    ["[00:01:02] 大家好", [[null, "大家好"]]],
    // near-misses: a ratio, a stamp mid-line, a stamp alone on its line stay as written
    ["3:2 赢了", [[null, "3:2 赢了"]]],
    ["主持人：我们 12:30 连线", [["主持人", "我们 12:30 连线"]]],
    ["00:12:03", [[null, "00:12:03"]]],
  ])("%j → %j", (text, lines) => {
    const src = parseSource("x.txt", text);
    expect(src.lines.map((l) => [l.speaker, content(src, l)])).toEqual(lines);
  });

  it("in Markdown a leading clock is the article's own text", () => {
    const src = parseSource("x.md", "12:03 发布会开始\n");
    expect(texts(src)).toEqual(["12:03 发布会开始"]);
  });
});

describe("livestream audit: a live-selling room's hosts label their lines", () => {
  it.each([
    ["副播：已经抢了一百多件了", [["副播", "已经抢了一百多件了"]]],
    ["助播：3号链接 上了", [["助播", "3号链接 上了"]]],
    ["00:13:02 副播：还剩 不到 八十件", [["副播", "还剩 不到 八十件"]]],
    // near-miss: a host named in a sentence is no label
    ["我们的副播说 还剩八十件", [[null, "我们的副播说 还剩八十件"]]],
  ])("%j → %j", (text, lines) => {
    const src = parseSource("x.txt", text);
    expect(src.lines.map((l) => [l.speaker, content(src, l)])).toEqual(lines);
  });
});
