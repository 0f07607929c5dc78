// The quantity layer: numerals read with their units, bounds and context, and tagged. Real Chinese strings, with the
// negatives that must NOT come out as figures.
import { describe, expect, it } from "vitest";
import { compact, display, recognizeQuantities } from "../src/recognize/quantity.js";

const figures = (text: string) =>
  recognizeQuantities(text, { times: [], versions: new Set() })
    .filter((m) => m.tag === "figure")
    .map((m) => ({
      text: m.text,
      kind: m.kind,
      ...(m.value !== null ? { value: m.value } : { min: m.min, max: m.max }),
      unit: m.unit,
      approx: m.approx,
    }));

type Want = { text: string; kind: string; value?: number; min?: number; max?: number; unit?: string | null; approx?: string | null };

const cases: [string, Want[]][] = [
  ["ChatGPT的周活跃用户大约是4亿", [{ text: "4亿", kind: "count", value: 400000000, approx: "about" }]],
  ["现在已经涨到了8亿", [{ text: "8亿", kind: "count", value: 800000000, approx: null }]],
  ["甚至有报道称接近9亿", [{ text: "9亿", kind: "count", value: 900000000, approx: "nearly" }]],
  ["OpenAI目前已经拥有超过100万名企业用户", [{ text: "100万名", kind: "count", value: 1000000, approx: "over" }]],
  ["历史上这类状态通常会持续六到八周", [{ text: "六到八周", kind: "duration", min: 6, max: 8, unit: "week" }]],
  ["有70%-74%的概率得到更满意的结果", [{ text: "70%-74%", kind: "percent", min: 70, max: 74, unit: "%" }]],
  ["OpenAI有1.4万亿美元规模的基础设施投入承诺", [{ text: "1.4万亿美元", kind: "money", value: 1.4e12, unit: "USD" }]],
  ["累计亏损可能达到1200亿美元左右", [{ text: "1200亿美元", kind: "money", value: 1.2e11, unit: "USD", approx: "about" }]],
  ["OpenAI的算力规模在过去一年已经翻了三倍", [{ text: "三倍", kind: "multiple", value: 3 }]],
  ["收入也会翻番", [{ text: "翻番", kind: "multiple", value: 2 }]],
  ["十年翻两番", [{ text: "十年", kind: "duration", value: 10, unit: "year" }, { text: "翻两番", kind: "multiple", value: 4 }]],
  ["超过全人类每天思想输出总和的10倍、100倍", [{ text: "10倍", kind: "multiple", value: 10 }, { text: "100倍", kind: "multiple", value: 100 }]],
  ["IQ测试结果在144、147、151之间", [{ text: "144", kind: "measure", value: 144 }, { text: "147", kind: "measure", value: 147 }, { text: "151", kind: "measure", value: 151 }]],
  ["其定价为每百万输入 Token 0.50 美元", [{ text: "0.50 美元", kind: "money", value: 0.5, unit: "USD" }]],
  ["每天处理超过 1 万亿 tokens", [{ text: "1 万亿 tokens", kind: "count", value: 1e12, approx: "over" }]],
  ["甚至给出了0%的期待值", [{ text: "0%", kind: "percent", value: 0, unit: "%" }]],
  ["平均减少 30%", [{ text: "30%", kind: "percent", value: 30 }]],
  ["斩获了高达 78% 的得分", [{ text: "78%", kind: "percent", value: 78, approx: null }]],
  ["增长约 8 倍", [{ text: "8 倍", kind: "multiple", value: 8, approx: "about" }]],
  ["提高了3个百分点", [{ text: "3个百分点", kind: "percent", value: 3, unit: "pp" }]],
  ["三成用户来自海外", [{ text: "三成", kind: "percent", value: 30, unit: "%" }]],
  ["成本才5亿人民币", [{ text: "5亿人民币", kind: "money", value: 5e8, unit: "CNY" }]],
  ["票房突破了50亿", [{ text: "50亿", kind: "money", value: 5e9, unit: null, approx: "over" }]],
  ["票房8亿以上", [{ text: "8亿", kind: "money", value: 8e8, approx: "over" }]],
  ["不到一个亿美金", [{ text: "一个亿美金", kind: "money", value: 1e8, unit: "USD", approx: "under" }]],
  ["11亿美金左右", [{ text: "11亿美金", kind: "money", value: 1.1e9, unit: "USD", approx: "about" }]],
  ["差不多20天", [{ text: "20天", kind: "duration", value: 20, unit: "day", approx: "about" }]],
  ["用了一个半小时", [{ text: "一个半小时", kind: "duration", value: 1.5, unit: "hour" }]],
  ["每年都会经历一到两次红色警报", [{ text: "一到两次", kind: "count", min: 1, max: 2 }]],
  ["估值达到$1.4T", [{ text: "$1.4T", kind: "money", value: 1.4e12, unit: "USD" }]],
  ["算力提升了3x", [{ text: "3x", kind: "multiple", value: 3 }]],
  ["数万亿token", [{ text: "数万亿token", kind: "count", min: 2e12, max: 9e12, approx: "vague" }]],
];

