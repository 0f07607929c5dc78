// Claim types, hedges, negation, questions, speakers and times: a table of sentences, and the sample's own checks.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract, extractText } from "../src/extract.js";
import type { Claim } from "../src/schema.js";

const claimsOf = (text: string, date: string | null = "2025-12-18") => extract(text, { date }).claims;
const only = (text: string): Claim => {
  const claims = claimsOf(text);
  expect(claims, JSON.stringify(claims.map((c) => c.text))).toHaveLength(1);
  return claims[0] as Claim;
};

describe("types", () => {
  it.each([
    ["ChatGPT的周活跃用户大约是4亿", "metric"],
    ["去年公司营收达到了300亿元", "metric"],
    ["明年第一季度会发布一款新模型", "prediction"],
    ["预计2026年收入将达到300亿美元", "prediction"],
    ["累计亏损可能会达到1200亿美元", "prediction"],
    ["明年计划再翻三倍", "plan"],
    ["公司打算明年推出三款新设备", "plan"],
    ["今年发展主要预期目标是增长5%左右", "plan"],
    ["如果现在能有2倍算力，收入也会翻倍", "hypothetical"],
    ["假设一家公司每天输出10万亿token", "hypothetical"],
    ["即便价格涨10倍他们也愿意付费", "hypothetical"],
    ["哪怕只有1%的概率，也值得一试", "hypothetical"],
  ])("%s → %s", (text, type) => expect(only(text).type).toBe(type));

  it("a condition after the figure's clause does not make it hypothetical", () => {
    const claims = claimsOf("算力规模在过去一年已经翻了三倍，之后如果顺利，还会继续扩大");
    expect(claims[0]?.type).toBe("metric");
  });

  it("each clause keeps its own type: a fact, then a forecast", () => {
    const claims = claimsOf("公司今年收入达到100亿元，明年预计会翻一番");
    expect(claims.map((c) => c.type)).toEqual(["metric", "prediction"]);
  });
});

describe("a bare scaled figure is money while the talk is about money", () => {
  const kinds = (text: string) => claimsOf(text).flatMap((c) => c.quantities.map((q) => [q.text, q.kind]));
  it.each([
    // the sentence before counted something it named, with no money word: the next bare figure counts it too
    ["价格便宜了一半。现在每天大概是20亿个token。去年这个时候才两三亿。", "两三亿", "count"],
    ["价格便宜了一半。现在有8亿用户。去年才两三亿。", "两三亿", "count"],
    // a money word sentences before, and nothing counted in between (or a count named without a figure, or with
    // money in the same sentence): still money
    ["票房突破了50亿。第二部拿了30亿。", "30亿", "money"],
    ["票房突破了50亿。观众很多。第二部拿了30亿。", "30亿", "money"],
    ["价格便宜了一半。现在有8亿用户，收入也涨了。去年才两三亿。", "两三亿", "money"],
  ])("%s", (text, figure, kind) => {
    expect(kinds(text)).toContainEqual([figure, kind]);
  });
});

describe("time", () => {
  it.each([
    ["明年第一季度会发布一款新模型", "2026-01-01", "2026-03-31"],
    ["2026年OpenAI仍然无法满足企业客户的全部算力需求", "2026-01-01", "2026-12-31"],
    ["OpenAI在2028或2029年实现盈利之前累计亏损可能达到1200亿美元左右", "2028-01-01", "2029-12-31"],
    ["未来五年会是一种典型的爬坡过程", "2025-12-18", "2030-12-31"],
  ])("%s → %s..%s", (text, start, end) => {
    expect(only(text).time).toMatchObject({ start, end });
  });

  it("without an anchor date, a relative time stays unresolved and says so", () => {
    const c = claimsOf("明年第一季度会发布一款新模型", null)[0];
    expect(c?.time).toMatchObject({ start: null, end: null, relative: true });
  });

  it("an open-ended phrase dates nothing: 长期来看 is no deadline", () => {
    expect(claimsOf("长期来看，社会会慢慢形成共识")).toEqual([]);
  });
});

describe("hedges, certainty and negation", () => {
  it.each([
    ["累计亏损可能达到1200亿美元左右", "可能", false],
    ["明年一定会盈利，收入超过100亿元", "一定", false],
    ["这可能不会在2026年实现", "可能", true],
    ["2026年仍然无法满足全部需求", null, true],
    ["OpenAI目前已经拥有超过100万名企业用户", null, false],
    ["历史上这类状态通常会持续六到八周，这次也不会太久", null, false],
  ])("%s → hedge %s, negated %s", (text, hedge, negated) => {
    expect(only(text)).toMatchObject({ hedge, negated });
  });
});

describe("questions are not claims", () => {
  it.each(["主持人问明年会不会IPO？", "GPT-6什么时候出来", "ChatGPT的用户会到10亿吗？", "OpenAI是否会在明年上市"])(
    "%s",
    (text) => expect(claimsOf(text)).toEqual([]),
  );

  it("the question on line 545 of the sample is not a claim", () => {
    const sample = readFileSync(
      new URL("../fixtures/corpus/altman-big-technology-2025-12.txt", import.meta.url),
      "utf8",
    );
    expect(sample.split("\n")[544]).toContain("会不会IPO");
    const claims = extract(sample, { date: "2025-12-18" }).claims;
    expect(claims.some((c) => c.time?.line === 545 || c.quantities.some((q) => q.line === 545))).toBe(false);
  });
});

describe("speakers", () => {
  it.each([
    ["Sam Altman透露，OpenAI目前已经拥有超过100万名企业用户", "Sam Altman"],
    ["主持人提到，ChatGPT的周活跃用户大约是4亿", "主持人"],
    ["甚至有报道称接近9亿", "报道"],
    ["主持人：今年的营收是多少？\n嘉宾：今年营收超过了300亿元。", "嘉宾"],
    ["根据数据，38.8%的知识工作任务达到持平", null],
  ])("%s → %s", (text, speaker) => {
    const claims = claimsOf(text);
    expect(claims.at(-1)?.speaker).toBe(speaker);
  });

  it("他 is the last person named, and the word carries over until someone else takes it", () => {
    const claims = claimsOf(
      "Sam Altman透露，企业用户超过100万。\n主持人提到，用户大约是4亿。\n他强调，ChatGPT的收入增长了三倍。",
    );
    expect(claims.map((c) => c.speaker)).toEqual(["Sam Altman", "主持人", "Sam Altman"]);
  });

  it("Altman resolves to the full name once it has been seen", () => {
    const claims = claimsOf(
      "Sam Altman透露，企业用户超过100万。\n聊完业务。\nAltman还提到，OpenAI有1.4万亿美元的投入承诺。",
    );
    expect(claims.at(-1)?.speaker).toBe("Sam Altman");
  });
});

describe("the sample's fact sheet", () => {
  it("names a subject for every figure", () => {
    const sample = readFileSync(
      new URL("../fixtures/corpus/altman-big-technology-2025-12.txt", import.meta.url),
      "utf8",
    );
    const claims = extract(sample, { date: "2025-12-18" }).claims.filter((c) => c.quantities.length > 0);
    expect(claims.length).toBeGreaterThan(15);
    expect(claims.filter((c) => !c.subject).map((c) => c.text)).toEqual([]);
  });
});

describe("skipped mentions are collected only when asked for", () => {
  const sample = readFileSync(new URL("../fixtures/corpus/pie-podcast-excerpt.srt", import.meta.url), "utf8");
  const options = { path: "pie-podcast-excerpt.srt", date: "2025-12-18" };
  it("gives the same claims with and without them", () => {
    const explained = extractText(sample, { ...options, explain: true });
    const plain = extractText(sample, { ...options, explain: false });
    expect(explained.skipped.length).toBeGreaterThan(10);
    expect(explained.skipped.map((s) => s.reason)).toContain("part of an idiom");
    expect(plain.skipped).toEqual([]);
    expect(plain.document).toEqual(explained.document);
  });
});