// strings in which no figure may be found
const negatives = [
  "包括发布GPT-5.2和GPT Image 1.5",
  "Gemini 3发布后",
  "从GPT-6的发布和明年一季度的新模型",
  "Claude 3.5 Sonnet和Llama 3.1都不错",
  "iPhone 16和H100还有5G网络",
  "升级到Win11和Python 3.12",
  "Web3的故事",
  "第一，第二，第三",
  "有两个核心原因",
  "两人开始探讨一个更宏大的话题",
  "它的两大局限",
  "两种核心需求",
  "一站式的平台",
  "每个季度进步一点点",
  "有一天AI会接管",
  "理解你一天的目标",
  "他一直在用一样的方法",
  "千万不要这样",
  "十分重要",
  "三星和四川的万科",
  "V3和R1都很强",
  "哪吒2的票房",
  "淘宝特工队2",
  "初六初7",
];

describe("figures read with their units and bounds", () => {
  it.each(cases)("%s", (text, want) => {
    const got = figures(text);
    expect(got).toHaveLength(want.length);
    want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  });
});

describe("what must not be a figure", () => {
  it.each(negatives)("%s", (text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe("a bare version after a model was named is a name", () => {
  it("停在5.2 after GPT-5.2", () => {
    const ctx = { times: [], versions: new Set<string>() };
    recognizeQuantities("即便GPT-5.2的价格涨10倍", ctx);
    const later = recognizeQuantities("即便模型能力停在5.2不再进步", ctx);
    expect(later.filter((m) => m.tag === "figure")).toEqual([]);
    expect(later[0]?.tag).toBe("name");
  });
});

describe("growth verbs make a multiple ambiguous", () => {
  it.each([
    ["翻了三倍", [4]],
    ["速度提升了三倍", [4]],
    ["价格涨10倍", [11]],
    ["有2倍算力", undefined],
  ])("%s", (text, ambiguous) => {
    const m = recognizeQuantities(text, { times: [], versions: new Set() }).find((x) => x.tag === "figure");
    expect(m?.ambiguous).toEqual(ambiguous);
  });
});

describe("display", () => {
  it.each([
    [800000000, "800M"],
    [1.4e12, "1.4T"],
    [16400000, "16.4M"],
    [1200, "1200"],
    [12000, "12K"],
    [0.5, "0.5"],
  ])("compact(%d) = %s", (n, s) => expect(compact(n)).toBe(s));
  it("money, multiples, ranges and bounds", () => {
    expect(display({ kind: "money", value: 1.4e12, min: null, max: null, unit: "USD", approx: null })).toBe("$1.4T");
    expect(display({ kind: "multiple", value: 3, min: null, max: null, unit: null, approx: null })).toBe("3×");
    expect(display({ kind: "duration", value: null, min: 6, max: 8, unit: "week", approx: null })).toBe("6–8 weeks");
    expect(display({ kind: "count", value: 1e6, min: null, max: null, unit: "名", approx: "over" })).toBe(">1M");
  });
});
