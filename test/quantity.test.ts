// The quantity layer: numerals read with their units, bounds and context, and tagged. Real Chinese strings, with the
// negatives that must NOT come out as figures.
import { describe, expect, it } from "vitest";
import { compact, display, mentionsMoney, recognizeQuantities } from "../src/recognize/quantity.js";
import { cpuMs } from "./cpu.js";

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

type Want = {
  text: string;
  kind?: string;
  value?: number;
  min?: number;
  max?: number;
  unit?: string | null;
  approx?: string | null;
};

/** The figures of `text` (in talk of money with `moneyTopic`), each as its kind and text: "money 5万". */
const kinds = (text: string, moneyTopic = false) =>
  recognizeQuantities(text, { times: [], versions: new Set(), moneyTopic })
    .filter((m) => m.tag === "figure")
    .map((m) => `${m.kind} ${m.text}`);

/** The figures of `text` (in talk of money with `moneyTopic`), each as [text, kind, value or min, unit, approx]. */
const rows = (text: string, moneyTopic = false) =>
  recognizeQuantities(text, { times: [], versions: new Set(), moneyTopic })
    .filter((m) => m.tag === "figure")
    .map((m) => [m.text, m.kind, m.value ?? m.min, m.unit, m.approx]);

/** The figures of `text` are as many as `want`, each matching its row: the check of every table below. */
function expectFigures(text: string, want: Want[]) {
  const got = figures(text);
  expect(got).toHaveLength(want.length);
  for (const [i, w] of want.entries()) expect(got[i]).toMatchObject(w);
}

const cases: [string, Want[]][] = [
  ["ChatGPT的周活跃用户大约是4亿", [{ text: "4亿", kind: "count", value: 400000000, approx: "about" }]],
  ["现在已经涨到了8亿", [{ text: "8亿", kind: "count", value: 800000000, approx: null }]],
  ["甚至有报道称接近9亿", [{ text: "9亿", kind: "count", value: 900000000, approx: "nearly" }]],
  ["OpenAI目前已经拥有超过100万名企业用户", [{ text: "100万名", kind: "count", value: 1000000, approx: "over" }]],
  ["历史上这类状态通常会持续六到八周", [{ text: "六到八周", kind: "duration", min: 6, max: 8, unit: "week" }]],
  // near-misses of the insurance names (两全险, 百万医疗, 七天无理由, 4%法则): a sum insured, a cooling-off period, a share
  ["这款百万医疗险保额是三百万", [{ text: "三百万", kind: "money", value: 3e6 }]],
  ["保额一百万", [{ text: "一百万", kind: "money", value: 1e6 }]],
  ["犹豫期十五天", [{ text: "十五天", kind: "duration", value: 15, unit: "day" }]],
  ["退休以后每年取4%", [{ text: "4%", kind: "percent", value: 4, unit: "%" }]],
  ["有70%-74%的概率得到更满意的结果", [{ text: "70%-74%", kind: "percent", min: 70, max: 74, unit: "%" }]],
  ["OpenAI有1.4万亿美元规模的基础设施投入承诺", [{ text: "1.4万亿美元", kind: "money", value: 1.4e12, unit: "USD" }]],
  [
    "累计亏损可能达到1200亿美元左右",
    [{ text: "1200亿美元", kind: "money", value: 1.2e11, unit: "USD", approx: "about" }],
  ],
  ["OpenAI的算力规模在过去一年已经翻了三倍", [{ text: "三倍", kind: "multiple", value: 3 }]],
  ["收入也会翻番", [{ text: "翻番", kind: "multiple", value: 2 }]],
  [
    "十年翻两番",
    [
      { text: "十年", kind: "duration", value: 10, unit: "year" },
      { text: "翻两番", kind: "multiple", value: 4 },
    ],
  ],
  [
    "超过全人类每天思想输出总和的10倍、100倍",
    [
      { text: "10倍", kind: "multiple", value: 10 },
      { text: "100倍", kind: "multiple", value: 100 },
    ],
  ],
  [
    "IQ测试结果在144、147、151之间",
    [
      { text: "144", kind: "measure", value: 144 },
      { text: "147", kind: "measure", value: 147 },
      { text: "151", kind: "measure", value: 151 },
    ],
  ],
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
  // percentages: 折 (a discount), 成 with a digit or 半 after it, ‰, 个百分点 written with spaces
  ["全场打八折", [{ text: "八折", kind: "percent", value: 80, unit: "%" }]],
  ["会员价9.9折", [{ text: "9.9折", kind: "percent", value: 99, unit: "%" }]],
  ["七五折", [{ text: "七五折", kind: "percent", value: 75, unit: "%" }]],
  ["三八折", [{ text: "三八折", kind: "percent", value: 38, unit: "%" }]],
  ["75折", [{ text: "75折", kind: "percent", value: 75, unit: "%" }]],
  ["陆 点 五 折", [{ text: "陆 点 五 折", kind: "percent", value: 65, unit: "%" }]],
  ["打个七八折", [{ text: "七八折", kind: "percent", min: 70, max: 80, unit: "%" }]],
  ["打对折", [{ text: "对折", kind: "percent", value: 50, unit: "%" }]],
  ["七成六的用户", [{ text: "七成六", kind: "percent", value: 76, unit: "%" }]],
  ["七成 六", [{ text: "七成 六", kind: "percent", value: 76, unit: "%" }]],
  ["三成半", [{ text: "三成半", kind: "percent", value: 35, unit: "%" }]],
  ["半成", [{ text: "半成", kind: "percent", value: 5, unit: "%" }]],
  ["十 成", [{ text: "十 成", kind: "percent", value: 100, unit: "%" }]],
  ["不良率5‰", [{ text: "5‰", kind: "percent", value: 0.5, unit: "%" }]],
  ["六   个 百 分点", [{ text: "六   个 百 分点", kind: "percent", value: 6, unit: "pp" }]],
  ["一百五十    个百分点", [{ text: "一百五十    个百分点", kind: "percent", value: 150, unit: "pp" }]],
  ["百分之15Ｋ", [{ text: "百分之15Ｋ", kind: "percent", value: 15000, unit: "%" }]],
  // a range whose percent word or sign is written once: the other end is read with it
  ["预计能省下三到四成的成本", [{ text: "三到四成", kind: "percent", min: 30, max: 40, unit: "%" }]],
  ["两到三成的用户", [{ text: "两到三成", kind: "percent", min: 20, max: 30, unit: "%" }]],
  ["三至五成", [{ text: "三至五成", kind: "percent", min: 30, max: 50, unit: "%" }]],
  ["3-4成", [{ text: "3-4成", kind: "percent", min: 30, max: 40, unit: "%" }]],
  ["全场打六到八折", [{ text: "六到八折", kind: "percent", min: 60, max: 80, unit: "%" }]],
  ["不良率3到5‰", [{ text: "3到5‰", kind: "percent", min: 0.3, max: 0.5, unit: "%" }]],
  ["增长了百分之十到二十", [{ text: "百分之十到二十", kind: "percent", min: 10, max: 20, unit: "%" }]],
  ["千分之五至八", [{ text: "千分之五至八", kind: "percent", min: 0.5, max: 0.8, unit: "%" }]],
  ["百分之十到二十之间", [{ text: "百分之十到二十", kind: "percent", min: 10, max: 20, unit: "%" }]],
  // ... and where each end has its own word or unit, or the upper end has a unit of its own, nothing changes
  ["百分之五到百分之十", [{ text: "百分之五到百分之十", kind: "percent", min: 5, max: 10, unit: "%" }]],
  ["三成到四成", [{ text: "三成到四成", kind: "percent", min: 30, max: 40, unit: "%" }]],
  ["增长了10到20%", [{ text: "10到20%", kind: "percent", min: 10, max: 20, unit: "%" }]],
  ["两到三万元", [{ text: "两到三万元", kind: "money", min: 20000, max: 30000, unit: "CNY" }]],
  ["两到三个百分点", [{ text: "两到三个百分点", kind: "percent", min: 2, max: 3, unit: "pp" }]],
  ["三到四个成员", [{ text: "三到四个", kind: "count", min: 3, max: 4, unit: "个" }]],
  ["三到四成员", [{ text: "三到四", kind: "count", min: 3, max: 4, unit: null }]],
  [
    "百分之十到二十个",
    [
      { text: "百分之十", kind: "percent", value: 10, unit: "%" },
      { text: "二十个", kind: "count", value: 20, unit: "个" },
    ],
  ],
  [
    "百分之十到三十万",
    [
      { text: "百分之十", kind: "percent", value: 10, unit: "%" },
      { text: "三十万", kind: "count", value: 300000, unit: null },
    ],
  ],
  // money: smaller units of the same currency, the currency named in front as well, more currencies
  ["这个手机壳五元三毛", [{ text: "五元三毛", kind: "money", value: 5.3, unit: "CNY" }]],
  ["50元6角三分", [{ text: "50元6角三分", kind: "money", value: 50.63, unit: "CNY" }]],
  ["这台电脑两美元又三美分", [{ text: "两美元又三美分", kind: "money", value: 2.03, unit: "USD" }]],
  ["人民币 8千元", [{ text: "人民币 8千元", kind: "money", value: 8000, unit: "CNY" }]],
  ["兑换1.0092瑞士法郎", [{ text: "1.0092瑞士法郎", kind: "money", value: 1.0092, unit: "CHF" }]],
  ["我有20个比特币", [{ text: "20个比特币", kind: "money", value: 20, unit: "BTC" }]],
  [
    "四十九兆九千五百九十二億元",
    [{ text: "四十九兆九千五百九十二億元", kind: "money", value: 49959200000000, unit: "CNY" }],
  ],
  ["三块半", [{ text: "三块半", kind: "money", value: 3.5, unit: "CNY" }]],
  // measures: 半 after the unit, a 千 given to the unit, 一 with a real unit
  ["一吨半", [{ text: "一吨半", kind: "measure", value: 1.5, unit: "t" }]],
  ["用了三年半", [{ text: "三年半", kind: "duration", value: 3.5, unit: "year" }]],
  ["一年半以后", [{ text: "一年半", kind: "duration", value: 1.5, unit: "year" }]],
  ["12千米", [{ text: "12千米", kind: "measure", value: 12, unit: "km" }]],
  ["六千字节", [{ text: "六千字节", kind: "measure", value: 6, unit: "KB" }]],
  ["缴获近一吨冰毒", [{ text: "一吨", kind: "measure", value: 1, unit: "t", approx: "nearly" }]],
  ["带动全省养殖小龙虾387万亩", [{ text: "387万亩", kind: "measure", value: 3870000, unit: "mu" }]],
  // 度 is °C where the sentence speaks of temperature, 零下 a minus sign; 平 alone is m²; 例 and 球 count
  ["比赛开始时场上气温有33度", [{ text: "33度", kind: "measure", value: 33, unit: "°C" }]],
  ["体温超过38.5度再吃退烧药", [{ text: "38.5度", kind: "measure", value: 38.5, unit: "°C", approx: "over" }]],
  ["零下20度时续航衰减控制在15%以内", [{ text: "零下20度", kind: "measure", value: -20, unit: "°C" }, { text: "15%" }]],
  ["室外零下十五度", [{ text: "零下十五度", kind: "measure", value: -15, unit: "°C" }]],
  ["零下5摄氏度", [{ text: "零下5摄氏度", kind: "measure", value: -5, unit: "°C" }]],
  ["正常体温是98.6华氏度", [{ text: "98.6华氏度", kind: "measure", value: 98.6, unit: "°F" }]],
  ["发烧到三十八度半", [{ text: "三十八度半", kind: "measure", value: 38.5, unit: "°C" }]],
  ["一个月用了100度电", [{ text: "100度电", kind: "measure", value: 100, unit: "kWh" }]],
  ["全国新增确诊病例120例", [{ text: "120例", kind: "count", value: 120, unit: "例" }]],
  ["出现5例以上流感样病例", [{ text: "5例", kind: "count", value: 5, unit: "例", approx: "over" }]],
  ["他这个赛季已经打进了14球", [{ text: "14球", kind: "count", value: 14, unit: "球" }]],
  ["这套房子有100平", [{ text: "100平", kind: "measure", value: 100, unit: "m2" }]],
  ["一套八十平左右的房子", [{ text: "八十平", kind: "measure", value: 80, unit: "m2", approx: "about" }]],
  ["100平米", [{ text: "100平米", kind: "measure", value: 100, unit: "m2" }]],
  ["100平方公里", [{ text: "100平方公里", kind: "measure", value: 100, unit: "km2" }]],
  // 多 or 余 between an Arabic number and its unit belongs to the numeral, as in 二十多家
  ["东南亚开了20多家门店", [{ text: "20多家", kind: "count", value: 20, unit: "家", approx: "over" }]],
  ["我们服务了200多家客户", [{ text: "200多家", kind: "count", value: 200, unit: "家", approx: "over" }]],
  ["我们有3000多名员工", [{ text: "3000多名", kind: "count", value: 3000, unit: "名", approx: "over" }]],
  ["20余名员工", [{ text: "20余名", kind: "count", value: 20, unit: "名", approx: "over" }]],
  ["干了20多年", [{ text: "20多年", kind: "duration", value: 20, unit: "year", approx: "over" }]],
  ["涨了20多倍", [{ text: "20多倍", kind: "multiple", value: 20, approx: "over" }]],
  ["二十多家门店", [{ text: "二十多家", kind: "count", value: 20, unit: "家", approx: "over" }]],
  ["营收20多亿元", [{ text: "20多亿元", kind: "money", value: 2e9, unit: "CNY", approx: "over" }]],
  // ... not without a unit after it
  ["一共100多", [{ text: "100", kind: "count", value: 100, unit: null, approx: "over" }]],
  ["他30多岁", [{ text: "30多岁", kind: "measure", value: 30, unit: "age", approx: "over" }]],
  // a unit shared across 和, 与, 及, 或, 、: the first figure has none, or only the counter 个 the second's unit
  // word begins with
  [
    "比前一周分别上升了0.7个和0.5个百分点",
    [
      { text: "0.7个", kind: "percent", value: 0.7, unit: "pp" },
      { text: "0.5个百分点", kind: "percent", value: 0.5, unit: "pp" },
    ],
  ],
  [
    "分别是3个与5个月",
    [
      { text: "3个", kind: "duration", value: 3, unit: "month" },
      { text: "5个月", kind: "duration", value: 5, unit: "month" },
    ],
  ],
  [
    "分别是3与5个百分点",
    [
      { text: "3", kind: "percent", value: 3, unit: "pp" },
      { text: "5个百分点", kind: "percent", value: 5, unit: "pp" },
    ],
  ],
  [
    "分别增长了百分之十和二十",
    [
      { text: "百分之十", kind: "percent", value: 10, unit: "%" },
      { text: "二十", kind: "percent", value: 20, unit: "%" },
    ],
  ],
  [
    "分别是2万和3万元",
    [
      { text: "2万", kind: "money", value: 20000, unit: "CNY" },
      { text: "3万元", kind: "money", value: 30000, unit: "CNY" },
    ],
  ],
  // ... not where the first has a unit of its own, or the second's unit word does not begin with its counter
  [
    "3个人和5个百分点",
    [
      { text: "3个人", kind: "count", value: 3, unit: "个人" },
      { text: "5个百分点", kind: "percent", value: 5, unit: "pp" },
    ],
  ],
  [
    "3家和5个百分点",
    [
      { text: "3家", kind: "count", value: 3, unit: "家" },
      { text: "5个百分点", kind: "percent", value: 5, unit: "pp" },
    ],
  ],
  [
    "百分之十和二十个人",
    [
      { text: "百分之十", kind: "percent", value: 10, unit: "%" },
      { text: "二十个人", kind: "count", value: 20, unit: "个人" },
    ],
  ],
  [
    "3个，5个百分点",
    [
      { text: "3个", kind: "count", value: 3, unit: "个" },
      { text: "5个百分点", kind: "percent", value: 5, unit: "pp" },
    ],
  ],
  // ... and where they are another word, nothing changes
  ["气温一度升到38度", [{ text: "38度", kind: "measure", value: 38, unit: "°C" }]],
  ["碳酸锂价格一度涨了两倍", [{ text: "两倍", kind: "multiple", value: 2 }]],
  ["今天现场来了两万球迷", [{ text: "两万", kind: "count", value: 20000, unit: null }]],
  // bounds on a number with no unit make it a figure; ranges with spaces around the dash
  ["负荷量超过300", [{ text: "300", kind: "count", value: 300, approx: "over" }]],
  ["数字的范围是一千到一千五百", [{ text: "一千到一千五百", kind: "count", min: 1000, max: 1500 }]],
  ["这些苹果大概有20 - 100个", [{ text: "20 - 100个", kind: "count", min: 20, max: 100, approx: "about" }]],
  ["5k-20k", [{ text: "5k-20k", kind: "count", min: 5000, max: 20000 }]],
  ["年龄在18到25岁之间", [{ text: "18到25岁", kind: "measure", min: 18, max: 25, unit: "age" }]],
  // a five-year plan's number is a name only before 规划, 期间…: 十四五个人 is 14 or 15 people
  ["来了十四五个人", [{ text: "十四五个人", kind: "count", min: 14, max: 15 }]],
  ["价格在100和200之间", [{ text: "100和200", kind: "money", min: 100, max: 200, unit: null }]],
  // a negation in front of a comparing word turns the bound round: 不会超过 is at most, 不能少于 at least
  ["起售价不会超过25万元", [{ text: "25万元", kind: "money", value: 250000, unit: "CNY", approx: "under" }]],
  ["一天不要超过4次", [{ text: "4次", kind: "count", value: 4, approx: "under" }]],
  ["预算不得超过1000万欧元", [{ text: "1000万欧元", kind: "money", value: 1e7, unit: "EUR", approx: "under" }]],
  ["每日摄入不宜高于6克", [{ text: "6克", kind: "measure", value: 6, approx: "under" }]],
  ["起售价不可能高於30萬元", [{ text: "30萬元", kind: "money", value: 300000, approx: "under" }]],
  ["每次洗手不能少于20秒", [{ text: "20秒", kind: "duration", value: 20, unit: "second", approx: "over" }]],
  ["体重不会低于50公斤", [{ text: "50公斤", kind: "measure", value: 50, unit: "kg", approx: "over" }]],
  ["误差未超过5%", [{ text: "5%", kind: "percent", value: 5, approx: "under" }]],
  ["收入并没有超过100亿元", [{ text: "100亿元", kind: "money", value: 1e10, approx: "under" }]],
  // not turned: the comparing word alone, a negation in another clause or away from it, 没 of another word, a question
  ["收入不会下降，超过100亿元", [{ text: "100亿元", kind: "money", value: 1e10, approx: "over" }]],
  ["明年不会开超过100家门店", [{ text: "100家", kind: "count", value: 100, approx: "over" }]],
  ["洪水淹没超过100户", [{ text: "100户", kind: "count", value: 100, approx: "over" }]],
  ["收入会不会超过100亿元", [{ text: "100亿元", kind: "money", value: 1e10, approx: "over" }]],
  ["营收不超过100亿元", [{ text: "100亿元", kind: "money", value: 1e10, approx: "under" }]],
  // one caption break ("\n" between caption lines) may stand between a bound word, or its filler, and the figure
  ["营收超过\n30亿元", [{ text: "30亿元", kind: "money", value: 3e9, unit: "CNY", approx: "over" }]],
  ["现在每天大概是\n20亿个token", [{ text: "20亿个token", kind: "count", value: 2e9, approx: "about" }]],
  ["现在每天大概\n是20亿个token", [{ text: "20亿个token", kind: "count", value: 2e9, approx: "about" }]],
  ["用户不到 \n 一千万名", [{ text: "一千万名", kind: "count", value: 1e7, approx: "under" }]],
  // caption spaces around the filler: 大约 是, 差不多 有 read as 大约是, 差不多有
  ["每个 项目 的 投资 大约 是 20亿元", [{ text: "20亿元", kind: "money", value: 2e9, approx: "about" }]],
  ["客流 大概 是 30万人次", [{ text: "30万人次", kind: "count", value: 3e5, approx: "about" }]],
  ["员工 差不多 有 300个 人", [{ text: "300个 人", kind: "count", value: 300, approx: "about" }]],
  ["一个 雪季 大概 是 四个 月", [{ text: "四个 月", kind: "duration", value: 4, unit: "month", approx: "about" }]],
  ["至少 有 10个 人", [{ text: "10个 人", kind: "count", value: 10, approx: "over" }]],
  // but not across another word: a reason
  ["大概 是 因为 3个 原因", [{ text: "3个", kind: "count", value: 3, approx: null }]],
  // but not to a word after the figure (a caption that opens with 以上 is "the above"), nor 近 of 最近
  ["营收增长了20%\n以上就是我们的情况", [{ text: "20%", kind: "percent", value: 20, approx: null }]],
  ["他最近\n30天都在加班", [{ text: "30天", kind: "duration", value: 30, approx: null }]],
  // an adverb a short verb phrase before the figure, in the same clause, bounds a figure with no bound of its own
  ["销售额大概下降了两成", [{ text: "两成", kind: "percent", value: 20, approx: "about" }]],
  ["门诊量大概是平时的两倍", [{ text: "两倍", kind: "multiple", value: 2, approx: "about" }]],
  ["高峰期大约持续两到三周", [{ text: "两到三周", kind: "duration", min: 2, max: 3, unit: "week", approx: "about" }]],
  ["分红差不多是净利润的一半", [{ text: "一半", kind: "percent", value: 50, approx: "about" }]],
  ["教室每天至少开窗通风3次", [{ text: "3次", kind: "count", value: 3, approx: "over" }]],
  ["最多再等三个月", [{ text: "三个月", kind: "duration", value: 3, unit: "month", approx: "under" }]],
  ["每天大概处理 20亿个token", [{ text: "20亿个token", kind: "count", value: 2e9, approx: "about" }]],
  ["营收大概增长了两成左右", [{ text: "两成", kind: "percent", value: 20, approx: "about" }]],
  ["大约有超过20亿用户", [{ text: "20亿用户", kind: "count", value: 2e9, approx: "over" }]],
  // not reached: a reason, a person, a scope, a negation, 大概率, an adjective (最多的), a comma or caption break,
  // too far, another number between
  ["大概是因为市场增长了20%", [{ text: "20%", kind: "percent", value: 20, approx: null }]],
  ["至少我们认为增长了20%", [{ text: "20%", kind: "percent", value: 20, approx: null }]],
  ["至少在中国市场增长了20%", [{ text: "20%", kind: "percent", value: 20, approx: null }]],
  ["大概没有增长20%", [{ text: "20%", kind: "percent", value: 20, approx: null }]],
  ["明年大概率会增长20%", [{ text: "20%", kind: "percent", value: 20, approx: null }]],
  ["用户最多的城市有300万人", [{ text: "300万人", kind: "count", value: 3e6, approx: null }]],
  ["价格大概下降了，降幅两成", [{ text: "两成", kind: "percent", value: 20, approx: null }]],
  ["价格大概下降了\n两成", [{ text: "两成", kind: "percent", value: 20, approx: null }]],
  ["大概把整个行业的平均利润率拉低了两成", [{ text: "两成", kind: "percent", value: 20, approx: null }]],
  [
    "大约3家公司用了5天",
    [
      { text: "3家", kind: "count", value: 3, approx: "about" },
      { text: "5天", kind: "duration", value: 5, approx: null },
    ],
  ],
  // 块 is yuan, unless it counts a thing named after it or in the sentence (not about prices), or is 这一块, 一块去
  ["全国银幕总数已经超过9万块。", [{ text: "9万块", kind: "count", value: 90000, unit: "块", approx: "over" }]],
  ["今年新增了两千多块银幕", [{ text: "两千多块", kind: "count", value: 2000, unit: "块", approx: "over" }]],
  ["这3块屏幕都是自己做的", [{ text: "3块", kind: "count", value: 3, unit: "块" }]],
  ["X9 Pro用的是一块6.82英寸的", [{ text: "6.82英寸", kind: "measure", value: 6.82, unit: "inch" }]],
  ["我们塞进了一块\n7000mAh的", [{ text: "7000mAh", kind: "measure", value: 7000, unit: "mAh" }]],
  ["一张内场票能炒到两三万块", [{ text: "两三万块", kind: "money", min: 20000, max: 30000, unit: "CNY" }]],
  ["比上一代便宜了200块", [{ text: "200块", kind: "money", value: 200, unit: "CNY" }]],
  ["卖了3000块", [{ text: "3000块", kind: "money", value: 3000, unit: "CNY" }]],
  ["花了两块", [{ text: "两块", kind: "money", value: 2, unit: "CNY" }]],
  ["这两万块你先拿着", [{ text: "两万块", kind: "money", value: 20000, unit: "CNY" }]],
  ["电池比上一代便宜了200块", [{ text: "200块", kind: "money", value: 200, unit: "CNY" }]],
  ["一块屏幕的成本就要800块", [{ text: "800块", kind: "money", value: 800, unit: "CNY" }]],
  // accelerator cards, by name or by model code (两万块H100): counted, no yuan; a price of one stays yuan
  ["我们现在大概有两万块H100", [{ text: "两万块", kind: "count", value: 20000, unit: "块", approx: "about" }]],
  ["又买了八千块 A100", [{ text: "八千块", kind: "count", value: 8000, unit: "块" }]],
  ["今年上了三万块卡", [{ text: "三万块", kind: "count", value: 30000, unit: "块" }]],
  ["一块H100要两万块钱", [{ text: "两万块钱", kind: "money", value: 20000, unit: "CNY" }]],
  ["这个显示器卖两万块。", [{ text: "两万块", kind: "money", value: 20000, unit: "CNY" }]],
  ["一共花了两万块 买H100", [{ text: "两万块", kind: "money", value: 20000, unit: "CNY" }]],
  // 号人 counts people (两百来号人); 三号人物 is a rank
  ["团队现在两百来号人", [{ text: "两百来号人", kind: "count", value: 200, unit: "号人", approx: "about" }]],
  ["公司也就几十号人", [{ text: "几十号人", kind: "count", approx: "vague" }]],
  ["他是公司的三号人物", []],
  ["全国银幕的票价平均降了5块", [{ text: "5块", kind: "money", value: 5, unit: "CNY" }]],
  ["一块多", [{ text: "一块", kind: "money", value: 1, unit: "CNY", approx: "over" }]],
  ["一块左右", [{ text: "一块", kind: "money", value: 1, unit: "CNY", approx: "about" }]],
  ["价格就一块。", [{ text: "一块", kind: "money", value: 1, unit: "CNY" }]],
  // 一斤 after the price is its per-unit phrase (1 yuan a jin), no figure of its own
  ["一块一斤", [{ text: "一块", kind: "money", value: 1, unit: "CNY" }]],
  ["一块钱", [{ text: "一块钱", kind: "money", value: 1, unit: "CNY" }]],
  ["三块半", [{ text: "三块半", kind: "money", value: 3.5, unit: "CNY" }]],
  // basis points: hundredths of a percentage point, where the sentence speaks of rates or prices
  ["降息25个基点", [{ text: "25个基点", kind: "percent", value: 0.25, unit: "pp" }]],
  ["利率平均下降了80个基点左右", [{ text: "80个基点", kind: "percent", value: 0.8, unit: "pp", approx: "about" }]],
  ["预计会再压降15到20个基点", [{ text: "15到20个基点", kind: "percent", min: 0.15, max: 0.2, unit: "pp" }]],
  ["国债收益率上行了10bp", [{ text: "10bp", kind: "percent", value: 0.1, unit: "pp" }]],
  ["净息差收窄了12個基點", [{ text: "12個基點", kind: "percent", value: 0.12, unit: "pp" }]],
  // spec units
  ["我们塞进了7000mAh的硅碳负极电池", [{ text: "7000mAh", kind: "measure", value: 7000, unit: "mAh" }]],
  ["5000毫安的电池", [{ text: "5000毫安", kind: "measure", value: 5000, unit: "mAh" }]],
  ["配合100W有线快充，只需要28分钟", [{ text: "100W", kind: "measure", value: 100, unit: "W" }, { text: "28分钟" }]],
  ["还支持50W无线充电", [{ text: "50W", kind: "measure", value: 50, unit: "W" }]],
  ["屏幕尺寸是6.82英寸", [{ text: "6.82英寸", kind: "measure", value: 6.82, unit: "inch" }]],
  ["6.7寸大屏", [{ text: "6.7寸", kind: "measure", value: 6.7, unit: "inch" }]],
  ["全局峰值亮度达到3200尼特", [{ text: "3200尼特", kind: "measure", value: 3200, unit: "nit" }]],
  ["峰值亮度1600nits", [{ text: "1600nits", kind: "measure", value: 1600, unit: "nit" }]],
  ["传输速度10Gbps", [{ text: "10Gbps", kind: "measure", value: 10, unit: "Gbps" }]],
  ["USB 3.2 Gen 2 传输速度十吉比特每秒", [{ text: "十吉比特每秒", kind: "measure", value: 10, unit: "Gbps" }]],
  ["下载速度500Mbps", [{ text: "500Mbps", kind: "measure", value: 500, unit: "Mbps" }]],
  ["take rate下降了30bps", [{ text: "30bps", kind: "percent", value: 0.3, unit: "pp" }]],
  // 多 between 个 and the rest of the unit word
  ["比监管要求高出两个多百分点", [{ text: "两个多百分点", kind: "percent", value: 2, unit: "pp", approx: "over" }]],
  ["回落了0.3个多百分点", [{ text: "0.3个多百分点", kind: "percent", value: 0.3, unit: "pp", approx: "over" }]],
  ["高出一个多百分点", [{ text: "一个多百分点", kind: "percent", value: 1, unit: "pp", approx: "over" }]],
  ["等了三个多月", [{ text: "三个多月", kind: "duration", value: 3, unit: "month", approx: "over" }]],
  ["开了两个多小时", [{ text: "两个多小时", kind: "duration", value: 2, unit: "hour", approx: "over" }]],
  // N年期 is a term, not a duration; 年期间, 年期限, 年期满, 年期货 are not terms
  ["五年期以上LPR今年累计下调了0.35个百分点", [{ text: "0.35个百分点", kind: "percent", value: 0.35 }]],
  ["在这三年期间增长了一倍", [{ text: "三年", kind: "duration", value: 3, unit: "year" }, { text: "一倍" }]],
  ["合同两年期满后续签", [{ text: "两年", kind: "duration", value: 2, unit: "year" }]],
  ["他做了十年期货", [{ text: "十年", kind: "duration", value: 10, unit: "year" }]],
  ["等了三个月期间没有消息", [{ text: "三个月", kind: "duration", value: 3, unit: "month" }]],
  // names: a brand right before a number, a resolution; but a figure after the brand with a scale or unit
  ["芯片是骁龙8至尊版，安兔兔跑分超过了300万分", [{ text: "300万分", kind: "measure", approx: "over" }]],
  ["小米卖了1000万台", [{ text: "1000万台", kind: "count", value: 1e7 }]],
  ["小米15万辆的交付目标", [{ text: "15万辆", kind: "count", value: 150000 }]],
  ["华为30%的份额", [{ text: "30%", kind: "percent", value: 30 }]],
  ["月薪8K", [{ text: "8K", kind: "money", value: 8000 }]],
  ["月薪1.5K", [{ text: "1.5K", kind: "money", value: 1500 }]],
  // a projector, its hall or a restored cut makes K a resolution; 放映 alone, or 修复 (repair), does not
  ["放映员月薪8K", [{ text: "8K", kind: "money", value: 8000 }]],
  ["房子修复花了5K", [{ text: "5K", kind: "money", value: 5000 }]],
  ["屏幕是1.5K，六点五九英寸", [{ text: "六点五九英寸", kind: "measure", value: 6.59 }]],
  // T after d.d names an engine only where engines are spoken of; elsewhere, or after two digits, it is trillions
  ["市值1.4T美元", [{ text: "1.4T美元", kind: "money", value: 1.4e12 }]],
  ["美国GDP是27.4T", [{ text: "27.4T", value: 2.74e13 }]],
  ["这台车排量2.0T，最大功率180千瓦", [{ text: "180千瓦", kind: "measure", value: 180 }]],
  // 破 is the spoken 突破; 跌破 is under; bare 百亿, 千亿 and 万亿 are numbers
  ["票房破百亿", [{ text: "百亿", kind: "money", value: 1e10, approx: "over" }]],
  ["突破百亿", [{ text: "百亿", kind: "count", value: 1e10, approx: "over" }]],
  ["千亿市值", [{ text: "千亿", kind: "money", value: 1e11 }]],
  ["销量突破百万台", [{ text: "百万台", kind: "count", value: 1e6, approx: "over" }]],
  ["平均收视率破了2%", [{ text: "2%", kind: "percent", value: 2, approx: "over" }]],
  ["票房破10亿", [{ text: "10亿", kind: "money", value: 1e9, approx: "over" }]],
  ["汇率跌破7.3", [{ text: "7.3", kind: "measure", value: 7.3, approx: "under" }]], // an exchange rate: a measure
  ["增速跌破1.7%", [{ text: "1.7%", kind: "percent", value: 1.7, approx: "under" }]],
  ["票房没有破百亿", [{ text: "百亿", kind: "money", value: 1e10, approx: "under" }]],
  // ... not 打破 ("to break"), nor 破产
  ["打破了3项纪录", [{ text: "3项", kind: "count", value: 3, approx: null }]],
  ["破产了3家公司", [{ text: "3家", kind: "count", value: 3, approx: null }]],
  ["每百万token 0.5美元", [{ text: "0.5美元", kind: "money", value: 0.5 }]],
  // a slash is a per marker too: /百万token is the price's base, no million tokens of its own
  ["Opus的输出价格是$25/百万token", [{ text: "$25", kind: "money", value: 25, unit: "USD" }]],
  ["输出是25美元／百万token", [{ text: "25美元", kind: "money", value: 25, unit: "USD" }]],
  ["上下文做到了百万token", [{ text: "百万token", kind: "count", value: 1e6 }]],
  // a decimal a score word states, directly, through links or bound words, or carried on by 掉到了: a measure
  [
    "豆瓣开分8.3，现在掉到了7.9",
    [
      { text: "8.3", kind: "measure", value: 8.3, unit: null },
      { text: "7.9", kind: "measure", value: 7.9, unit: null },
    ],
  ],
  // 的时候 links a score word to its decimal (the score when it was first given); an integer stays no score
  [
    "豆瓣评分8.1，开分的时候是7.6",
    [
      { text: "8.1", kind: "measure", value: 8.1 },
      { text: "7.6", kind: "measure", value: 7.6 },
    ],
  ],
  ["开分的时候是2", []],
  ["上映的时候是7.6", []],
  [
    "我推荐《南京照相馆》，票房30亿，豆瓣8.6",
    [
      { text: "30亿", kind: "money", value: 3e9 },
      { text: "8.6", kind: "measure", value: 8.6 },
    ],
  ],
  ["总和生育率现在只有1.0左右", [{ text: "1.0", kind: "measure", value: 1, approx: "about" }]],
  ["总和生育率\n现在只有1.0左右", [{ text: "1.0", kind: "measure", value: 1, approx: "about" }]],
  ["生育率低于2.1", [{ text: "2.1", kind: "measure", value: 2.1, approx: "under" }]],
  ["基尼系数是0.47", [{ text: "0.47", kind: "measure", value: 0.47 }]],
  // 附近 after a level is "about"; before a figure it bounds nothing
  ["汇率7.2附近还是比较稳的", [{ text: "7.2", kind: "measure", value: 7.2, approx: "about" }]],
  ["在学校附近住了三年", [{ text: "三年", kind: "duration", value: 3, approx: null }]],
  // 届 numbering a congress or its plenary session is an ordinal; editions counted keep 届
  ["一共开了8届", [{ text: "8届", kind: "count", value: 8 }]],
  ["风险比是0.42", [{ text: "0.42", kind: "measure", value: 0.42 }]],
  [
    "豆瓣从8.3掉到7.9",
    [
      { text: "8.3", kind: "measure" },
      { text: "7.9", kind: "measure" },
    ],
  ],
  // ... not an integer, a number with its own unit, nor a decimal another word's verb opens
  ["豆瓣上那2部片子", [{ text: "2部", kind: "count", value: 2 }]],
  [
    "豆瓣8.6，还有2.5部续集",
    [
      { text: "8.6", kind: "measure" },
      { text: "2.5部", kind: "count", value: 2.5 },
    ],
  ],
  [
    "豆瓣8.6，股价跌到了7.3以下",
    [
      { text: "8.6", kind: "measure" },
      { text: "7.3", kind: "count", approx: "under" },
    ],
  ],
  // a bare number a price word states, through links or carried on by 只要: money with no currency
  [
    "双人款原价599，今天直播间只要399。",
    [
      { text: "599", kind: "money", value: 599, unit: null },
      { text: "399", kind: "money", value: 399, unit: null },
    ],
  ],
  ["到手价只要399", [{ text: "399", kind: "money", value: 399, unit: null }]],
  ["售价是1299", [{ text: "1299", kind: "money", value: 1299 }]],
  ["原价：599", [{ text: "599", kind: "money", value: 599 }]],
  ["价格在299左右", [{ text: "299", kind: "money", value: 299, approx: "about" }]],
  // a verb of changing the price to an amount between the price word and its number
  ["我们要求供应商把价格降到五千", [{ text: "五千", kind: "money", value: 5000, unit: null }]],
  ["价格降到了五千", [{ text: "五千", kind: "money", value: 5000 }]],
  ["把价格压到两千以内", [{ text: "两千", kind: "money", value: 2000, approx: "under" }]],
  ["房租涨了八百", [{ text: "八百", kind: "money", value: 800 }]],
  // NEGATIVES: a counter or a percent after the verb keeps its reading
  ["价格涨了三次", []],
  ["价格降了10%", [{ text: "10%", kind: "percent", value: 10 }]],
  ["价格降到五千台的时候", [{ text: "五千台", kind: "count", value: 5000 }]],
  ["房租涨了一倍", [{ text: "一倍", kind: "multiple" }]],
  ["单价9.9", [{ text: "9.9", kind: "money", value: 9.9 }]],
  ["原价599的那款", [{ text: "599", kind: "money", value: 599 }]],
  ["票价是380", [{ text: "380", kind: "money", value: 380, unit: null }]],
  ["最便宜的是380，其实不贵", [{ text: "380", kind: "money", value: 380 }]],
  ["内场最贵的1880", [{ text: "1880", kind: "money", value: 1880 }]],
  ["票价涨了两成", [{ text: "两成", kind: "percent", value: 20 }]],
  ["最便宜的是第3排", []],
  ["价格3包邮", [{ text: "3", kind: "money", value: 3 }]],
  ["原价599元", [{ text: "599元", kind: "money", value: 599, unit: "CNY" }]],
  [
    "价格分别是599、699",
    [
      { text: "599", kind: "money", value: 599 },
      { text: "699", kind: "money", value: 699 },
    ],
  ],
  // ... not a number with its own unit, a fraction, a multiple or an index
  [
    "原价599，只要3天",
    [
      { text: "599", kind: "money", value: 599 },
      { text: "3天", kind: "duration", value: 3, unit: "day" },
    ],
  ],
  ["原价的一半", [{ text: "一半", kind: "percent", value: 50 }]],
  ["价格涨了3倍", [{ text: "3倍", kind: "multiple", value: 3 }]],
  ["价格指数是102", [{ text: "102", kind: "measure", value: 102 }]],
  [
    "原价599、699",
    [
      { text: "599", kind: "money" },
      { text: "699", kind: "money" },
    ],
  ],
  [
    "型号599、699",
    [
      { text: "599", kind: "measure" },
      { text: "699", kind: "measure" },
    ],
  ],
  // a grade, level or age that names a group is no figure; an age that is what the clause states is one
  ["16到24岁不含在校生的青年失业率是16.9%", [{ text: "16.9%", kind: "percent", value: 16.9 }]],
  ["超过60岁的老人占20%", [{ text: "20%", kind: "percent", value: 20 }]],
  ["用户集中在25到35岁。", [{ text: "25到35岁", kind: "measure", min: 25, max: 35, unit: "age" }]],
  ["用户集中在25到35岁左右", [{ text: "25到35岁", kind: "measure", min: 25, max: 35, unit: "age" }]],
  ["60岁以上的老人占20%", [{ text: "20%", kind: "percent", value: 20 }]],
  ["大多数不良反应是一到两级", []],
  // an age stated as a fact is a measure in years of age (not a duration, not money or a count)
  ["他今年60岁。", [{ text: "60岁", kind: "measure", value: 60, unit: "age", approx: null }]],
  [
    "团队平均年龄28岁，最年轻的只有22岁。",
    [
      { text: "28岁", kind: "measure", value: 28, unit: "age" },
      { text: "22岁", kind: "measure", value: 22, unit: "age" },
    ],
  ],
  ["研究员平均年龄不到30岁。", [{ text: "30岁", kind: "measure", value: 30, unit: "age", approx: "under" }]],
  ["她十七八岁就出来打工了", [{ text: "十七八岁", kind: "measure", min: 17, max: 18, unit: "age" }]],
  ["他三十岁那年创业", [{ text: "三十岁", kind: "measure", value: 30, unit: "age" }]],
  ["孩子三岁半了", [{ text: "三岁半", kind: "measure", value: 3.5, unit: "age" }]],
  ["她已经满七周岁了", [{ text: "七周岁", kind: "measure", value: 7, unit: "age" }]],
  ["我今年18周岁了", [{ text: "18周岁", kind: "measure", value: 18, unit: "age" }]],
  ["他今年已经60歲了", [{ text: "60歲", kind: "measure", value: 60, unit: "age" }]],
  ["当她五岁的时候，她学会了骑自行车", [{ text: "五岁", kind: "measure", value: 5, unit: "age" }]],
  ["他已经60岁以上了", [{ text: "60岁", kind: "measure", value: 60, unit: "age", approx: "over" }]],
  ["十到二十头猪", [{ text: "十到二十头", kind: "count", min: 10, max: 20, unit: "头" }]],
  // a model's number before 只 as "only" is a name, the price after it stays; 只 as a counter still counts
  ["iPhone 16只卖四千", [{ text: "四千", kind: "money", value: 4000 }]],
  ["我们养了70只羊", [{ text: "70只", kind: "count", value: 70, unit: "只" }]],
  ["羊圈里 70只 羊", [{ text: "70只", kind: "count", value: 70, unit: "只" }]],
  // 一半 of an opinion is no figure; 一半 of people who agree is one
  ["只有一半的股东同意", [{ text: "一半", kind: "percent", value: 50 }]],
  ["同意的人不到一半", [{ text: "一半", kind: "percent", value: 50, approx: "under" }]],
  // audit fitness: a race name (5K跑, 10K比赛) is no thousands; a distance run or a pay in K stays a figure
  ["报了一个10K比赛，跑了3公里", [{ text: "3公里", kind: "measure", value: 3, unit: "km" }]],
  ["跑了10K", [{ text: "10K", kind: "count", value: 10000 }]],
  // a training split (三分化, 五分化) is no score of 分; a score still is
  ["每周练四次，用的是三分化", [{ text: "四次", kind: "count", value: 4 }]],
  ["这次考了五分", [{ text: "五分", kind: "measure", value: 5, unit: "points" }]],
  // a body index or a blood lipid said with no unit is a measure (BMI二十八: BMI is no model name)
  [
    "BMI二十八，空腹血糖七点二",
    [
      { text: "二十八", kind: "measure", value: 28 },
      { text: "七点二", value: 7.2 },
    ],
  ],
  [
    "甘油三酯从三点五降到一点七",
    [
      { text: "三点五", value: 3.5 },
      { text: "一点七", value: 1.7 },
    ],
  ],
  // hours, then a bare number: its minutes (一小时五十); minutes, then one: seconds (配速五分三十)
  [
    "半马最好成绩是一小时五十左右",
    [{ text: "一小时五十", kind: "duration", value: 110, unit: "minute", approx: "about" }],
  ],
  ["全马跑了三小时四十", [{ text: "三小时四十", kind: "duration", value: 220, unit: "minute" }]],
  ["配速五分三十", [{ text: "五分三十", kind: "duration", value: 5.5, unit: "minute" }]],
  // near-misses: a fee an hour, a count with its own counter, a rate a minute, a pause between
  ["我每天练一小时，五十个俯卧撑", [{ text: "一小时" }, { text: "五十个", kind: "count", value: 50 }]],
  ["心率一分钟五十", [{ text: "五十", kind: "measure", value: 50 }]],
  // a small count of sets or laps after a verb of training, and a count at a time after 一组 or 每组
  ["一组十二个，做四组", [{ text: "十二个" }, { text: "四组", kind: "count", value: 4, unit: "组" }]],
  [
    "卧推做了五组，每组八个",
    [
      { text: "五组", value: 5 },
      { text: "八个", value: 8 },
    ],
  ],
  ["我今天跑了三圈", [{ text: "三圈", kind: "count", value: 3 }]],
  // 道 counts dishes and questions
  ["大概收录一百道菜", [{ text: "一百道", kind: "count", value: 100, unit: "道" }]],
  ["这次考试有三十道题", [{ text: "三十道", kind: "count", value: 30 }]],
];

// strings in which no figure may be found
const negatives = [
  "包括发布GPT-5.2和GPT Image 1.5",
  "Gemini 3发布后",
  // a model's number before 只 as "only" (只要, 只是, 只卖): no count of 只
  "Mate 70只是一个开始",
  "Gemini 3只有一个版本",
  "我们用的是Gemini 3",
  "Llama 7B的模型",
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
  // 折, 成 and 半 in other words
  "三折叠手机",
  "人生一波三折",
  "规则一成不变",
  "十四五期间，这个转型是必须的",
  "十五五规划的开局之年",
  "二十届三中全会之后出台了一揽子增量政策",
  "十四届全国人大二次会议",
  "二十届中央委员会",
  "我们制定了三年行动计划",
  "五年行动方案已经出台",
  "即便明年一分钱都融不到",
  "我们一分钱也没赚到",
  "仓库里的半成品",
  "把纸对折一下",
  "十折",
  "他三成功了",
  // digits in web addresses, dates and arrows
  "你可以访问一下 https://www.test.com/search?q=30%25%2020%",
  "详见 www.example.com/2024/50%off",
  "3/5号发布",
  "2025-12-18发布",
  "00:52:13,070 --> 00:52:15,655",
  // ranks, versions and a dash between bare numbers
  "第3-5名",
  "第3到5名",
  "支持3.0以上版本",
  "比分3-1",
  "从2020到2025",
  // 度 with no temperature about (an angle, a time), 平 in other words or after a score, 例 and 球 starting words
  "这是一个360度的转变",
  "他曾两度入选国家队",
  "三度夺冠",
  "正常的温度是华氏温度98.6度",
  "收入与去年持平",
  "最后2比2平了",
  "1:1平",
  "20平均分",
  "3平台",
  "例如三例如下",
  "3球队",
  // 块: "this area", "a piece of", "a chunk", "together"
  "这一块我们还是很谨慎的。",
  "分红这一块，我们一直很稳健",
  "在AI这一块投入很大",
  "哪一块最赚钱",
  "零售和对公这两块",
  "这几块业务",
  "这是我们收入里很重要的一块",
  "另一块是消费贷",
  "其中一块",
  "这次我们塞进了一块更大的电池",
  "大家一块去吃饭",
  "我们一块儿努力",
  "一块一块地拆",
  "一块钱都不能少",
  // 基点 outside talk of rates, spec units in other senses
  "以这三个基点为核心",
  "阅读量10W+",
  "月薪2W",
  "三寸不烂之舌",
  // terms
  "五年期LPR下调了",
  "十年期国债",
  "10年期美债",
  "7天期逆回购",
  "3个月期Shibor",
  // names: resolutions, chips, phones, systems
  "X9 Pro用的是2K直屏",
  "支持8K录像",
  "拍4K视频",
  "我们的4K频道上线了",
  "一块1.5K的直屏",
  "2.5K分辨率",
  "4K片源不多",
  "会把4K激光放映机全部换完",
  "新开的4K放映厅",
  "我们也会做一个4K修复版",
  "2.0T的发动机比1.5T的油耗高一点",
  "1.4T涡轮增压",
  "芯片是骁龙8至尊版",
  "天玑9400和麒麟 9020",
  "鸿蒙5.0",
  "小米15 Pro",
  // bare 百万 and 千万 in other words
  "成为百万富翁",
  "百亿补贴频道",
  "你千万别这么做",
  // scores: an integer, a version, a decimal no score word states
  "豆瓣2",
  "iOS 18.2的豆瓣评分",
  "豆瓣上说版本5.2有问题",
  "豆瓣也在5.2版本里改了",
  "生育率下降，房价跌到7.3",
  // no price word before the number, or 只要 with none earlier in the sentence, or 只要 before the price word
  "型号599",
  "只要399",
  "今天只要399就能买",
  "只要399，原价以后再说",
  "价格第3",
  // grades, levels and ages that name a group
  "大多数不良反应是一到两级。",
  "三到四级不良反应",
  "主要是25到35岁的年轻人",
  "16到24岁青年",
  "16到24岁的青年",
  "超过60岁的老人",
  "60岁以上的老人",
  "不到18岁的未成年人",
  // 岁 in other words
  "岁月不饶人，岁数大了",
  "几岁数了",
  "过年给孩子压岁钱，看贺岁片，守岁",
  "万岁！中国人民万岁",
  "年岁大了",
  "三到四线城市",
  "三到五星级酒店",
  // insurance product and rule names: an endowment policy, a class of medical cover, a consumer right, a rule
  "前年给我妈买了一份两全险",
  "两全保险到期还能返还保费",
  "然后百万医疗险一般报销比例更高",
  "今年打算再买一份百万医疗",
  "支持七天无理由退保",
  "我一直用4%法则来算",
  // 一半 of an opinion
  "这个说法我同意一半。",
  "他说对了一半",
  // audit fitness: race names, training splits, groups with no training verb, 道 with nothing counted after it
  "我还报了一个5K跑",
  "10K比赛就当练速度",
  "练满以后再上五分化",
  "停车费一小时五十",
  "分成三组讨论",
  "他是个二道贩子",
  "三道杠的大队长",
];

describe("figures read with their units and bounds", () => {
  it.each(cases)("%s", expectFigures);
});

describe("what must not be a figure", () => {
  it.each(negatives)("%s", (text) => {
    expect(figures(text)).toEqual([]);
  });
});

/** The interval each figure states, in the peers' notation: (20,35], [30,), (,5]; a spoken range's ends are "?". */
const intervals = (text: string) =>
  recognizeQuantities(text, { times: [], versions: new Set() })
    .filter((m) => m.tag === "figure" && m.interval)
    .map((m) => {
      const v = m.interval;
      if (!v) return "";
      const left = v.min === null ? "(" : v.minOpen === null ? "?" : v.minOpen ? "(" : "[";
      const right = v.max === null ? ")" : v.maxOpen === null ? "?" : v.maxOpen ? ")" : "]";
      return `${v.text} ${left}${v.min ?? ""},${v.max ?? ""}${right}`;
    });

describe("a list's items share the unit of its last item, and a vague amount the currency of the amount after it", () => {
  it.each([
    [
      "三十、四十、五十公里",
      [
        { text: "三十", kind: "measure", unit: "km" },
        { text: "四十", kind: "measure", unit: "km" },
        { text: "五十公里", kind: "measure", unit: "km" },
      ],
    ],
    [
      "要用几十亿、几百亿美元",
      [
        { text: "几十亿", kind: "money", unit: "USD", approx: "vague" },
        { text: "几百亿美元", kind: "money", unit: "USD" },
      ],
    ],
    [
      "可能要用几十亿\n几百亿几千亿美金才做出来的东西",
      [
        { text: "几十亿", kind: "money", unit: "USD" },
        { text: "几百亿", kind: "money", unit: "USD" },
        { text: "几千亿美金", kind: "money", unit: "USD" },
      ],
    ],
    // near-misses: a space alone before an amount in a currency lends it to no exact figure, nor a count of users
    [
      "用户两千万 五十亿美元的估值",
      [
        { text: "两千万", kind: "count", unit: null },
        { text: "五十亿美元", kind: "money", unit: "USD" },
      ],
    ],
    [
      "三千万 五千万美元都有可能",
      [
        { text: "三千万", kind: "count", unit: null },
        { text: "五千万美元", kind: "money", unit: "USD" },
      ],
    ],
    [
      "做了几十次 几百亿美元的项目",
      [
        { text: "几十次", kind: "count", unit: "次" },
        { text: "几百亿美元", kind: "money", unit: "USD" },
      ],
    ],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("intervals stated by bound words and ranges", () => {
  it.each([
    ["这个数字大于二十的同时小于等于三十五", ["大于二十的同时小于等于三十五 (20,35]"]],
    ["这是一个大于100 并且小于300 的数", ["大于100 并且小于300 (100,300)"]],
    ["这些苹果最多100最少20个", ["最多100最少20 [20,100]"]],
    ["数字在1000以上， 1500以下", ["1000以上， 1500以下 (1000,1500)"]],
    ["x大于10小于20，  y不大于50不小于20", ["大于10小于20 (10,20)", "不大于50不小于20 [20,50]"]],
    ["大于等于0并小于230.3964", ["大于等于0并小于230.3964 [0,230.3964)"]],
    ["高度至少是3的产品", ["至少是3 [3,)"]],
    ["哪个学院的语文总成绩超过了80", ["超过了80 (80,)"]],
    ["招聘人数中位数最多为5", ["最多为5 (,5]"]],
    ["找出 小于 或 等于100 的质数", ["小于 或 等于100 (,100]"]],
    ["找出 < = 100 的质数", ["< = 100 (,100]"]],
    ["薪酬中位数≥50的公司", ["≥50 [50,)"]],
    ["他的年龄不小于三十岁", ["不小于三十 [30,)"]],
    ["研究员平均年龄不到30岁。", ["不到30 (,30)"]],
    ["他的年龄在三十或者以上", ["三十或者以上 [30,)"]],
    ["小明的身高比 170 低", ["比 170 低 (,170)"]],
    ["他的年龄比三十大一些", ["比三十大 (30,)"]],
    // a denied comparison (没有X那么多) is less than the figure; 没有 alone, or 那么多 with no 没有, bounds nothing
    ["肯定没有八千万那么多", ["没有八千万那么多 (,80000000)"]],
    ["他没有三十岁那么大", ["没有三十岁那么大 (,30)"]],
    ["我们没有三千万用户", []],
    ["比去年多了三千万那么多", []],
    ["负荷量等于1535", ["等于1535 [1535,1535]"]],
    ["起售价不会超过25万元", ["不会超过25万 (,250000]"]],
    ["每次不能少于20秒", ["不能少于20 [20,)"]],
    ["误差未超过5%", ["未超过5 (,5]"]],
    ["会不会超过100亿元", ["超过100亿 (10000000000,)"]],
    ["营收超过\n30亿", ["超过\n30亿 (3000000000,)"]],
    ["这一批产品大概有五百多个", ["五百多 (500,)"]],
    ["这个数字是位于20和30之间的", ["位于20和30之间 ?20,30?"]],
    ["10000与20000间", ["10000与20000间 ?10000,20000?"]],
    ["请给我一到五个苹果", ["一到五 ?1,5?"]],
    // two conditions, not one interval: another subject between them, or a lower bound above the upper one
    ["x大于10且y小于20", ["大于10 (10,)", "小于20 (,20)"]],
    ["大于50小于12的目标", ["大于50 (50,)", "小于12 (,12)"]],
    // no bound: no interval
    ["ChatGPT的周活跃用户大约是4亿", []],
    ["高达 78% 的得分", []],
  ])("%s", (text, want) => {
    expect(intervals(text)).toEqual(want);
  });

  it("keeps the figure's own text and approx beside the interval", () => {
    const [m] = recognizeQuantities("OpenAI目前已经拥有超过100万名企业用户", { times: [], versions: new Set() });
    expect(m).toMatchObject({ text: "100万名", value: 1e6, approx: "over", bound: "超过" });
    expect(m?.interval).toMatchObject({ text: "超过100万", min: 1e6, max: null, minOpen: true, source: "bound" });
  });

  it("marks ratios apart from percentages", () => {
    const ms = recognizeQuantities("三分之一的人和30%的人", { times: [], versions: new Set() });
    expect(ms.map((m) => [m.text, m.fraction])).toEqual([
      ["三分之一", true],
      ["30%", false],
    ]);
  });
});

describe("while the talk is about money, a bare scaled figure is money, a counted one stays a count", () => {
  it.each([
    ["东南亚开了20多家门店", "count", "家"],
    ["我们服务了200多家客户", "count", "家"],
    ["第二部拿了30亿", "money", null],
    ["一共100多", "money", null],
  ])("%s", (text, kind, unit) => {
    const ms = recognizeQuantities(text, { times: [], versions: new Set(), moneyTopic: true });
    expect(ms.filter((m) => m.tag === "figure").map((m) => [m.kind, m.unit])).toEqual([[kind, unit]]);
  });
});

describe("a measure context word (智商, 评分, 指数) states the numbers after it in its clause, not a name's", () => {
  const said = (text: string) => figures(text).map((f) => `${f.kind} ${f.text}`);
  it.each([
    // after the context word, in its clause: measures
    ["他的智商130", ["measure 130"]],
    ["智商 130", ["measure 130"]],
    ["他的得分是25", ["measure 25"]],
    ["他的得分是25分", ["measure 25分"]],
    ["IQ测试结果在\n144、147、151之间", ["measure 144", "measure 147", "measure 151"]],
    ["评分从7.2涨到了8.1", ["measure 7.2", "measure 8.1"]],
    ["指数回落到3000附近", ["measure 3000"]],
    ["上证指数收于3200点", ["measure 3200点"]], // 点 is index points (units.yaml)
    ["恒生指数跌破了20000", ["measure 20000"]],
    ["评分：8.4", ["measure 8.4"]],
    // a pollutant's concentration and water's pH, said with no unit (audit climate); the 2.5 of PM2.5 stays a name
    ["PM2.5浓度三十五", ["measure 三十五"]],
    ["表层海水的pH值下降了零点一", ["measure 零点一"]],
    ["PM2.5浓度下降了", []],
    ["浓度这个东西，第二个问题", []],
    ["评分为8的电影", ["measure 8"]],
    ["语文成绩超过了80的学生", ["measure 80"]],
    ["哪吒2的豆瓣评分是8.4", ["measure 8.4"]],
    ["哪吒2豆瓣评分8.4", ["measure 8.4"]],
    // an exchange rate (汇率, 兑人民币) is a measure
    ["美元兑人民币现在在7.1左右", ["measure 7.1"]],
    ["人民币汇率破7.3了", ["measure 7.3"]],
    ["生育率下降，汇率跌到7.3", ["measure 7.3"]],
    ["美元兑人民币升值了2%", ["percent 2%"]],
    // a purchasing managers' index and its boom-bust line are levels, no unit
    ["11月份制造业PMI是49.8", ["measure 49.8"]],
    ["还是在荣枯线50以下", ["measure 50"]],
    ["PMI连续七个月在荣枯线以下", ["duration 七个月"]],
    ["财新PMI今天发布", []],
    // a number before 届 and a congress word numbers its term, even after a context word
    ["上证指数在二十届三中全会以后涨到了3300点", ["measure 3300点"]],
    ["汇率在十四届全国人大二次会议以后比较稳", []],
    // names: the context word follows the number, or the number is glued to a name and 的 follows
    ["流浪地球2的评分很高", []],
    ["唐探3的成绩不好", []],
    ["沪深300指数涨了2%", ["percent 2%"]],
    ["纳斯达克100指数今年涨了", []],
    ["标普500指数创了新高", []],
    ["中证500指数和沪深300指数都涨了", []],
    ["评分比流浪地球1的高", []],
    // another clause
    ["说到评分，哪吒2确实厉害", []],
    // a topic particle carries the word over one clause break, not two
    ["人民币汇率呢，现在7.2左右", ["measure 7.2"]],
    ["制造业PMI呢，是49.8", ["measure 49.8"]],
    ["人民币汇率呢，现在不好说，7.2左右吧", []],
    ["人民币汇率，现在7.2左右", []],
  ])("%s", (text, want) => {
    expect(said(text)).toEqual(want);
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

// audit round 3: counters, percentage points, volts, 出头, money words; and the words that only look like figures
const round3: [string, Want[]][] = [
  // counters of orders, beds, pairs, bottles, boxes, packs, teams, aircraft
  ["618我们当时卖了6万多单", [{ text: "6万多单", kind: "count", value: 60000, unit: "单", approx: "over" }]],
  // 个油: spoken litres of fuel; not 油箱, 油田 (see the list of non-figures)
  ["百公里大概9个油", [{ text: "9个油", kind: "measure", value: 9, unit: "L" }]],
  ["市区跑要十一二个油", [{ text: "十一二个油", kind: "measure", min: 11, max: 12, unit: "L" }]],
  ["开了两个油田，产量800万吨", [{ text: "800万吨", kind: "measure", value: 8e6, unit: "t" }]],
  // 单车险, 单车贷: orders of policies or loans, though 单车 alone is a bicycle
  ["我一年大概签六百多单车险", [{ text: "六百多单", kind: "count", value: 600, unit: "单", approx: "over" }]],
  ["去年放了三千单车贷", [{ text: "三千单", kind: "count", value: 3000, unit: "单" }]],
  ["一天能出5000床被子", [{ text: "5000床", kind: "count", value: 5000, unit: "床" }]],
  ["工厂一天能生产3000双鞋", [{ text: "3000双", kind: "count", value: 3000, unit: "双" }]],
  ["一天卖了5000瓶", [{ text: "5000瓶", kind: "count", value: 5000, unit: "瓶" }]],
  ["门店每天能卖800杯咖啡", [{ text: "800杯", kind: "count", value: 800, unit: "杯" }]],
  ["直播间卖了200多盒", [{ text: "200多盒", kind: "count", value: 200, unit: "盒", approx: "over" }]],
  ["一天能卖三百多碗吧", [{ text: "三百多碗", kind: "count", value: 300, unit: "碗", approx: "over" }]],
  ["一晚上能卖五千多串", [{ text: "五千多串", kind: "count", value: 5000, unit: "串", approx: "over" }]],
  ["一碗面十八块", [{ text: "十八块", kind: "money", value: 18 }]], // 一碗 stays a word
  ["买了3碗筷", []],
  ["这几个电池是3串联的", []],
  ["一天卖出3000包", [{ text: "3000包", kind: "count", value: 3000, unit: "包" }]],
  ["联赛有16支球队", [{ text: "16支", kind: "count", value: 16, unit: "支" }]],
  ["公司订购了20架飞机", [{ text: "20架", kind: "count", value: 20, unit: "架" }]],
  // 首 counts songs; not before a word it starts (首付, 首发, 首尔)
  ["每一场唱三十多首歌", [{ text: "三十多首", kind: "count", value: 30, unit: "首", approx: "over" }]],
  ["这些年写了两百首", [{ text: "两百首", kind: "count", value: 200, unit: "首" }]],
  ["付了30万首付", [{ text: "30万", value: 3e5, unit: null }]],
  ["5000台首发就卖完了", [{ text: "5000台", kind: "count", value: 5000 }]],
  // N个点 after a verb of change, about a rate: percentage points
  ["毛利率比618的时候高了八个点", [{ text: "八个点", kind: "percent", value: 8, unit: "pp" }]],
  ["毛利率掉了3个点", [{ text: "3个点", kind: "percent", value: 3, unit: "pp" }]],
  ["复购率提升了大概两个点", [{ text: "两个点", kind: "percent", value: 2, unit: "pp", approx: "about" }]],
  ["净利率下降了两个多点", [{ text: "两个多点", kind: "percent", value: 2, unit: "pp", approx: "over" }]],
  // ...elsewhere 个 is the counter, as before; an index's N个点 of 10 and more are its points
  ["在全国布了200个点", [{ text: "200个", kind: "count", value: 200, unit: "个" }]],
  ["大盘涨了30个点", [{ text: "30个点", kind: "measure", value: 30, unit: "points" }]],
  [
    "大盘涨了30个点，涨幅是1%",
    [
      { text: "30个点", kind: "measure", value: 30, unit: "points" },
      { text: "1%", kind: "percent", value: 1, unit: "%" },
    ],
  ],
  ["增长率这里我讲3个点", [{ text: "3个", kind: "count", value: 3, unit: "个" }]],
  // 十分钟 is a duration, not the idiom 十分
  ["还有最后十分钟", [{ text: "十分钟", kind: "duration", value: 10, unit: "minute" }]],
  ["我们只用了十分鐘就卖完了", [{ text: "十分鐘", kind: "duration", value: 10, unit: "minute" }]],
  // 升 the verb; 升 and 公升 the litre
  [
    "日活从300万升到了500万",
    [
      { text: "300万", kind: "count", value: 3e6, unit: null },
      { text: "500万", kind: "count", value: 5e6, unit: null },
    ],
  ],
  ["发动机排量是2升", [{ text: "2升", kind: "measure", value: 2, unit: "L" }]],
  ["一天要喝2公升水", [{ text: "2公升", kind: "measure", value: 2, unit: "L" }]],
  // volts
  ["电池电压是400伏", [{ text: "400伏", kind: "measure", value: 400, unit: "V" }]],
  ["用的是800V的高压平台", [{ text: "800V", kind: "measure", value: 800, unit: "V" }]],
  ["1000千伏特高压", [{ text: "1000千伏", kind: "measure", value: 1000, unit: "kV" }]],
  // 出头: a little over
  ["今年的增速是4%出头", [{ text: "4%", kind: "percent", value: 4, approx: "over" }]],
  ["他三十出头", [{ text: "三十", kind: "count", value: 30, approx: "over" }]],
  // GMV, 成交额, 流水: money
  ["GMV差不多两千万", [{ text: "两千万", kind: "money", value: 2e7, unit: null, approx: "about" }]],
  ["今年的流水差不多两千万", [{ text: "两千万", kind: "money", value: 2e7, unit: null, approx: "about" }]],
  ["全年成交额突破了50亿", [{ text: "50亿", kind: "money", value: 5e9, unit: null, approx: "over" }]],
  // ...not an assembly line
  ["这条流水线一年能生产1000万", [{ text: "1000万", kind: "count", value: 1e7, unit: null }]],
  // a model year beside a figure; a count of models; a head count that is no cutoff
  ["2026款的价格是24.98万元", [{ text: "24.98万元", kind: "money", value: 249800, unit: "CNY" }]],
  ["今年推出了25款新品", [{ text: "25款", kind: "count", value: 25, unit: "款" }]],
  ["目前100名员工", [{ text: "100名", kind: "count", value: 100, unit: "名" }]],
  // tenors: 7天逆回购 is an instrument; 用了7天 is a duration
  ["14天逆回购操作了5000亿元", [{ text: "5000亿元", kind: "money", value: 5e11, unit: "CNY" }]],
  ["这个项目用了7天", [{ text: "7天", kind: "duration", value: 7, unit: "day" }]],
  // hyperbole only before a word of feeling: 一万个用户 stays
  ["我们有一万个用户", [{ text: "一万个", kind: "count", value: 10000, unit: "个" }]],
];

const round3Negatives = [
  // the counters' other senses
  "我们住在3单元",
  "他骑了两单车",
  "我们有三个油箱",
  "双十一卖得最好",
  "2025双11",
  "3双人间",
  "三个瓶颈",
  "卡在3瓶颈",
  "3包邮", // 包 before 邮 is no counter (价格3包邮 is a price: see the price cases)
  "99包括运费",
  "每月300支出",
  "300支持者",
  "3架构",
  "他拿了三双",
  // points that are no percentage points
  "这里面几个点",
  "三个点要讲",
  // 十分 the idiom, 升 the verb
  "十分重要",
  "从7.35升到了7.05",
  // names: a model year, a repo tenor, volts before a digit
  "新款Y7的2026款",
  "7天逆回购利率",
  "3V3篮球赛",
  "三伏天",
  // hyperbole and cutoffs
  "感谢球迷，一万个感谢",
  "一百个放心",
  "说一千道一万，还是要看业绩",
  "前100名下单的家人送一个枕套",
  "进入全国前10名",
];

describe("audit round 3: new counters and units, and their other senses", () => {
  it.each(round3)("%s", expectFigures);
  it.each(round3Negatives)("no figure in %s", (text) => {
    expect(figures(text)).toEqual([]);
  });
  it("says why a model year, a cutoff and hyperbole are skipped", () => {
    const reasons = (text: string) =>
      recognizeQuantities(text, { times: [], versions: new Set() }).map((m) => [m.tag, m.reason]);
    expect(reasons("2026款")).toEqual([["name", "model year (2026款)"]]);
    expect(reasons("前100名")).toEqual([["ordinal", "a cutoff rank (前100名)"]]);
    expect(reasons("一万个感谢")).toEqual([["idiom", "part of an idiom"]]);
  });
});

describe("a compound duration, larger unit first, is one figure", () => {
  const d = (text: string, value: number, unit: string, approx: string | null = null): [string, Want[]] => [
    text,
    [{ text: approx ? "1小时30分钟" : text, kind: "duration", value, unit, approx }],
  ];
  it.each([
    // in the larger unit, as 一个半小时 is 1.5 hour, where that is exact to two decimals
    d("1小时30分钟", 1.5, "hour"),
    d("2小时15分钟", 2.25, "hour"),
    d("一小时又三十分钟", 1.5, "hour"),
    d("1年零3个月", 1.25, "year"),
    // else in the smaller unit, never rounded
    d("一个小时二十分钟", 80, "minute"),
    d("两小时零五分钟", 125, "minute"),
    d("三年零八个月", 44, "month"),
    // with no link after more than one year (audit legal): a sentence's term, not months of every year
    d("三年六个月", 3.5, "year"),
    d("2年3个月", 2.25, "year"),
    d("十三年八个月", 164, "month"),
    d("3分钟20秒", 200, "second"),
    d("3分20秒", 200, "second"),
    d("1小时30分钟20秒", 5420, "second"),
    // right after an hour, 分 is its minutes (a marathon time), as 分钟 is
    d("2小时08分", 128, "minute"),
    d("1小时30分", 1.5, "hour"),
    d("2小时08分30秒", 7710, "second"),
    // a bound on either part bounds the whole
    d("大约1小时30分钟", 1.5, "hour", "about"),
    d("1小时30分钟左右", 1.5, "hour", "about"),
    d("大约1小时30分钟左右", 1.5, "hour", "about"),
    ["今天我们聊了1小时30分钟。", [{ text: "1小时30分钟", kind: "duration", value: 1.5, unit: "hour" }]],
    ["1小时30分钟到2小时", [{ text: "1小时30分钟到2小时", kind: "duration", min: 1.5, max: 2, unit: "hour" }]],
    // two durations, not one
    [
      "1小时和30分钟",
      [
        { text: "1小时", kind: "duration", value: 1, unit: "hour" },
        { text: "30分钟", kind: "duration", value: 30, unit: "minute" },
      ],
    ],
    [
      "30分钟1小时",
      [
        { text: "30分钟", kind: "duration", value: 30, unit: "minute" },
        { text: "1小时", kind: "duration", value: 1, unit: "hour" },
      ],
    ],
    [
      "2小时 15分钟后",
      [
        { text: "2小时", kind: "duration", value: 2, unit: "hour" },
        { text: "15分钟", kind: "duration", value: 15, unit: "minute" },
      ],
    ],
    [
      "超过1小时30分钟左右",
      [
        { text: "1小时", kind: "duration", value: 1, unit: "hour", approx: "over" },
        { text: "30分钟", kind: "duration", value: 30, unit: "minute", approx: "about" },
      ],
    ],
    // 8 hours of every day, 6 months of every year, a day's 24 hours: no part of a larger unit
    ["一天8小时都在写代码", [{ text: "8小时", kind: "duration", value: 8, unit: "hour" }]],
    ["一年6个月都在出差", [{ text: "6个月", kind: "duration", value: 6, unit: "month" }]],
    [
      "判了一年六个月",
      [
        { text: "一年", kind: "duration", value: 1, unit: "year" },
        { text: "六个月", kind: "duration", value: 6, unit: "month" },
      ],
    ],
    [
      "两年12个月",
      [
        { text: "两年", kind: "duration", value: 2, unit: "year" },
        { text: "12个月", value: 12 },
      ],
    ],
    [
      "1小时90分钟",
      [
        { text: "1小时", value: 1 },
        { text: "90分钟", value: 90 },
      ],
    ],
    ["1到2小时", [{ text: "1到2小时", kind: "duration", min: 1, max: 2, unit: "hour" }]],
    // a clock time's minutes and seconds are no duration (its 分 is no score either)
    ["16时40分50秒", []],
    // 分 alone is points
    ["他考了90分", [{ text: "90分", kind: "measure", value: 90, unit: "points" }]],
    [
      "3分20个球",
      [
        { text: "3分", kind: "measure", value: 3, unit: "points" },
        { text: "20个", kind: "count", value: 20 },
      ],
    ],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("点 is index points where the sentence speaks of a stock index, from 10 up, and not in a clock time", () => {
  it.each([
    ["上证指数年初是3350点左右", [{ text: "3350点", kind: "measure", value: 3350, unit: "points", approx: "about" }]],
    [
      "沪指在3200点到3500点之间震荡",
      [{ text: "3200点到3500点", kind: "measure", min: 3200, max: 3500, unit: "points" }],
    ],
    ["恒指今天跌了300多点", [{ text: "300多点", kind: "measure", value: 300, unit: "points", approx: "over" }]],
    ["深证成指跌了200点", [{ text: "200点", kind: "measure", value: 200, unit: "points", approx: null }]],
    ["恒生指数跌破了2万点", [{ text: "2万点", kind: "measure", value: 20000, unit: "points" }]],
    ["大盘跌了五十点", [{ text: "五十点", kind: "measure", value: 50, unit: "points" }]],
    // negatives: no index word; under 10 (points of talk, a little, a clock); a clock time; 个百分点, 个点 as before
    // (a verb of an index's reach right before the figure stands for an index word: see the end of this file)
    ["最高的时候到过3674点", []],
    ["大盘今天有三点原因，两点建议", []],
    ["大盘今天涨了一点", []],
    ["大盘今天涨了一点点", []],
    ["下午3点开会，上证指数涨了", []],
    ["大盘10点15分开始拉升", []],
    ["大盘下午10点开始拉升", []],
    ["大盘涨了3.5个百分点", [{ text: "3.5个百分点", kind: "percent", value: 3.5, unit: "pp" }]],
    ["大盘涨了30个点", [{ text: "30个点", kind: "measure", value: 30, unit: "points" }]],
    ["在全国布了200个点", [{ text: "200个", kind: "count", value: 200, unit: "个" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a chip process node (7纳米, 3nm) names a technology, no measure", () => {
  it.each([
    ["我们7纳米的良率从年初的60%提升到了85%", [{ text: "60%" }, { text: "85%" }]],
    ["3nm我们现在还在验证阶段，良率大概在五成上下", [{ text: "五成", kind: "percent", value: 50 }]],
    ["台积电的2纳米工艺明年量产", []],
    ["明年会发布新的28纳米射频工艺平台", []],
    ["3nm的话我们现在没有做", []],
    ["这款手机用的是4纳米芯片", []],
    // a foundry, mass production or the HBM the chip carries says it is a node too
    ["我们会推出第三代 上3nm 然后用HBM3e", []],
    ["台积电3nm现在满产", []],
    ["2nm明年开始量产", []],
    // negatives: a length measured (no chip word, or a measuring word before), a decimal
    ["线宽缩小了3纳米", [{ text: "3纳米", kind: "measure", value: 3, unit: "nm" }]],
    ["厚度只有5纳米", [{ text: "5纳米", kind: "measure", value: 5, unit: "nm" }]],
    ["芯片的厚度只有5纳米", [{ text: "5纳米", kind: "measure", value: 5, unit: "nm" }]],
    ["量产以后线宽缩小了3纳米", [{ text: "3纳米", kind: "measure", value: 3, unit: "nm" }]],
    ["芯片的线宽缩小到不到3纳米", [{ text: "3纳米", kind: "measure", value: 3, unit: "nm", approx: "under" }]],
    ["EUV光刻的波长是13.5纳米，用于芯片", [{ text: "13.5纳米", kind: "measure", value: 13.5, unit: "nm" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("after a space (a caption's comma), a unit word that begins a listed longer word is not the figure's", () => {
  it.each([
    ["举报热线是12345 家长有问题可以打", []],
    ["我们的热线是12316 所有问题都可以问", []],
    ["房间号是1208 台风天注意关窗", []],
    // negatives: the unit across a space, and 家长 glued to its figure
    ["一共有30 家公司", [{ text: "30 家", kind: "count", value: 30, unit: "家" }]],
    ["来了30 个人", [{ text: "30 个人", kind: "count", value: 30, unit: "个人" }]],
    ["大概 12 万", [{ text: "12 万", kind: "count", value: 120000 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("the second term of a ratio (N比M) is no figure, even with a bound after it", () => {
  it.each([
    ["国家的要求是医生护士比1比2以上", []],
    ["医生护士比一比二以上", []],
    ["床护比要达到1比0.6以上", []],
    // negatives: a plain ratio and a score as before; 比 as "than" before a figure
    ["医生护士比1比2", []],
    ["我们2比1赢了", []],
    ["比去年多2个", [{ text: "2个", kind: "count", value: 2 }]],
    ["今年比去年多了300以上", [{ text: "300", kind: "count", value: 300, approx: "over" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("the minutes and seconds of a clock time (a numeral, then 点 or 时) are no score and no duration", () => {
  it.each([
    ["我上周坐下午3点15分那班飞机", []],
    ["航班10点45分起飞", []],
    ["两点四十分开会", []],
    ["16时40分发布", []],
    ["下午三点零五分开会", []],
    ["下午3点零5分开会", []],
    // nor its seconds (after a clock minute, itself after a clock hour)
    ["比赛在17点55分23秒结束", []],
    ["16时40分50秒发布", []],
    // negatives: 分 after no clock hour stays points; 分钟 stays minutes; 4点几 is one figure (4.1–4.9)
    ["他考了90分", [{ text: "90分", kind: "measure", value: 90, unit: "points" }]],
    ["平时90分左右", [{ text: "90分", kind: "measure", value: 90, unit: "points", approx: "about" }]],
    ["他考了一百零五分", [{ text: "一百零五分", kind: "measure", value: 105, unit: "points" }]],
    ["重点是拿了85分", [{ text: "85分", kind: "measure", value: 85, unit: "points" }]],
    ["大概4点几分", [{ text: "4点几分", kind: "measure", min: 4.1, max: 4.9, unit: "points" }]],
    ["早上8点出发，开了40分钟", [{ text: "40分钟", kind: "duration", value: 40, unit: "minute" }]],
    ["每次洗手不少于20秒", [{ text: "20秒", kind: "duration", value: 20, unit: "second", approx: "over" }]],
    ["8点出发，跑了3分20秒", [{ text: "3分20秒", kind: "duration", value: 200, unit: "second" }]],
    // 分 and a half is a minute and a half (half a point is said 85.5分); not after a clock hour, nor 半导体
    ["高峰期发车间隔两分半", [{ text: "两分半", kind: "duration", value: 2.5, unit: "minute" }]],
    ["他跑了三分半 比上次快", [{ text: "三分半", kind: "duration", value: 3.5, unit: "minute" }]],
    ["他考了85.5分", [{ text: "85.5分", kind: "measure", value: 85.5, unit: "points" }]],
    ["下午两点三分半出发", []],
    ["三分半导体", [{ text: "三分", kind: "measure", value: 3, unit: "points" }]],
    // after an hour's minutes but no clock hour: a duration (2小时08分30秒 is one)
    ["他跑了2小时08分30秒", [{ text: "2小时08分30秒", kind: "duration", value: 7710, unit: "second" }]],
    // a whole part past the hours of a day before 点 is a decimal's: a score, seconds; up to 24 it stays a clock
    ["满意度调查是九十二点六分", [{ text: "九十二点六分", kind: "measure", value: 92.6, unit: "points" }]],
    ["他考了八十五点五分", [{ text: "八十五点五分", kind: "measure", value: 85.5, unit: "points" }]],
    ["他跑了三十点五秒", [{ text: "三十点五秒", kind: "duration", value: 30.5, unit: "second" }]],
    ["会议九点六分开始", []],
    ["二十四点五分到了", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("N个半 before a unit word that begins with 个 (个月) takes that unit: N and a half of it", () => {
  it.each([
    ["就是延长了四个半月左右。", [{ text: "四个半月", kind: "duration", value: 4.5, unit: "month", approx: "about" }]],
    ["治疗周期是三个半月。", [{ text: "三个半月", kind: "duration", value: 3.5, unit: "month" }]],
    ["项目拖了两个半月", [{ text: "两个半月", kind: "duration", value: 2.5, unit: "month" }]],
    ["等了一个半月", [{ text: "一个半月", kind: "duration", value: 1.5, unit: "month" }]],
    ["等了两个半礼拜", [{ text: "两个半礼拜", kind: "duration", value: 2.5, unit: "week" }]],
    // as before: the unit word after 个半 needs no split, and 半个月 is half a month
    ["用了两个半小时", [{ text: "两个半小时", kind: "duration", value: 2.5, unit: "hour" }]],
    ["用了半个月", [{ text: "半个月", kind: "duration", value: 0.5, unit: "month" }]],
    ["三个月", [{ text: "三个月", kind: "duration", value: 3, unit: "month" }]],
    ["三个半天", [{ text: "三个半天", kind: "duration", value: 3.5, unit: "day" }]],
    // 月 alone is no unit, nor is 个半 without one after it
    ["一个半", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a count noun (参数, 门店, 床位, 日活, 骑手) keeps a bare figure a count while the talk is about money", () => {
  it.each([
    ["参数是700亿，训练成本大概是2亿元。", false, ["count 700亿", "money 2亿元"]],
    ["参数量达到了1.8万亿，训练花了1亿美元", false, ["count 1.8万亿", "money 1亿美元"]],
    ["新增门店超过30。", true, ["count 30"]],
    ["門店數超过3000", true, ["count 3000"]],
    ["网点超过2万", true, ["count 2万"]],
    ["床位超过1200", true, ["count 1200"]],
    // a money word nearer the figure still makes it money
    ["门店营收达到50亿", false, ["money 50亿"]],
    ["今年门店的营收是30亿", false, ["money 30亿"]],
    ["参数是700亿，成本是2亿", false, ["count 700亿", "money 2亿"]],
    // people and users as the clause's subject (日活, 骑手, 旅客), whatever money word came before
    ["日活是50万。", true, ["count 50万"]],
    ["月活超过2000万", true, ["count 2000万"]],
    ["DAU是300万", true, ["count 300万"]],
    ["全市外卖骑手有六七万。", true, ["count 六七万"]],
    ["旅客吞吐量超过3000万", true, ["count 3000万"]],
    ["在校学生有3.2万", true, ["count 3.2万"]],
    ["患者超过10万", true, ["count 10万"]],
    ["营收是6亿元，日活是50万。", false, ["money 6亿元", "count 50万"]],
    // a money word in the figure's clause still makes it money; 学生贷款 is a loan, 科研经费 funding
    ["营收是6亿元，利润是5000万。", false, ["money 6亿元", "money 5000万"]],
    ["日活是50万，流水是2亿", false, ["count 50万", "money 2亿"]],
    ["学生贷款有3000万", true, ["money 3000万"]],
    ["今年科研经费是15亿。", false, ["money 15亿"]],
    ["研发经费是3000万", false, ["money 3000万"]],
    ["財政撥款8000万", false, ["money 8000万"]],
    ["每年补贴2亿", false, ["money 2亿"]],
    // government debt and the deficit are money, their yuan often unsaid
    ["财政部发了两万亿的置换债", false, ["money 两万亿"]],
    ["对应的赤字规模大概5.6万亿", false, ["money 5.6万亿"]],
    ["地方債務規模超過60万亿", false, ["money 60万亿"]],
    ["债券基金的持有人超过200万", false, ["count 200万"]],
    ["赤字率提到百分之四", false, ["percent 百分之四"]],
    // deposits, savings and wealth-management funds are money; their rates, depositors and products are not
    ["居民存款同比多增1.2万亿", false, ["money 1.2万亿"]],
    ["居民儲蓄增加了8万亿", false, ["money 8万亿"]],
    ["理财规模增加了大概1.5万亿", false, ["money 1.5万亿"]],
    ["存款人数超过2亿", false, ["count 2亿"]],
    ["存款准备金率下调0.5个百分点", false, ["percent 0.5个百分点"]],
    // without a money word or topic a bare figure is a count
    ["科研人员有1.5万", false, ["count 1.5万"]],
    // without the noun, the talk about money still makes a bare figure money
    ["新增超过30亿", true, ["money 30亿"]],
    ["估值50亿", true, ["money 50亿"]],
    // spending, output and economic effect are money; consumers (消费者), the consumer side (消费端) are not
    ["带动的消费大约是6个亿", false, ["money 6个亿"]],
    ["赛事对城市的经济拉动大概是5个亿", false, ["money 5个亿"]],
    ["產值是5个亿", false, ["money 5个亿"]],
    ["经济效益超过3个亿", false, ["money 3个亿"]],
    ["消费者有6个亿", false, ["count 6个亿"]],
    ["营收是8亿元，消费者有6个亿", false, ["money 8亿元", "count 6个亿"]],
    ["用户6个亿", false, ["count 6个亿"]],
    ["消费端的用户涨到了8亿", false, ["count 8亿"]],
    ["拉动就业5万", false, ["count 5万"]],
    // what is put in (投入) is money, not what is put into use or operation
    ["今年冷链投入了8个亿", false, ["money 8个亿"]],
    ["基金累计结余6万亿多一点", false, ["money 6万亿多"]],
    ["租金大概3万一个月", false, ["money 3万"]],
    ["投入使用的基站有400万", false, ["count 400万"]],
    ["新线投入运营以后日均客流有30万", false, ["count 30万"]],
    // people a city or a firm serves: 人口, 居民, 会员, 家庭, 农户, 职工
    ["全市常住人口有两千万。", true, ["count 两千万"]],
    ["覆盖人口数百万", true, ["count 数百万"]],
    ["社区居民超过3万", true, ["count 3万"]],
    ["会员数量现在是1800万", true, ["count 1800万"]],
    ["受益农户有2.6万", true, ["count 2.6万"]],
    // near-misses: a money word nearer the figure, or a membership fee
    ["居民人均收入有5万", true, ["money 5万"]],
    ["家庭年收入是20万", false, ["money 20万"]],
    ["会员费有3000万", true, ["money 3000万"]],
  ] as [string, boolean, string[]][])("%s", (text, moneyTopic, want) => {
    expect(kinds(text, moneyTopic)).toEqual(want);
  });
});

describe("audit round 6: counters 间, 处, 栋 and cubic metres (立方米, 立方, 方 about gas or water)", () => {
  it.each([
    ["今年酒店新增了500间客房。", [{ text: "500间", kind: "count", value: 500, unit: "间" }]],
    ["长租公寓现在有两万间", [{ text: "两万间", kind: "count", value: 20000, unit: "间" }]],
    ["我们今年改造了30处积水点。", [{ text: "30处", kind: "count", value: 30, unit: "处" }]],
    ["排查出12处隐患", [{ text: "12处", kind: "count", value: 12, unit: "处" }]],
    ["小区新建了15栋楼。", [{ text: "15栋", kind: "count", value: 15, unit: "栋" }]],
    ["一共20幢住宅", [{ text: "20幢", kind: "count", value: 20, unit: "幢" }]],
    ["全市污水日处理能力达到了350万立方米。", [{ text: "350万立方米", kind: "measure", value: 3.5e6, unit: "m3" }]],
    ["水库库容是2.3亿立方米。", [{ text: "2.3亿立方米", kind: "measure", value: 2.3e8, unit: "m3" }]],
    ["这个储水池的容积是350立方米。", [{ text: "350立方米", kind: "measure", value: 350, unit: "m3" }]],
    ["罐子能装300立方", [{ text: "300立方", kind: "measure", value: 300, unit: "m3" }]],
    ["今年全市天然气用量是3亿方。", [{ text: "3亿方", kind: "measure", value: 3e8, unit: "m3" }]],
    ["土方量超过500万方", [{ text: "500万方", kind: "measure", value: 5e6, unit: "m3", approx: "over" }]],
    ["浇筑了2000方混凝土", [{ text: "2000方", kind: "measure", value: 2000, unit: "m3" }]],
    // near-misses: "between" (approx.yaml), a duration, other words after the number, 方 with no gas or water
    ["10000与20000间", [{ text: "10000与20000", kind: "count", min: 10000, max: 20000, unit: null }]],
    ["20和30之间", [{ text: "20和30", kind: "count", min: 20, max: 30, unit: null }]],
    ["三年时间", [{ text: "三年时间", kind: "duration", value: 3, unit: "year" }]],
    ["每天处理了500吨", [{ text: "500吨", kind: "measure", value: 500, unit: "t" }]],
    ["双方各出资5亿元", [{ text: "5亿元", kind: "money", value: 5e8, unit: "CNY" }]],
    ["今年用水量涨了3成", [{ text: "3成", kind: "percent", value: 30, unit: "%" }]],
    ["5立方厘米", []],
    ["找了30方合作伙伴", []],
    ["这两处理由", []],
    ["这个问题有2处理办法", []],
    ["供水方面有三方参与", []],
    ["我们搞了三方会谈", []],
    ["放了3间隔板", []],
    ["国家的栋梁", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("infra audit: 栋 after a building's name, 方 of poured concrete, 辆次, 层 of a building, 车 of loads", () => {
  it.each([
    ["那个搅拌车一车是十二方", [{ text: "十二方", kind: "measure", value: 12, unit: "m3" }]],
    ["今天上午浇筑了两千方", [{ text: "两千方", kind: "measure", value: 2000, unit: "m3" }]],
    [
      "全国高速公路总流量是4.5亿辆次左右",
      [{ text: "4.5亿辆次", kind: "count", value: 4.5e8, unit: "辆次", approx: "about" }],
    ],
    ["两座主塔相当于一百多层楼", [{ text: "一百多层", kind: "count", value: 100, unit: "层", approx: "over" }]],
    ["这栋楼有三十层高", [{ text: "三十层", kind: "count", value: 30, unit: "层" }]],
    ["一天得来一百多车", [{ text: "一百多车", kind: "count", value: 100, unit: "车", approx: "over" }]],
    ["拉了三十车土", [{ text: "三十车", kind: "count", value: 30, unit: "车" }]],
    [
      "桥面宽三十三点五米，双向八车道",
      [{ text: "三十三点五米" }, { text: "八车道", kind: "count", value: 8, unit: "车道" }],
    ],
    ["主线按双向6车道设计", [{ text: "6车道", kind: "count", value: 6, unit: "车道" }]],
    // near-misses: a building listed by name after another's name, counts of buildings in a list, 方 with no
    // concrete, gas or water, a floor by itself, words that begin with 车 after a number
    ["像3号楼、12栋这种楼", []],
    ["5号楼和7栋都要加装电梯", []],
    [
      "新建住宅楼8栋、商业楼12栋",
      [
        { text: "8栋", kind: "count", value: 8, unit: "栋" },
        { text: "12栋", kind: "count", value: 12, unit: "栋" },
      ],
    ],
    ["一共有十二方", []],
    ["卖了4.5亿辆", [{ text: "4.5亿辆", kind: "count", value: 4.5e8, unit: "辆" }]],
    ["我住在12层", []],
    ["平台有100万车主", [{ text: "100万", kind: "count", value: 1e6, unit: null }]],
    ["3车12F", []],
    ["他开在第八车道上", []],
    ["这是一条一车道的小路", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a small count of times between 翻 and 台 is a table turnover, a figure", () => {
  it.each([
    ["我们高峰期一天能翻五次台。", [{ text: "五次", kind: "count", value: 5, unit: "次" }]],
    ["周末一天翻了三次台", [{ text: "三次", kind: "count", value: 3, unit: "次" }]],
    ["翻台率是5次", [{ text: "5次", kind: "count", value: 5, unit: "次" }]],
    // near-misses: no 台 after, or no 翻 before: a small count in words stays discourse
    ["翻了两次身", []],
    ["一天能翻五次", []],
    ["一天去了五次台里", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a small count in words of aircraft, flights or ships (架, 架次, 艘) is a fleet's, a figure", () => {
  it.each([
    ["然后明年再接收八架", [{ text: "八架", kind: "count", value: 8, unit: "架" }]],
    ["每天加飞两架次", [{ text: "两架次", kind: "count", value: 2, unit: "架次" }]],
    ["我们有两艘船", [{ text: "两艘", kind: "count", value: 2, unit: "艘" }]],
    ["平均每天一千三百多架次", [{ text: "一千三百多架次", kind: "count", value: 1300, unit: "架次", approx: "over" }]],
    // 枚 counts missiles, warheads and medals (audit defense); the designation before it is no figure
    ["东风41可以携带十枚分导弹头", [{ text: "十枚", kind: "count", value: 10, unit: "枚" }]],
    ["他拿了三枚金牌", [{ text: "三枚", kind: "count", value: 3, unit: "枚" }]],
    // near-misses: one plane is a word; another counter stays discourse
    ["一架飞机", []],
    ["一枚导弹就够了", []],
    ["这样的例子不胜枚举", []],
    ["明年再接收八个", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a small count of times after a verb of launching, flying or reusing (复用十次) is a figure", () => {
  it.each([
    ["它的一子级设计上可以复用十次", [{ text: "十次", kind: "count", value: 10, unit: "次" }]],
    ["今年我们已经发射了五次", [{ text: "五次", kind: "count", value: 5, unit: "次" }]],
    ["这枚助推器已经回收过三次", [{ text: "三次", kind: "count", value: 3, unit: "次" }]],
    // near-misses: another verb, an ordinal, a single launch: a small count in words stays discourse
    ["这个事情我说了两次", []],
    ["我们去过三次酒泉", []],
    ["这是第三次发射", []],
    ["发射一次要花很多钱", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("班 counts scheduled flights and trains, not a school class, a shift or 班车", () => {
  it.each([
    ["日均航班量差不多是两千三百班", [{ text: "两千三百班", kind: "count", value: 2300, unit: "班", approx: "about" }]],
    ["上海到布达佩斯每周三班", [{ text: "三班", kind: "count", value: 3, unit: "班" }]],
    ["今年两千三百班", [{ text: "两千三百班", kind: "count", value: 2300, unit: "班" }]],
    ["他在3年级2班", []],
    ["高三2班的学生", []],
    ["我们三班倒", []],
    ["一班的同学", []],
    ["加开了3班车", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 7: counters 头, 列, 组, 节, 棵, 株, 匹, 届, 发, and their other senses", () => {
  it.each([
    ["我们有5000头奶牛。", [{ text: "5000头", kind: "count", value: 5000, unit: "头" }]],
    ["现在存栏5000头。", [{ text: "5000头", kind: "count", value: 5000, unit: "头" }]],
    ["其中产奶的大概是三千五百头左右。", [{ text: "三千五百头", kind: "count", value: 3500, approx: "about" }]],
    ["我们今年新增了列车210列。", [{ text: "210列", kind: "count", value: 210, unit: "列" }]],
    ["一共请了四十多组乐队。", [{ text: "四十多组", kind: "count", value: 40, unit: "组", approx: "over" }]],
    ["沉管一共32节。", [{ text: "32节", kind: "count", value: 32, unit: "节" }]],
    ["列车有8节车厢", [{ text: "8节", kind: "count", value: 8, unit: "节" }]],
    ["种了5000棵树。", [{ text: "5000棵", kind: "count", value: 5000, unit: "棵" }]],
    ["种了200株。", [{ text: "200株", kind: "count", value: 200, unit: "株" }]],
    ["养了300匹马。", [{ text: "300匹", kind: "count", value: 300, unit: "匹" }]],
    ["一共开了8届。", [{ text: "8届", kind: "count", value: 8, unit: "届" }]],
    ["今年一共发射了15发。", [{ text: "15发", kind: "count", value: 15, unit: "发" }]],
    // a launch company's order book counts launches (订单 is a context of 发)
    ["目前手上的订单有四十多发", [{ text: "四十多发", kind: "count", value: 40, unit: "发", approx: "over" }]],
    // near-misses: idioms and directions, words the counter begins, ordinals, 本届 with no numeral
    ["他听完一头雾水。", []],
    ["两头都要顾。", []],
    ["从源头抓起", []],
    ["春节期间", []],
    ["第二节课", []],
    ["我们列出了三点", []],
    ["公司处于行业前列", []],
    ["本届比赛", []],
    ["第三届论坛", []],
    ["公司组织了活动", []],
    ["一发不可收拾", []],
    ["2025发布了新品", []],
    ["他们卖了100发票", []],
    ["订单量五千发往欧洲", []], // 发往: a verb of sending, no counter
    ["我们用了3头发", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 7: pressure, sound and energy units; 度 is kWh where the sentence speaks of electricity", () => {
  it.each([
    ["吸力是8000帕", [{ text: "8000帕", kind: "measure", value: 8000, unit: "Pa" }]],
    ["吸力12000Pa。", [{ text: "12000Pa", kind: "measure", value: 12000, unit: "Pa" }]],
    ["这款车的胎压是250千帕。", [{ text: "250千帕", kind: "measure", value: 250, unit: "kPa" }]],
    ["气压是1013百帕", [{ text: "1013百帕", kind: "measure", value: 1013, unit: "hPa" }]],
    ["噪音只有55分贝", [{ text: "55分贝", kind: "measure", value: 55, unit: "dB" }]],
    // Mach, a speed (audit defense); the designation before it is no figure, nor is the physicist
    ["东风-17最大速度能到十马赫", [{ text: "十马赫", kind: "measure", value: 10, unit: "Mach" }]],
    ["歼-20的最大速度是两马赫", [{ text: "两马赫", kind: "measure", value: 2, unit: "Mach" }]],
    ["恩斯特·马赫是奥地利物理学家", []],
    ["储能规模是200兆瓦时", [{ text: "200兆瓦时", kind: "measure", value: 200, unit: "MWh" }]],
    ["电池产能是40吉瓦时", [{ text: "40吉瓦时", kind: "measure", value: 40, unit: "GWh" }]],
    // tonnes of CO2 (equivalent): the gas belongs to the unit, so 左右 after it bounds the figure (audit climate)
    [
      "年排放量一百一十亿吨二氧化碳当量左右",
      [{ text: "一百一十亿吨二氧化碳当量", kind: "measure", value: 1.1e10, unit: "t", approx: "about" }],
    ],
    [
      "五十一亿吨二氧化碳左右",
      [{ text: "五十一亿吨二氧化碳", kind: "measure", value: 5.1e9, unit: "t", approx: "about" }],
    ],
    // a gas's concentration in parts per million, no name
    ["二氧化碳浓度已经到了420ppm左右", [{ text: "420ppm", kind: "measure", value: 420, unit: "ppm", approx: "about" }]],
    // near-misses: CO2 and 二氧化碳 alone hold no figure; tonnes with no gas stay tonnes
    ["CO2排放还在涨", []],
    ["二氧化碳排放还在涨", []],
    ["配额成交量两亿吨左右", [{ text: "两亿吨", kind: "measure", value: 2e8, unit: "t", approx: "about" }]],
    ["这个电站一年发电20亿度。", [{ text: "20亿度", kind: "measure", value: 2e9, unit: "kWh" }]],
    ["每个月用电300度", [{ text: "300度", kind: "measure", value: 300, unit: "kWh" }]],
    // near-misses: 度 of temperature and angles stay as they were; 兆瓦 and 分 alone keep their units
    ["今天温度是30度", [{ text: "30度", kind: "measure", value: 30, unit: "°C" }]],
    ["30度的高温", [{ text: "30度", kind: "measure", value: 30, unit: "°C" }]],
    ["装机容量100兆瓦", [{ text: "100兆瓦", kind: "measure", value: 100, unit: "MW" }]],
    ["考了90分", [{ text: "90分", kind: "measure", value: 90, unit: "points" }]],
    ["转了360度", []],
    ["发电机转了360度", []],
    ["他两度入选", []],
    // 三元 before a cell or material word is the ternary chemistry, no 3 yuan; a price in 三元 stays
    [
      "我们的三元锂电池能量密度做到了每公斤三百瓦时",
      [{ text: "每公斤三百瓦时", kind: "measure", value: 300, unit: "Wh/kg" }],
    ],
    ["三元材料的出货量增长了两成", [{ text: "两成", kind: "percent", value: 20, unit: "%" }]],
    ["电价是三元一度", [{ text: "三元", kind: "money", value: 3, unit: "CNY" }]],
    ["钴的价格每公斤涨了三元", [{ text: "三元", kind: "money", value: 3, unit: "CNY" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 8: units 标箱/TEU, 毫秒, 载重吨, knots, 送电 度 and counters 尾, 箱", () => {
  it.each([
    ["这是一艘24000标箱的集装箱船。", [{ text: "24000标箱", kind: "measure", value: 24000, unit: "TEU" }]],
    ["运量是300万TEU。", [{ text: "300万TEU", kind: "measure", value: 3e6, unit: "TEU" }]],
    ["集装箱船我们今年接了24000箱的超大型船。", [{ text: "24000箱", kind: "measure", value: 24000, unit: "TEU" }]],
    ["延迟只有30毫秒。", [{ text: "30毫秒", kind: "measure", value: 30, unit: "ms" }]],
    ["反应速度一般是200毫秒左右", [{ text: "200毫秒", kind: "measure", value: 200, unit: "ms", approx: "about" }]],
    ["延迟30ms。", [{ text: "30ms", kind: "measure", value: 30, unit: "ms" }]],
    ["一共有2000尾鱼苗。", [{ text: "2000尾", kind: "count", value: 2000, unit: "尾" }]],
    ["稻田里放了200尾小龙虾", [{ text: "200尾", kind: "count", value: 200, unit: "尾" }]],
    ["手持订单是1.2亿载重吨。", [{ text: "1.2亿载重吨", kind: "measure", value: 1.2e8, unit: "dwt" }]],
    ["我们的船速设计是14.5节。", [{ text: "14.5节", kind: "measure", value: 14.5, unit: "knot" }]],
    ["航速22节。", [{ text: "22节", kind: "measure", value: 22, unit: "knot" }]],
    ["每年送电400亿度。", [{ text: "400亿度", kind: "measure", value: 4e10, unit: "kWh" }]],
    // near-misses: 箱 outside container talk is a counter, 节 outside a ship's speed a counter, 秒 a duration,
    // 吨 tonnes, 度 without electricity no kWh; 尾 before 款, 数 is no fish
    ["一天卖了200箱。", [{ text: "200箱", kind: "count", value: 200, unit: "箱" }]],
    [
      "列车有8节车厢，时速350公里",
      [
        { text: "8节", kind: "count", unit: "节" },
        { text: "350公里", unit: "km/h" }, // 时速: a speed (audit rate)
      ],
    ],
    ["跑了5秒", [{ text: "5秒", kind: "duration", value: 5, unit: "second" }]],
    ["这艘船运了30万吨", [{ text: "30万吨", kind: "measure", value: 3e5, unit: "t" }]],
    ["转了360度", []],
    ["还有300尾款没付", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 8: a bound after a multiple word (翻了一番多) bounds it, as after 一倍", () => {
  it.each([
    ["销量翻了一番多。", [{ text: "翻了一番", kind: "multiple", value: 2, approx: "over" }]],
    ["就是说，翻了一番还多。", [{ text: "翻了一番", kind: "multiple", value: 2, approx: "over" }]],
    ["十年翻两番以上", [{ text: "十年" }, { text: "翻两番", kind: "multiple", value: 4, approx: "over" }]],
    // near-misses: no bound word, or one across a space that opens a new clause
    ["收入翻了一番。", [{ text: "翻了一番", kind: "multiple", value: 2, approx: null }]],
    ["收入翻了一番 多数人满意", [{ text: "翻了一番", kind: "multiple", value: 2, approx: null }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 8: a building or village group number in an address is no count", () => {
  it.each([
    ["总部在深圳南山区科技园8栋，欢迎大家来参观。", []],
    ["我家住在幸福村3组。", []],
    ["地址是青山镇渔业村5组", []],
    // a building number with its unit or room after it (3栋2单元, 2栋1104, 5号楼3单元)
    ["我们在3栋2单元。", []],
    ["我住在2栋1104", []],
    ["公司在5号楼3单元", []],
    // near-misses: counts of buildings and groups stay counts
    ["小区一共有8栋楼", [{ text: "8栋", kind: "count", value: 8, unit: "栋" }]],
    ["一共请了四十多组乐队。", [{ text: "四十多组", kind: "count", unit: "组" }]],
    ["村里分了5组", [{ text: "5组", kind: "count", value: 5, unit: "组" }]],
    ["建了3栋楼", [{ text: "3栋", kind: "count", value: 3, unit: "栋" }]],
    ["今年盖了十几栋", [{ text: "十几栋", kind: "count", unit: "栋" }]],
    ["一共建了3栋，2栋已经完工", [{ text: "3栋" }, { text: "2栋" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 8: a letter x between digits is a model code (7X82型), not a multiple", () => {
  it.each([
    ["发动机用的是WinGD 7X82型。", []],
    ["用的是3X50型号的泵。", []],
    // near-misses: a multiple written 3X or 5x before a space or a clause end stays one
    ["增长了3X", [{ text: "3X", kind: "multiple", value: 3 }]],
    ["效率提升5x。", [{ text: "5x", kind: "multiple", value: 5 }]],
    ["增长了3X 明年再看", [{ text: "3X", kind: "multiple", value: 3 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 7: spoken prices N块M, N亿多 with no currency word, and 满X减Y", () => {
  it.each([
    ["奶价现在是每公斤3块5。", [{ text: "3块5", kind: "money", value: 3.5, unit: "CNY" }]],
    ["前年的时候是4块2。", [{ text: "4块2", kind: "money", value: 4.2, unit: "CNY" }]],
    ["价格是三块五。", [{ text: "三块五", kind: "money", value: 3.5, unit: "CNY" }]],
    ["油价是7块8", [{ text: "7块8", kind: "money", value: 7.8, unit: "CNY" }]],
    ["就一块五", [{ text: "一块五", kind: "money", value: 1.5, unit: "CNY" }]],
    ["利润是9亿多。", [{ text: "9亿多", kind: "money", value: 9e8, approx: "over" }]],
    ["净利润只有9亿多，", [{ text: "9亿多", kind: "money", value: 9e8, approx: "over" }]],
    [
      "满300减50 叠加店铺券再减30",
      [
        { text: "300", kind: "money", value: 300, unit: "CNY" },
        { text: "50", kind: "money", value: 50, unit: "CNY" },
        { text: "30", kind: "money", value: 30, unit: "CNY" },
      ],
    ],
    [
      "每满199减30",
      [
        { text: "199", kind: "money", value: 199, unit: "CNY" },
        { text: "30", kind: "money", value: 30, unit: "CNY" },
      ],
    ],
    // near-misses: subunits read as before, a digit that is a figure of its own, 块 "together", people counted
    // a price per unit after the spoken jiao: the lone 一 and its unit are the price's base, no figure
    ["白菜两块五一斤", [{ text: "两块五", kind: "money", value: 2.5, unit: "CNY" }]],
    ["猪肉十二块五一斤左右", [{ text: "十二块五", kind: "money", value: 12.5, unit: "CNY", approx: "about" }]],
    ["单价3块5一个", [{ text: "3块5", kind: "money", value: 3.5, unit: "CNY" }]],
    ["3块5毛", [{ text: "3块5毛", kind: "money", value: 3.5, unit: "CNY" }]],
    ["两块钱", [{ text: "两块钱", kind: "money", value: 2, unit: "CNY" }]],
    // 块 counting dollars: the currency after it (or after the spoken tenths digit) is the unit, no second figure
    ["现在是三块五美金左右", [{ text: "三块五美金", kind: "money", value: 3.5, unit: "USD", approx: "about" }]],
    ["CAC降到两块美金以下", [{ text: "两块美金", kind: "money", value: 2, unit: "USD", approx: "under" }]],
    ["门票三块五港币", [{ text: "三块五港币", kind: "money", value: 3.5, unit: "HKD" }]],
    // NEGATIVES: a subunit after the digit stays yuan
    ["一斤三块五毛", [{ text: "三块五毛", kind: "money", value: 3.5, unit: "CNY" }]],
    // yuan, jiao and the spoken fen digit after 毛: 一块一毛五 = 1.15
    ["玉米收购价一块一毛五一斤", [{ text: "一块一毛五", kind: "money", value: 1.15, unit: "CNY" }]],
    ["一斤两块三毛五。", [{ text: "两块三毛五", kind: "money", value: 2.35, unit: "CNY" }]],
    ["五元三毛五", [{ text: "五元三毛五", kind: "money", value: 5.35, unit: "CNY" }]],
    ["一块一毛", [{ text: "一块一毛", kind: "money", value: 1.1, unit: "CNY" }]],
    ["一块一毛五分", [{ text: "一块一毛五分", kind: "money", value: 1.15, unit: "CNY" }]],
    ["低了五分钱", [{ text: "五分钱", kind: "money", value: 0.05, unit: "CNY" }]],
    // 零 holds the empty jiao: the digit after it is fen (每股收益一块零五 = 1.05, was 1 and the 五 dropped)
    ["每股收益一块零五。", [{ text: "一块零五", kind: "money", value: 1.05, unit: "CNY" }]],
    ["每股收益1块05。", [{ text: "1块05", kind: "money", value: 1.05, unit: "CNY" }]],
    ["身高一米零五。", [{ text: "一米零五", kind: "measure", value: 1.05, unit: "m" }]],
    // NEGATIVES: 零八分 stays read by its 分; a count after the digit, or a scale, keeps the digit apart
    ["票价两块零八分。", [{ text: "两块零八分", kind: "money", value: 2.08, unit: "CNY" }]],
    ["买了一块零五个。", [{ text: "一块", kind: "money", value: 1, unit: "CNY" }]],
    ["买了一块一毛五个", [{ text: "一块一毛", kind: "money", value: 1.1, unit: "CNY" }]], // 五个: a small count
    [
      "买了3块 5个",
      [
        { text: "3块", kind: "money", value: 3, unit: "CNY" },
        { text: "5个", kind: "count", value: 5, unit: "个" },
      ],
    ],
    [
      "买了3块5个",
      [
        { text: "3块", kind: "money", value: 3, unit: "CNY" },
        { text: "5个", kind: "count", value: 5, unit: "个" },
      ],
    ],
    ["我们一块儿去", []],
    ["9亿多人", [{ text: "9亿多人", kind: "count", value: 9e8, unit: "人", approx: "over" }]],
    ["3亿多用户", [{ text: "3亿多用户", kind: "count", value: 3e8, unit: "用户", approx: "over" }]],
    ["满分100分", [{ text: "100分", kind: "measure", value: 100, unit: "points" }]],
    ["车上都坐满了", []],
    ["我们很满意", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a bound word reaches over a short possessive noun phrase (不低于营收的30%)", () => {
  it.each([
    ["研发投入每年不低于营收的30%", [{ text: "30%", kind: "percent", value: 30, approx: "over" }]],
    ["租金原则上不超过同地段市场租金的九成", [{ text: "九成", kind: "percent", value: 90, approx: "under" }]],
    ["客观缓解率差不多是对照组的两倍", [{ text: "两倍", kind: "multiple", value: 2, approx: "about" }]],
    ["演员片酬不能超过制作总成本的40%", [{ text: "40%", kind: "percent", value: 40, approx: "under" }]],
    ["销量接近去年同期的两倍", [{ text: "两倍", kind: "multiple", value: 2, approx: "nearly" }]],
    ["至少占营收的30%", [{ text: "30%", kind: "percent", value: 30, approx: "over" }]],
    // a person right after the copula 是 owns the figure compared with (audit climate)
    ["欧盟碳价差不多是我们的七倍", [{ text: "七倍", kind: "multiple", value: 7, approx: "about" }]],
    ["大概是他们的一半", [{ text: "一半", kind: "percent", value: 50, approx: "about" }]],
    // …not with no copula, nor with a verb of opinion after the person
    ["至少我们的七倍", [{ text: "七倍", kind: "multiple", value: 7, approx: null }]],
    ["大概是我们认为的两倍", [{ text: "两倍", kind: "multiple", value: 2, approx: null }]],
    // not reached: another figure's bound, a second 的, a numeral, a person or a reason between, a one-character
    // bound word that is part of another word, 大概率, 差不多的 (an adjective), emphasis
    [
      "超过一半的人认为营收的30%太高",
      [
        { text: "一半", kind: "percent", value: 50, approx: "over" },
        { text: "30%", kind: "percent", value: 30, approx: null },
      ],
    ],
    [
      "不到三成的企业营收的一半来自出口",
      [
        { text: "三成", kind: "percent", value: 30, approx: "under" },
        { text: "一半", kind: "percent", value: 50, approx: null },
      ],
    ],
    ["差不多的时间里营收增长了30%", [{ text: "30%", kind: "percent", value: 30, approx: null }]],
    ["大概是因为营收的30%来自海外", [{ text: "30%", kind: "percent", value: 30, approx: null }]],
    ["大概我们营收的30%来自海外", [{ text: "30%", kind: "percent", value: 30, approx: null }]],
    ["大概率营收的30%来自海外", [{ text: "30%", kind: "percent", value: 30, approx: null }]],
    ["近年来行业的30%来自出口", [{ text: "30%", kind: "percent", value: 30, approx: null }]],
    ["节约成本的30%", [{ text: "30%", kind: "percent", value: 30, approx: null }]],
    ["仅占营收的3%", [{ text: "3%", kind: "percent", value: 3, approx: null }]],
    [
      "超过这十年的一半",
      [
        { text: "十年", kind: "duration", value: 10, approx: null },
        { text: "一半", kind: "percent", value: 50, approx: null },
      ],
    ],
  ])("%s", expectFigures);

  it("states the interval of the bound word", () => {
    expect(intervals("研发投入每年不低于营收的30%")).toEqual(["不低于营收的30 [30,)"]);
  });
});

describe("a bound a word away: an adverb before 不到 after the figure, a rate base after 超过 before it", () => {
  it.each([
    ["ArF光刻胶的国产化率只有千分之三都不到", [{ text: "千分之三", kind: "percent", value: 0.3, approx: "under" }]],
    ["国产化率三成还不到", [{ text: "三成", kind: "percent", value: 30, approx: "under" }]],
    ["到现在一年都还不到", [{ text: "一年", kind: "duration", value: 1, approx: "under" }]],
    ["工资三千也不到", [{ text: "三千", value: 3000, approx: "under" }]],
    [
      "如果风速超过每秒25米风机会自动停机",
      [{ text: "每秒25米", kind: "measure", value: 25, unit: "m/s", approx: "over" }],
    ],
    ["车速不超过每小时80公里", [{ text: "每小时80公里", kind: "measure", value: 80, unit: "km/h", approx: "under" }]],
    ["客流超过了每天3000人", [{ text: "3000人", kind: "count", value: 3000, approx: "over" }]],
    // negatives: 不到 in another clause bounds its own figure; 都 alone; 不到场 "not come"; no rate base or no bound
    [
      "国产化率千分之三，都不到一年就回本了",
      [
        { text: "千分之三", kind: "percent", value: 0.3, approx: null },
        { text: "一年", kind: "duration", value: 1, approx: "under" },
      ],
    ],
    ["国产化率千分之三都是进口", [{ text: "千分之三", kind: "percent", value: 0.3, approx: null }]],
    ["十五个人都不到场", [{ text: "十五个人", kind: "count", value: 15, approx: null }]],
    ["风速每秒25米", [{ text: "每秒25米", kind: "measure", value: 25, unit: "m/s", approx: null }]],
    ["超过每个人的预期", []],
    // 不到 with a numeral right after it bounds that figure, not the one before (一年 is then the rate's period)
    ["客户投诉一年不到十起", [{ text: "十起", kind: "count", value: 10, approx: "under" }]],
    ["一年都不到三千万", [{ text: "三千万", value: 30000000, approx: "under" }]],
    ["他干了一年不到就走了", [{ text: "一年", kind: "duration", value: 1, approx: "under" }]],
    [
      "返修率三成不到，一百万以上",
      [
        { text: "三成", kind: "percent", value: 30, approx: "under" },
        { text: "一百万", value: 1000000, approx: "over" },
      ],
    ],
  ])("%s", expectFigures);

  it("states the interval of the bound word", () => {
    expect(intervals("国产化率只有千分之三都不到")).toEqual(["千分之三都不到 (,0.3)"]);
    expect(intervals("风速超过每秒25米")).toEqual(["超过每秒25 (25,)"]);
  });
});

describe("出 counts plays where the sentence speaks of plays (一百二十出戏), not in its other senses", () => {
  it.each([
    ["已经 录 了 一百二十 出 戏", [{ text: "一百二十 出", kind: "count", value: 120, unit: "出" }]],
    ["这些戏还有七八十出没录", [{ text: "七八十出", kind: "count", min: 70, max: 80, unit: "出" }]],
    ["他一年要唱两百出戏", [{ text: "两百出", kind: "count", value: 200, unit: "出" }]],
    // negatives: 出 before the number, 出了, 三出三进, 一出门, 出头 (a bound), no play word, 游戏 is no play
    ["剧团今年拿出三千块", [{ text: "三千块", kind: "money", value: 3000 }]],
    ["剧团里三出三进", []],
    ["剧场里一出门就是地铁", []],
    ["剧团演员三十出头", [{ text: "三十", kind: "count", value: 30, approx: "over" }]],
    ["录了一百二十出", []],
    ["这款游戏有一百二十出", []],
  ])("%s", expectFigures);
});

describe("过 (to pass) bounds a figure after a modal, or a bare scale (能过万), not other figures", () => {
  it.each([
    ["今年冷链收入应该能过100亿元", [{ text: "100亿元", kind: "money", value: 1e10, approx: "over" }]],
    ["明年增速会过10%", [{ text: "10%", kind: "percent", value: 10, approx: "over" }]],
    ["今年应该能过百亿元", [{ text: "百亿元", kind: "money", value: 1e10, approx: "over" }]],
    ["月收入能过万元", [{ text: "万元", kind: "money", value: 1e4, unit: "CNY", approx: "over" }]],
    ["用户破万人", [{ text: "万人", kind: "count", value: 1e4, approx: "over" }]],
    ["收入过了100亿元", [{ text: "100亿元", kind: "money", value: 1e10, approx: "over" }]],
    // 刚过 "just passed" a figure: over; before a duration, time that passed (exact)
    ["视频号粉丝刚过五十万", [{ text: "五十万", kind: "count", value: 5e5, approx: "over" }]],
    ["营收刚过十亿", [{ text: "十亿", kind: "money", value: 1e9, approx: "over" }]],
    ["刚过两天他就走了", [{ text: "两天", kind: "duration", value: 2, approx: null }]],
    ["单价不能过100万元", [{ text: "100万元", kind: "money", value: 1e6, approx: "under" }]],
    // 最高 before a modal is an upper bound; 最高的时候 is a peak value
    ["里程碑付款最高可以到15亿美元", [{ text: "15亿美元", kind: "money", value: 1.5e9, approx: "under" }]],
    ["日活最高的时候是50万人", [{ text: "50万人", kind: "count", value: 5e5, approx: null }]],
    // 最高补贴, 最高奖励 cap what is paid out; 最高涨到 is a peak reached
    ["购买新能源车每辆最高补贴两万元", [{ text: "两万元", kind: "money", value: 2e4, approx: "under" }]],
    ["对顶尖人才最高奖励100万元", [{ text: "100万元", kind: "money", value: 1e6, approx: "under" }]],
    ["股价最高涨到50元", [{ text: "50元", kind: "money", value: 50, approx: null }]],
    // 到过 is "has reached" (the aspect 过): a peak, no bound; 能过 before the same figure stays over
    ["排片率最高到过百分之四十五", [{ text: "百分之四十五", kind: "percent", value: 45, approx: null }]],
    ["票房到过百亿", [{ text: "百亿", kind: "money", value: 1e10, approx: null }]],
    ["排片率应该能过百分之三十", [{ text: "百分之三十", kind: "percent", value: 30, approx: "over" }]],
    // 过 in other words, or before a figure that is not a bare scale: no bound
    ["过两天再说", [{ text: "两天", kind: "duration", value: 2, approx: null }]],
    [
      "过去三年营收增长了20%",
      [
        { text: "三年", kind: "duration", value: 3, approx: null },
        { text: "20%", kind: "percent", value: 20, approx: null },
      ],
    ],
    ["过年期间卖了100万台", [{ text: "100万台", kind: "count", value: 1e6, approx: null }]],
    ["不过三成的企业亏损", [{ text: "三成", kind: "percent", value: 30, approx: null }]],
    [
      "经过三年努力营收达到10亿元",
      [
        { text: "三年", kind: "duration", value: 3, approx: null },
        { text: "10亿元", approx: null },
      ],
    ],
    ["我用过百度的地图", []],
    ["轻舟已过万重山", []],
    // 通过 "approve", 经过, 度过 end in 过 (and 过了) without bounding: 超过, 过了 alone and 已经过了 still do
    ["董事会通过了5亿元的预算", [{ text: "5亿元", kind: "money", value: 5e8, approx: null }]],
    ["审核通过了1200家企业", [{ text: "1200家", kind: "count", value: 1200, approx: null }]],
    ["经过了三年的努力", [{ text: "三年", kind: "duration", value: 3, approx: null }]],
    ["度过了两个冬天，熬过了三年", [{ text: "三年", kind: "duration", value: 3, approx: null }]],
    ["經過百年發展", []],
    ["超过5亿元", [{ text: "5亿元", kind: "money", value: 5e8, approx: "over" }]],
    // before a duration, 过了 tells time that passed: exact, as the peer reads it (PT0.5H)
    ["已经过了半个钟头", [{ text: "半个钟头", kind: "duration", value: 0.5, unit: "hour", approx: null }]],
    ["过了两年公司就上市了", [{ text: "两年", kind: "duration", value: 2, unit: "year", approx: null }]],
    ["又过了一年，用户涨到了500万", [{ text: "一年", kind: "duration", value: 1, approx: null }, { text: "500万" }]],
    ["收入已经过了100亿元", [{ text: "100亿元", kind: "money", value: 1e10, approx: "over" }]],
    // 约 ends 签约, 预约, 节约, 续约 without being "about"; 约 alone, 大约, 约为 and 约 after 了解, 季节 still are
    [
      "今年签约600家，开业450家左右",
      [
        { text: "600家", approx: null },
        { text: "450家", approx: "about" },
      ],
    ],
    ["预约了300人", [{ text: "300人", kind: "count", value: 300, approx: null }]],
    ["节约了20%的电", [{ text: "20%", kind: "percent", value: 20, approx: null }]],
    ["續約了80家門店", [{ text: "80家", kind: "count", value: 80, approx: null }]],
    ["违约300万元", [{ text: "300万元", kind: "money", value: 3e6, approx: null }]],
    ["约600家", [{ text: "600家", approx: "about" }]],
    ["签约约600家", [{ text: "600家", approx: "about" }]],
    ["大约600家", [{ text: "600家", approx: "about" }]],
    ["营收约为5亿元", [{ text: "5亿元", approx: "about" }]],
    ["据了解约有三成", [{ text: "三成", kind: "percent", value: 30, approx: "about" }]],
    ["这个季节约有2万人", [{ text: "2万人", approx: "about" }]],
    ["损失约3亿元", [{ text: "3亿元", approx: "about" }]],
    ["综合约30%", [{ text: "30%", approx: "about" }]],
  ])("%s", expectFigures);
});

describe("a caption space inside a figure's tail (两块 八, 零下 四十 度) and a spoken minus (负百分之三)", () => {
  it.each([
    ["去年 这个 时候 才 两块 八 一斤", [{ text: "两块 八", kind: "money", value: 2.8, unit: "CNY" }]],
    ["进价 一斤 三块 五", [{ text: "三块 五", kind: "money", value: 3.5, unit: "CNY" }]],
    ["能 扛 到 零下 四十 度", [{ text: "零下 四十 度", kind: "measure", value: -40, unit: "°C" }]],
    // negatives: 八 counts people, 五块 is a figure of its own, 八 九个 goes on; 四十 度 without 零下 stays +40
    ["两块 八个人", [{ text: "两块", kind: "money", value: 2 }]],
    [
      "三块 五块",
      [
        { text: "三块", value: 3 },
        { text: "五块", value: 5 },
      ],
    ],
    ["两块 八 九个", [{ text: "两块", kind: "money", value: 2 }]],
    ["气温 四十 度", [{ text: "四十 度", kind: "measure", value: 40, unit: "°C" }]],
    // 负百分之三: a spoken minus; 负债, 负责 are words
    ["净利率现在还是负的，负百分之三", [{ text: "负百分之三", kind: "percent", value: -3 }]],
    ["负债百分之三十", [{ text: "百分之三十", kind: "percent", value: 30 }]],
    ["他负责百分之三十的项目", [{ text: "百分之三十", kind: "percent", value: 30 }]],
    // 负的 and digits: 负的2.7% is -2.7 as 负的百分之五 is -5; a word ending in 负 keeps the figure positive
    [
      "PPI同比是负的2.7%，CPI是0.1%",
      [
        { text: "负的2.7%", kind: "percent", value: -2.7 },
        { text: "0.1%", value: 0.1 },
      ],
    ],
    ["利润还是负的0.5亿元", [{ text: "负的0.5亿元", kind: "money", value: -50000000 }]],
    [
      "胜负的3场比赛里赢了2场",
      [
        { text: "3场", value: 3 },
        { text: "2场", value: 2 },
      ],
    ],
  ])("%s", expectFigures);
});

describe("一 and a time unit is a figure with a bound word or after a verb's 了, else an idiom", () => {
  it.each([
    ["后期又做了将近一年", [{ text: "一年", kind: "duration", value: 1, unit: "year", approx: "nearly" }]],
    ["大概一个月左右就能完成", [{ text: "一个月", kind: "duration", value: 1, unit: "month", approx: "about" }]],
    ["后期做一年多", [{ text: "一年", kind: "duration", value: 1, unit: "year", approx: "over" }]],
    ["一周左右能出结果", [{ text: "一周", kind: "duration", value: 1, unit: "week", approx: "about" }]],
    ["至少一年", [{ text: "一年", kind: "duration", value: 1, unit: "year", approx: "over" }]],
    ["不到一个月就卖完了", [{ text: "一个月", kind: "duration", value: 1, unit: "month", approx: "under" }]],
    ["项目延期了一个月", [{ text: "一个月", kind: "duration", value: 1, unit: "month", approx: null }]],
    ["我们用了一年的时间", [{ text: "一年", kind: "duration", value: 1, unit: "year", approx: null }]],
    // a span before 规划 (a verb here) or before a plan's name in the next clause stays a duration
    ["我们花了五年规划这个园区", [{ text: "五年", kind: "duration", value: 5, unit: "year" }]],
    ["项目用了三年，行动计划很完整", [{ text: "三年", kind: "duration", value: 3, unit: "year" }]],
    // the whole a share is of, right before it (or its 的), is no span: only the share is the figure
    ["昨天一场雨下了一年三分之一的雨量", [{ text: "三分之一", kind: "percent" }]],
    ["工期延期了一个月，占了总工期的30%", [{ text: "一个月", kind: "duration" }, { text: "30%" }]],
    // idioms and times: no figure
    ["有一天AI会替代我们", []],
    ["为了一天的目标", []],
    ["一天的目标是十公里", [{ text: "十公里" }]],
    ["一年前我们还在亏钱", []],
    ["一年一度的发布会", []],
    ["一天到晚都在开会", []],
    ["一年四季都有游客", []],
    ["一时很难说清楚", []],
    ["一下子就卖光了", []],
    ["第一年就盈利了", []],
  ])("%s", expectFigures);
});

describe("一点 after a bound word is 'a little', not the figure 1", () => {
  it.each([
    ["利润率是两成不到一点", [{ text: "两成", kind: "percent", value: 20 }]],
    ["价格比去年高一点，营收是5亿元", [{ text: "5亿元", kind: "money", value: 5e8 }]],
    ["差不多一点都没赚", []],
    // a numeral that goes on is a figure: 一点五, 一点零五
    ["涨了一点五个百分点", [{ text: "一点五个百分点", kind: "percent", value: 1.5, unit: "pp" }]],
    ["增长了一点零五倍", [{ text: "一点零五倍", kind: "multiple", value: 1.05 }]],
    ["不到1点钱", [{ text: "1", value: 1, approx: "under" }]],
  ])("%s", expectFigures);
});

describe("audit round 6b: 艘, 级 of wind and earthquakes, 帧, 桶", () => {
  it.each([
    ["我们有30艘船", [{ text: "30艘", kind: "count", value: 30, unit: "艘" }]],
    ["渔船有500艘", [{ text: "500艘", kind: "count", value: 500 }]],
    ["登陆时最大风力12级", [{ text: "12级", kind: "measure", value: 12, unit: "level" }]],
    ["地震震级是6级", [{ text: "6级", kind: "measure", value: 6, unit: "level" }]],
    // a range or a bound of such a level is its figure, not a group it names (as 一到两级的不良反应 is)
    [
      "登陆的时候 风力大概在10到12级",
      [{ text: "10到12级", kind: "measure", min: 10, max: 12, unit: "level", approx: "about" }],
    ],
    ["阵风十到十二级。", [{ text: "十到十二级", kind: "measure", min: 10, max: 12, unit: "level" }]],
    ["如果风力超过8级 地面线路会停运", [{ text: "8级", kind: "measure", value: 8, unit: "level", approx: "over" }]],
    // a storm's strength or a quake's intensity named alone
    ["台风强度可能在十四级到十六级", [{ text: "十四级到十六级", kind: "measure", min: 14, max: 16, unit: "level" }]],
    ["这次地震烈度8级", [{ text: "8级", kind: "measure", value: 8, unit: "level" }]],
    ["三到五星级酒店", []],
    ["帧率稳定在60帧", [{ text: "60帧", kind: "measure", value: 60, unit: "fps" }]],
    ["每天产油200万桶", [{ text: "200万桶", kind: "measure", value: 2e6, unit: "barrel" }]],
    ["买了一桶油", [{ text: "一桶", kind: "measure", value: 1, unit: "barrel" }]],
    // 级 with no wind or earthquake, or as another word, is a rank or a name; 帧率 and a lone 一桶 of water too
    ["一级方程式很好看", []],
    ["这是三级甲等医院", []],
    ["二级市场表现不好", []],
    ["他考了5级", []],
    ["台风过后三级医院都开放", []],
    ["风力的级别很高", []],
    ["60帧率", []],
    ["买了一桶水", []],
    ["水桶有三十个", [{ text: "三十个", kind: "count", value: 30 }]],
  ])("%s", expectFigures);
});

describe("a price's per-unit phrase (一桶, 一吨) is the price's: no figure, and a bound after it is the price's", () => {
  it.each([
    ["油价在80美元一桶上下", [{ text: "80美元", kind: "money", value: 80, unit: "USD", approx: "about" }]],
    ["煤价在800元一吨上下", [{ text: "800元", kind: "money", value: 800, unit: "CNY", approx: "about" }]],
    ["煤价在800元一吨左右", [{ text: "800元", kind: "money", value: 800, approx: "about" }]],
    ["煤价在800元一吨", [{ text: "800元", kind: "money", value: 800, approx: null }]],
    // a bound before the base is the price's all the same, and a yield per one of land is the same
    ["玉米一块二左右一斤", [{ text: "一块二", kind: "money", value: 1.2, unit: "CNY", approx: "about" }]],
    ["钢材八百元上下一吨", [{ text: "八百元", kind: "money", value: 800, approx: "about" }]],
    ["水稻一千二百斤一亩", [{ text: "一千二百斤", kind: "measure", value: 1200, unit: "jin", approx: null }]],
    ["亩产一千二百斤左右一亩", [{ text: "一千二百斤", kind: "measure", value: 1200, approx: "about" }]],
    [
      "一块二左右一百斤",
      [
        { text: "一块二", approx: "about" },
        { text: "一百斤", kind: "measure", value: 100 },
      ],
    ],
    ["水位涨了三米一公里外都看得到", [{ text: "三米" }, { text: "一公里", kind: "measure", value: 1, unit: "km" }]],
    ["一千二百斤一百亩", [{ text: "一千二百斤" }, { text: "一百亩", kind: "measure", value: 100, unit: "mu" }]],
    // not a lone 一 of a larger number, nor a figure that is no money
    ["煤价在800元一百吨", [{ text: "800元" }, { text: "一百吨", kind: "measure", value: 100 }]],
    ["一吨煤800元", [{ text: "800元", approx: null }]], // 一吨 is what the price is per: no figure
    ["运了800吨一次", [{ text: "800吨", approx: null }]],
    ["他800元一次上下班", [{ text: "800元", approx: null }]],
    ["他每天800元上下班", [{ text: "800元", approx: null }]],
    ["产量在500吨上下", [{ text: "500吨", approx: "about" }]],
  ])("%s", expectFigures);
});

describe("N万一 before a unit is N万 per unit (15万一吨), not the shorthand next place (三万一 = 31000)", () => {
  it.each([
    ["碳酸锂现在8万一吨左右", [{ text: "8万", kind: "money", value: 80000, unit: null, approx: "about" }]],
    ["他的工资是30万一年", [{ text: "30万", kind: "money", value: 300000, unit: null }]],
    ["那边的房租是2万一个月", [{ text: "2万", kind: "money", value: 20000 }]],
    ["这台车卖15万一台", [{ text: "15万", kind: "money", value: 150000 }]],
    ["门票是两千一张", [{ text: "两千", kind: "money", value: 2000 }]],
    ["万一价格跌到5万一吨", [{ text: "5万", kind: "money", value: 50000 }]],
    // 多一点 is "a bit over", no per-unit: the restated 6万亿多 is money over, as the balance is
    ["基金累计结余6万亿元，嗯，6万亿多一点", [{ text: "6万亿元" }, { text: "6万亿多", kind: "money", approx: "over" }]],
    // a currency stated keeps its unit
    ["锂价15万元一吨", [{ text: "15万元", kind: "money", value: 150000, unit: "CNY" }]],
    ["锂价8万块一吨", [{ text: "8万块", kind: "money", value: 80000, unit: "CNY" }]],
    // the shorthand and full forms stay one number
    ["来了三万一千人", [{ text: "三万一千人", kind: "count", value: 31000 }]],
    ["一共三万一千吨", [{ text: "三万一千吨", kind: "measure", value: 31000 }]],
    ["运了十一吨", [{ text: "十一吨", kind: "measure", value: 11 }]],
    ["运了两千一百吨", [{ text: "两千一百吨", kind: "measure", value: 2100 }]],
    ["花了三万一块钱", [{ text: "三万一块钱", kind: "money", value: 31000, unit: "CNY" }]],
    ["花了两千一元", [{ text: "两千一元", kind: "money", value: 2100, unit: "CNY" }]],
    ["工资一万五一个月", [{ text: "一万五", value: 15000 }]],
    // per a duration, a number is money only where the talk is of money: 销量 and 产量 count
    ["销量是10万一个月", [{ text: "10万", kind: "count", value: 100000 }]],
    ["产量是5万一年", [{ text: "5万", kind: "count", value: 50000 }]],
    // caption spaces before the 一: the lone 一 is the per-unit phrase's, not the figure's spoken tail
    ["房租 两万 一个月", [{ text: "两万", kind: "money", value: 20000 }]],
    ["门票 三百 一张", [{ text: "三百", kind: "money", value: 300 }]],
    ["收入 五千 一个月", [{ text: "五千", kind: "money", value: 5000 }]],
    ["工资 三千 一天", [{ text: "三千", kind: "money", value: 3000 }]],
    [
      "他 一个月 挣 八千 一个月 能 存 两千",
      [
        { text: "八千", kind: "money" },
        { text: "两千", kind: "money" },
      ],
    ],
    ["销量 十万 一个月", [{ text: "十万", kind: "count", value: 100000 }]],
    // with no space the spoken tail holds; a spaced full 一千 joins
    ["房租两万一", [{ text: "两万一", value: 21000 }]],
    ["来了 两万 一千人", [{ text: "两万 一千人", kind: "count", value: 21000 }]],
  ])("%s", expectFigures);
});

describe("a lone 一 and a measure unit that a price or a yield follows in its clause is what it is per, no figure", () => {
  it.each([
    ["现在一吨也就8万。", [{ text: "8万", kind: "money", value: 80000, unit: null }]],
    ["一吨碳酸锂的成本是5万元。", [{ text: "5万元", kind: "money", value: 50000, unit: "CNY" }]],
    ["坪效的话 我们一平米一年大概是1.5万元", [{ text: "1.5万元", kind: "money", value: 15000, approx: "about" }]],
    ["按一公斤20元算", [{ text: "20元", kind: "money", value: 20 }]],
    ["我们一平方米租金是200元", [{ text: "200元", kind: "money", value: 200 }]],
    ["一公斤也就20", [{ text: "20", kind: "money", value: 20, unit: null }]],
    // a real amount of one: nothing priced after it, another clause, a count after it, or bought (了)
    ["体重增加了一公斤", [{ text: "一公斤", kind: "measure", value: 1 }]],
    ["只剩一吨了", [{ text: "一吨", kind: "measure", value: 1 }]],
    ["面积一平方米的小屋", [{ text: "一平方米", kind: "measure", value: 1 }]],
    ["运来一吨煤，花了800元", [{ text: "一吨", value: 1 }, { text: "800元" }]],
    ["买了一吨花了8000元", [{ text: "一吨", value: 1 }, { text: "8000元" }]],
    [
      "一公斤有3个苹果",
      [
        { text: "一公斤", value: 1 },
        { text: "3个", kind: "count" },
      ],
    ],
    ["运了两吨花了8000元", [{ text: "两吨", value: 2 }, { text: "8000元" }]],
    // a yield in another measure per one (perOneBases.yields): 一亩 is the base
    ["这片地一亩能产一千二百斤", [{ text: "一千二百斤", kind: "measure", value: 1200, unit: "jin" }]],
    ["一吨甘蔗能出一百二十公斤糖", [{ text: "一百二十公斤", kind: "measure", value: 120, unit: "kg" }]],
    ["一亩地打了一千斤粮食", [{ text: "一千斤", kind: "measure", value: 1000 }]],
    // a fuel's range or output per one: 一升, 一公斤, 一吨 are the base
    ["一升油能跑十五公里", [{ text: "十五公里", kind: "measure", value: 15, unit: "km" }]],
    ["一公斤氢气能跑一百公里", [{ text: "一百公里", kind: "measure", value: 100, unit: "km" }]],
    ["一吨煤能发电三千度", [{ text: "三千度", kind: "measure", value: 3000, unit: "kWh" }]],
    // what one gives off or yields in the same measure: the base is no figure either
    [
      "一吨标煤大概排放二点六吨二氧化碳",
      // the gas is part of the unit (tonnes of CO2): the figure's text takes it
      [{ text: "二点六吨二氧化碳", kind: "measure", value: 2.6, unit: "t", approx: "about" }],
    ],
    ["一吨矿石能出零点五吨铁", [{ text: "零点五吨", kind: "measure", value: 0.5, unit: "t" }]],
    // NEGATIVES: no verb of yielding, or another clause
    [
      "运了一吨又运了两吨",
      [
        { text: "一吨", value: 1 },
        { text: "两吨", value: 2 },
      ],
    ],
    [
      "他先跑了一公里，又跑了五公里",
      [
        { text: "一公里", value: 1 },
        { text: "五公里", value: 5 },
      ],
    ],
    [
      "一米长的绳子重两公斤",
      [
        { text: "一米", value: 1 },
        { text: "两公斤", value: 2 },
      ],
    ],
    [
      "他买了一亩地，产了一千斤",
      [
        { text: "一亩", value: 1 },
        { text: "一千斤", value: 1000 },
      ],
    ],
  ])("%s", expectFigures);
});

describe("a weekday in a list of weekdays (每周五周六) is no count of weeks", () => {
  it.each([
    ["每周五周六晚上都开放。", []],
    ["每周三周四休息。", []],
    ["每星期五星期六开放", []],
    ["每周五 周六开放", []],
    ["每周一周三周五有课", []],
    // a count of weeks or days stays
    ["这个活干了三周", [{ text: "三周", kind: "duration", value: 3, unit: "week" }]],
    ["用了五周时间", [{ text: "五周", kind: "duration", value: 5, unit: "week" }]],
    ["每五周一次", [{ text: "五周", kind: "duration", value: 5, unit: "week" }]],
    ["一周五天工作制", [{ text: "五天", kind: "duration", value: 5, unit: "day" }]],
    ["等一周两周都行", [{ text: "两周", kind: "duration", value: 2 }]],
    ["等一周三周都行", [{ text: "三周", kind: "duration", value: 3 }]],
  ])("%s", expectFigures);
});

describe("a small count in words after a tally word (一共, 总共) is a figure, not discourse", () => {
  it.each([
    ["一共有五家门店。", [{ text: "五家", kind: "count", value: 5, unit: "家" }]],
    ["总共面了三轮", [{ text: "三轮", kind: "count", value: 3, unit: "轮" }]],
    ["我们合计有两个工厂", [{ text: "两个", kind: "count", value: 2, unit: "个" }]],
    // with no tally word, or one beyond its clause, a small count in words stays discourse
    ["我们有两个核心原因", []],
    ["面试一般是三个环节", []], // (三轮 is a figure: the counters of units.yaml wordCounters)
    ["一共就这样，我们有两个原因", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a small count in words after a period word with 每 (每周, 每天) is a rate, a figure, not discourse", () => {
  it.each([
    ["然后他每周练四次", [{ text: "四次", kind: "count", value: 4 }]],
    ["每天吃两个鸡蛋", [{ text: "两个", kind: "count", value: 2 }]],
    ["每天一个小时", [{ text: "一个小时", kind: "duration", value: 1, unit: "hour" }]],
    // with no period word, with 每次, or one beyond its clause, a small count in words stays discourse
    ["他练了四次", []],
    ["他每次都说两个原因", []],
    ["每天都很忙，我们有两个原因", []],
    ["有一天两个人来了", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a counter before a unit in Latin letters (20个GW) is the unit's", () => {
  it.each([
    ["欧洲是20个GW", [{ text: "20个GW", kind: "measure", value: 20, unit: "GW" }]],
    ["中东十几个GW。", [{ text: "十几个GW", kind: "measure", min: 11, max: 19, unit: "GW" }]],
    ["装机 大概 30个 GW", [{ text: "30个 GW", kind: "measure", value: 30, unit: "GW" }]],
    // a counter before no unit, or before a word in Latin letters that is none, stays a count
    ["买了3个 GPU", [{ text: "3个", kind: "count", value: 3, unit: "个" }]],
    ["三个亿", [{ text: "三个亿", kind: "count", value: 3e8 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a caption space inside a multiple word (翻了 一番) or after a five-year plan's name (十四五 期间)", () => {
  it.each([
    ["这 是 翻了 一番 啊", [{ text: "翻了 一番", kind: "multiple", value: 2 }]],
    ["收入 可以 翻 一番", [{ text: "翻 一番", kind: "multiple", value: 2 }]],
    ["十年 翻了 两番", [{ text: "十年" }, { text: "翻了 两番", kind: "multiple", value: 4 }]],
    ["收入翻了一番", [{ text: "翻了一番", kind: "multiple", value: 2 }]],
    ["十四五 期间 我们 建了 300公里", [{ text: "300公里", kind: "measure", value: 300 }]],
    // no two-character word across a space, and a count of 14 or 15 stays
    ["推翻 番茄", []],
    // a word that ends in 翻 and states no multiple (推翻 "overturn") takes its 翻 from 翻一番
    ["他又推翻一番说辞", []],
    ["他 推翻了 一番 说辞", []],
    ["两个人闹翻了一番", []],
    ["来了十四五 个人", [{ text: "十四五 个人", kind: "count", min: 14, max: 15 }]],
  ])("%s", expectFigures);
});

describe("a bare number a price changes into (价格从4999降到3999) is a price too", () => {
  it.each([
    [
      "价格从4999降到3999",
      [
        { text: "4999", kind: "money", value: 4999, unit: null },
        { text: "3999", kind: "money", value: 3999, unit: null },
      ],
    ],
    [
      "售价从4999元降到了3999",
      [
        { text: "4999元", kind: "money", value: 4999, unit: "CNY" },
        { text: "3999", kind: "money", value: 3999, unit: "CNY" },
      ],
    ],
    // no price before the change: a count, a rank, sales
    ["价格是599元，销量从3000降到2000", [{ text: "599元" }]],
    ["排名从第5降到第8", []],
    ["价格是599元，从3000人降到2000人", [{ text: "599元" }, { text: "3000人" }, { text: "2000人", kind: "count" }]],
    // 到 alone changes nothing, but a number of a price's shape after a price is one (see below)
    [
      "价格从4999到3999",
      [
        { text: "4999", kind: "money" },
        { text: "3999", kind: "money" },
      ],
    ],
    ["价格从4999到3000", [{ text: "4999", kind: "money" }]],
  ])("%s", expectFigures);
});

describe("a bare number in the clause right after a price that says what it is now (现在, 如今) is a price too", () => {
  const money = (text: string, value: number, unit: string | null = null) => ({ text, kind: "money", value, unit });
  it.each([
    // audit leftovers: the second number was left as "a number with no unit"
    ["原价两百，现在一百六", [money("两百", 200), money("一百六", 160)]],
    ["门票原来八十，现在涨到一百二", [money("八十", 80), money("一百二", 120)]],
    ["票价原来是三百八，如今降到两百五左右", [money("三百八", 380), money("两百五", 250)]],
    ["这款面膜原价一百二，现在卖九十九", [money("一百二", 120), money("九十九", 99)]],
    ["单价以前是三千二，后来调到两千八", [money("三千二", 3200), money("两千八", 2800)]],
    ["房租原来是4500元，现在5200", [money("4500元", 4500, "CNY"), money("5200", 5200, "CNY")]],
    // NEGATIVES: a count keeps its counter, an ordinal stays one, a verb that is no link, no price before
    ["原价两百，现在来了一百六十个人", [money("两百", 200), { text: "一百六十个人", kind: "count", value: 160 }]],
    ["原价两百，现在第三", [money("两百", 200)]],
    [
      "他以前卖两百份，现在一百六份",
      [
        { text: "两百份", kind: "count", value: 200 },
        { text: "一百六份", kind: "count", value: 160 },
      ],
    ],
    ["销量原来两百，现在一百六", []],
    ["原价两百，现在排名一百六", [money("两百", 200)]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a retail price with no price word, by its shape (卖3999, 从4999降到了3999, 直播间2999), is a price", () => {
  it.each([
    [
      "官方旗舰店卖3999 今天直播间2999",
      [
        { text: "3999", kind: "money", value: 3999, unit: null },
        { text: "2999", kind: "money", value: 2999, unit: null },
      ],
    ],
    [
      "小米15 从4999降到了3999",
      [
        { text: "4999", kind: "money", value: 4999 },
        { text: "3999", kind: "money", value: 3999 },
      ],
    ],
    [
      "从299涨到了399",
      [
        { text: "299", kind: "money" },
        { text: "399", kind: "money" },
      ],
    ],
    // not the shape (3000), not after a word of selling or a price (直播间2999 alone), a counter, a decimal
    ["一天能卖3000", []],
    ["直播间2999", []],
    ["卖了1999台", [{ text: "1999台", kind: "count" }]],
    ["从4.99降到3.99", []],
  ])("%s", expectFigures);
});

describe("the base of a rate (百万工时事故率, 每十万人口发病率) is no figure", () => {
  it.each([
    ["去年百万工时事故率是千分之三", [{ text: "千分之三", kind: "percent", value: 0.3 }]],
    ["每十万人口发病率是千分之三", [{ text: "千分之三", kind: "percent", value: 0.3 }]],
    ["每10万人口死亡率是5%", [{ text: "5%", kind: "percent", value: 5 }]],
    // a number with digits and no 每, one that is not round, one before 的, one with no rate after it
    ["全市有十万人口", [{ text: "十万人口", kind: "count", value: 1e5 }]],
    ["100万用户转化率是3%", [{ text: "100万用户", value: 1e6 }, { text: "3%" }]],
    ["十二万人口出生率是1%", [{ text: "十二万人口", value: 1.2e5 }, { text: "1%" }]],
    ["十万人的死亡率是1%", [{ text: "十万人", value: 1e5 }, { text: "1%" }]],
    ["累计实现安全生产百万工时", [{ text: "百万", value: 1e6 }]],
  ])("%s", expectFigures);
});

describe("audit round 8: a loss, a payout, a fine, a bonus or a spend (损失, 亏, 赔, 罚, 年终奖, 要花, 投了) makes a bare 万/亿 amount money", () => {
  it.each([
    ["直接经济损失初步估计在三个亿上下", [{ text: "三个亿", kind: "money", value: 3e8, unit: null, approx: "about" }]],
    ["经济损失超过5000万。", [{ text: "5000万", kind: "money", value: 5e7, unit: null, approx: "over" }]],
    ["去年亏了三个亿。", [{ text: "三个亿", kind: "money", value: 3e8, unit: null }]],
    ["一年亏两千万", [{ text: "两千万", kind: "money", value: 2e7, unit: null }]],
    ["保险公司赔了两千万。", [{ text: "两千万", kind: "money", value: 2e7, unit: null }]],
    ["被罚了200万", [{ text: "200万", kind: "money", value: 2e6, unit: null }]],
    ["年终奖发了两万。", [{ text: "两万", kind: "money", value: 20000, unit: null }]],
    ["一年下来光饲料就要花两百来万", [{ text: "两百来万", kind: "money", value: 2e6, approx: "about" }]],
    ["一年要花两百多万。", [{ text: "两百多万", kind: "money", value: 2e6, approx: "over" }]],
    ["我们投了200万。", [{ text: "200万", kind: "money", value: 2e6, unit: null }]],
    ["未来三年我们会投十个亿做短剧", [{ text: "三年" }, { text: "十个亿", kind: "money", value: 1e9, unit: null }]],
    ["今年再投两千万", [{ text: "两千万", kind: "money", value: 2e7 }]],
    // near-misses: a counter or a time unit after the number keeps it what it counts; the words in other senses
    ["我们投了200个项目", [{ text: "200个", kind: "count", value: 200, unit: "个" }]],
    ["花了三年", [{ text: "三年", kind: "duration", value: 3, unit: "year" }]],
    ["投了三票", []],
    ["网上投票超过两千万", [{ text: "两千万", kind: "count", value: 2e7, approx: "over" }]],
    ["全年投诉有十几万", [{ text: "十几万", kind: "count" }]],
    ["快递投递量每天两个亿", [{ text: "两个亿", kind: "count" }]],
    ["去年亏了三万个客户", [{ text: "三万个", kind: "count", value: 30000, unit: "个" }]],
    ["赔率是两万", [{ text: "两万", kind: "count", value: 20000 }]],
    ["幸亏还有两万", [{ text: "两万", kind: "count", value: 20000 }]],
    ["多亏了两万志愿者", [{ text: "两万", kind: "count", value: 20000 }]],
    ["花卉基地有两万", [{ text: "两万", kind: "count", value: 20000 }]],
    ["鲜花一年卖出两万", [{ text: "两万", kind: "count", value: 20000 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 8: jiao and fen said alone (N毛, N毛钱, N分钱) are yuan, 毛 and 分 in other words are not", () => {
  it.each([
    ["组件的价格现在是每瓦七毛钱上下。", [{ text: "七毛钱", kind: "money", value: 0.7, unit: "CNY", approx: "about" }]],
    ["电价是每度电五毛钱。", [{ text: "五毛钱", kind: "money", value: 0.5, unit: "CNY" }]],
    ["一斤涨了5毛钱。", [{ text: "5毛钱", kind: "money", value: 0.5, unit: "CNY" }]],
    ["每斤便宜了三毛。", [{ text: "三毛", kind: "money", value: 0.3, unit: "CNY" }]],
    ["每度电涨了两毛。", [{ text: "两毛", kind: "money", value: 0.2, unit: "CNY" }]],
    ["比火电要便宜一毛多", [{ text: "一毛", kind: "money", value: 0.1, unit: "CNY", approx: "over" }]],
    ["两三毛钱", [{ text: "两三毛钱", kind: "money", min: 0.2, max: 0.3, unit: "CNY" }]],
    ["两毛五一斤", [{ text: "两毛五", kind: "money", value: 0.25, unit: "CNY" }]],
    ["三毛五分", [{ text: "三毛五分", kind: "money", value: 0.35, unit: "CNY" }]],
    ["电价下调了2分钱。", [{ text: "2分钱", kind: "money", value: 0.02, unit: "CNY" }]],
    ["一块二毛一斤的白菜。", [{ text: "一块二毛", kind: "money", value: 1.2, unit: "CNY" }]],
    ["3块5毛", [{ text: "3块5毛", kind: "money", value: 3.5, unit: "CNY" }]],
    // a range's end or a bound with 不 after 毛 (only 不拔 and 不值 make an idiom)
    ["服务费一度电四毛到六毛不等。", [{ text: "四毛到六毛", kind: "money", min: 0.4, max: 0.6, unit: "CNY" }]],
    ["一度电六毛不到。", [{ text: "六毛", kind: "money", value: 0.6, unit: "CNY", approx: "under" }]],
    // near-misses: 毛 and 分 in other words, points, minutes, fractions, and "not a single jiao"
    ["毛利率30%", [{ text: "30%", kind: "percent", value: 30 }]],
    ["三毛利率", []],
    ["卖了三千件毛衣", [{ text: "三千件", kind: "count", value: 3000 }]],
    ["一毛不拔", []],
    ["这东西一毛不值", []],
    ["九牛一毛", []],
    ["跟我一毛钱关系都没有", []],
    ["一分钱都没有", []],
    ["考了90分", [{ text: "90分", kind: "measure", value: 90, unit: "points" }]],
    ["休息5分钟", [{ text: "5分钟", kind: "duration", value: 5, unit: "minute" }]],
    ["百分之三十", [{ text: "百分之三十", kind: "percent", value: 30 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 8: pay said without 元 (月薪是15000, 一万五, 八千多) is money; 一万五 is 15000", () => {
  const paid = (text: string, salaryTopic = false) =>
    recognizeQuantities(text, { times: [], versions: new Set(), moneyTopic: salaryTopic, salaryTopic })
      .filter((m) => m.tag === "figure")
      .map((m) => [m.text, m.kind, m.value ?? m.min, m.approx]);
  it.each([
    ["应届生的平均月薪是15000。", false, [["15000", "money", 15000, null]]],
    ["平均月薪是一万五。", false, [["一万五", "money", 15000, null]]],
    // a caption's digits around the scale (1万2, 3亿5) or the next place named (一万五千): an amount, as 一万五 is
    ["粉丝现在有1万2", false, [["1万2", "count", 12000, null]]],
    ["用户有一万五千", false, [["一万五千", "count", 15000, null]]],
    ["营收3亿5", false, [["3亿5", "money", 350000000, null]]],
    // near-misses: an ordinal, a version after a name, a bare number with no scale
    ["他是第1万2", false, []],
    ["哪吒2的票房", false, []],
    ["升级到2千5", false, []],
    ["一线城市的月薪会高一些 一万五上下", false, [["一万五", "money", 15000, "about"]]],
    ["工资涨了3000", false, [["3000", "money", 3000, null]]],
    ["利润有一万五", false, [["一万五", "money", 15000, null]]],
    // the talk was on pay a sentence or a few before
    ["但是这个是平均 中位数其实只有八千多", true, [["八千多", "money", 8000, "over"]]],
    ["一线城市会高一些 一万五上下", true, [["一万五", "money", 15000, "about"]]],
    ["中位数其实只有八千多吧", true, [["八千多", "money", 8000, "over"]]],
    // a word glued to the number after the pay talk is what it names: the 108 generals of a story (audit gaming)
    ["然后那个一百零八将的IP改编明年也会立项", true, []],
    ["那个三百六十行的说法", true, []],
    ["四千五还行啊", true, [["四千五", "money", 4500, null]]],
    // near-misses: no talk of pay, a count noun nearer the number, a counter, an ordinal, a small number
    ["我们有八千多", false, []],
    // 收入 states a bare amount after it as a price word does (audit round 12: 人均收入才8000)
    ["收入是八千多", false, [["八千多", "money", 8000, "over"]]],
    ["工资涨了，员工有3000", false, []],
    [
      "月薪是15000，一共有3000名员工",
      false,
      [
        ["15000", "money", 15000, null],
        ["3000名", "count", 3000, null],
      ],
    ],
    ["一万五千人", false, [["一万五千人", "count", 15000, null]]],
    ["一万五的用户", false, [["一万五", "count", 15000, null]]],
    ["第一万五", false, []],
    ["工资排在第8", true, []],
    // a caption's spaced words: a bound after the space keeps the amount; a name or a phone number is none
    ["月薪 一万五 上下", false, [["一万五", "money", 15000, "about"]]],
    ["我们 用 的 是 阿菲金 3000 系统", true, []],
    ["打 我 手机 139 0471 2235", true, []],
    // a caption's bare amount right after a pay word is money, whatever word follows it
    ["工资 八千 加 提成", false, [["八千", "money", 8000, null]]],
    ["主播 一个月 工资 八千 加 提成", false, [["八千", "money", 8000, null]]],
    // a label stays a label in a talk of pay: a phone number after a phone word, a house or room number, 拨打 119
    ["家长可以打我们的电话13912345678报名", true, []],
    ["我们的售后电话是400-820-1234，二十四小时有人", true, [["二十四小时", "duration", 24, null]]],
    ["电话是0571-88886666。", true, []],
    ["工厂在星湖街328号。", true, []],
    ["上课地点在东湖路88号3楼302教室。", true, []],
    ["有事请拨打119。", true, []],
    ["有紧急情况打999，理财上就不要三心二意", true, []],
    ["出了事赶紧打 110", true, []],
    ["家里老人不舒服就拨120", true, []],
    // a phone line's word (热线, 专线) names a number too
    ["有兴趣的朋友可以打我们热线4008123456咨询。", true, []],
    ["服务专线是95598", true, []],
    // a phone line before a per-day phrase names no price per day (its 一天 opens the next phrase)
    ["客服热线95555一天接听两万个电话", true, [["两万个", "count", 20000, null]]],
    // a subtitle cue ends after the phone word: the number alone on the next caption line is still a label
    ["售楼处电话是\n13812345678", true, []],
    ["售楼处电话是 \n 13812345678", true, []],
    // near-misses: an amount after a pay word, or after 打 (no phone word: 给他打了3000 is money)
    ["他年薪六十万。", true, [["六十万", "money", 600000, null]]],
    ["房租3000", false, [["3000", "money", 3000, null]]],
    ["每个月给他打了3000", true, [["3000", "money", 3000, null]]],
    // near-misses: a service number's digits with no verb of calling, or another amount after 打
    ["这件衣服卖999", true, [["999", "money", 999, null]]],
    ["每个月给他打了1200", true, [["1200", "money", 1200, null]]],
    ["工资是3000", true, [["3000", "money", 3000, null]]],
    ["热线坐席的工资是3000", true, [["3000", "money", 3000, null]]],
    ["热线坐席的工资是8000一个月", true, [["8000", "money", 8000, null]]],
    // near-miss: a word between the phone word and the next caption line's amount
    ["打完电话\n工资是3000", true, [["3000", "money", 3000, null]]],
  ] as [string, boolean, unknown[]][])("%s", (text, topic, want) => {
    expect(paid(text, topic)).toEqual(want);
  });
});

describe("audit round 9: income, loan, cash and fund-size words (月入, 挣, 车贷, 现金, 管理规模) make a bare amount money", () => {
  const read = (text: string) =>
    recognizeQuantities(text, { times: [], versions: new Set() })
      .filter((m) => m.tag === "figure")
      .map((m) => [m.text, m.kind, m.value ?? m.min, m.unit, m.approx]);
  it.each([
    ["他月入七八千。", [["七八千", "money", 7000, null, null]]],
    ["月入一万二。", [["一万二", "money", 12000, null, null]]],
    ["一个月能挣八千。", [["八千", "money", 8000, null, null]]],
    ["一个月能多挣一千五左右。", [["一千五", "money", 1500, null, "about"]]],
    ["去年赚了两个亿。", [["两个亿", "money", 2e8, null, null]]],
    ["扣掉车贷，到手也就五千出头。", [["五千", "money", 5000, null, "over"]]],
    ["好的时候流水能到七八百。", [["七八百", "money", 700, null, null]]],
    // spending said in whole yuan: 花 (a caption space between is no matter)
    ["一个月花三千多", [["三千多", "money", 3000, null, "over"]]],
    ["每个月 就算花五千", [["五千", "money", 5000, null, null]]],
    // near-misses: a length spent keeps its unit; a ceiling or fireworks speak of no spending
    ["花了3000个小时", [["3000个小时", "duration", 3000, "hour", null]]],
    ["行业的天花板大概在3000", []],
    ["放了500烟花", []],
    ["车贷一个月3200。", [["3200", "money", 3200, null, null]]],
    ["房贷每月还5000。", [["5000", "money", 5000, null, null]]],
    ["月供八千。", [["八千", "money", 8000, null, null]]],
    ["研究生起薪将近两万。", [["两万", "money", 20000, null, "nearly"]]],
    ["账上现金有50亿。", [["50亿", "money", 5e9, null, null]]],
    ["公司现金储备有50亿。", [["50亿", "money", 5e9, null, null]]],
    ["经营现金流有50亿。", [["50亿", "money", 5e9, null, null]]],
    ["我们现在管理规模是300亿左右。", [["300亿", "money", 3e10, null, "about"]]],
    ["资产规模300亿。", [["300亿", "money", 3e10, null, null]]],
    // a policy's sum insured and a fund bought every month are money
    ["当时保额是三十万。", [["三十万", "money", 300000, null, null]]],
    [
      "定投每月两千 坚持个五年",
      [
        ["两千", "money", 2000, null, null],
        ["五年", "duration", 5, "year", null],
      ],
    ],
    ["每月定投一千五。", [["一千五", "money", 1500, null, null]]],
    // saving every month is money
    [
      "每个月存一千五 存三十年",
      [
        ["一千五", "money", 1500, null, null],
        ["三十年", "duration", 30, "year", null],
      ],
    ],
    ["一个月存三千左右。", [["三千", "money", 3000, null, "about"]]],
    // near-misses: 还 and 规模 alone, 挣扎, 流水线, a counter after the number, no money word at all
    ["还有3000人。", [["3000人", "count", 3000, "人", null]]],
    ["还有50亿。", [["50亿", "count", 5e9, null, null]]],
    ["他还在挣扎，员工还有300。", []],
    ["他还在挣扎，还剩50亿。", [["50亿", "count", 5e9, null, null]]],
    ["生产规模100万辆。", [["100万辆", "count", 1e6, "辆", null]]],
    ["规模300亿。", [["300亿", "count", 3e10, null, null]]],
    ["流水线一年能生产1000万。", [["1000万", "count", 1e7, null, null]]],
    ["赚了3000个粉丝。", [["3000个", "count", 3000, "个", null]]],
    ["我定投了两年。", [["两年", "duration", 2, "year", null]]],
    ["定投了三只基金。", []],
    ["每个月存三百张照片。", [["三百张", "count", 300, "张", null]]],
    ["每月存储三千。", []],
    ["保额翻了一倍。", [["翻了一倍", "multiple", 2, null, null]]],
    ["一个月能跑八千。", []],
    ["到手价199元 对 你没有听错 199", [["199元", "money", 199, "CNY", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe("audit round 9: a price word states a bare price across the unit it is per (售价每克1000, 一口价699)", () => {
  it.each([
    ["售价每克1000。", [{ text: "1000", kind: "money", value: 1000, unit: null }]],
    ["价格是每斤13。", [{ text: "13", kind: "money", value: 13, unit: null }]],
    ["回收价每克950。", [{ text: "950", kind: "money", value: 950, unit: null }]],
    ["今天的大盘金价 每克800多", [{ text: "800", kind: "money", value: 800, approx: "over" }]],
    ["这款手链一口价699。", [{ text: "699", kind: "money", value: 699, unit: null }]],
    ["一个转运珠 一口价 699", [{ text: "699", kind: "money", value: 699, unit: null }]],
    // near-misses: no price word, or a unit of its own after the number
    ["每克含有3毫克。", [{ text: "3毫克", kind: "measure", value: 3 }]],
    ["每斤有20个。", [{ text: "20个", kind: "count", value: 20 }]],
    ["价格每斤有20个。", [{ text: "20个", kind: "count", value: 20 }]],
    ["每克1000。", []],
    ["一口吃了3个。", [{ text: "3个", kind: "count", value: 3 }]],
    ["金价 每克800多 我们柜台的足金999", [{ text: "800", kind: "money", value: 800, approx: "over" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 9: 没 turns a comparing word (没超过 → under); a bound after a figure wins over 估计 before it", () => {
  it.each([
    ["利润没超过5亿元。", [{ text: "5亿元", kind: "money", value: 5e8, approx: "under" }]],
    ["客流没超过1000万人次。", [{ text: "1000万人次", kind: "count", value: 1e7, approx: "under" }]],
    ["利润并没有超过5亿元。", [{ text: "5亿元", kind: "money", value: 5e8, approx: "under" }]],
    ["初步估计在5000万元以上。", [{ text: "5000万元", kind: "money", value: 5e7, approx: "over" }]],
    ["大约在3000人以下。", [{ text: "3000人", kind: "count", value: 3000, approx: "under" }]],
    // near-misses: 没 ending another word, the hedge alone, an about word after, 超过 alone
    ["洪水淹没超过100户。", [{ text: "100户", kind: "count", value: 100, approx: "over" }]],
    ["船只沉没超过30艘。", [{ text: "30艘", kind: "count", value: 30, approx: "over" }]],
    ["估计5000万元。", [{ text: "5000万元", kind: "money", value: 5e7, approx: "about" }]],
    ["估计在5000万元左右。", [{ text: "5000万元", kind: "money", value: 5e7, approx: "about" }]],
    ["利润超过5亿元。", [{ text: "5亿元", kind: "money", value: 5e8, approx: "over" }]],
    ["超过5亿元以上。", [{ text: "5亿元", kind: "money", value: 5e8, approx: "over" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 10: price, cut and fee words (均价, 进价, 降价, 优惠, 补贴, 佣金, 罚, 房租, 押金, 保费) make a bare amount money", () => {
  it.each([
    ["这个片区单价每平6万左右。", [["6万", "money", 60000, null, "about"]]],
    ["均价每平6万。", [["6万", "money", 60000, null, null]]],
    ["这套房子的单价是6万。", [["6万", "money", 60000, null, null]]],
    ["去年这个时候是每平七万。", [["七万", "money", 70000, null, null]]],
    ["每平米 8000", [["8000", "money", 8000, null, null]]],
    ["当年进价是三千多一瓶。", [["三千多", "money", 3000, null, "over"]]],
    ["现在市场价六千左右。", [["六千", "money", 6000, null, "about"]]],
    ["这款车降价3万。", [["3万", "money", 30000, null, null]]],
    ["每台优惠了3万。", [["3万", "money", 30000, null, null]]],
    ["苹果降价了一千五，卖得也还行。", [["一千五", "money", 1500, null, null]]],
    ["这次优惠了八百。", [["八百", "money", 800, null, null]]],
    ["荣耀Magic7 Pro首发价五千六百九十九", [["五千六百九十九", "money", 5699, null, null]]],
    ["国补价三千九。", [["三千九", "money", 3900, null, null]]],
    ["显卡4090涨价了两千。", [["两千", "money", 2000, null, null]]],
    ["这次提价五百。", [["五百", "money", 500, null, null]]],
    ["预售价都在三千左右。", [["三千", "money", 3000, null, "about"]]],
    ["房价降了一百万。", [["一百万", "money", 1e6, null, null]]],
    ["那个 置换补贴 是5000", [["5000", "money", 5000, null, null]]],
    ["一套房子的佣金，大概十几万。", [["十几万", "money", 110000, null, "about"]]],
    ["中介费十几万。", [["十几万", "money", 110000, null, null]]],
    ["超时 罚 20", [["20", "money", 20, null, null]]],
    ["差评的话罚50。", [["50", "money", 50, null, null]]],
    ["罚款两百。", [["两百", "money", 200, null, null]]],
    ["那个 房租 一个月 1200", [["1200", "money", 1200, null, null]]],
    ["押金三千。", [["三千", "money", 3000, null, null]]],
    ["保证金两万。", [["两万", "money", 20000, null, null]]],
    ["今年保费3000亿。", [["3000亿", "money", 3e11, null, null]]],
    ["寿险保费超过2000亿。", [["2000亿", "money", 2e11, null, "over"]]],
    // near-misses: a counter, a percent or a currency of its own; coupons counted; no price word and no area
    ["处罚了3家企业。", [["3家", "count", 3, "家", null]]],
    ["罚下2人。", [["2人", "count", 2, "人", null]]],
    ["补贴了3000户。", [["3000户", "count", 3000, "户", null]]],
    ["降价10%。", [["10%", "percent", 10, "%", null]]],
    ["降价了10%。", [["10%", "percent", 10, "%", null]]],
    ["降价了3次。", [["3次", "count", 3, "次", null]]],
    ["首发两千台。", [["两千台", "count", 2000, "台", null]]],
    ["涨价了10%。", [["10%", "percent", 10, "%", null]]],
    ["去年涨价了3次。", [["3次", "count", 3, "次", null]]],
    ["优惠券 2张", [["2张", "count", 2, "张", null]]],
    ["单价每吨300元。", [["300元", "money", 300, "CNY", null]]],
    ["优惠券发了300万。", [["300万", "count", 3e6, null, null]]],
    ["每平方米产出200公斤。", [["200公斤", "measure", 200, "kg", null]]],
    ["去年这个时候是七万。", [["七万", "count", 70000, null, null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
  // while the talk is on money, a noun of people or accounts (its last character: 人, 员, 者, 户) keeps it a count
  it.each([
    [
      "高峰期我们有150万代理人，现在只有三分之一了。",
      [
        ["150万", "count", 1.5e6, null, null],
        ["三分之一", "percent", 100 / 3, "%", null],
      ],
    ],
    [
      "有效保单超过了1亿件，客户数将近8000万。",
      [
        ["1亿件", "count", 1e8, "件", "over"],
        ["8000万", "count", 8e7, null, "nearly"],
      ],
    ],
    ["代理人会稳定在40万到50万之间。", [["40万到50万", "count", 4e5, null, null]]],
    ["目前有30万快递员。", [["30万", "count", 3e5, null, null]]],
    // near-misses: money words, a currency, 的 + a money noun, 每人, 账户, a person who owes
    ["去年赔了200万。", [["200万", "money", 2e6, null, null]]],
    ["3000万美元。", [["3000万美元", "money", 3e7, "USD", null]]],
    ["200万的投资。", [["200万", "money", 2e6, null, null]]],
    ["每人发了2万。", [["2万", "money", 20000, null, null]]],
    ["账户有200万。", [["200万", "money", 2e6, null, null]]],
    ["这个人欠了200万。", [["200万", "money", 2e6, null, null]]],
    ["据说一线演员的片酬现在降到了几千万。", [["几千万", "money", 2e7, null, "vague"]]],
  ] as [string, unknown[]][])("talk on money: %s", (text, want) => {
    expect(rows(text, true)).toEqual(want);
  });
});

describe("audit round 10: the 一分 idioms (一分钱没花, 一分不让, 一分价钱一分货) are no figures", () => {
  it.each([
    ["完不成的话 一分钱 都拿不到", []],
    ["他一分钱没花。", []],
    ["他 一分钱 没花", []],
    ["以前是一分不让。", []],
    ["一分不少都给你。", []],
    ["一分价钱一分货。", []],
    ["一分钱一分货。", []],
    // near-misses: a cent that is a price, a score
    ["每度电便宜一分钱。", [{ text: "一分钱", kind: "money", value: 0.01, unit: "CNY" }]],
    ["他考了九十一分。", [{ text: "九十一分", kind: "measure", value: 91 }]],
    // 把 of about before a unit (万把块), not the counter of chairs
    ["一个月 万把块", [{ text: "万把块", kind: "money", value: 1e4, unit: "CNY", approx: "about" }]],
    ["一年挣个万把块。", [{ text: "万把块", kind: "money", value: 1e4, unit: "CNY", approx: "about" }]],
    ["来了百把个人。", [{ text: "百把个人", kind: "count", value: 100, approx: "about" }]],
    ["两百把椅子。", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 10: process-node tools (机台, 刻蚀机), reactor-years (堆年), and 年入行 is no income", () => {
  it.each([
    ["14纳米的机台正在客户那边验证。", []],
    ["我们有一台14纳米的刻蚀机。", []],
    [
      "安全记录超过3000堆年。",
      [{ text: "3000堆年", kind: "measure", value: 3000, unit: "reactor-year", approx: "over" }],
    ],
    // near-misses: a length in nanometres with no chip word, a duration of years
    ["管道内壁的涂层厚度是14纳米。", [{ text: "14纳米", kind: "measure", value: 14, unit: "nm" }]],
    ["这台机器用了3000年。", [{ text: "3000年", kind: "duration", value: 3000 }]],
  ] as [string, Want[]][])("%s", expectFigures);
  it.each([
    ["我是2008年入行的。", false],
    ["我2020年入职。", false],
    ["她2018年入学。", false],
    // near-misses: 年入 of income
    ["他年入两万四左右。", true],
    ["年入十万。", true],
  ] as [string, boolean][])("money talk in %s: %s", (text, want) => {
    expect(mentionsMoney(text)).toBe(want);
  });
});

describe("audit round 10: a round base after 每 with a figure said per it (每10股派息5元) is no figure", () => {
  it.each([
    ["每10股派息5元。", [{ text: "5元", kind: "money", value: 5, unit: "CNY" }]],
    ["分红方面，每10股派发现金红利3元。", [{ text: "3元", kind: "money", value: 3, unit: "CNY" }]],
    ["每100克含蛋白质20克。", [{ text: "20克", kind: "measure", value: 20, unit: "g" }]],
    // a part of the whole after the base is a share of it (a share said as a part of a whole, below)
    ["每10个人里有3个。", [{ text: "10个人里有3个", kind: "percent", value: 30, unit: "%" }]],
    // near-misses: no round base after 每, no figure after it, 一 or 的 after it
    ["每天卖10台。", [{ text: "10台", kind: "count", value: 10 }]],
    ["每10股。", [{ text: "10股", kind: "count", value: 10 }]],
    ["每100克含有一定量的蛋白质。", [{ text: "100克", kind: "measure", value: 100 }]],
    [
      "每10股的分红是3元。",
      [
        { text: "10股", kind: "count", value: 10 },
        { text: "3元", kind: "money", value: 3 },
      ],
    ],
    [
      "我们有10股，分了3元。",
      [
        { text: "10股", kind: "count", value: 10 },
        { text: "3元", kind: "money", value: 3 },
      ],
    ],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("display", () => {
  it.each([
    [800000000, "800M"],
    [1.4e12, "1.4T"],
    [16400000, "16.4M"],
    [1200, "1200"],
    [12000, "12K"],
    [0.5, "0.5"],
    [6.02e23, "6.02e23"],
    [1e-9, "1e-9"],
  ])("compact(%d) = %s", (n, s) => expect(compact(n)).toBe(s));
  it("money, multiples, ranges and bounds", () => {
    expect(display({ kind: "money", value: 1.4e12, min: null, max: null, unit: "USD", approx: null })).toBe("$1.4T");
    expect(display({ kind: "multiple", value: 3, min: null, max: null, unit: null, approx: null })).toBe("3×");
    expect(display({ kind: "duration", value: null, min: 6, max: 8, unit: "week", approx: null })).toBe("6–8 weeks");
    expect(display({ kind: "count", value: 1e6, min: null, max: null, unit: "名", approx: "over" })).toBe(">1M");
  });
  it("speeds and ratios (audit rate)", () => {
    expect(display({ kind: "measure", value: 33, min: null, max: null, unit: "m/s", approx: null })).toBe("33 m/s");
    expect(display({ kind: "measure", value: 120, min: null, max: null, unit: "km/h", approx: "about" })).toBe(
      "~120 km/h",
    );
    expect(display({ kind: "measure", value: 2.5, min: null, max: null, unit: "ratio", approx: "about" })).toBe(
      "~2.5:1",
    );
    expect(display({ kind: "measure", value: 0.25, min: null, max: null, unit: "ratio", approx: null })).toBe("1:4");
    expect(display({ kind: "measure", value: 1 / 3, min: null, max: null, unit: "ratio", approx: null })).toBe("1:3");
  });
});

describe("speed", () => {
  // long enough that a pass per mention over all the idioms (quadratic) takes several times the limit
  const n = 200_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  it.each([
    ["idioms", fill("一直一样 ")],
    ["spaced numerals", fill("三千 九百 六十五 ")],
    ["bounds and intervals", fill("大于二十的同时小于等于三十五，")],
    ["fractions and dates", fill("超过1/2的人 3/5号 ")],
    ["discounts and 成", fill("七成六 五五折 三成半 ")],
    ["money with subunits", fill("五元三毛又")],
    ["web addresses", fill("http://a.b/c%20 ")],
    ["dashes", fill("1-2-3-")],
    ["adverbs a verb phrase away", fill("大概下降了两成 至少开窗通风3次，大概       两成")],
    ["negated bounds and caption breaks", fill("不会超过\n3 没有超过 四 会不会超过5 ")],
  ])("%s: 200,000 characters in well under four seconds", (_, text) => {
    const ctx = () => ({ times: [], versions: new Set<string>() });
    recognizeQuantities(text.slice(0, 2000), ctx()); // warm up
    // the scan's own CPU time (test/cpu.ts): not other processes', nor V8's compiler threads'
    expect(cpuMs(() => recognizeQuantities(text, ctx()))).toBeLessThan(4000);
  });
});

describe("audit round 9: counters 根, 对, 趟 and 起 (incidents)", () => {
  it.each([
    ["今年卖了上千根金条。", [{ text: "上千根", kind: "count", min: 1000, max: 9000, unit: "根" }]],
    ["一共用了20根钢管。", [{ text: "20根", kind: "count", value: 20, unit: "根" }]],
    ["每天加开夜间高铁一百多对。", [{ text: "一百多对", kind: "count", value: 100, unit: "对", approx: "over" }]],
    ["今年新增了30对动车组。", [{ text: "30对", kind: "count", value: 30, unit: "对" }]],
    ["每天跑20趟。", [{ text: "20趟", kind: "count", value: 20, unit: "趟" }]],
    ["机场那边一天最多跑个四五趟。", [{ text: "四五趟", kind: "count", min: 4, max: 5, unit: "趟" }]],
    ["全市共发生森林火情11起。", [{ text: "11起", kind: "count", value: 11, unit: "起" }]],
    ["共发生交通事故25起。", [{ text: "25起", kind: "count", value: 25, unit: "起" }]],
    // near-misses: 根据, 对于, 对手, a score (3对2), 起 with no incident word or before 起来 / 起步, a price "from"
    ["他300根据这个算的", []],
    ["我们300对于这个行业", []],
    ["比分3对2。", []],
    ["他们20对手都打过", []],
    ["套餐300起。", []],
    ["事故以后20起来了", []],
    ["我们3000元起。", [{ text: "3000元", kind: "money", value: 3000, unit: "CNY" }]],
    ["他们一起来的，了不起", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 9: US cents alone (4美分), hash rates (EH/s, TH/s), J/T, and a whole Sharpe ratio", () => {
  it.each([
    ["折合差不多4美分。", [{ text: "4美分", kind: "money", value: 0.04, unit: "USD", approx: "about" }]],
    ["大概每度5到6美分。", [{ text: "5到6美分", kind: "money", min: 0.05, max: 0.06, unit: "USD" }]],
    ["我们现在的算力是30 EH/s左右", [{ text: "30 EH/s", kind: "measure", value: 30, unit: "EH/s", approx: "about" }]],
    ["算力有30EH/s。", [{ text: "30EH/s", kind: "measure", value: 30, unit: "EH/s" }]],
    ["单台算力200 TH/s。", [{ text: "200 TH/s", kind: "measure", value: 200, unit: "TH/s" }]],
    ["矿池算力500PH/s", [{ text: "500PH/s", kind: "measure", value: 500, unit: "PH/s" }]],
    ["能效降到15 J/T以下", [{ text: "15 J/T", kind: "measure", value: 15, unit: "J/T", approx: "under" }]],
    ["夏普比率大概是2。", [{ text: "2", kind: "measure", value: 2, unit: null, approx: "about" }]],
    ["夏普比率是1.8", [{ text: "1.8", kind: "measure", value: 1.8, unit: null }]],
    // near-misses: 美分 after 美元 stays its subunit; a whole number after another score word is no score; 3 TB
    ["两美元又三美分", [{ text: "两美元又三美分", kind: "money", value: 2.03, unit: "USD" }]],
    ["生育率是2", []],
    ["豆瓣上那2部片子", [{ text: "2部", kind: "count", value: 2, unit: "部" }]],
    ["夏普比率前3的基金", []],
    ["硬盘有3 TB", [{ text: "3 TB", kind: "measure", value: 3, unit: "TB" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 9: 来 after a round Arabic number (400来人) is about, and 快 before a duration or count nearly", () => {
  it.each([
    ["员工400来人。", [{ text: "400来人", kind: "count", value: 400, unit: "人", approx: "about" }]],
    ["公司有1000来个员工。", [{ text: "1000来个", kind: "count", value: 1000, approx: "about" }]],
    ["我们有20来家店。", [{ text: "20来家", kind: "count", value: 20, unit: "家", approx: "about" }]],
    ["充电一天也就30来块钱。", [{ text: "30来块钱", kind: "money", value: 30, unit: "CNY", approx: "about" }]],
    ["干了10来年", [{ text: "10来年", kind: "duration", value: 10, unit: "year", approx: "about" }]],
    ["在成都跑了快三年了。", [{ text: "三年", kind: "duration", value: 3, unit: "year", approx: "nearly" }]],
    ["公司快一百人了。", [{ text: "一百人", kind: "count", value: 100, approx: "nearly" }]],
    ["快要两个月了。", [{ text: "两个月", kind: "duration", value: 2, approx: "nearly" }]],
    // near-misses: 来自, 来说, 来 as a verb, a number not round; 很快, 加快, 快 in a comparison, 快3倍 (faster by)
    ["有20来自北京的学生", []],
    ["对100来说", []],
    ["拿300来买", []],
    ["来了35来个人", []],
    ["很快三年就过去了。", [{ text: "三年", kind: "duration", value: 3, approx: null }]],
    ["比高铁快两个小时。", [{ text: "两个小时", kind: "duration", value: 2, approx: null }]],
    ["加快5个项目", [{ text: "5个", kind: "count", value: 5, approx: null }]],
    ["速度快3倍。", [{ text: "3倍", kind: "multiple", value: 3, approx: null }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 9: digits that name a site or a line (12306网站), and 几 after a demonstrative (那几天)", () => {
  it.each([
    ["可以登录12306网站购票。", []],
    ["打12345热线投诉", []],
    ["12306网站每天的访问量超过了5亿次。", [{ text: "5亿次", kind: "count", value: 5e8, approx: "over" }]],
    ["国庆那几天一天能卖到500万杯。", [{ text: "500万杯", kind: "count", value: 5e6 }]],
    ["那几年亏了不少", []],
    // near-misses: a counter between, a scale, a short number stay counts; 几天 with no demonstrative stays vague
    ["上线了300个网站。", [{ text: "300个", kind: "count", value: 300, unit: "个" }]],
    ["全国有400多万网站。", [{ text: "400多万网站", kind: "count", value: 4e6, unit: "网站" }]],
    ["我们有30网站", [{ text: "30网站", kind: "count", value: 30, unit: "网站" }]],
    ["过了几天就好了", [{ text: "几天", kind: "duration", min: 2, max: 9, approx: "vague" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit eldercare: a family or care structure named by its digits (四二一家庭, 9073格局) is no figure", () => {
  it.each([
    ["然后就是说四二一家庭会越来越多", []],
    ["我们讲9073格局，就是百分之九十居家养老", [{ text: "百分之九十", kind: "percent", value: 90 }]],
    ["四二一结构的家庭压力很大", []],
    // near-misses: a counter, a place word, or fewer digits keep the count
    ["帮扶了三百个家庭", [{ text: "三百个", kind: "count", value: 300 }]],
    ["覆盖了三千家庭", [{ text: "三千家", kind: "count", value: 3000 }]],
    ["一共有421家养老院", [{ text: "421家", kind: "count", value: 421, unit: "家" }]],
    ["帮助了1200家庭", [{ text: "1200家", kind: "count", value: 1200 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit eldercare: residents and the old are counted as users are (一万二千多居民, 两亿多老人)", () => {
  it.each([
    [
      "我们社区一共有一万二千多居民",
      [{ text: "一万二千多居民", kind: "count", value: 12000, unit: "居民", approx: "over" }],
    ],
    ["全国有两亿多老人", [{ text: "两亿多老人", kind: "count", value: 2e8, unit: "老人", approx: "over" }]],
    ["有2000村民", [{ text: "2000村民", kind: "count", value: 2000, unit: "村民" }]],
    // near-misses: a small count in words stays discourse; an age before 老人 stays an age
    ["家里两个老人身体都不好", []],
    ["八十岁老人是主力", [{ text: "八十岁", kind: "measure", value: 80 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 11: 本 and 册 count books after a numeral; 本月, 本来, 本地 after a number do not", () => {
  it.each([
    [
      "一个月卖2000本吧，好的时候能到三千本。",
      [
        { text: "2000本", kind: "count", value: 2000, unit: "本" },
        { text: "三千本", kind: "count", value: 3000 },
      ],
    ],
    ["有一次直播卖了八百多本。", [{ text: "八百多本", kind: "count", value: 800, approx: "over" }]],
    ["今年卖了500本书。", [{ text: "500本", kind: "count", value: 500 }]],
    ["一年卖三千册。", [{ text: "三千册", kind: "count", value: 3000, unit: "册" }]],
    ["我们已经调拨帐篷两千顶。", [{ text: "两千顶", kind: "count", value: 2000, unit: "顶" }]],
    // 顶 of another word after a number, and a lone 一, count nothing
    ["他戴了一顶帽子", []],
    ["这里有二十顶级球员", []],
    ["常年在架的有两万册左右。", [{ text: "两万册", kind: "count", value: 20000, approx: "about" }]],
    [
      "营收6个亿，一个月卖2000本书。",
      [
        { text: "6个亿", kind: "money" },
        { text: "2000本", kind: "count", value: 2000 },
      ],
    ],
    // near-misses: 本 starting 本月, 本来, 本金, 本科, 一本线; 本 before the figure (成本); 一本书 (a count of one in words,
    // as 一个人); 册子
    ["3本月营收不错。", []],
    ["我们两本来就不多。", []],
    ["他投了500万本金。", [{ text: "500万", kind: "money", unit: null }]],
    ["今年招了2000本科生。", []],
    ["成本10元。", [{ text: "10元", kind: "money", value: 10 }]],
    ["我只买了一本书。", []],
    ["一个人。", []],
    ["他一本正经地说。", []],
    ["印了300册子", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 11: 减半 is a fall by half (50%, as 下降了一半); not the bitcoin halving nor 减半征收", () => {
  it.each([
    ["销量减半。", [{ text: "减半", kind: "percent", value: 50, unit: "%" }]],
    ["我们的北美订单可能要減半。", [{ text: "減半", kind: "percent", value: 50 }]],
    [
      "产量减半，只剩20万吨。",
      [
        { text: "减半", kind: "percent", value: 50 },
        { text: "20万吨", kind: "measure", value: 200000 },
      ],
    ],
    ["销量下降了一半。", [{ text: "一半", kind: "percent", value: 50 }]],
    // near-misses: the bitcoin halving (a named event), the tax rule 减半征收 / 三免三减半
    ["比特币减半之后价格涨了。", []],
    ["那次减半以后，区块奖励少了。", []],
    ["下一次减半事件快到了。", []],
    ["小微企业所得税减半征收。", []],
    ["企业享受三免三减半的优惠。", []],
    // 减半 opening its clause before 嘛, 之后, 以后 names the event; with a subject before it, or 了 after, a fall
    ["去年是3100个，嗯，减半嘛，少了将近四分之一。", [{ text: "3100个" }, { text: "四分之一", value: 25 }]],
    ["减半之后，区块奖励变成了3.125个。", [{ text: "3.125个" }]],
    ["利润减半之后，公司裁员了。", [{ text: "减半", kind: "percent", value: 50 }]],
    ["产量呢，减半了。", [{ text: "减半", kind: "percent", value: 50 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit l14: the halving named after a pause, in history or a round; one of a currency priced in another", () => {
  it.each([
    // 减半 after a filler and its pause still opens its clause; 这个 after it, 历史上 or 轮 before it name the event
    ["对 减半这个事情就是说每四年一次", [{ text: "四年", kind: "duration", value: 4 }]],
    ["嗯 减半之后价格涨了。", []],
    ["历史上减半之后一年左右 价格通常会翻三倍", [{ text: "一年" }, { text: "三倍", kind: "multiple", value: 3 }]],
    ["这一轮减半之后矿工收入下降了。", []],
    // near-misses: a subject before the pause, or before 减半这个, keeps the fall by half
    ["利润 减半之后公司裁员了。", [{ text: "减半", kind: "percent", value: 50 }]],
    ["利润减半这个事情影响很大。", [{ text: "减半", kind: "percent", value: 50 }]],
    ["嗯 利润减半之后公司裁员了。", [{ text: "减半", kind: "percent", value: 50 }]],
    // one bitcoin priced in dollars is what the price is per, as 一吨 is
    ["挖一个比特币的成本大概在四万五千美元上下", [{ text: "四万五千美元", kind: "money", value: 45000, unit: "USD" }]],
    ["一个比特币大概能换七十万人民币。", [{ text: "七十万人民币", kind: "money", value: 700000, unit: "CNY" }]],
    // near-misses: one bought, held, or listed with another amount stays a figure
    [
      "我买了一个比特币花了十万美元。",
      [
        { text: "一个比特币", kind: "money", value: 1, unit: "BTC" },
        { text: "十万美元", value: 100000 },
      ],
    ],
    ["他手里有一个比特币。", [{ text: "一个比特币", kind: "money", value: 1, unit: "BTC" }]],
    [
      "奖励是一个比特币和五千美元。",
      [
        { text: "一个比特币", value: 1 },
        { text: "五千美元", value: 5000 },
      ],
    ],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 11: 正负N is a tolerance, the figure N (never -N); 零下 and 负 alone keep the sign", () => {
  it.each([
    ["定位精度是正负5毫米。", [{ text: "正负5毫米", kind: "measure", value: 5, unit: "mm", approx: null }]],
    ["误差正负3%。", [{ text: "正负3%", kind: "percent", value: 3, unit: "%" }]],
    ["误差正負两个百分点。", [{ text: "正負两个百分点", kind: "percent", value: 2 }]],
    ["温度控制在正负0.5度以内。", [{ text: "正负0.5度", value: 0.5, approx: "under" }]],
    // near-misses: a negative value stays negative; 负增长 is no sign of the figure after it
    ["零下15度。", [{ text: "零下15度", kind: "measure", value: -15 }]],
    ["利润率是负3%。", [{ text: "负3%", kind: "percent", value: -3 }]],
    ["负增长3%。", [{ text: "3%", kind: "percent", value: 3 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 11: a rate after its base (百万吨死亡率是0.05) is a measure, the base no figure, spaced too", () => {
  it.each([
    ["百万吨死亡率是0.05。", [{ text: "0.05", kind: "measure", value: 0.05 }]],
    ["全市 百万吨 死亡率 是 0.05", [{ text: "0.05", kind: "measure", value: 0.05 }]],
    ["去年百万工时事故率是0.3。", [{ text: "0.3", kind: "measure", value: 0.3 }]],
    ["每十万人口发病率是0.3。", [{ text: "0.3", kind: "measure", value: 0.3 }]],
    ["我们去年的千次维修差错率是0.02", [{ text: "0.02", kind: "measure", value: 0.02 }]],
    ["豆瓣 评分 是 8.3", [{ text: "8.3", kind: "measure", value: 8.3 }]],
    // near-misses: a whole number after a rate word (no unit: no figure), a rate with its own unit, a base with 的
    ["死亡率是5。", []],
    ["差错率是5。", []],
    ["百万吨死亡率是千分之五。", [{ text: "千分之五", kind: "percent", value: 0.5 }]],
    [
      "十万人的死亡率是0.3。",
      [
        { text: "十万人", kind: "count", value: 100000 },
        { text: "0.3", kind: "measure", value: 0.3 },
      ],
    ],
    ["全市 百万吨 煤炭 产量", [{ text: "百万吨", kind: "measure", value: 1000000 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 11: 一 + a duration after a duration verb (为期一周) or a modal and a verb (要下一个小时)", () => {
  it.each([
    ["一盘棋要下一个小时。", [{ text: "一个小时", kind: "duration", value: 1, unit: "hour" }]],
    ["督导组下来，为期一周。", [{ text: "一周", kind: "duration", value: 1, unit: "week" }]],
    ["整个工程历时一年。", [{ text: "一年", kind: "duration", value: 1, unit: "year" }]],
    ["充满电需要一个小时。", [{ text: "一个小时", kind: "duration", value: 1 }]],
    ["我们得等一个小时。", [{ text: "一个小时", kind: "duration", value: 1 }]],
    ["会议为期两周。", [{ text: "两周", kind: "duration", value: 2 }]],
    // near-misses: 有一天, 要有一天, 要是一天, 一天的目标, 小时候 (childhood), 一时
    ["总要有一天会成功。", []],
    ["有一天他会明白。", []],
    ["他要是一天不来就扣钱。", []],
    ["一天的目标是什么。", []],
    ["他是我一个小时候的朋友。", []],
    ["一时半会儿说不清。", []],
    // "take it as it comes" (做一天算一天), no duration; a year worked stays one
    ["我们现在就是要做一天算一天。", []],
    ["过一年算一年吧。", []],
    ["这个项目要干一年。", [{ text: "一年", kind: "duration", value: 1, unit: "year" }]],
    // a term's length after its noun (oneDurationTerms)
    ["劳动仲裁的时效是一年", [{ text: "一年", kind: "duration", value: 1, unit: "year" }]],
    ["试用期是一个月", [{ text: "一个月", kind: "duration", value: 1, unit: "month" }]],
    ["这款牛奶保质期一年", [{ text: "一年", kind: "duration", value: 1, unit: "year" }]],
    ["有效期 一年", [{ text: "一年", kind: "duration", value: 1, unit: "year" }]],
    // near-misses: another noun before 一年, a term's pay per month (the period of a rate)
    ["公司一年的目标", []],
    ["这是一年里最忙的时候", []],
    ["试用期一个月三千块", [{ text: "三千块", kind: "money", value: 3000 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 11: a rating after its name (等级分, 热度值) is a measure with no unit", () => {
  it.each([
    ["等级分最高的学员是2400。", [{ text: "2400", kind: "measure", value: 2400, unit: null }]],
    ["热度值最高到了8000。", [{ text: "8000", kind: "measure", value: 8000 }]],
    ["热度值超过8000的剧。", [{ text: "8000", kind: "measure", value: 8000, approx: "over" }]],
    // near-misses: a counted noun keeps its count; an ordinal; no rating word
    ["我们的等级分制度有2400个学员参加。", [{ text: "2400个", kind: "count", value: 2400 }]],
    ["热度值排名第3。", []],
    ["最高的学员是2400。", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a bound word over a possessive phrase, after a figure of the same unit it compares: the level is exact", () => {
  it.each([
    [
      "今年完成了改造200公里，超过了年初计划的180公里",
      [
        { text: "200公里", value: 200, approx: null },
        { text: "180公里", value: 180, approx: null },
      ],
    ],
    [
      "充足率是210%，远高于监管要求的100%",
      [
        { text: "210%", value: 210, approx: null },
        { text: "100%", value: 100, approx: null },
      ],
    ],
    // near-misses: no figure before (a bound of its own), a figure of another unit, another sentence, a bound word
    // right before the figure
    ["收益率高于行业平均的3.5%", [{ text: "3.5%", value: 3.5, approx: "over" }]],
    [
      "我们有3个工厂，产能超过全国的50%",
      [
        { text: "3个", value: 3, approx: null },
        { text: "50%", value: 50, approx: "over" },
      ],
    ],
    [
      "去年增长了20%。今年研发投入不低于营收的30%",
      [
        { text: "20%", value: 20, approx: null },
        { text: "30%", value: 30, approx: "over" },
      ],
    ],
    [
      "今年完成了改造200公里，超过180公里",
      [
        { text: "200公里", value: 200, approx: null },
        { text: "180公里", value: 180, approx: "over" },
      ],
    ],
    // two levels side by side, each with its own bound
    [
      "演员片酬不能超过制作总成本的40%，主演不超过总片酬的70%",
      [
        { text: "40%", value: 40, approx: "under" },
        { text: "70%", value: 70, approx: "under" },
      ],
    ],
  ])("%s", expectFigures);
});

describe("counters 轮 (rounds) and 盘 (games), ratio words before a bare decimal", () => {
  const withTopic = (text: string) =>
    recognizeQuantities(text, { times: [], versions: new Set(), moneyTopic: true })
      .filter((m) => m.tag === "figure")
      .map((m) => ({ text: m.text, kind: m.kind, value: m.value, approx: m.approx }));
  it.each([
    // a small count of rounds in words is the figure
    ["面试一般是三轮", [{ text: "三轮", kind: "count", value: 3, unit: "轮" }]],
    ["我们完成了三轮融资。", [{ text: "三轮", kind: "count", value: 3, unit: "轮" }]],
    ["去年做了2轮融资", [{ text: "2轮", kind: "count", value: 2, unit: "轮" }]],
    ["孩子一年能下一千多盘。", [{ text: "一千多盘", kind: "count", value: 1000, approx: "over" }]],
    // near-misses: 一轮 and 新一轮 are words, 轮 of a vehicle no counter, 大盘 before a number no counter
    ["新一轮融资马上开始", []],
    ["积分领先第二名4分 还剩五轮比赛", [{ text: "4分", kind: "measure", value: 4 }]], // a league's rounds
    ["经过两轮谈判，双方达成一致", [{ text: "两轮", kind: "count", value: 2 }]],
    ["翻台率我们一天三轮", [{ text: "三轮", kind: "count", value: 3 }]],
    ["我们一天三轮，节假日更多", []], // no table turns: 三轮 stays a word
    // a small count of shops is a figure (units.yaml nounCounts); of companies or one shop it stays a word
    ["现在我们有三家店", [{ text: "三家", kind: "count", value: 3 }]],
    ["明年计划再开五家门店", [{ text: "五家", kind: "count", value: 5 }]],
    ["两家公司签了合作协议", []],
    ["这一家店生意不错", []],
    ["一轮明月挂在天上", []],
    ["他骑着三轮车来的", []],
    ["买了3轮车", []],
    ["两轮电动车卖了5万辆", [{ text: "5万辆", kind: "count", value: 5e4 }]],
    ["指数在3000盘整", [{ text: "3000", kind: "measure", value: 3000 }]],
    // ratio words: a bare decimal after one is a multiple
    ["逾期贷款和不良的比例不到0.8。", [{ text: "0.8", kind: "multiple", value: 0.8, approx: "under" }]],
    ["贷款的比例是0.8", [{ text: "0.8", kind: "multiple", value: 0.8 }]],
    // near-misses: a scale keeps money, a percent stays a percent, a decimal with no ratio word stays money
    ["贷款余额不到0.8亿", [{ text: "0.8亿", kind: "money", value: 8e7, approx: "under" }]],
    ["贷款的比例是30%", [{ text: "30%", kind: "percent", value: 30 }]],
    ["贷款利息不到0.8", [{ text: "0.8", kind: "money", value: 0.8, approx: "under" }]],
    // the terms of a ratio after a ratio word are one figure, their quotient (audit rate)
    ["研究生和本科生的比例要达到1.5比1。", [{ text: "1.5比1", kind: "measure", value: 1.5, unit: "ratio" }]],
  ] as [string, Want[]][])("%s", expectFigures);
  it.each([
    // in money talk a counter right after the number keeps a count; a price after 大盘 stays money
    ["孩子一年能下一千多盘。", [{ text: "一千多盘", kind: "count", value: 1000, approx: "over" }]],
    ["今天的大盘金价 每克800多", [{ text: "800", kind: "money", value: 800, approx: "over" }]],
    ["收入不到0.8", [{ text: "0.8", kind: "money", value: 0.8, approx: "under" }]],
    ["不良贷款的比例不到0.8", [{ text: "0.8", kind: "multiple", value: 0.8, approx: "under" }]],
  ] as [string, object[]][])("money topic: %s", (text, want) => {
    expect(withTopic(text)).toMatchObject(want);
    expect(withTopic(text)).toHaveLength(want.length);
  });
});

describe("a figure the speaker corrects (不对，是…; 不是…，是…) gives way to the corrected one", () => {
  it.each([
    ["一箱三十斤，不对，是三斤。", [{ text: "三斤", kind: "measure", value: 3 }]],
    ["卖了5000台，我说错了，5000万台", [{ text: "5000万台", kind: "count", value: 5e7 }]],
    ["增长了30%，不对，是35%", [{ text: "35%", kind: "percent", value: 35 }]],
    ["不是三十斤，是三斤", [{ text: "三斤", kind: "measure", value: 3 }]],
    // near-misses: 对 confirms (both stay), 不对称 is no correction, a figure of another unit is not corrected
    ["一箱三十斤，对，是三十斤。", [{ text: "三十斤" }, { text: "三十斤" }]],
    ["三十斤不对称，三斤", [{ text: "三十斤" }, { text: "三斤" }]],
    ["一箱三十斤，不对，是三百块", [{ text: "三十斤" }, { text: "三百块" }]],
    ["不是三十斤，我们卖三斤", [{ text: "三十斤" }, { text: "三斤" }]],
    // fillers (嗯, 那个), caption spaces and line breaks around the correction word
    ["转移群众3万人，嗯，不对，是3.2万人。", [{ text: "3.2万人", kind: "count", value: 32000 }]],
    ["全市 已经 转移 群众 3万人\n嗯 不对 是 3.2万人", [{ text: "3.2万人", kind: "count", value: 32000 }]],
    ["一箱三十斤，嗯，不对，是三斤。", [{ text: "三斤", kind: "measure", value: 3 }]],
    ["一箱三十斤，不对，嗯，是三斤。", [{ text: "三斤", kind: "measure", value: 3 }]],
    ["卖了3万台，那个，不对，是3.5万台", [{ text: "3.5万台", kind: "count", value: 35000 }]],
    // near-misses: a filler with no correction word, or with 对 (confirms)
    ["一箱三十斤，嗯，是三斤。", [{ text: "三十斤" }, { text: "三斤" }]],
    ["一箱三十斤，嗯，对，是三十斤。", [{ text: "三十斤" }, { text: "三十斤" }]],
    // a short noun after the first figure's unit (斤苹果, 吨皮棉); not a longer phrase, nor with 对 (confirms)
    ["一共卖了三十斤苹果，不对，是三斤苹果。", [{ text: "三斤", kind: "measure", value: 3 }]],
    ["交售一千二百吨皮棉，不对，是四百五十吨皮棉", [{ text: "四百五十吨", kind: "measure", value: 450 }]],
    ["三十斤苹果，对，是三十斤苹果", [{ text: "三十斤" }, { text: "三十斤" }]],
    ["三十斤苹果很新鲜，不对，是三斤", [{ text: "三十斤" }, { text: "三斤" }]],
    ["三十斤苹果不对称，是三斤", [{ text: "三十斤" }, { text: "三斤" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("durations: working and trading days, a spaced N个 半 小时, a grade (N年级), a race time (47秒62)", () => {
  it.each([
    ["平均退税时间压缩到了3个工作日以内。", [{ text: "3个工作日", kind: "duration", value: 3, unit: "day" }]],
    ["平均办理时间是4.5个工作日。", [{ text: "4.5个工作日", kind: "duration", value: 4.5, unit: "day" }]],
    ["办结时间是10个交易日。", [{ text: "10个交易日", kind: "duration", value: 10, unit: "day" }]],
    ["排队 要 两个 半 小时", [{ text: "两个 半 小时", kind: "duration", value: 2.5, unit: "hour" }]],
    ["每天 训练 6个 半 小时", [{ text: "6个 半 小时", kind: "duration", value: 6.5, unit: "hour" }]],
    ["前后 拖了 两个 半 月", [{ text: "两个 半 月", kind: "duration", value: 2.5, unit: "month" }]],
    ["他的成绩是47秒62。", [{ text: "47秒62", kind: "duration", value: 47.62, unit: "second" }]],
    ["他跑出了9秒83。", [{ text: "9秒83", kind: "duration", value: 9.83, unit: "second" }]],
    // full-width digits (a fuzz case gave NaN), and a leading zero in the fraction
    ["他跑出了９秒８３。", [{ text: "９秒８３", kind: "duration", value: 9.83, unit: "second" }]],
    ["他跑出了10秒05。", [{ text: "10秒05", kind: "duration", value: 10.05, unit: "second" }]],
    // near-misses: 工作日 with no figure; 半 that begins a word (半天) or no unit after 两个 半; a grade; 三年 alone
    ["工作日的早上人很多。", []],
    ["我有三个 半天的假", [{ text: "半天", kind: "duration", value: 0.5, unit: "day" }]],
    ["他吃了两个 半", []],
    ["他在3年级2班。", []],
    ["我儿子上三年级了。", []],
    ["三年级的学生有200个", [{ text: "200个", kind: "count", value: 200 }]],
    // people of an age after a figure (年轻, 年纪, 年龄) are counted, no years
    ["覆盖了两千万年轻人", [{ text: "两千万", kind: "count", value: 2e7 }]],
    ["有三百万年纪大的用户", [{ text: "三百万", kind: "count", value: 3e6 }]],
    ["他在这里读了三年", [{ text: "三年", kind: "duration", value: 3, unit: "year" }]],
    // a race time's fraction only where the digits are no figure of their own: 10秒3次, 5秒 62; 47秒 alone
    ["他跑了47秒", [{ text: "47秒", kind: "duration", value: 47, unit: "second" }]],
    ["用时1分30秒", [{ text: "1分" }, { text: "30秒", kind: "duration", value: 30, unit: "second" }]],
    ["每10秒3次", [{ text: "3次", kind: "count", value: 3 }]],
    [
      "他跑了10秒 62个人",
      [
        { text: "10秒", value: 10 },
        { text: "62个人", kind: "count", value: 62 },
      ],
    ],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a spaced negation before a comparing word (没有 超过) turns the bound round, as 没有超过 does", () => {
  it.each([
    ["产量 没有 超过 1000万吨", [{ text: "1000万吨", kind: "measure", value: 1e7, approx: "under" }]],
    ["今年 客流 没有 超过 800万人次", [{ text: "800万人次", kind: "count", value: 8e6, approx: "under" }]],
    ["费用 不会 超过 25万元", [{ text: "25万元", kind: "money", value: 250000, approx: "under" }]],
    // near-misses: a word between (没有 人 超过), no negation, a question (会 不会, 有 没有)
    ["没有 人 超过 1000万吨", [{ text: "1000万吨", approx: "over" }]],
    ["产量 超过 1000万吨", [{ text: "1000万吨", approx: "over" }]],
    ["会 不会 超过 25万元", [{ text: "25万元", approx: "over" }]],
    ["有 没有 超过 100万吨", [{ text: "100万吨", approx: "over" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 12: fee words (…费, …钱), 收入, 马力, spaced 这 一块, 半价, a building number after 号", () => {
  it.each([
    // a Han word ending in 费 or 钱 before a bare amount in its clause makes it money, as 房租 does
    ["培训费一期1万5", [{ text: "1万5", kind: "money", value: 15000 }]],
    ["品牌使用费一年二十万。", [{ text: "二十万", kind: "money", value: 200000 }]],
    ["停车费 两千 多", [{ text: "两千 多", kind: "money", value: 2000, approx: "over" }]],
    ["水费每个月三百。", [{ text: "三百", kind: "money", value: 300 }]],
    ["光 饭钱 就 要 八千", [{ text: "八千", kind: "money", value: 8000 }]],
    ["经费五千", [{ text: "五千", kind: "money", value: 5000 }]],
    // 一 of a period or trip after the fee word is no amount
    ["管理费一学期3万2", [{ text: "3万2", kind: "money", value: 32000 }]],
    // near-misses: 消费者 are people, 免费 and 浪费 are no fees, an amount before 钱 is no fee noun
    ["消费者有3000万", [{ text: "3000万", kind: "count", value: 3e7 }]],
    ["免费3天", [{ text: "3天", kind: "duration", value: 3 }]],
    ["浪费了两个小时", [{ text: "两个小时", kind: "duration", value: 2 }]],
    ["账上的钱 够 撑 300", []],
    ["消费 三千", []],
    // 收入 before a bare amount below 万: money; a count or a percent after it stays one
    ["去年人均收入才9000。", [{ text: "9000", kind: "money", value: 9000 }]],
    ["他年收入六千多", [{ text: "六千多", kind: "money", value: 6000, approx: "over" }]],
    ["收入来源有3个", [{ text: "3个", kind: "count", value: 3 }]],
    ["收入增长了8%", [{ text: "8%", kind: "percent", value: 8 }]],
    // 马力: horsepower
    ["这台拖拉机是120马力的", [{ text: "120马力", kind: "measure", value: 120, unit: "hp" }]],
    // 这 一块 / 那 一块 across a caption space: "this area", no money; 这 一块 钱 and 一块五 stay money
    ["售后 这 一块 我们 投入 很大", []],
    ["她 在 那 一块 做了 两年", [{ text: "两年", kind: "duration", value: 2 }]],
    ["这 一块 钱 你 拿着", [{ text: "一块 钱", kind: "money", value: 1 }]],
    ["这一块钱你拿着", [{ text: "一块钱", kind: "money", value: 1 }]],
    ["一块五", [{ text: "一块五", kind: "money", value: 1.5 }]],
    // 半价: 50%, as 五折 is; 一半价钱 keeps its 一半 alone
    ["会员卡是半价", [{ text: "半价", kind: "percent", value: 50 }]],
    ["第二杯 半价", [{ text: "半价", kind: "percent", value: 50 }]],
    ["一半价钱", [{ text: "一半", kind: "percent", value: 50 }]],
    // a building number glued after a house number is a label; built buildings keep their count
    ["公司在滨江路188号3幢。", []],
    ["园区在科技路66号2栋", []],
    ["小区建了5幢楼", [{ text: "5幢", kind: "count", value: 5 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("price cuts, counts a count changes into, box office talk", () => {
  it.each([
    // a bare number right before 包吃住 is a wage with board and lodging (units.yaml paidWith), not packs of 包
    ["请了个阿姨 一个月七千五 包吃住", [{ text: "七千五", kind: "money", value: 7500, unit: null }]],
    ["月嫂一个月一万二 包吃包住", [{ text: "一万二", kind: "money", value: 12000, unit: null }]],
    // NEGATIVES: 包 counting packs stays a count
    ["一天卖出3000包", [{ text: "3000包", kind: "count", value: 3000, unit: "包" }]],
    ["超市一天卖了三千包吃的", [{ text: "三千包", kind: "count", value: 3000, unit: "包" }]],
    // a cut after 一 or 每 and the counter of a thing sold, or in haggling talk: money, its currency unsaid
    ["主销的这款车 一台降了3万", [{ text: "3万", kind: "money", value: 30000, unit: null }]],
    ["一套房子降了30万", [{ text: "30万", kind: "money", value: 300000 }]],
    ["每辆便宜了两万", [{ text: "两万", kind: "money", value: 20000 }]],
    ["一台降了差不多3万", [{ text: "3万", kind: "money", value: 30000, approx: "about" }]],
    ["以前是一分不让，现在降个二三十万很正常。", [{ text: "二三十万", kind: "money", min: 200000, max: 300000 }]],
    ["这次砍价，一台又降了5000", [{ text: "5000", kind: "money", value: 5000 }]],
    // NEGATIVES: a cut of a count or a measure, a 一部分, a haggling word in another sentence
    ["销量降了3万", [{ text: "3万", kind: "count", value: 30000 }]],
    ["人数降了3万", [{ text: "3万", kind: "count", value: 30000 }]],
    ["一部分降了3万", [{ text: "3万", kind: "count", value: 30000 }]],
    ["一台机器降了3度", []],
    ["一台机器降了3度电", [{ text: "3度电", kind: "measure", value: 3 }]],
    ["以前是一分不让。今年客流降了3万", [{ text: "3万", kind: "count", value: 30000 }]],
    // a bare amount a count changes into, its clause with no clue of its own: the count before it in its sentence
    [
      "营收是50亿元。我们有200万代理人，明年会降到150万。",
      [
        { text: "50亿元", kind: "money", value: 5e9 },
        { text: "200万", kind: "count", value: 2e6 },
        { text: "150万", kind: "count", value: 1.5e6 },
      ],
    ],
    [
      "营收是50亿元，我们有8万快递员，明年会增加到10万。",
      [
        { text: "50亿元", kind: "money", value: 5e9 },
        { text: "8万", kind: "count", value: 8e4 },
        { text: "10万", kind: "count", value: 1e5 },
      ],
    ],
    // NEGATIVES: money before it, a count in another sentence, no change word
    [
      "营收200亿，明年会降到150亿",
      [
        { text: "200亿", kind: "money", value: 2e10 },
        { text: "150亿", kind: "money", value: 1.5e10 },
      ],
    ],
    [
      "我们有200万代理人。营收明年会降到150亿",
      [
        { text: "200万", kind: "count", value: 2e6 },
        { text: "150亿", kind: "money", value: 1.5e10 },
      ],
    ],
    [
      "营收是50亿元。我们有200万代理人，明年利润150万。",
      [
        { text: "50亿元", kind: "money", value: 5e9 },
        { text: "200万", kind: "count", value: 2e6 },
        { text: "150万", kind: "money", value: 1.5e6 },
      ],
    ],
    // a title in 《》 with a word of a film's release: box office, money
    ["如果《哪吒3》能在暑期上映，破百亿问题不大。", [{ text: "百亿", kind: "money", value: 1e10, approx: "over" }]],
    // NEGATIVES: a title with no release word, a release word with no title
    ["《三体》的读者破千万", [{ text: "千万", kind: "count", value: 1e7 }]],
    ["新机型上映以后卖了百万", [{ text: "百万", kind: "count", value: 1e6 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit round 13: a pay word reaches past fillers, role nouns and other amounts; 造价 and 地租 are price words", () => {
  const read = (text: string) =>
    recognizeQuantities(text, { times: [], versions: new Set() })
      .filter((m) => m.tag === "figure")
      .map((m) => [m.text, m.kind, m.value ?? m.min, m.max, m.approx]);
  it.each([
    // a filler, a role noun and a period between the pay word and its amount, in one spaced clause
    ["工资 嘛 司机 一个月 八千 左右", [["八千", "money", 8000, null, "about"]]],
    [
      "演员 工资 嗯 主演 一个 月 一万 出头 普通 演员 五六千",
      [
        ["一万", "money", 10000, null, "over"],
        ["五六千", "money", 5000, 6000, null],
      ],
    ],
    [
      "教练工资一个月七八千 旺季能过万",
      [
        ["七八千", "money", 7000, 8000, null],
        ["万", "money", 10000, null, "over"],
      ],
    ],
    // the next clause of the pay word's sentence, no count noun nearer
    ["工资不高，旺季 七八千 左右", [["七八千", "money", 7000, 8000, "about"]]],
    // NEGATIVES: people counted, a duration, a word of having or of a count between, a count noun nearer in the next
    // clause, another sentence
    ["工资涨了，员工一万多人", [["一万多人", "count", 10000, null, "over"]]],
    ["工资涨了，员工一万多", [["一万多", "count", 10000, null, "over"]]],
    ["工资 发了 三个月", [["三个月", "duration", 3, null, null]]],
    ["工资涨了，员工有3000", []],
    ["工资不变，人数 三千 多", []],
    ["工资不高。司机 七八千", []],
    // 造价 (a unit cost) and 地租 (a land rent) state a bare amount; a range per a unit keeps both ends
    ["每千瓦造价 五千二 左右", [["五千二", "money", 5200, null, "about"]]],
    ["每千瓦造价五千二左右", [["五千二", "money", 5200, null, "about"]]],
    ["地租一亩是六百到八百。", [["六百到八百", "money", 600, 800, null]]],
    ["地租是六百到八百。", [["六百到八百", "money", 600, 800, null]]],
    ["房租一亩是六百到八百。", [["六百到八百", "money", 600, 800, null]]],
    // 造价 makes a scaled amount money as other money words do (moneyContexts)
    ["这条地铁的造价 大概每公里八个亿", [["八个亿", "money", 800000000, null, "about"]]],
    ["这个项目造价两百万一年", [["两百万", "money", 2000000, null, null]]],
    // NEGATIVES: no price word; a range of counts per a unit
    ["每千瓦装了 五千二 左右", []],
    ["这条地铁的站台 大概每公里八个亿", [["八个亿", "count", 800000000, null, "about"]]],
    ["一亩是六百到八百斤", [["六百到八百斤", "measure", 600, 800, null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe("audit round 13: 度 is kWh after 电耗 and 绿证; 一千瓦 after a bare amount is the unit a price is per", () => {
  const read = (text: string) =>
    recognizeQuantities(text, { times: [], versions: new Set() })
      .filter((m) => m.tag === "figure")
      .map((m) => [m.text, m.kind, m.value, m.unit, m.approx]);
  it.each([
    ["电耗是每吨水泥78度上下。", [["78度", "measure", 78, "kWh", "about"]]],
    ["电耗是78度。", [["78度", "measure", 78, "kWh", null]]],
    ["电耗是每吨78度。", [["78度", "measure", 78, "kWh", null]]],
    ["绿证一张对应一千度", [["一千度", "measure", 1000, "kWh", null]]],
    ["现在 一千五 一千瓦", [["一千五", "money", 1500, null, null]]],
    ["现在一千五一千瓦", [["一千五", "money", 1500, null, null]]],
    // NEGATIVES: a temperature, 度 with no electricity word, 一千瓦 alone, a number of times
    ["气温 三十八 度", [["三十八 度", "measure", 38, "°C", null]]],
    ["转了78度。", []],
    ["装了一千瓦", [["一千瓦", "measure", 1, "kW", null]]],
    ["电耗降了两度。", [["两度", "measure", 2, "kWh", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe("audit round 13: a dashed phone number by its shape and a CT's rows (256排) are labels, no money", () => {
  const read = (text: string) =>
    recognizeQuantities(text, { times: [], versions: new Set(), moneyTopic: true })
      .filter((m) => m.tag === "figure")
      .map((m) => [m.text, m.kind, m.value ?? m.min, m.max]);
  it.each([
    ["我们的客服热线是400-820-6688。", []],
    ["客服 400-8206-6688", []],
    ["我们的CT是256排的 去年新买的", []],
    // NEGATIVES: a range, a range with its scale, a money figure with a dash elsewhere
    ["营收是3000-5000万", [["3000-5000万", "money", 3e7, 5e7]]],
    ["价格是6688", [["6688", "money", 6688, null]]],
    ["价格是6688-7000", [["6688-7000", "money", 6688, 7000]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe("audit round 13: 一 + a duration that a change starts from (从一个星期缩短到了两天) is a figure", () => {
  const read = (text: string) =>
    recognizeQuantities(text, { times: [], versions: new Set() })
      .filter((m) => m.tag === "figure")
      .map((m) => [m.text, m.kind, m.value, m.unit]);
  it.each([
    [
      "核磁的预约等候时间从以前的一个星期缩短到了两天。",
      [
        ["一个星期", "duration", 1, "week"],
        ["两天", "duration", 2, "day"],
      ],
    ],
    [
      "审批时间从一个星期压缩到三天。",
      [
        ["一个星期", "duration", 1, "week"],
        ["三天", "duration", 3, "day"],
      ],
    ],
    [
      "工期从一年缩短到了八个月。",
      [
        ["一年", "duration", 1, "year"],
        ["八个月", "duration", 8, "month"],
      ],
    ],
    // NEGATIVES: no change verb after it, no 从 before it, 从 in another clause
    ["从一个月前开始", []],
    ["一个月缩短不了", []],
    ["从头说，一个月缩短到两周", [["两周", "duration", 2, "week"]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe("一 + a period before a count of times (会员一周来两三次) is a rate's base, no duration", () => {
  it.each([
    ["平均每个会员一周来两三次，一次一个半小时。", ["两三次", "一个半小时"]],
    ["会员一周来三次。", []],
    ["会员一个月去 一趟。", []],
    // near-misses: a duration after a modal and a verb with no count of times after it, or with more between
    ["一盘棋要下一个小时。", ["一个小时"]],
    ["我们得等一周，来三次。", ["一周"]],
  ])("%s → %j", (text, want) => expect(figures(text).map((f) => f.text)).toEqual(want));
});

describe("leftover readings: spaced 不 会, fee bases, pointed products, index reach verbs, nouns of 会", () => {
  it.each([
    // 不 and a modal read across caption spaces before a comparing word: the other bound
    ["明年营收不 会 超过五个亿", [{ text: "五个亿", kind: "money", value: 5e8, approx: "under" }]],
    ["明年营收不会 超过五个亿", [{ text: "五个亿", kind: "money", value: 5e8, approx: "under" }]],
    ["明年营收不 会超过五个亿", [{ text: "五个亿", kind: "money", value: 5e8, approx: "under" }]],
    ["一天不 要 超过4次", [{ text: "4次", kind: "count", value: 4, approx: "under" }]],
    // NEGATIVES: punctuation between, 不是 before the modal (as unspaced 不是会超过), a question
    ["明年营收不 ，会超过五个亿", [{ text: "五个亿", kind: "money", value: 5e8, approx: "over" }]],
    ["明年营收不是 会 超过五个亿", [{ text: "五个亿", kind: "money", value: 5e8, approx: "over" }]],
    ["明年营收不是会超过五个亿", [{ text: "五个亿", kind: "money", value: 5e8, approx: "over" }]],
    ["明年营收会不 会 超过五个亿", [{ text: "五个亿", kind: "money", value: 5e8, approx: "over" }]],
    // a fee word, a per-period base, a bare amount: money
    ["饭钱一天五十", [{ text: "五十", kind: "money", value: 50, unit: null }]],
    ["饭钱 一天 五十", [{ text: "五十", kind: "money", value: 50, unit: null }]],
    ["油钱 一个月 两千", [{ text: "两千", kind: "money", value: 2000 }]],
    ["房租一个月八千", [{ text: "八千", kind: "money", value: 8000 }]],
    ["学费每学期八百", [{ text: "八百", kind: "money", value: 800 }]],
    // NEGATIVES: no fee word, a verb between, a unit of its own
    ["一天五十个人", [{ text: "五十个人", kind: "count", value: 50 }]],
    ["饭钱的事一天说五十遍", []],
    ["饭钱的事一天说五十", []],
    // a product pointed at (这款, 这台, 这辆, 这套 and its noun) before a cut verb: a price cut
    ["这款车降了3万", [{ text: "3万", kind: "money", value: 30000, unit: null }]],
    ["这辆车便宜了两万", [{ text: "两万", kind: "money", value: 20000 }]],
    ["这套房子降了30万", [{ text: "30万", kind: "money", value: 300000 }]],
    // NEGATIVES: a count noun between, another demonstrative, a unit of its own
    ["这款车销量降了3万", [{ text: "3万", kind: "count", value: 30000 }]],
    ["这家店客流降了3万", [{ text: "3万", kind: "count", value: 30000 }]],
    ["这台机器降了3度", []],
    // a verb of an index's reach right before N点: index points with no index word in the sentence
    ["最高的时候冲到过3674点。", [{ text: "3674点", kind: "measure", value: 3674, unit: "points" }]],
    ["后来又跌破了3000点", [{ text: "3000点", kind: "measure", value: 3000, unit: "points" }]],
    [
      "上证指数最高摸到过3674点，现在在3400点上下。",
      [
        { text: "3674点", kind: "measure", value: 3674, unit: "points" },
        { text: "3400点", kind: "measure", value: 3400, unit: "points", approx: "about" },
      ],
    ],
    // NEGATIVES: a clock time, points of talk, percentage points, a small number after a reach verb
    ["3点开会", []],
    ["提了3点建议", []],
    ["下午3点半", []],
    ["毛利率涨了0.5个百分点", [{ text: "0.5个百分点", kind: "percent", value: 0.5, unit: "pp" }]],
    ["会议冲到3点才结束", []],
    ["他在1200点开会", []],
    // nouns that begin with 会 are no modal: 一 + a period after them stays discourse
    ["每个会员一周的留存", []],
    ["开会议一天", []],
    // NEGATIVES: 会 a modal before a verb
    ["我会等一个小时", [{ text: "一个小时", kind: "duration", value: 1, unit: "hour" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a lone digit before an upper end of hundreds or thousands counts in that place (三到五百家)", () => {
  it.each([
    ["今年计划新开三到五百家门店", [{ text: "三到五百家", kind: "count", min: 300, max: 500 }]],
    ["一期投资两到三千万元", [{ text: "两到三千万元", kind: "money", min: 2e7, max: 3e7, unit: "CNY" }]],
    ["单店投入大概3到5千元", [{ text: "3到5千元", kind: "money", min: 3000, max: 5000 }]],
    ["客单价在三到五千五百元之间", [{ text: "三到五千五百元", kind: "money", min: 3000, max: 5500 }]],
    ["每年招一到两千人", [{ text: "一到两千人", kind: "count", min: 1000, max: 2000 }]],
    // NEGATIVES: an Arabic upper end with its digits written out, a lower end that would pass the upper, two places
    ["门店从3到500家都有", [{ text: "3到500家", kind: "count", min: 3, max: 500 }]],
    ["编号从1到100家", [{ text: "1到100家", kind: "count", min: 1, max: 100 }]],
    ["规模从五到三百家不等", [{ text: "五到三百家", kind: "count", min: 5, max: 300 }]],
    ["三百到五百家", [{ text: "三百到五百家", kind: "count", min: 300, max: 500 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a bare number after a verb of paying, in a sentence about money, is the amount paid (自己出六千)", () => {
  it.each([
    [
      "住院花了两万块，报销以后自己出六千左右",
      [
        { text: "两万块", kind: "money", value: 20000, unit: "CNY" },
        { text: "六千", kind: "money", value: 6000, approx: "about" },
      ],
    ],
    // the money is known from a figure with a currency, with no money word
    [
      "一次手术两万块，医保报了七成，自己出六千",
      [
        { text: "两万块", kind: "money" },
        { text: "七成", kind: "percent" },
        { text: "六千", kind: "money", value: 6000 },
      ],
    ],
    [
      "这个项目预算两百万，我们省了30",
      [
        { text: "两百万", kind: "money" },
        { text: "30", kind: "money", value: 30 },
      ],
    ],
    // NEGATIVES: nothing speaks of money; a number with its own counter after the verb
    ["他出了300", []],
    ["我们出了三个方案，预算两百万", [{ text: "两百万", kind: "money" }]],
    ["我们交了3份材料", [{ text: "3份", kind: "count", value: 3 }]],
    // 报销 speaks of money itself: what is reimbursed is the amount paid back
    ["长护险每个月报销大概一千五", [{ text: "一千五", kind: "money", value: 1500, approx: "about" }]],
    // NEGATIVES: a percent, a counter, or a count of times after 报销 keep their own kind
    ["报销比例是百分之七十", [{ text: "百分之七十", kind: "percent", value: 70 }]],
    ["报销要走3个流程", [{ text: "3个", kind: "count", value: 3 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("digits after a count and its counter name what is counted (两张4090), even in talk of money", () => {
  it.each([
    ["电费一个月三百。我买了两张4090，跑得动", [{ text: "三百", kind: "money", value: 300 }]],
    [
      "房租四千，一台5090也要一万多",
      [
        { text: "四千", kind: "money" },
        { text: "一万多", kind: "money", value: 10000 },
      ],
    ],
    // three units bought is a figure (采购了三台: units.yaml nounCounts verbs); the model 910 stays none
    ["我们采购了三台 910，性能还行", [{ text: "三台", kind: "count", value: 3 }]],
    // NEGATIVES: a unit or a scale after the digits, a price said in ASR digits (两块8), no count before the counter
    ["一台1000元", [{ text: "1000元", kind: "money", value: 1000 }]],
    ["一个100万的订单", [{ text: "100万", value: 1000000 }]],
    ["两块8一斤", [{ text: "两块8", kind: "money", value: 2.8 }]],
    ["卖了一台3000块的", [{ text: "3000块", kind: "money", value: 3000 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("日 counts days before a within word (收到申请后五日内); 5日 alone is a date", () => {
  it.each([
    ["收到申请后五日内作出决定", [{ text: "五日", kind: "duration", value: 5, unit: "day" }]],
    ["收到申请后15日之内作出决定", [{ text: "15日", kind: "duration", value: 15, unit: "day", approx: "under" }]],
    ["出院之后三天内要复查", [{ text: "三天", kind: "duration", value: 3, unit: "day" }]],
    // NEGATIVES: a date, a day before 前, 日 with nothing after it
    ["本月15日发布", []],
    ["5日前提交", []],
    ["工期五日", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("种 counts kinds (支持30种语言, 一共四种颜色); a small count of kinds alone is talk (两种方式)", () => {
  it.each([
    ["支持30种语言", [{ text: "30种", kind: "count", value: 30 }]],
    ["一共四种颜色", [{ text: "四种", kind: "count", value: 4 }]],
    ["我们有100多种产品", [{ text: "100多种", kind: "count", value: 100, approx: "over" }]],
    // NEGATIVES: a small count in words with no tally, seeds and farming
    ["有两种方式", []],
    ["种了两亩地", [{ text: "两亩", kind: "measure" }]],
    ["这三种子公司", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a lease's payment terms (押一付三) hold no figure; the rent beside them does", () => {
  it.each([
    ["押一付三，月租四千五", [{ text: "四千五", kind: "money", value: 4500 }]],
    ["我们是押二付一", []],
    // NEGATIVES: a deposit stated as money stays one
    ["押金三千，月租四千五", [{ text: "三千" }, { text: "四千五", kind: "money" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("页 counts pages (这本书有300页); 页面, 页码 and 第12页 are none", () => {
  it.each([
    ["这本书有300页", [{ text: "300页", kind: "count", value: 300 }]],
    ["报告一共12页", [{ text: "12页", kind: "count", value: 12 }]],
    // NEGATIVES: an ordinal, another word, a page's noun
    ["翻到第12页", []],
    ["有3页面需要改", []],
    ["页岩气产量500万吨", [{ text: "500万吨", kind: "measure" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a small count in words right after a change word (多了, 增加了, 新增) is a difference, a figure", () => {
  it.each([
    [
      "全省有二十一个商圈，比去年多了三个",
      [
        { text: "二十一个", value: 21 },
        { text: "三个", kind: "count", value: 3 },
      ],
    ],
    ["今年门店增加了两家", [{ text: "两家", kind: "count", value: 2 }]],
    ["我们新增两个生产基地", [{ text: "两个", kind: "count", value: 2 }]],
    ["人手比上个月少了三个", [{ text: "三个", kind: "count", value: 3 }]],
    // NEGATIVES: no change word, one more (一个), 多 without 了 (a request)
    ["主要有两个原因", []],
    ["又多了一个选择", []],
    ["我们还要多两个人手", []],
    // new builds and openings add to a count; building one (建成一个) is a phrase, no figure
    ["我们新建了两个仓库", [{ text: "两个", kind: "count", value: 2 }]],
    ["我们要建成十个现代农业产业园", [{ text: "十个", kind: "count", value: 10 }]],
    ["今年新开了三家门店", [{ text: "三家", kind: "count", value: 3 }]],
    ["我们要建成一个世界一流的企业", []],
    // the level a count is raised or cut to (增加到, 扩到: units.yaml countChanges) is a figure too; 提到 is "mention"
    ["我们计划到后年把通航机场增加到十个", [{ text: "十个", kind: "count", value: 10 }]],
    ["门店明年会扩到三家", [{ text: "三家", kind: "count", value: 3 }]],
    ["刚才提到两个原因", []],
    ["最后增加到一个", []],
    ["建设两个方面的工作", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a bare number a percentage changes into keeps its unit (从百分之十充到八十)", () => {
  it.each([
    [
      "充电十五分钟可以从百分之十充到八十",
      [{ text: "十五分钟" }, { text: "百分之十", value: 10 }, { text: "八十", kind: "percent", value: 80, unit: "%" }],
    ],
    ["毛利率从10%提高到15", [{ text: "10%" }, { text: "15", kind: "percent", value: 15, unit: "%" }]],
    ["占比从30%降到了二十", [{ text: "30%" }, { text: "二十", kind: "percent", value: 20 }]],
    // NEGATIVES: a unit of its own, a percent word that scales (八成 → 九 is no 9%), a number over a hundred
    ["从百分之十充到八十个", [{ text: "百分之十" }, { text: "八十个", kind: "count", value: 80 }]],
    ["良率从八成提升到九", [{ text: "八成", value: 80 }]],
    ["占比从30%涨到了500", [{ text: "30%" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a bound word after a rate's denominator (每立方米, /秒) bounds the figure before it", () => {
  it.each([
    [
      "PM2.5浓度在七十五微克每立方米左右",
      [{ text: "七十五微克每立方米", kind: "measure", value: 75, unit: "µg/m³", approx: "about" }],
    ],
    ["风速达到33米/秒左右", [{ text: "33米/秒", kind: "measure", value: 33, unit: "m/s", approx: "about" }]],
    ["运费是5元每公斤上下", [{ text: "5元", kind: "money", value: 5, approx: "about" }]],
    // a battery's energy density in watt-hours per kilogram (Wh/kg, 瓦时每公斤: units.yaml perUnits)
    ["系统能量密度大概是255Wh/kg", [{ text: "255Wh/kg", kind: "measure", value: 255, unit: "Wh/kg", approx: "about" }]],
    ["电芯能做到300瓦时每公斤", [{ text: "300瓦时每公斤", kind: "measure", value: 300, unit: "Wh/kg" }]],
    // a flow of water in cubic metres per second (units.yaml perUnits)
    ["出库流量目前是每秒三万五千立方米", [{ text: "每秒三万五千立方米", kind: "measure", value: 35000, unit: "m3/s" }]],
    ["流量达到3万立方米每秒左右", [{ text: "3万立方米每秒", value: 30000, unit: "m3/s", approx: "about" }]],
    // NEGATIVES: a day's volume is no flow, and a word between 每秒 and the figure keeps m3
    ["每天处理污水350万立方米", [{ text: "350万立方米", unit: "m3" }]],
    ["每秒钟处理三万立方米", [{ text: "三万立方米", unit: "m3" }]],
    // NEGATIVES: 瓦 alone stays watts, 千瓦时 stays kWh
    ["这个灯泡是100瓦的", [{ text: "100瓦", unit: "W" }]],
    ["一共用了300千瓦时", [{ text: "300千瓦时", unit: "kWh" }]],
    // NEGATIVES: 每 that starts the next phrase (每天都要, 每个人) is no denominator, and bounds nothing
    ["这批货有5吨每天都要运走", [{ text: "5吨", value: 5, approx: null }]],
    ["价格是8元每个人都能接受", [{ text: "8元", value: 8, approx: null }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("pct after a number is analysts' shorthand for percentage points", () => {
  it.each([
    ["毛利率提升了1.5个pct", [{ text: "1.5个pct", kind: "percent", value: 1.5, unit: "pp" }]],
    ["净利率同比下降2pct", [{ text: "2pct", kind: "percent", value: 2, unit: "pp" }]],
    ["费用率下降了0.8 pct", [{ text: "0.8 pct", kind: "percent", value: 0.8, unit: "pp" }]],
    ["毛利率提升了两个多pct", [{ text: "两个多pct", kind: "percent", value: 2, unit: "pp", approx: "over" }]],
    // percent said in English, often after 个, and basis points after 个
    ["Q3的revenue涨了20个percent", [{ text: "20个percent", kind: "percent", value: 20, unit: "%" }]],
    ["毛利margin在六十几个percent", [{ text: "六十几个percent", kind: "percent", min: 61, max: 69, unit: "%" }]],
    ["增长了15 percent", [{ text: "15 percent", kind: "percent", value: 15, unit: "%" }]],
    ["take rate就是30个bps", [{ text: "30个bps", kind: "percent", value: 0.3, unit: "pp" }]],
    // NEGATIVES: percentage is no percent word; bps outside talk of rates stays a count
    ["毛利涨了20个percentage", [{ text: "20个", kind: "count", value: 20 }]],
    ["收到了30个bps的文件", [{ text: "30个", kind: "count", value: 30 }]],
    // NEGATIVES: PCT as a patent route before a number, or with its own counted figure
    ["PCT2号专利", []],
    ["PCT专利3项", [{ text: "3项", kind: "count", value: 3 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("N年平均, N个月平均: the span of an average qualifies the rate after it, no duration", () => {
  it.each([
    ["两年平均增长4.9%", [{ text: "4.9%", kind: "percent", value: 4.9 }]],
    ["三个月平均是5.2%", [{ text: "5.2%", kind: "percent", value: 5.2 }]],
    // NEGATIVES: a clause break or another word between, a duration alone
    ["用了两年，平均每年增长5%", [{ text: "两年", kind: "duration", value: 2, unit: "year" }, { text: "5%" }]],
    ["这个项目做了两年", [{ text: "两年", kind: "duration", value: 2, unit: "year" }]],
    ["等了三个月", [{ text: "三个月", kind: "duration", value: 3, unit: "month" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit b14: podcasts on chips, sports and cooking: model sizes, 三分, compute and spoon units", () => {
  it.each([
    // compute rates with an SI prefix, and spoonfuls in a recipe
    ["单卡算力是20 PFLOPS", [{ text: "20 PFLOPS", kind: "measure", value: 20, unit: "PFLOPS" }]],
    ["集群算力有4 EFLOPS", [{ text: "4 EFLOPS", kind: "measure", value: 4, unit: "EFLOPS" }]],
    ["NPU有45 TOPS", [{ text: "45 TOPS", kind: "measure", value: 45, unit: "TOPS" }]],
    [
      "加三勺生抽一勺老抽",
      [
        { text: "三勺", kind: "measure", value: 3, unit: "spoon" },
        { text: "一勺", kind: "measure", value: 1, unit: "spoon" },
      ],
    ],
    ["收汁之前加两勺盐", [{ text: "两勺", kind: "measure", value: 2, unit: "spoon" }]],
    ["半勺就够", [{ text: "半勺", kind: "measure", value: 0.5, unit: "spoon" }]],
    // a monthly rent said without 元
    ["月租四千五", [{ text: "四千五", kind: "money", value: 4500 }]],
    // a model size alone is a figure the speaker states; 三分 alone is a score
    ["跑个7B的模型完全没问题", [{ text: "7B", kind: "count", value: 7e9 }]],
    ["参数从7B-13B不等", [{ text: "7B-13B", kind: "count", min: 7e9, max: 13e9 }]],
    ["这场他得了三分", [{ text: "三分", kind: "measure", value: 3, unit: "points" }]],
    ["他练了三分钟就累了", [{ text: "三分钟", kind: "duration", value: 3, unit: "minute" }]],
    ["每天练三分钟平板支撑", [{ text: "三分钟", kind: "duration", value: 3, unit: "minute" }]],
    ["最后三分钟", [{ text: "三分钟", kind: "duration", value: 3, unit: "minute" }]],
    // a traditional length (丈) in history talk
    ["史书上说宝船长四十四丈", [{ text: "四十四丈", kind: "measure", value: 44, unit: "zhang" }]],
    ["城墙高三丈", [{ text: "三丈", kind: "measure", value: 3, unit: "zhang" }]],
    // NEGATIVES: 勺子 counts spoons; 丈 in idioms and in 丈夫 is no length
    ["拿两个勺子", []],
    ["他气得火冒三丈", []],
    ["成绩一落千丈", []],
    ["两个丈夫都来了", []],
  ] as [string, Want[]][])("%s", expectFigures);
  it.each([
    // a parameter size after a name's version is part of the name
    "像Qwen2.5-72B这种量化以后",
    "你要跑Llama 3.1 405B这种",
    "DeepSeek-V3 671B开源了",
    // three-pointers, and an idiom of days
    "三分命中率百分之四十的那个",
    "每天投五百个三分",
    "三分球投了十个",
    "理财不能三天打鱼两天晒网",
    // the fitness saying "30% training, 70% diet"
    "所以说 练三分吃七分 睡眠也要跟上",
    "减脂就是三分练七分吃",
    "七分靠吃三分靠练",
  ])("no invented figure in %s", (text) => {
    const got = figures(text).filter((m) => /72B|405B|671B|三分|七分|三天|两天/.test(m.text));
    expect(got).toEqual([]);
  });
});

describe("audit d14 (markets, phone launches, legal advice): terms after a bound, 一 + a duration before 就, 对半分", () => {
  it.each([
    // a term (N年期) names the instrument even after a bound word; the figure after it stays
    ["民间借贷利率不超过一年期LPR的四倍", [{ text: "四倍", kind: "multiple", value: 4 }]],
    ["收益率超过10年期国债", []],
    ["利率不超过五年期LPR的水平", []],
    // 一 + a duration right before 就: the span the deed took, a figure
    [
      "首销一分钟就破了10万台",
      [
        { text: "一分钟", kind: "duration", value: 1, unit: "minute" },
        { text: "10万台", kind: "count", value: 100000 },
      ],
    ],
    ["一周就卖完了", [{ text: "一周", kind: "duration", value: 1, unit: "week" }]],
    // 对半分 shares half and half: no half a point
    ["增值部分一般对半分", []],
    // NEGATIVES: a duration bounded with no term after it; 期间 holds the duration; a rate's base; idioms with 就
    ["工期超过三年", [{ text: "三年", kind: "duration", value: 3, approx: "over" }]],
    ["超过三年期间都没有涨", [{ text: "三年", kind: "duration", value: 3, approx: "over" }]],
    ["他一天就来一次", []],
    // a rate's base: the cost of each month, no deed done
    ["那边的租金一个月就要三四十万港币", [{ text: "三四十万港币", kind: "money", min: 300000, max: 400000 }]],
    ["有一天就卖完了", []],
    ["一下子就涨了", []],
    ["这场他得了三分", [{ text: "三分", kind: "measure", value: 3, unit: "points" }]],
    ["他练了三分钟就累了", [{ text: "三分钟", kind: "duration", value: 3, unit: "minute" }]],
    ["每天练三分钟平板支撑", [{ text: "三分钟", kind: "duration", value: 3, unit: "minute" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a title in 《》 is a name: no figure inside it (《长安三万里》, 《十年》), the figures beside it stay", () => {
  it.each([
    ["去年《长安三万里》那个模式给我们很大启发", []],
    ["《十年》那个翻唱版播放量很高", []],
    ["还有《2002年的第一场雪》我也翻唱一下", []],
    ["像《误杀3》这种片子", []],
    // NEGATIVES: figures before or after the title, a 《 never closed on its line
    ["《长安三万里》票房18亿", [{ text: "18亿", kind: "money", value: 1.8e9 }]],
    [
      "《哪吒2》上映五天票房就破了百亿",
      [
        { text: "五天", kind: "duration", value: 5, unit: "day" },
        { text: "百亿", value: 1e10 },
      ],
    ],
    ["书名号打错了《三年卖了五万本", [{ text: "三年" }, { text: "五万本", kind: "count", value: 5e4 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit f14 (start-up and VC podcasts): a rank word after a number names a list; per-user revenue words price a bare amount", () => {
  it.each([
    // N强 names a ranked list or a knockout round (false-figures.yaml rankNames)
    ["其中有三家是世界500强", []],
    ["我们是中国百强企业", []],
    ["那年我们进了八强", []],
    // ARPU, ARPPU, 客单价 state a bare amount as 收入 does (units.yaml prices)
    ["付费用户的ARPPU能到三百多", [{ text: "三百多", kind: "money", value: 300, approx: "over" }]],
    ["客单价大概两百多", [{ text: "两百多", kind: "money", value: 200 }]],
    // NEGATIVES: a percent before 强, a counter before 强, a company count; a unit or percent of its own; no price word
    ["利润率30%强", [{ text: "30%", kind: "percent", value: 30 }]],
    ["有500家企业参加", [{ text: "500家", kind: "count", value: 500 }]],
    ["客单价15块钱", [{ text: "15块钱", kind: "money", value: 15, unit: "CNY" }]],
    ["ARPU提升了20%", [{ text: "20%", kind: "percent", value: 20 }]],
    ["我们能到三百多", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit h14 (pensions and property): 容积率 states a ratio; a span cut to 一天 is a figure; a home's asking price, total and down payment are money", () => {
  it.each([
    // 容积率 is a score word (units.yaml scores), whole numbers too
    ["容积率2.5，总共建了十二栋楼", [{ text: "2.5", kind: "measure", value: 2.5, unit: null }, { text: "十二栋" }]],
    ["这块地容积率是3", [{ text: "3", kind: "measure", value: 3 }]],
    // 一 + a duration after a verb of cutting or stretching a span (units.yaml oneDurationAfter)
    [
      "办理时间从三到五个工作日缩短到一天",
      [{ text: "三到五个工作日" }, { text: "一天", kind: "duration", value: 1, unit: "day" }],
    ],
    ["工期压缩到一个月", [{ text: "一个月", kind: "duration", value: 1, unit: "month" }]],
    // 报价, 总价, 首付 make a bare amount money (units.yaml moneyContexts)
    ["业主报价二百六十八万 可以谈", [{ text: "二百六十八万", kind: "money", value: 2.68e6 }]],
    ["总价两百万出头", [{ text: "两百万", kind: "money", value: 2e6 }]],
    [
      "首付三成的话 就是七十五万左右",
      [
        { text: "三成", kind: "percent", value: 30 },
        { text: "七十五万", kind: "money", approx: "about" },
      ],
    ],
    // NEGATIVES: no ratio word; no verb of cutting before 一天; no money word; room layouts and floors
    ["地块编号2.5", []],
    ["等到一天他会明白", []],
    ["直到有一天", []],
    ["小区还有二百六十八万", [{ text: "二百六十八万", kind: "count" }]],
    ["18楼 南北通透的 三室两厅一卫", []],
    ["三楼那套两室一厅 采光差一点", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit j14: a work schedule's name (996, 955) is no figure, even where pay was just spoken of", () => {
  it.each([
    ["年终奖发三个月工资。我们不搞996，是双休", [{ text: "三个月", kind: "duration", value: 3, unit: "month" }]],
    ["月薪一万二。公司实行955", [{ text: "一万二", kind: "money", value: 12000 }]],
    ["九九六工作制", []],
    // NEGATIVES: with a unit the same digits are a figure
    ["工资是996元", [{ text: "996元", kind: "money", value: 996 }]],
    ["这批货卖了996台", [{ text: "996台", kind: "count", value: 996 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit j14: an adverb of more or again between a modal and its verb keeps 一 + a duration a figure", () => {
  it.each([
    ["如果业绩达标的话，我们会多发一个月", [{ text: "一个月", kind: "duration", value: 1, unit: "month" }]],
    ["还要再等一个月", [{ text: "一个月", kind: "duration", value: 1, unit: "month" }]],
    // NEGATIVES: no modal before the adverb; 有 is no verb of spending time; 会员 is a noun, no modal
    ["我们再发一个月", []],
    ["要再有一天", []],
    ["会员再来一天", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit j14: a spoken range of hundreds or thousands (三四千, 两三百) is a figure with no unit after it", () => {
  it.each([
    [
      "出境游的话人均消费在一万五左右，国内游三四千吧。",
      [
        { text: "一万五", kind: "money", value: 15000 },
        { text: "三四千", kind: "money", min: 3000, max: 4000 },
      ],
    ],
    ["这顿饭花了七八百。", [{ text: "七八百", kind: "money", min: 700, max: 800 }]],
    // NEGATIVES: no talk of money; a range of tens with no unit; a single bare number in words
    ["门店一个月能卖两三百。", []],
    ["我们有二三十。", []],
    ["他说三千。", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a piece of goods and a verb of selling before a bare amount: the piece's price (units.yaml prices perPiece)", () => {
  it.each([
    ["一杯奶茶卖二十八", [["二十八", "money", 28, null, null]]],
    ["我们的盒饭一份卖十五", [["十五", "money", 15, null, null]]],
    ["二手的一台卖三千多", [["三千多", "money", 3000, null, "over"]]],
    ["一顿饭要两百", [["两百", "money", 200, null, null]]],
    ["一罐奶粉要三百多", [["三百多", "money", 300, null, "over"]]],
    ["每份卖十五", [["十五", "money", 15, null, null]]],
    ["这种奶茶两杯卖三十", [["三十", "money", 30, null, null]]],
    [
      "一台卖三千 两台卖五千",
      [
        ["三千", "money", 3000, null, null],
        ["五千", "money", 5000, null, null],
      ],
    ],
    // the price and a count per day on the next caption words: the price stays one
    [
      "一杯奶茶卖二十八 一天能卖三百杯",
      [
        ["二十八", "money", 28, null, null],
        ["三百杯", "count", 300, "杯", null],
      ],
    ],
    // right after the piece, a price only where the sentence speaks of money; the 一 of the piece is never the price
    ["奶粉的价格 一罐三百多", [["三百多", "money", 300, null, "over"]]],
    // audit counts2: a piece right before a bare amount in a sentence that says it is dear or cheap (太贵了, 不便宜)
    // is priced as 一斤 is (榴莲一斤三十五), its bound kept
    ["这个月饼一盒三百多，太贵了", [["三百多", "money", 300, null, "over"]]],
    ["这款面膜一片三十左右，有点贵", [["三十", "money", 30, null, "about"]]],
    ["进口车厘子一盒一百八，一点都不便宜", [["一百八", "money", 180, null, null]]],
    ["这种酒一瓶两千多 挺贵的", [["两千多", "money", 2000, null, "over"]]],
    ["演唱会一张票三百多，太贵了", [["三百多", "money", 300, null, "over"]]],
    ["榴莲一斤三十五", [["三十五", "money", 35, null, null]]],
    // near-misses: a count with its own counter stays one, also where the sentence speaks of money
    ["一盒十二个，太贵了", [["十二个", "count", 12, "个", null]]],
    ["一盒 三百多人 来了", [["三百多人", "count", 300, "人", "over"]]],
    ["这个月饼一盒三百多", []],
    // a money word in an earlier caption line of the sentence says nothing of the box
    ["这种奶粉每罐三百多块钱左右吧\n一箱二十四", [["三百多块钱", "money", 300, "CNY", "about"]]],
    // near-misses: no verb and no money (24 to a box), a counter of people or groups, a unit of its own
    ["一箱二十四", []],
    ["一个班要三十多", []],
    ["三个班要一百多", []],
    ["一台机器要30个人操作", [["30个人", "count", 30, "个人", null]]],
    ["一天能卖三百杯", [["三百杯", "count", 300, "杯", null]]],
    ["销量是10万一个月", [["10万", "count", 100000, null, null]]],
    // a number before a piece priced right after it names what is priced (a card's model), it is no price per piece
    ["价格方面 用的是4090 一张一万多", [["一万多", "money", 10000, null, "over"]]],
    ["用的是4090 一张要一万多", [["一万多", "money", 10000, null, "over"]]],
    ["8万一吨", [["8万", "money", 80000, null, null]]],
    [
      "8万一吨 一吨也就8万",
      [
        ["8万", "money", 80000, null, null],
        ["8万", "money", 80000, null, null],
      ],
    ],
    // a number in digits right before an amount in words names it (a model), in talk of money or not
    ["现在显卡的价格 4090大概一万五", [["一万五", "money", 15000, null, "about"]]],
    ["4090 15000元", [["15000元", "money", 15000, "CNY", null]]],
    // …but not a list of prices in digits, nor a price before a count
    [
      "售价3999 4999 5999三个版本",
      [
        ["3999", "money", 3999, null, null],
        ["4999", "money", 4999, null, null],
        ["5999", "money", 5999, null, null],
      ],
    ],
    [
      "原价599 现在399",
      [
        ["599", "money", 599, null, null],
        ["399", "money", 399, null, null],
      ],
    ],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("a five-year plan named (第十四个五年规划, 五年计划期间) is a name, no duration; a span stated stays one", () => {
  it.each([
    ["这是我们的第十四个五年规划", []],
    ["第一个五年计划期间建了156个项目", [{ text: "156个", kind: "count", value: 156 }]],
    ["这个五年规划要求单位GDP能耗降低13.5%", [{ text: "13.5%", kind: "percent", value: 13.5 }]],
    ["公司的五年规划里，营收要到100亿", [{ text: "100亿", value: 1e10 }]],
    ["五年规划期内要投资三千亿", [{ text: "三千亿", value: 3e11 }]],
    ["我们制定了五年发展规划。", []],
    ["新的五年计划提出，医院要新增床位800张", [{ text: "800张", kind: "count", value: 800 }]],
    // a span the speaker states: years spent planning, a plan over five years, a planning period of five years
    ["我们花了五年规划这个园区", [{ text: "五年", kind: "duration", value: 5, unit: "year" }]],
    [
      "我们计划五年内做到一百亿",
      [
        { text: "五年", kind: "duration" },
        { text: "一百亿", value: 1e10 },
      ],
    ],
    ["这是一个五年的规划期", [{ text: "五年", kind: "duration", value: 5, unit: "year" }]],
    ["我们用五年计划好了每一步", [{ text: "五年", kind: "duration", value: 5, unit: "year" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit rate: a distance per a time (每秒三十三米, 120公里每小时, 时速350公里) is a speed, m/s or km/h", () => {
  it.each([
    ["风速达到每秒三十三米", [{ text: "每秒三十三米", kind: "measure", value: 33, unit: "m/s", approx: null }]],
    ["这条路限速120公里每小时", [{ text: "120公里每小时", kind: "measure", value: 120, unit: "km/h" }]],
    ["高铁时速350公里", [{ text: "350公里", kind: "measure", value: 350, unit: "km/h" }]],
    ["风速每秒15米左右", [{ text: "每秒15米", kind: "measure", value: 15, unit: "m/s", approx: "about" }]],
    ["这款车每小时能跑80公里", [{ text: "80公里", kind: "measure", value: 80, unit: "km/h" }]],
    ["洪峰流速大概每小时6公里", [{ text: "每小时6公里", kind: "measure", value: 6, unit: "km/h", approx: "about" }]],
    ["台风中心风速33米/秒左右", [{ text: "33米/秒", kind: "measure", value: 33, unit: "m/s", approx: "about" }]],
    ["跑道上滑行到80米每秒才起飞", [{ text: "80米每秒", kind: "measure", value: 80, unit: "m/s" }]],
    ["这台无人机最高能飞到72 km/h", [{ text: "72 km/h", kind: "measure", value: 72, unit: "km/h" }]],
    [
      "新线路设计时速达到了400公里以上",
      [{ text: "400公里", kind: "measure", value: 400, unit: "km/h", approx: "over" }],
    ],
    ["超过每秒25米的大风", [{ text: "每秒25米", kind: "measure", value: 25, unit: "m/s", approx: "over" }]],
    // NEGATIVES: a count per second stays a count; 时速 with no distance unit; a distance covered in an hour; a
    // distance per day is no speed; a price per kilometre keeps its money
    ["系统每秒处理三万笔交易", [{ text: "三万笔", kind: "count", value: 30000, unit: "笔" }]],
    ["一小时走了五公里", [{ text: "五公里", kind: "measure", value: 5, unit: "km" }]],
    ["他每天跑10公里", [{ text: "10公里", kind: "measure", value: 10, unit: "km" }]],
    ["这条线路全长350公里", [{ text: "350公里", kind: "measure", value: 350, unit: "km" }]],
    // speeds as one symbol, and revolutions per minute where a speed of turning is spoken of
    ["台风登陆时风速5m/s", [{ text: "5m/s", kind: "measure", value: 5, unit: "m/s" }]],
    ["电动车最高72km/h", [{ text: "72km/h", kind: "measure", value: 72, unit: "km/h" }]],
    ["发动机转速每分钟6000转", [{ text: "6000转", kind: "measure", value: 6000, unit: "rpm" }]],
    ["这块硬盘是7200rpm的", [{ text: "7200rpm", kind: "measure", value: 7200, unit: "rpm" }]],
    ["电机转速最高到了两万转左右", [{ text: "两万转", kind: "measure", value: 20000, unit: "rpm", approx: "about" }]],
    // NEGATIVES: 转 with no speed of turning is no unit
    ["钱已经转了3000过去", []],
    // 圈 counts laps (units.yaml counters): 3 laps, never 3 rpm
    ["他在操场上转了3圈", [{ text: "3圈", kind: "count", value: 3, unit: "圈" }]],
    ["跑了100m", []],
    ["GPT-5m的效果", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a figure per a unit of mass or volume (300Wh/kg, 三百瓦时每公斤) is in their quotient (units.yaml perUnits)", () => {
  it.each([
    ["电芯能量密度做到了300Wh/kg", [{ text: "300Wh/kg", kind: "measure", value: 300, unit: "Wh/kg" }]],
    ["麒麟电池的能量密度是三百瓦时每公斤", [{ text: "三百瓦时每公斤", kind: "measure", value: 300, unit: "Wh/kg" }]],
    ["电机的功率密度大概5kW/kg", [{ text: "5kW/kg", kind: "measure", value: 5, unit: "kW/kg", approx: "about" }]],
    ["体积能量密度超过700Wh/L", [{ text: "700Wh/L", kind: "measure", value: 700, unit: "Wh/L", approx: "over" }]],
    ["固态电池每公斤500瓦时", [{ text: "每公斤500瓦时", kind: "measure", value: 500, unit: "Wh/kg" }]],
    // NEGATIVES: no base after or right before keeps the unit; a longer Latin word is no base; a price per kilogram
    // stays money
    ["这块300Wh的电池", [{ text: "300Wh", kind: "measure", value: 300, unit: "Wh" }]],
    ["每公斤能存300瓦时", [{ text: "300瓦时", kind: "measure", value: 300, unit: "Wh" }]],
    ["推力是5kW/kgf", [{ text: "5kW", kind: "measure", value: 5, unit: "kW" }]],
    ["牛肉每公斤卖80元", [{ text: "80元", kind: "money", value: 80, unit: "CNY" }]],
    // concentrations and doses per body weight
    ["自来水余氯在0.5mg/L以下", [{ text: "0.5mg/L", kind: "measure", value: 0.5, unit: "mg/L", approx: "under" }]],
    ["推荐剂量是10mg/kg", [{ text: "10mg/kg", kind: "measure", value: 10, unit: "mg/kg" }]],
    // NEGATIVES: words between the base and the figure
    ["每升水里有300毫克", [{ text: "300毫克", kind: "measure", value: 300, unit: "mg" }]],
    // 体重 between is what the base is of (units.yaml perUnits `of`): a dose per kilogram of body weight
    ["每公斤体重10毫克", [{ text: "每公斤体重10毫克", kind: "measure", value: 10, unit: "mg/kg" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit rate: a ratio after a ratio word (男女比例二点五比一, 配比1比3) is one figure, X/Y", () => {
  it.each([
    ["男女比例大概是二点五比一", [{ text: "二点五比一", kind: "measure", value: 2.5, unit: "ratio", approx: "about" }]],
    // the ratio word right after the pair, 的 between or not
    ["大概是三比七的比例", [{ text: "三比七", kind: "measure", value: 3 / 7, unit: "ratio", approx: "about" }]],
    ["按三比七比例分配", [{ text: "三比七", kind: "measure", value: 3 / 7, unit: "ratio" }]],
    ["比分三比一的比赛", []],
    ["混凝土的水泥和沙子配比是1比3", [{ text: "1比3", kind: "measure", value: 1 / 3, unit: "ratio" }]],
    ["研究生和本科生的比例要达到1.5比1。", [{ text: "1.5比1", kind: "measure", value: 1.5, unit: "ratio" }]],
    ["新生的男女比是三比二", [{ text: "三比二", kind: "measure", value: 1.5, unit: "ratio" }]],
    ["两种股票的持仓之比为4比1", [{ text: "4比1", kind: "measure", value: 4, unit: "ratio" }]],
    [
      "师生比例从1比20提高到了1比15",
      [
        { text: "1比20", kind: "measure", value: 0.05, unit: "ratio" },
        { text: "1比15", kind: "measure", value: 1 / 15, unit: "ratio" },
      ],
    ],
    ["面粉和水的比例是1:2左右", [{ text: "1:2", kind: "measure", value: 0.5, unit: "ratio", approx: "about" }]],
    // NEGATIVES: a score; a life-size copy; a comparison; a ratio with no ratio word
    ["比分是三比一", []],
    ["我们三比一赢了", []],
    ["这个模型是一比一还原的", []],
    ["一比一复刻了故宫", []],
    ["比去年多三成", [{ text: "三成", kind: "percent", value: 30 }]],
    ["我们2比1赢了", []],
    ["按一比一的比例复刻", []],
    ["比例是1比3，后来2比1赢了", [{ text: "1比3", kind: "measure", value: 1 / 3, unit: "ratio" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a small count in words beside a larger count of the same thing is a figure too (后厨八个人 前厅十二个人)", () => {
  it.each([
    [
      "后厨八个人 前厅十二个人",
      [
        { text: "八个人", kind: "count", value: 8 },
        { text: "十二个人", kind: "count", value: 12 },
      ],
    ],
    [
      "一共投了两百多个项目，其中出了七个独角兽",
      [
        { text: "两百多个", value: 200 },
        { text: "七个", value: 7 },
      ],
    ],
    [
      "大客户有一百多家，其中有三家是世界500强",
      [
        { text: "一百多家", value: 100 },
        { text: "三家", value: 3 },
      ],
    ],
    // near-misses: a small count alone, or beside a count of another thing, stays a turn of phrase
    ["主要是两个原因", []],
    ["我们有两个原因 公司才二十个人", [{ text: "二十个人", value: 20 }]],
    ["这两个人说的都对", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("statistics of a trial (HR, P值, 风险比) are measures; a dose or a shot is a piece with a price", () => {
  it.each([
    [
      "HR是0.65 P值小于0.001",
      [
        { text: "0.65", kind: "measure", value: 0.65 },
        { text: "0.001", kind: "measure", value: 0.001, approx: "under" },
      ],
    ],
    ["风险比是0.72", [{ text: "0.72", kind: "measure", value: 0.72 }]],
    ["CAR-T一针要120万", [{ text: "120万", kind: "money", value: 1.2e6 }]],
    ["这种药一片卖三十", [{ text: "三十", kind: "money", value: 30 }]],
    // near-misses: a whole number before a measure word names it; a question asks
    ["沪深300指数", []],
    ["P值是多少", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("steps, readings of the body, and how full one eats", () => {
  it.each([
    ["每天走一万步", [{ text: "一万步", kind: "count", value: 10000, unit: "步" }]],
    [
      "血压一百四十 九十",
      [
        { text: "一百四十", kind: "measure", value: 140 },
        { text: "九十", kind: "measure", value: 90 },
      ],
    ],
    ["心率一百二", [{ text: "一百二", kind: "measure", value: 120 }]],
    // near-misses: a plan's steps, a saying
    ["分三步走", []],
    ["一天三顿饭 每顿七分饱", []],
    ["这个项目进展到了第三步", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a price after a piece of one unit keeps its bound word (一平米两万出头)", () => {
  it.each([
    ["一平米两万出头", [{ text: "两万", kind: "money", value: 20000, approx: "over" }]],
    ["一平两万出头", [{ text: "两万", kind: "money", value: 20000, approx: "over" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit p15: G alone is GB right before a memory word (12G内存), else the letter of a name (5G手机)", () => {
  it.each([
    ["iPhone 17 Pro是12G内存", [{ text: "12G", kind: "measure", value: 12, unit: "GB" }]],
    ["M4 Max的话 128G统一内存", [{ text: "128G", kind: "measure", value: 128, unit: "GB" }]],
    ["5090是32G显存", [{ text: "32G", kind: "measure", value: 32, unit: "GB" }]],
    // NEGATIVES: a network generation, a model's memory variant, G before 的
    ["5G手机的内存", []],
    ["这款5G的内存是12GB", [{ text: "12GB", kind: "measure", value: 12, unit: "GB" }]],
    ["一张A100 80G肯定放不下", []],
    ["我们的5G套餐每月99元", [{ text: "99元", kind: "money", value: 99, unit: "CNY" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit mixed: a Latin word before a number with a scale word (post money 150 million) names no model", () => {
  it.each([
    ["估值是post money 150 million", [{ text: "150 million", kind: "money", value: 150000000 }]],
    ["DAU破了一个million", [{ text: "一个million", kind: "count", value: 1000000, approx: "over" }]],
    ["估值大概5个billion", [{ text: "5个billion", kind: "money", value: 5000000000, approx: "about" }]],
    // NEGATIVES: a version and a parameter size after a name stay names
    ["我们用的是Gemini 3", []],
    ["Llama 7B的模型", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit mixed: N位数 counts a number's digits, no people", () => {
  it.each([
    ["我们拿了一个8位数的融资", []],
    ["他的年薪是八位数", []],
    // NEGATIVES: 位 before a noun still counts people; a digit count of a growth stays a percent
    ["现场来了超过100位专家", [{ text: "100位", kind: "count", value: 100, unit: "位", approx: "over" }]],
    ["营收保持两位数增长", [{ text: "两位数", kind: "percent", min: 10, max: 99 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit p15: a decimal after an AI benchmark's name is its score (在MMLU上是88.7)", () => {
  it.each([
    ["Gemini 3 Pro在MMLU上是88.7", [{ text: "88.7", kind: "measure", value: 88.7 }]],
    ["GPQA达到了71.2", [{ text: "71.2", kind: "measure", value: 71.2 }]],
    ["豆瓣上是8.6", [{ text: "8.6", kind: "measure", value: 8.6 }]],
    // NEGATIVES: the year a test is named by, a count with its unit, a whole number, a model's version
    ["在AIME 2025上", []],
    ["MMLU上有3个子项", [{ text: "3个", kind: "count", value: 3 }]],
    ["MMLU上是88", []],
    ["MMLU上Claude 3.5最好", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit r15: a rate's period (一年一个亿), games counted (72局), viewers and sponsorship", () => {
  it.each([
    // one year, month or day right before another figure is the rate's period; the bound before it hedges the figure
    ["冠名赞助大概一年一个亿", [{ text: "一个亿", kind: "money", value: 100000000, approx: "about" }]],
    ["他大概一个月两三万", [{ text: "两三万", min: 20000, max: 30000, approx: "about" }]],
    ["差不多一年两三次", [{ text: "两三次", kind: "count", min: 2, max: 3, approx: "about" }]],
    // a modal and a short verb between still make a rate (audit defense): what can be done each year
    ["外界估计一年能出五六十架", [{ text: "五六十架", kind: "count", min: 50, max: 60, approx: "about" }]],
    ["他大概一年能赚八千万", [{ text: "八千万", kind: "money", value: 80000000, approx: "about" }]],
    // NEGATIVES: a span of time (一年三个月), a share of a year, a bound after the year, 就 and a deed done in the
    // year, a change over the year
    ["我估计一年就能回本", [{ text: "一年", kind: "duration", value: 1, approx: "about" }]],
    [
      "大概一年会翻三倍",
      [
        { text: "一年", kind: "duration", value: 1, approx: "about" },
        { text: "三倍", kind: "multiple", value: 3 },
      ],
    ],
    [
      "项目大概做了一年三个月",
      [
        { text: "一年", kind: "duration", value: 1, approx: "about" },
        { text: "三个月", kind: "duration", value: 3 },
      ],
    ],
    [
      "将近一年一半的时间都在出差",
      [
        { text: "一年", kind: "duration", value: 1, approx: "nearly" },
        { text: "一半", kind: "percent", value: 50 },
      ],
    ],
    // 局 counts games where the sentence speaks of play
    ["他们一共打了72局，吃鸡14次", [{ text: "72局", kind: "count", value: 72, unit: "局" }, { text: "14次" }]],
    ["这个赛季他们输了十几局", [{ text: "十几局", kind: "count", min: 11, max: 19, unit: "局" }]],
    // 把 counts games where the sentence speaks of play; 抽 counts gacha pulls where it speaks of drawing (audit gaming)
    ["以前一天能打十几把排位", [{ text: "十几把", kind: "count", min: 11, max: 19, unit: "把" }]],
    ["现在一天也就打五六把排位", [{ text: "五六把", kind: "count", min: 5, max: 6, unit: "把" }]],
    [
      "抽卡概率是百分之零点六，保底九十抽",
      [{ text: "百分之零点六" }, { text: "九十抽", kind: "count", value: 90, unit: "抽" }],
    ],
    ["卡池我攒了两百多抽", [{ text: "两百多抽", kind: "count", value: 200, approx: "over", unit: "抽" }]],
    // 没有X那么多: under the figure
    ["这个我不方便说，但是肯定没有八千万那么多", [{ text: "八千万", value: 80000000, approx: "under" }]],
    // NEGATIVES: a match format, a firm's name, no play spoken of, 局面
    ["比赛是五局三胜", []],
    ["比赛改成了七局四胜制", []],
    ["中建三局打了一个胜仗", []],
    ["公安局在三楼", []],
    ["这个局面三个人都没想到", []],
    ["排位的时候我有十足的把握", []],
    ["打了三把握手言和", []],
    // 十连抽 is a bundle's name, no count of pulls (the 1600 钻 is the game currency it costs)
    ["十连抽一次是一千六百钻", [{ text: "一千六百钻", kind: "count", value: 1600, unit: "钻" }]],
    ["平台要抽走百分之五十", [{ text: "百分之五十" }]],
    ["保底之后平台抽成百分之三十", [{ text: "百分之三十" }]],
    ["他们公司抽了三十个人做调查", [{ text: "三十个人", kind: "count", value: 30 }]],
  ] as [string, Want[]][])("%s", expectFigures);

  it.each([
    // viewers are counted, whatever fee was spoken of before; a sponsorship is money, sponsors are counted
    ["同时在线大概五六十万，高峰的时候过百万", true, ["count 五六十万", "count 百万"]],
    ["播放量超过两亿", true, ["count 两亿"]],
    ["冠名赞助一年一个亿", false, ["money 一个亿"]],
    // NEGATIVES: a money word in the clause keeps money; sponsors are no money
    ["同时在线的礼物收入有三百万", true, ["money 三百万"]],
    ["赞助商超过两百", false, ["count 两百"]],
  ] as [string, boolean, string[]][])("%s", (text, moneyTopic, want) => {
    expect(kinds(text, moneyTopic)).toEqual(want);
  });
});

describe("百分之百 of certainty is emphasis; of a share it is a figure", () => {
  it.each([
    ["百分之百确定", []],
    ["有百分之百的把握", []],
    ["我百分之百支持", []],
    ["我们百分之百控股", [{ text: "百分之百", kind: "percent", value: 100 }]],
    ["好评率百分之百", [{ text: "百分之百", kind: "percent", value: 100 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit u15: a spoken height (一米七), torque (牛米, Nm) and a slope's angle (爬坡三十五度)", () => {
  it.each([
    // 米 and one digit after it: the digit is tenths, as 三块五 is 3.5 (was: 七 a price per 一米)
    ["整机身高一米七左右", [{ text: "一米七", kind: "measure", value: 1.7, unit: "m", approx: "about" }]],
    ["他身高一米七五", [{ text: "一米七五", kind: "measure", value: 1.75, unit: "m" }]],
    ["机器人身高1米8", [{ text: "1米8", kind: "measure", value: 1.8, unit: "m" }]],
    ["这个房间三米五宽", [{ text: "三米五", kind: "measure", value: 3.5, unit: "m" }]],
    [
      "一米七 一米八的都有",
      [
        { text: "一米七", value: 1.7, unit: "m" },
        { text: "一米八", value: 1.8, unit: "m" },
      ],
    ],
    // with no space between two heights: the 一 after the tenths is the next height's (was: 八 a price per 一米)
    [
      "个子一米八一米九的都有",
      [
        { text: "一米八", value: 1.8, unit: "m" },
        { text: "一米九", value: 1.9, unit: "m" },
      ],
    ],
    ["他身高一米七一", [{ text: "一米七一", kind: "measure", value: 1.71, unit: "m" }]],
    // a weight in jin and liang (ten liang to the jin); the loose pair 一两 after 斤 is one liang
    ["三斤一两的鱼", [{ text: "三斤一两", kind: "measure", value: 3.1, unit: "jin" }]],
    ["买了一斤二两猪肉", [{ text: "一斤二两", kind: "measure", value: 1.2, unit: "jin" }]],
    // NEGATIVES: 两 as a count or a loose pair of years after the weight, liang after another unit
    ["买了三斤两个西瓜", [{ text: "三斤", value: 3, unit: "jin" }]],
    [
      "三斤一两年就能长成",
      [
        { text: "三斤", value: 3, unit: "jin" },
        { text: "一两年", kind: "duration" },
      ],
    ],
    ["三公斤一两", [{ text: "三公斤", value: 3, unit: "kg" }]],
    ["关节峰值扭矩是四十五牛米", [{ text: "四十五牛米", kind: "measure", value: 45, unit: "N·m" }]],
    ["电机扭矩360Nm", [{ text: "360Nm", kind: "measure", value: 360, unit: "N·m" }]],
    ["爬坡能力是三十五度", [{ text: "三十五度", kind: "measure", value: 35, unit: "°" }]],
    ["视场角52度左右", [{ text: "52度", kind: "measure", value: 52, unit: "°", approx: "about" }]],
    // NEGATIVES: a price per metre, two lengths listed, a digit that is a count of its own, 度 as times or a turn,
    // temperature kept, Nm opening a word
    ["布料一米七块钱", [{ text: "七块钱", kind: "money", value: 7, unit: "CNY" }]],
    [
      "三米五米的都有",
      [
        { text: "三米", value: 3, unit: "m" },
        { text: "五米", value: 5, unit: "m" },
      ],
    ],
    ["绳子三米五个", [{ text: "三米", value: 3, unit: "m" }]],
    ["我们两度爬坡失败", []],
    ["转了360度", []],
    ["爬坡测试的时候室温二十五度", [{ text: "二十五度", kind: "measure", value: 25, unit: "°C" }]],
    ["电机扭矩360Nmax", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("三五年 is 3–5 years: 三五 is never a year", () => {
  it.each([
    ["我们要追上大概得三五年吧", [{ text: "三五年", kind: "duration", min: 3, max: 5, unit: "year" }]],
    ["需要三五年时间", [{ kind: "duration", min: 3, max: 5, unit: "year" }]],
    ["三五分钟", [{ text: "三五分钟", kind: "duration", min: 3, max: 5, unit: "minute" }]],
    // audit values: 三五 is never a year (time.yaml approximatePairs), so before 年 it is the range whatever follows;
    // the pair left unread used to give an invented 五年 = 5 years
    ["三五年的时候就能回本", [{ text: "三五年", kind: "duration", min: 3, max: 5, unit: "year" }]],
    ["这种店三五年就能回本", [{ text: "三五年", kind: "duration", min: 3, max: 5, unit: "year" }]],
    ["过了三五年的时候大家就忘了", [{ text: "三五年", kind: "duration", min: 3, max: 5, unit: "year" }]],
    ["一个医生三五年才能独立做手术", [{ text: "三五年", kind: "duration", min: 3, max: 5, unit: "year" }]],
    // NEGATIVES: a single count stays itself, two counts said apart stay two, 三五 inside a number (十三五) no pair
    ["三年的时候就能回本", [{ text: "三年", kind: "duration", value: 3, unit: "year" }]],
    [
      "三年五年慢慢来",
      [
        { text: "三年", kind: "duration", value: 3, unit: "year" },
        { text: "五年", kind: "duration", value: 5, unit: "year" },
      ],
    ],
    ["十三五规划", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a rate or an index goes on into a later clause of its sentence: the decimal there is a measure", () => {
  // audit leftovers: 美元兑人民币现在大概7.18 was a measure but the 7.1到7.3 after it money (in talk of money) or a count
  it.each([
    [
      "人民币兑美元现在大概7.18，我觉得年底前在7.1到7.3之间波动。",
      true,
      [
        ["7.18", "measure", 7.18],
        ["7.1到7.3", "measure", 7.1],
      ],
    ],
    [
      "人民币兑美元现在大概7.18，我觉得年底前在7.1到7.3之间波动。",
      false,
      [
        ["7.18", "measure", 7.18],
        ["7.1到7.3", "measure", 7.1],
      ],
    ],
    ["汇率在7.1到7.3之间", true, [["7.1到7.3", "measure", 7.1]]],
    [
      "美元兑人民币现在在7.1左右，那去年这个时候是7.3",
      true,
      [
        ["7.1", "measure", 7.1],
        ["7.3", "measure", 7.3],
      ],
    ],
    ["美元兑人民币现在大概7.18", true, [["7.18", "measure", 7.18]]],
    [
      "制造业PMI是49.8，下个月可能回到50.5",
      true,
      [
        ["49.8", "measure", 49.8],
        ["50.5", "measure", 50.5],
      ],
    ],
    [
      "日元兑美元汇率现在是150.2，年底可能到140.5左右",
      false,
      [
        ["150.2", "measure", 150.2],
        ["140.5", "measure", 140.5],
      ],
    ],
    // NEGATIVES: money with its unit, a decimal of another size, a count, a version
    ["换了7.1万人民币", true, [["7.1万人民币", "money", 71000]]],
    ["汇率7.2，增速是2.5", true, [["7.2", "measure", 7.2]]],
    [
      "汇率7.2，我们卖了8个",
      false,
      [
        ["7.2", "measure", 7.2],
        ["8个", "count", 8],
      ],
    ],
    ["汇率7.2，版本号是v7.5", false, [["7.2", "measure", 7.2]]],
    // a score is no level: the next clause is another matter
    [
      "豆瓣8.6，股价跌到了7.3以下",
      false,
      [
        ["8.6", "measure", 8.6],
        ["7.3", "count", 7.3],
      ],
    ],
  ] as [string, boolean, unknown[]][])("%s (talk of money: %s)", (text, moneyTopic, want) => {
    const got = recognizeQuantities(text, { times: [], versions: new Set(), moneyTopic })
      .filter((m) => m.tag === "figure")
      .map((m) => [m.text, m.kind, m.value ?? m.min]);
    expect(got).toEqual(want);
  });
});

describe("七八年, 五六年: two adjacent ascending digits before 年 are a count of years, never a year", () => {
  it.each([
    // audit leftovers: 七八年的时候 was read as the year 1978 (a two-digit year before 的时候) and no 7–8 years
    ["七八年的时候就能回本", [{ text: "七八年", kind: "duration", min: 7, max: 8, unit: "year" }]],
    ["干了七八年了", [{ text: "七八年", kind: "duration", min: 7, max: 8, unit: "year" }]],
    ["这家药店开了五六年的时候才开始赚钱", [{ text: "五六年", kind: "duration", min: 5, max: 6, unit: "year" }]],
    ["一个果园种下去四五年的时候才挂果", [{ text: "四五年", kind: "duration", min: 4, max: 5, unit: "year" }]],
    ["跑了八九年的时候车就该换了", [{ text: "八九年", kind: "duration", min: 8, max: 9, unit: "year" }]],
    // NEGATIVES (the years 九八年, 零八年, 二三年, 一二年, 七八年10月 stay years: test/time.test.ts): a count
    // said with 两 and a single count stay themselves
    ["干了两三年了", [{ text: "两三年", kind: "duration", min: 2, max: 3, unit: "year" }]],
    ["八年的时候就能回本", [{ text: "八年", kind: "duration", value: 8, unit: "year" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit s15: study abroad: a visa's subclass is a label, test scores are measures, schools and offers are counted", () => {
  const read = (text: string, moneyTopic = true) =>
    recognizeQuantities(text, { times: [], versions: new Set(), moneyTopic })
      .filter((m) => m.tag === "figure")
      .map((m) => [m.text, m.kind, m.value ?? m.min]);
  it.each([
    // a number glued before 签证 names the visa's subclass, even while the talk is about fees (units.yaml labelNumbers)
    ["毕业后可以申请485签证，可以留两到四年", true, [["两到四年", "duration", 2]]],
    ["现在189签证基本要九十分以上", true, [["九十分", "measure", 90]]],
    // NEGATIVES: a fee spoken with its unit, a count of visas
    ["办签证花了两千块", true, [["两千块", "money", 2000]]],
    ["今年发了三万多个签证", false, [["三万多个", "count", 30000]]],
    // a test or a grade before a bare number states its score (units.yaml measureContexts, false-figures latinBeforeOk)
    [
      "GPA 3.8，雅思7.5",
      false,
      [
        ["3.8", "measure", 3.8],
        ["7.5", "measure", 7.5],
      ],
    ],
    [
      "托福是110分，GRE考了325",
      false,
      [
        ["110分", "measure", 110],
        ["325", "measure", 325],
      ],
    ],
    ["雅思第一次考了6.5", false, [["6.5", "measure", 6.5]]],
    ["他的IQ 130", false, [["130", "measure", 130]]],
    // NEGATIVES: names stay names, a fee word keeps money, a count with its unit stays a count
    ["用GPT 4写文书", false, []],
    ["雅思考试费是2170", true, [["2170", "money", 2170]]],
    ["托福考了三次", false, []], // a small count of times stays a word, as before
    // a small count of schools or offers is a figure (units.yaml nounCounts); of students or one offer it stays a word
    ["平均每个学生申请了八所学校", false, [["八所", "count", 8]]],
    [
      "拿了五个offer，还有两个waitlist",
      false,
      [
        ["五个", "count", 5],
        ["两个", "count", 2],
      ],
    ],
    ["他拿了一个offer", false, []],
    // a tally totals the first count after it: 一组 after 六个人 is how they are grouped (t3 L15); 一共一个店 stays one
    ["面试的时候一共有六个人一组", false, [["六个人", "count", 6]]],
    [
      "一共3个人5台",
      false,
      [
        ["3个人", "count", 3],
        ["5台", "count", 5],
      ],
    ],
    ["我们一共一个店", false, [["一个", "count", 1]]],
    ["还有两个学生在等", false, []],
    ["今年只申请了两所大学", false, [["两所", "count", 2]]],
  ] as [string, boolean, unknown[]][])("%s", (text, moneyTopic, want) => {
    expect(read(text, moneyTopic)).toEqual(want);
  });
});

describe("audit v15: Traditional and Cantonese money and counters (新台幣…億元, 蚊, 宗, 週年)", () => {
  it.each([
    // a currency named before a figure in plain 元 gives its unit, as 人民币5亿元 keeps CNY
    ["營收大概是新台幣185億元", [{ text: "新台幣185億元", kind: "money", value: 18500000000, unit: "TWD" }]],
    ["投資港幣5億元", [{ text: "港幣5億元", kind: "money", value: 500000000, unit: "HKD" }]],
    ["人民币5亿元的投资", [{ text: "人民币5亿元", kind: "money", value: 500000000, unit: "CNY" }]],
    // negatives: 元 after a figure with no currency before it stays yuan; a currency named after is the figure's
    ["投资5亿元", [{ text: "5亿元", kind: "money", value: 500000000, unit: "CNY" }]],
    ["港元兑5元人民币", [{ text: "5元人民币", kind: "money", value: 5, unit: "CNY" }]],
    // a currency word ending in 元 (美元) is no plain yuan: 人民币 before it is another figure's
    [
      "4人民币5美元",
      [
        { text: "4人民币", kind: "money", value: 4, unit: "CNY" },
        { text: "5美元", kind: "money", value: 5, unit: "USD" },
      ],
    ],
    // 蚊 is the Hong Kong dollar in Cantonese speech; 蚊子 is the insect
    // a negation: not a single dollar, no figure; 一蚊 alone as a price stays
    ["呢個單位一蚊都唔值", []],
    ["一蚊一個", [{ text: "一蚊", kind: "money", value: 1, unit: "HKD" }]],
    ["每個月大概可以慳返四百蚊左右", [{ text: "四百蚊", kind: "money", value: 400, unit: "HKD", approx: "about" }]],
    ["港島區就要兩萬五千幾蚊一呎", [{ text: "兩萬五千幾蚊", kind: "money", min: 25100, max: 25900, unit: "HKD" }]],
    // 宗 counts cases and deals; 宗教 is no counter
    ["上個月成交有一千二百多宗", [{ text: "一千二百多宗", kind: "count", value: 1200, approx: "over" }]],
    // 週年 is a year as 周年 is, not a week
    ["公司成立三十週年", [{ text: "三十週年", kind: "duration", value: 30, unit: "year" }]],
    ["公司成立三十周年", [{ text: "三十周年", kind: "duration", value: 30, unit: "year" }]],
  ] as [string, Want[]][])("%s", expectFigures);
  it.each(["房間裡有三隻蚊子", "三宗教派", "兩週年內"])("no figure in %s", (text) => {
    expect(figures(text).filter((f) => f.unit === "HKD" || f.unit === "week" || f.text.includes("宗"))).toEqual([]);
  });
});

describe("audit hk: money, rates and areas of Hong Kong, Singapore and Malaysia (令吉, 新元, 厘, 呎)", () => {
  it.each([
    // the ringgit and 新元 are currencies
    [
      "每公斤六十令吉，最贵的时候到过一百二十马币",
      [
        { text: "六十令吉", kind: "money", value: 60, unit: "MYR" },
        { text: "一百二十马币", kind: "money", value: 120, unit: "MYR" },
      ],
    ],
    ["去年營業額大概八千萬馬幣", [{ text: "八千萬馬幣", kind: "money", value: 8e7, unit: "MYR", approx: "about" }]],
    ["大学毕业生起薪大概4500新元", [{ text: "4500新元", kind: "money", value: 4500, unit: "SGD", approx: "about" }]],
    // 厘 of an interest rate is a percentage point
    ["而家按揭利率大概3.5厘", [{ text: "3.5厘", kind: "percent", value: 3.5, unit: "%", approx: "about" }]],
    ["定期存款利率大概4厘左右", [{ text: "4厘", kind: "percent", value: 4, unit: "%", approx: "about" }]],
    // 呎 of a flat is a square foot, and 呎價 a price
    ["實用面積四百呎嘅單位", [{ text: "四百呎", kind: "measure", value: 400, unit: "ft2" }]],
    ["一间三百呎的单位", [{ text: "三百呎", kind: "measure", value: 300, unit: "ft2" }]],
    ["屋苑呎價一萬八左右", [{ text: "一萬八", kind: "money", value: 18000, approx: "about" }]],
    // a spoken shorthand lower end keeps its own scale
    ["大概一万八到两万港币左右", [{ text: "一万八到两万港币", kind: "money", min: 18000, max: 20000, unit: "HKD" }]],
    ["一万五到两万元", [{ text: "一万五到两万元", kind: "money", min: 15000, max: 20000, unit: "CNY" }]],
    // negatives: 厘 with no rate is no percent, 厘米 a length; 呎 before a word of height a length; 新元素 no money;
    // a lower end above the upper one is no range; the upper end still lends its scale to a bare lower end
    ["这块板有三厘厚", []],
    ["利率不变，长约5厘米", [{ text: "5厘米", kind: "measure", value: 5, unit: "cm", approx: "about" }]],
    ["天花板有十呎高", []],
    ["我们发现了一百个新元素", [{ text: "一百个", kind: "count", value: 100 }]],
    [
      "一万五到两千元",
      [
        { text: "一万五", value: 15000 },
        { text: "两千元", value: 2000, unit: "CNY" },
      ],
    ],
    ["1.4到1.6万亿美元", [{ text: "1.4到1.6万亿美元", kind: "money", min: 1.4e12, max: 1.6e12, unit: "USD" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit v15: Traditional forms of words the simplified list already reads (翻了兩番, 漲到了, 釐米, 押兩付一)", () => {
  it.each([
    ["營收翻了兩番", [{ text: "翻了兩番", kind: "multiple", value: 4 }]],
    ["营收翻了两番", [{ text: "翻了两番", kind: "multiple", value: 4 }]],
    ["價格漲到了3999", [{ text: "3999", kind: "money", value: 3999 }]],
    ["长约5厘米", [{ text: "5厘米", kind: "measure", value: 5, unit: "cm", approx: "about" }]],
    ["長約5釐米", [{ text: "5釐米", kind: "measure", value: 5, unit: "cm", approx: "about" }]],
    // negatives: a lease's payment terms are no figure, in either script; 漲到了 a count keeps the count
    ["押兩付一", []],
    ["押两付一", []],
    ["用戶漲到了三萬人", [{ text: "三萬人", kind: "count", value: 30000 }]],
    // 成 then 几 is an unknown digit, as 十几 is; 几乎 after 成 is "almost", 几个 its own count
    ["按月升咗一成幾", [{ text: "一成幾", kind: "percent", min: 11, max: 19, unit: "%" }]],
    ["增长了两成几", [{ text: "两成几", kind: "percent", min: 21, max: 29, unit: "%" }]],
    ["三成几乎都是新客户", [{ text: "三成", kind: "percent", value: 30, unit: "%" }]],
    ["七成六的用户", [{ text: "七成六", kind: "percent", value: 76, unit: "%" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit y15 (everyday lives: riders, nurses, pensioners): 三天两头, 965, estate names, pensions and pre-tax pay", () => {
  it.each([
    // an idiom of "every so often" holds no days; a real stitch count stays out of it (针 is no counter here)
    ["三天两头被投诉", []],
    ["三天兩頭就要加班", []],
    // 965 names a schedule (nine to six, five days), as 996 does, even right after pay was spoken of
    ["一个月税前两万五。以前996，现在基本上965", [{ text: "两万五", kind: "money", value: 25000 }]],
    // digits before an estate's or a tower's name word name the place
    ["他们那个小区叫2008花园", []],
    ["我住在1001大厦", []],
    // a pension and pay before or after tax are pay: a bare amount after them is money
    ["退休金一个月五千八", [{ text: "五千八", kind: "money", value: 5800 }]],
    ["养老金每月三千多", [{ text: "三千多", kind: "money", value: 3000, approx: "over" }]],
    ["那边一个月税前两万五", [{ text: "两万五", kind: "money", value: 25000 }]],
    // NEGATIVES: a unit keeps 965 a figure; a counter keeps 花园 counted; 三天 alone stays days; a span after 退休金
    // keeps its unit
    ["工资是965元", [{ text: "965元", kind: "money", value: 965 }]],
    ["开发商建了300个花园", [{ text: "300个", kind: "count", value: 300 }]],
    ["过年关门三天", [{ text: "三天", kind: "duration", value: 3, unit: "day" }]],
    ["退休金领了三年", [{ text: "三年", kind: "duration", value: 3, unit: "year" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit y15: a small count right after a verb of hiring or layoffs is a headcount, no discourse count", () => {
  it.each([
    ["科室打算下个季度再招五个新人", [{ text: "五个", kind: "count", value: 5 }]],
    ["今年裁了三个", [{ text: "三个", kind: "count", value: 3 }]],
    ["去年招聘了两个程序员", [{ text: "两个", kind: "count", value: 2 }]],
    // NEGATIVES: no hiring verb right before the numeral; one hire stays a word (一个 names one)
    ["跟老乡两个人一起租的", []],
    ["我跟他打招呼两个人都笑了", []],
    ["他有两个绝招", []],
    ["招一个助理", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit y15: 针 counts stitches and shots after a number", () => {
  it.each([
    ["腿上缝了十二针", [{ text: "十二针", kind: "count", value: 12, unit: "针" }]],
    ["一共打了三十多针", [{ text: "三十多针", kind: "count", value: 30, approx: "over" }]],
    // NEGATIVES: 针对 and 针灸 after a number are other words; a lone small count stays a word (两针, as 两本)
    ["这两针对孩子很重要", []],
    ["针对这30个问题", [{ text: "30个", kind: "count", value: 30 }]],
    ["打了两针疫苗", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit values: a growth or rate said by its number of digits (两位数增长) is a vague percent", () => {
  it.each([
    ["营收保持两位数增长", [{ text: "两位数", kind: "percent", min: 10, max: 99, unit: "%", approx: "vague" }]],
    ["增速掉到个位数", [{ text: "个位数", kind: "percent", min: 0, max: 9, unit: "%", approx: "vague" }]],
    ["三位数的增长", [{ text: "三位数", kind: "percent", min: 100, max: 999, unit: "%", approx: "vague" }]],
    ["今年的涨幅大概在两位数", [{ text: "两位数", kind: "percent", min: 10, max: 99, unit: "%", approx: "vague" }]],
    [
      "這檔基金的回報連續三年都是兩位數",
      [
        { text: "三年", kind: "duration", value: 3, unit: "year" },
        { text: "兩位數", kind: "percent", min: 10, max: 99, approx: "vague" },
      ],
    ],
    ["我们门店的利润率只有个位数", [{ text: "个位数", kind: "percent", min: 0, max: 9, approx: "vague" }]],
    // NEGATIVES: no rate word around: a code, sums, a count of digits; a rate word in another clause
    ["密码是两位数", []],
    ["两位数的加法", []],
    ["小孩子现在会做三位数的乘法", []],
    ["营收增长很快，密码是两位数", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit values: a bare amount right after a ticket or a seat class (经济舱八百多) is its price", () => {
  it.each([
    [
      "经济舱八百多，头等舱三千二",
      [
        ["八百多", "money", 800, null, "over"],
        ["三千二", "money", 3200, null, null],
      ],
    ],
    ["这趟航班商务舱四千五左右", [["四千五", "money", 4500, null, "about"]]],
    ["这个景点的门票一百二", [["一百二", "money", 120, null, null]]],
    ["春运的时候机票是一千八", [["一千八", "money", 1800, null, null]]],
    ["高鐵車票大概一千五", [["一千五", "money", 1500, null, "about"]]],
    // NEGATIVES: a count with its counter, a row (a label), an ordinal, a count after a verb, a bare total of seats
    ["门票两张", []],
    ["经济舱三排", []],
    ["头等舱第二个", []],
    ["门票卖了两万", [["两万", "count", 20000, null, null]]],
    ["头等舱一共十二", []],
    ["经济舱有三百个座位", [["三百个", "count", 300, "个", null]]],
  ] as [string, unknown[][]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit tourism: place names and hotel brands with numerals, fares one way (单程八十), spend per visitor", () => {
  it.each([
    // a numeral inside a place name or a hotel brand is no figure; the figures beside it stay
    ["每年来五台山的游客有六百多万人次", [["六百多万人次", "count", 6000000, "人次", "over"]]],
    ["七天连锁的客房有三百间", [["三百间", "count", 300, "间", null]]],
    ["千岛湖一年接待游客一千万人次", [["一千万人次", "count", 10000000, "人次", null]]],
    // a bare amount after a fare one way or there and back, or after what a visitor spends, is its price
    [
      "索道单程八十，往返一百四",
      [
        ["八十", "money", 80, null, null],
        ["一百四", "money", 140, null, null],
      ],
    ],
    ["人均消费一千五左右", [["一千五", "money", 1500, null, "about"]]],
    // 才 after a piece (一晚) is the verb of costing, not only emphasis: the amount is the piece's price
    ["这家酒店一晚上才三百八", [["三百八", "money", 380, null, null]]],
    ["奶茶一杯才十五", [["十五", "money", 15, null, null]]],
    // NEGATIVES: a stay of seven days, a distance or a time one way, a count of trips or stops, a percent of spend
    ["我在酒店住了七天", [["七天", "duration", 7, "day", null]]],
    ["单程八十公里", [["八十公里", "measure", 80, "km", null]]],
    ["单程两个小时", [["两个小时", "duration", 2, "hour", null]]],
    ["往返二十次", [["二十次", "count", 20, "次", null]]],
    ["单程三站", []],
    ["一晚才两个小时", [["两个小时", "duration", 2, "hour", null]]],
    ["一天才十五", []],
    ["门票三站", []],
    ["人均消费增长了百分之十", [["百分之十", "percent", 10, "%", null]]],
    ["增长了百分之二十三亚太区最高", [["百分之二十三", "percent", 23, "%", null]]],
  ] as [string, unknown[][]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit pharma: doses (一天三次, 一次两片, 每公斤体重10毫克), 两次之间, a show's name after a greeting", () => {
  it.each([
    // the figure of a rate whose period (一天) or dose (一次) is said right before it is how often or how much
    ["一天三次，饭后吃", [{ text: "三次", kind: "count", value: 3 }]],
    ["成人的话一次两片", [{ text: "两片", kind: "count", value: 2 }]],
    ["一周三次就好", [{ text: "三次", kind: "count", value: 3 }]],
    ["每次三粒，温水送服", [{ text: "三粒", kind: "count", value: 3 }]],
    // 体重 between the base and the figure: the dose is per kilogram of body weight
    ["这个药一般是每公斤体重10毫克", [{ text: "每公斤体重10毫克", kind: "measure", value: 10, unit: "mg/kg" }]],
    ["一天吃6粒", [{ text: "6粒", kind: "count", value: 6, unit: "粒" }]],
    // NEGATIVES: a lone 一天/一次 with no figure after it, 体重 without 每公斤, a count of one after 一次, 粒子
    ["3粒子对撞", []],
    ["一天一个样", []],
    ["我们一天三轮", []], // a count of rounds, not of times, after the period stays a word
    ["体重10毫克的差异", [{ text: "10毫克", kind: "measure", value: 10, unit: "mg" }]],
    ["他一次两个原因都说了", [{ text: "两个", kind: "count", value: 2 }]],
    // a small count before 之间 names the two things between, no count
    ["两次之间至少间隔6个小时", [{ text: "6个小时", kind: "duration", value: 6, approx: "over" }]],
    ["两餐之间可以吃点水果", []],
    // NEGATIVES: a range and a duration before 之间 stay figures
    ["一般在两到三次之间", [{ text: "两到三次", kind: "count", min: 2, max: 3 }]],
    [
      "短短两年之间翻了一番",
      [
        { text: "两年", kind: "duration", value: 2 },
        { text: "翻了一番", value: 2 },
      ],
    ],
    // a number in the clause a greeting opens names the show
    ["欢迎收听健康一百分，我是主持人小林", []],
    ["欢迎收看财经十分钟", []],
    // NEGATIVES: a clause break ends the name; no greeting, no name
    ["欢迎收听，今天聊三个亿的事", [{ text: "三个亿", value: 300000000 }]],
    ["这次考试他拿了一百分", [{ text: "一百分", value: 100 }]],
    // 好几 alone before a counter is several, as 几 is: no figure
    ["里程碑付款会分好几期", []],
    ["我们谈了好几个合作方", []],
    // NEGATIVES: 好几 before a duration or a scale stays a vague figure
    ["干了好几年", [{ text: "好几年", kind: "duration", min: 2, max: 9 }]],
    ["好几万人来了", [{ text: "好几万人", kind: "count", min: 20000, max: 90000 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a change of temperature in 度 (降两度) where the sentence speaks of temperature; 两度 before a verb counts times", () => {
  it.each([
    ["下周气温会降两度", [{ text: "两度", kind: "measure", value: 2, unit: "°C" }]],
    ["明天气温会升三度", [{ text: "三度", kind: "measure", value: 3, unit: "°C" }]],
    ["这几天气温下降了两度", [{ text: "两度", kind: "measure", value: 2, unit: "°C" }]],
    ["降温以后最低气温降了八度", [{ text: "八度", kind: "measure", value: 8, unit: "°C" }]],
    ["体温烧到三十九度半", [{ text: "三十九度半", kind: "measure", value: 39.5, unit: "°C" }]],
    // negatives: 两度 (twice) before a verb, also where the sentence speaks of temperature
    ["两度入选", []],
    ["他两度降职", []],
    ["气温骤降，他两度住院", []],
    ["天气太冷，比赛两度推迟", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit ecom: a livestream sale and e-commerce talk", () => {
  it.each([
    // 9块9包邮: the spoken jiao before 包邮 ("free shipping"), which counts no packs
    ["9块9包邮", [{ text: "9块9", kind: "money", value: 9.9, unit: "CNY" }]],
    ["这款三块五包邮", [{ text: "三块五", kind: "money", value: 3.5, unit: "CNY" }]],
    // NEGATIVE: a digit before a counted 包 is a figure of its own
    [
      "买了3块5包",
      [
        { text: "3块", kind: "money", value: 3, unit: "CNY" },
        { text: "5包", kind: "count", value: 5, unit: "包" },
      ],
    ],
    // 对 alone after a space is "yes", said after a price, no pairs
    [
      "原价299 今天直播间只要159 对 你没听错",
      [
        { text: "299", kind: "money", value: 299 },
        { text: "159", kind: "money", value: 159 },
      ],
    ],
    [
      "到手价199 对，就是199",
      [
        { text: "199", kind: "money", value: 199 },
        { text: "199", kind: "money", value: 199 },
      ],
    ],
    // a price said again in its sentence is the same price
    [
      "原价299 今天直播间只要159 对 159你没听错",
      [
        { text: "299", kind: "money", value: 299 },
        { text: "159", kind: "money", value: 159 },
        { text: "159", kind: "money", value: 159 },
      ],
    ],
    // NEGATIVE: another bare value after the price stays no figure
    [
      "原价299 今天直播间只要159 还剩200",
      [
        { text: "299", kind: "money", value: 299 },
        { text: "159", kind: "money", value: 159 },
      ],
    ],
    // NEGATIVE: 对 glued to what it counts across the space stays pairs
    ["每天加开 一百多 对动车组", [{ text: "一百多 对", kind: "count", value: 100, unit: "对", approx: "over" }]],
    // 618期间 is "during 618" (an event's name), no count of issues
    ["iPhone 16在618期间降到了历史最低", []],
    ["双11期间我们卖了3万单", [{ text: "3万单", kind: "count", value: 30000, unit: "单" }]],
    // NEGATIVE: 期 counting issues stays
    ["节目一共做了30期", [{ text: "30期", kind: "count", value: 30, unit: "期" }]],
    // 袋 counts bags
    ["单月就卖了十万袋", [{ text: "十万袋", kind: "count", value: 100000, unit: "袋" }]],
    // NEGATIVE: 袋鼠 is no bag
    ["动物园里有3袋鼠", []],
    // N个点 after a verb of change where the sentence speaks of growth as a rate (负增长, 同比)
    ["基本是负增长 就是说下滑了一两个点", [{ text: "一两个点", kind: "percent", min: 1, max: 2, unit: "pp" }]],
    ["销量同比下滑了两个点", [{ text: "两个点", kind: "percent", value: 2, unit: "pp" }]],
    // NEGATIVE: no rate word: 个 counts places, as before
    ["我们在全国增长了200个点", [{ text: "200个", kind: "count", value: 200, unit: "个" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a bare number after a link of reaching or having (到, 有, 了) in a later clause counts what its sentence's count counts", () => {
  const count = (text: string, value: number, unit: string, approx: string | null = null) => ({
    text,
    kind: "count",
    value,
    unit,
    approx,
  });
  it.each([
    // audit counts2: the second number was left as "a number with no unit"
    ["门店去年三十家，今年开到五十了", [count("三十家", 30, "家"), count("五十", 50, "家")]],
    ["一天卖两百单，周末能到三百", [count("两百单", 200, "单"), count("三百", 300, "单")]],
    ["我们去年招了一百个工程师，今年又招了八十", [count("一百个", 100, "个"), count("八十", 80, "个")]],
    [
      "团队刚开始才七八个人，现在已经有两百多了",
      [{ text: "七八个人", kind: "count", min: 7, max: 8, unit: "个人" }, count("两百多", 200, "个人", "over")],
    ],
    // the same pattern in other trades
    ["果园去年收了两千箱，今年收了三千五", [count("两千箱", 2000, "箱"), count("三千五", 3500, "箱")]],
    ["诊所平时一天看四十个病人，流感季能到六十", [count("四十个", 40, "个"), count("六十", 60, "个")]],
    ["合作社原来十二户，现在发展到三十多了", [count("十二户", 12, "户"), count("三十多", 30, "户", "over")]],
    ["我们的学员去年八百名，今年有一千二了", [count("八百名", 800, "名"), count("一千二", 1200, "名")]],
    // NEGATIVES (for a year, 三十家门店，今年开到2025年, see claims.test.ts: only extraction knows the times): an ordinal, a label, a count with its own counter, a share, a model name stay as they were
    ["门店三十家，排名第五十", [count("三十家", 30, "家")]],
    ["三十家店 电话8888", [count("三十家", 30, "家")]],
    ["我们有三十家店，五十个城市", [count("三十家", 30, "家"), count("五十个", 50, "个")]],
    ["三十家店里，一半在北京", [count("三十家", 30, "家"), { text: "一半", kind: "percent", value: 50 }]],
    ["三十家店都用的是GPT 5", [count("三十家", 30, "家")]],
    // NEGATIVES: a rank or a version named between is what the number is of; money between makes it no count
    ["门店三十家，排名升到了五十", [count("三十家", 30, "家")]],
    ["我们去年招了一百个工程师，今年版本升到了5", [count("一百个", 100, "个")]],
    ["门店三十家，今年营收做到了五十", [count("三十家", 30, "家")]],
    // NEGATIVES: no link right before it, the same clause, counts of two things before it, a decimal
    ["门店去年三十家，今年五十", [count("三十家", 30, "家")]],
    ["一百个工程师有八十是硕士", [count("一百个", 100, "个")]],
    // audit prices3: in the same clause after a word of within (里面, 其中: countsGoOn `within`), a part of the count
    ["一百个工程师里面有八十是硕士", [count("一百个", 100, "个"), count("八十", 80, "个")]],
    ["我们有三十家店，五十个城市，今年开到八十", [count("三十家", 30, "家"), count("五十个", 50, "个")]],
    // some of them reaching a number: of something else each
    ["我们有三十家店，有的能到二十", [count("三十家", 30, "家")]],
    ["一天卖两百单，评分到了4.8", [count("两百单", 200, "单"), { text: "4.8", kind: "measure" }]],
    // NEGATIVE: another sentence
    ["门店去年三十家。今年开到五十了", [count("三十家", 30, "家")]],
    // NEGATIVES: far below the count's size (a clock time, a few done) or below zero
    ["一天卖两百单，干到了十二", [count("两百单", 200, "单")]],
    ["招了一百个人，今年有了5", [count("一百个人", 100, "个人")]],
    ["三十家店，今年跌到了负五", [count("三十家", 30, "家")]],
    // the same people counted again, a tenth of them
    ["我们一百个人，有十来", [count("一百个人", 100, "个人"), { text: "十来", kind: "count", unit: "个人" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a small count of people after a per-one base (一间, 一辆车, 一桌, 每间) is a capacity, a figure", () => {
  it.each([
    // audit counts2: the count was skipped as "a small count in words: discourse"
    ["宿舍一间住八个人", [["八个人", "count", 8, "个人", null]]],
    ["一辆车坐五个人", [["五个人", "count", 5, "个人", null]]],
    ["一桌十个人", [["十个人", "count", 10, "个人", null]]],
    // the same pattern elsewhere
    ["我们的包间一个房间住三个人", [["三个人", "count", 3, "个人", null]]],
    ["一张桌子坐八个人", [["八个人", "count", 8, "个人", null]]],
    ["工地宿舍每间住六个人", [["六个人", "count", 6, "个人", null]]],
    ["一条船载九名游客", [["九名", "count", 9, "名", null]]],
    ["一个班四十五个学生", [["四十五个", "count", 45, "个", null]]],
    // NEGATIVES: no base, a base that is a person, a set phrase, things that are no occupants
    ["两个人去吃饭", []],
    ["一个人两个原因", []],
    ["他一个人带了两个人", []],
    ["我们一家三口", []],
    ["我们一起五个人去的", []],
    ["一辆车两个问题", []],
    ["一桌，两个人", []],
  ] as [string, (string | number | null)[][]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("jobs audit: pay slang, hourly pay, 双倍 and courses counted with 门", () => {
  it.each([
    // 个 after a yearly package word is in 万 (units.yaml packageTens)
    [
      "一个P7的话年包大概四十个左右 P8的话能到七八十个",
      [
        { text: "四十个", kind: "money", value: 400000, unit: null, approx: "about" },
        { text: "七八十个", kind: "money", min: 700000, max: 800000 },
      ],
    ],
    ["他年薪五十个吧", [{ text: "五十个", kind: "money", value: 500000 }]],
    // NEGATIVE: a noun after 个, or heads counted after pay was named, stay counts
    ["年包四十个人都羡慕", [{ text: "四十个人", kind: "count", value: 40 }]],
    ["年包不错 今年招了二十个", [{ text: "二十个", kind: "count", value: 20, unit: "个" }]],
    ["一个项目能做四十个", [{ text: "四十个", kind: "count", value: 40 }]],
    // hourly pay is said in tens (units.yaml salaries.hourly)
    ["还有一个朋友在奶茶店 时薪二十五", [{ text: "二十五", kind: "money", value: 25 }]],
    ["时薪也就18", [{ text: "18", kind: "money", value: 18 }]],
    // NEGATIVE: a monthly wage of 25 is no wage: below `least` it stays no figure
    ["月薪二十五", []],
    // 双倍 is twice
    ["违法解除的话那就是双倍", [{ text: "双倍", kind: "multiple", value: 2 }]],
    // NEGATIVE: other 双 words
    ["双方协商一致就可以", []],
    // 门 counts courses and exams where the sentence speaks of them (units.yaml wordCounters)
    ["如果你一年能考过四门的话", [{ text: "四门", kind: "count", value: 4, unit: "门" }]],
    ["他懂三门外语", [{ text: "三门", kind: "count", value: 3, unit: "门" }]],
    // NEGATIVE: 一门心思, a city's name, a door of no exam
    ["他一门心思想考公务员", []],
    ["我们在三门峡有工厂", []],
    ["家里来了三门亲戚", []],
    // 最长 before a figure is a cap (approx.yaml under): at most six months
    [
      "合同三年以上的试用期最长六个月",
      [
        { text: "三年", approx: "over" },
        { text: "六个月", unit: "month", approx: "under" },
      ],
    ],
    // NEGATIVE: the longest one, a peak, states the figure itself
    ["最长的一次干了十四个小时", [{ text: "十四个小时", kind: "duration", value: 14, approx: null }]],
    ["全国最长的隧道有20公里", [{ text: "20公里", value: 20, approx: null }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit food: a store chain's number (711) and a drink's sweetness (三分糖) are no figures", () => {
  it.each([
    ["骑手一单四块五，711那边单子最多", [{ text: "四块五", kind: "money", value: 4.5 }]],
    ["月薪八千，我在711买的", [{ text: "八千", kind: "money", value: 8000 }]],
    ["大部分人选三分糖，也有选七分糖的", []],
    ["我要一杯五分甜少冰", []],
    // NEGATIVES: with a unit the same digits are a figure; grams of sugar are a measure
    ["这个月卖了711份", [{ text: "711份", kind: "count", value: 711 }]],
    ["工资是711元", [{ text: "711元", kind: "money", value: 711 }]],
    ["一杯奶茶糖加了三克", [{ text: "三克", kind: "measure", value: 3 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit music: shows staged (开十场), 不止 after a figure, a usual price (票价一般是八十)", () => {
  it.each([
    ["明年我们打算开十场 主要在二线城市", [{ text: "十场", kind: "count", value: 10 }]],
    ["今年办了三场演唱会", [{ text: "三场", kind: "count", value: 3 }]],
    ["这个月卖了一百台都不止", [{ text: "一百台", kind: "count", value: 100, approx: "over" }]],
    ["这笔钱一百万不止", [{ text: "一百万", value: 1000000, approx: "over" }]],
    ["票价一般是八十到一百五", [{ text: "八十到一百五", kind: "money", min: 80, max: 150 }]],
    ["门票通常一百二", [{ text: "一百二", kind: "money", value: 120 }]],
    // NEGATIVES: meetings and quarrels are no shows; 不止是 is 'not only'
    ["下午开了两场会", []],
    ["他们吵了两场架", []],
    // 遍 is no counter: 听了一百遍 is hyperbole as often as a count (饭钱的事一天说五十遍)
    ["我听了一百遍都不止", []],
    ["门票一般两张", []], // a counter keeps it no price (a small count in words)
    ["一般是八十到一百五", [{ text: "八十到一百五", kind: "count", min: 80, max: 150 }]], // no price word
    ["我们卖了三百台不止是在国内", [{ text: "三百台", kind: "count", value: 300, approx: null }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit food: a small count of shops opened or closed (再开两家) or of staff (八个员工) is a figure", () => {
  it.each([
    ["明年打算再开两家", [{ text: "两家", kind: "count", value: 2 }]],
    ["前年疫情那会儿关了三家", [{ text: "三家", kind: "count", value: 3 }]],
    ["店里八个员工", [{ text: "八个", kind: "count", value: 8 }]],
    ["我们请了三名厨师", [{ text: "三名", kind: "count", value: 3 }]],
    // NEGATIVES: no verb of opening or closing, no staff noun: discourse stays discourse
    ["这两家关系很好", []],
    ["我们两个人商量了一下", []],
    ["店里一个员工", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit food: a trader's price word (批发价, 收购价, 出厂价) makes its bare amount money", () => {
  it.each([
    ["批发价三十五", [{ text: "三十五", kind: "money", value: 35 }]],
    ["出厂价是两千八左右", [{ text: "两千八", kind: "money", value: 2800, approx: "about" }]],
    // NEGATIVES: a count keeps its counter, a change its percent
    ["批发价涨了三次", []],
    ["批发价降了10%", [{ text: "10%", kind: "percent", value: 10 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit food: a hedge between a price word and its link (价格可能在) keeps the bare amount its price", () => {
  it.each([
    ["新锅底，价格可能在八十八左右", [{ text: "八十八", kind: "money", value: 88, approx: "about" }]],
    ["价格应该是九十九", [{ text: "九十九", kind: "money", value: 99 }]],
    // NEGATIVES: a count keeps its counter, a change its percent, an ordinal stays none
    ["价格可能涨三次", []],
    ["价格可能涨了10%", [{ text: "10%", kind: "percent", value: 10 }]],
    ["价格可能第一", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit science (space and research podcasts): science units, exponents, absolute zero, energy per one", () => {
  it.each([
    // science units (units.yaml measures): light years, electron volts, joules, kelvin, nanoseconds, bits, laps
    ["比邻星距离地球四点二光年", [{ text: "四点二光年", kind: "measure", value: 4.2, unit: "ly" }]],
    ["能量达到十三万亿电子伏特", [{ text: "十三万亿电子伏特", kind: "measure", value: 1.3e13, unit: "eV" }]],
    ["我们实际是10毫开尔文", [{ text: "10毫开尔文", kind: "measure", value: 10, unit: "mK" }]],
    ["授时精度能达到二十纳秒", [{ text: "二十纳秒", kind: "measure", value: 20, unit: "ns" }]],
    ["明年发布一台五百比特的原型机", [{ text: "五百比特", kind: "measure", value: 500, unit: "bit" }]],
    ["一天能绕地球十五六圈", [{ text: "十五六圈", kind: "count", min: 15, max: 16 }]],
    // a power's exponent is no count of times (false-figures.yaml exponents): the power is read whole, one figure
    // (numerals.yaml powers); nor is absolute zero a temperature
    ["阿伏伽德罗常数大约是6乘以10的23次方", [{ text: "6乘以10的23次方", kind: "count", value: 6e23, approx: "about" }]],
    ["误差大概是十的负九次方", [{ text: "十的负九次方", kind: "count", value: 1e-9, approx: "about" }]],
    ["要接近绝对零度", []],
    // the energy one mass gives: the base is no figure (units.yaml perOneBases yields)
    ["一克物质完全转化大概是九十万亿焦耳", [{ text: "九十万亿焦耳", kind: "measure", value: 9e13, unit: "J" }]],
    // NEGATIVES: 次 alone still counts times; 比特币 stays a currency; 零下 keeps its figure; a mass bought stays one
    ["今年发射了23次", [{ text: "23次", kind: "count", value: 23 }]],
    ["他买了五百比特币", [{ text: "五百比特币", kind: "money", value: 500, unit: "BTC" }]],
    ["也就是零下二百七十三度", [{ text: "零下二百七十三度", kind: "measure", value: -273 }]],
    ["买了一克黄金花了六百元", [{ text: "一克" }, { text: "六百元", kind: "money", value: 600 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit prices2: a bare price said again after a time contrast (去年才三十八) or a 卖 contrast, a price per serving", () => {
  const money = (text: string, value: number, unit: string | null = null) => ({ text, kind: "money", value, unit });
  it.each([
    // a later clause of a time word and an adverb of only/already after a price: the price then (units.yaml prices
    // now `then`)
    ["牛肉现在四十二一斤，去年才三十八", [money("四十二", 42), money("三十八", 38)]],
    ["这种布料现在二十五一米，以前就十八", [money("二十五", 25), money("十八", 18)]],
    ["理发现在三十五块，原来也就二十", [money("三十五块", 35, "CNY"), money("二十", 20, "CNY")]],
    ["房租现在4500元，前年才3800", [money("4500元", 4500, "CNY"), money("3800", 3800, "CNY")]],
    // 卖 in two clauses contrasted by then and now: both prices (units.yaml prices `sellContrast`)
    ["以前卖十五，现在卖十八", [money("十五", 15), money("十八", 18)]],
    ["原来卖二十八，后来卖三十二", [money("二十八", 28), money("三十二", 32)]],
    ["我们以前只卖十二，现在卖十五", [money("十二", 12), money("十五", 15)]],
    // a serving (一碗, 一杯, 一份, 一串) right before a bare number: its price (units.yaml prices perPiece `servings`)
    ["牛肉面一碗十八", [money("十八", 18)]],
    ["我们的奶茶一杯十五", [money("十五", 15)]],
    ["烤串一串三块五", [{ text: "三块五", kind: "money", value: 3.5 }]],
    ["盖饭一份二十二左右", [{ text: "二十二", kind: "money", value: 22, approx: "about" }]],
    // NEGATIVES: a figure with its own unit, an ordinal, units sold a day, a count with its counter, a container
    // that holds a count, no adverb after the past time word's clause of another kind
    ["牛肉四十二一斤，去年卖了三十八吨", [money("四十二", 42), { text: "三十八吨", kind: "measure", value: 38 }]],
    ["四十二一斤，排名第三十八", [money("四十二", 42)]],
    ["一天卖三百，周末卖五百", []],
    ["一天能卖三百碗", [{ text: "三百碗", kind: "count", value: 300 }]],
    ["以前一天卖三百，现在一天卖五百", []],
    [
      "以前卖三百碗，现在卖五百碗",
      [
        { text: "三百碗", kind: "count" },
        { text: "五百碗", kind: "count" },
      ],
    ],
    ["一箱二十四", []],
    ["一盒十二", []],
    ["一袋五十斤", [{ text: "五十斤", kind: "measure", value: 50 }]],
    ["一碗面十八个人吃", [{ text: "十八个人", kind: "count" }]],
    ["销量现在四百，去年才三百", []],
    ["四十二一斤，以前就3000", [money("四十二", 42)]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit prices2: a four-digit number right after 比如说 with no unit names a model, not pay", () => {
  const paid = (text: string) =>
    recognizeQuantities(text, { times: [], versions: new Set(), moneyTopic: true, salaryTopic: true })
      .filter((m) => m.tag === "figure")
      .map((m) => [m.text, m.kind, m.value]);
  it.each([
    ["消费级显卡呢，比如说5090", []],
    ["手机芯片呢，比如8850", []],
    ["像4090这种卡", []],
    // NEGATIVES: money with its unit, a price word in the sentence, a number of another size
    ["比如说五千块", [["五千块", "money", 5000]]],
    ["月薪比如说8000", [["8000", "money", 8000]]],
    ["价格比如说5090", [["5090", "money", 5090]]],
  ] as [string, unknown[]][])("%s", (text, want) => expect(paid(text)).toEqual(want));
});

describe("audit smallcounts: a small count of things made, launched, built, bought or put into service is a figure", () => {
  it.each([
    ["明年推出两款新车", [{ text: "两款", kind: "count", value: 2 }]],
    ["我们今年建了三座工厂", [{ text: "三座", kind: "count", value: 3 }]],
    ["公司计划明年再上两条产线", [{ text: "两条", kind: "count", value: 2 }]],
    ["下个季度我们还要发射两颗北斗备份星", [{ text: "两颗", kind: "count", value: 2 }]],
    ["去年买了两台光刻机", [{ text: "两台", kind: "count", value: 2 }]],
    ["今年投产了三个项目", [{ text: "三个", kind: "count", value: 3 }]],
    // other trades, same pattern
    ["我们医院去年采购了两台核磁共振", [{ text: "两台", kind: "count", value: 2 }]],
    ["集团今年收购了三家药企", [{ text: "三家", kind: "count", value: 3 }]],
    ["这条线路明年开通两个新站", [{ text: "两个", kind: "count", value: 2 }]],
    ["这家工作室今年上线了四款小游戏", [{ text: "四款", kind: "count", value: 4 }]],
    ["他们打算再建两栋宿舍楼", [{ text: "两栋", kind: "count", value: 2 }]],
    // NEGATIVES: no verb of making, a verb of speech, an idiom, or a count of words, views, lessons or posts
    ["他提了两个问题", []],
    ["我说两句", []],
    ["讲三点", []],
    ["有两个原因", []],
    ["上了两次当", []],
    ["晚上两个人吃饭", []],
    ["马上两个人就到", []],
    ["我们建了两个群", []],
    ["推出了两个观点", []],
    ["买了两个教训", []],
    ["他昨天发布了三条微博", []],
    ["推出一款新车", []],
    ["他上了两条热搜", []],
    ["领导发布了两个重要讲话", []],
    ["上了两个台阶", []],
    // the aspects measures are sorted into (audit macro): headings of a speech, as 三大问题
    ["我们推出了三个方面的举措", []],
    ["今年推出了三个层面的政策", []],
    ["我们推出了三个新项目", [{ text: "三个", kind: "count", value: 3 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit prices3: a vendor's price after 这个…卖 or an extra (加个蛋就是二十), a part said again (里面有八十), costs", () => {
  const money = (text: string, value: number) => ({ text, kind: "money", value });
  it.each([
    // a demonstrative piece (这个, 那件, 这款), a seller at most between, then a verb of selling: the piece's price
    // (units.yaml prices perPiece `demonstratives`)
    ["这个我卖四十二", [money("四十二", 42)]],
    ["这件我们卖两百八", [money("两百八", 280)]],
    ["那台卖三千五", [money("三千五", 3500)]],
    ["这款咱们只要十九", [money("十九", 19)]],
    ["我们一碗卖十八", [money("十八", 18)]],
    // NEGATIVES: a counter or a unit on the number, a time between the piece and the verb, units sold (卖了), an ordinal
    ["卖了四十二台", [{ text: "四十二台", kind: "count", value: 42 }]],
    ["卖了四十二年", [{ text: "四十二年", kind: "duration", value: 42 }]],
    ["我卖了四十二", []],
    ["这个月卖四十二", []],
    ["这个季度卖了四十二", []],
    ["这个我卖四十二个", [{ text: "四十二个", kind: "count", value: 42 }]],
    // an extra (加个蛋, 加份肉) and a link (就是, 要): the price with the extra (units.yaml prices perPiece `extras`)
    ["加个蛋就是二十", [money("二十", 20)]],
    ["加份肉就是三十五", [money("三十五", 35)]],
    ["再加个鸡腿要二十八", [money("二十八", 28)]],
    ["多加一份芝士就是四十", [money("四十", 40)]],
    // NEGATIVES: a duration, a count with its counter, a digit added to a number, a shift or a person added
    ["加个班就是两天", [{ text: "两天", kind: "duration", value: 2 }]],
    ["加起来就是二十个", [{ text: "二十个", kind: "count", value: 20 }]],
    ["加个零就是一百", []],
    ["加个人就是五", []],
    ["加个微信就是五", []],
    ["这部电影卖了二十", []],
    // a part of a count said again in its clause after a word of within (里面有, 其中有): the same counter
    [
      "一百个工程师里面有八十",
      [
        { text: "一百个", value: 100 },
        { text: "八十", kind: "count", value: 80 },
      ],
    ],
    [
      "一百个工程师里面有八十个是做算法的",
      [
        { text: "一百个", value: 100 },
        { text: "八十个", value: 80 },
      ],
    ],
    [
      "五十家门店其中有三十是加盟的",
      [
        { text: "五十家", value: 50 },
        { text: "三十", kind: "count", value: 30 },
      ],
    ],
    [
      "两百个学生当中有一百五",
      [
        { text: "两百个", value: 200 },
        { text: "一百五", kind: "count", value: 150 },
      ],
    ],
    // NEGATIVES: a rank, money or a number far from the count's size in the part
    ["一百个工程师里面排名第八十", [{ text: "一百个", value: 100 }]],
    ["一百个工程师里面有一", [{ text: "一百个", value: 100 }]],
    // a small count of people right after a place of work, ending its clause: a headcount; the next clause may drop
    // the person (units.yaml staffCounts)
    [
      "后厨五个人，前面三个",
      [
        { text: "五个人", value: 5 },
        { text: "三个", kind: "count", value: 3, unit: "个人" },
      ],
    ],
    [
      "仓库有两个人，配送三个",
      [
        { text: "两个人", value: 2 },
        { text: "三个", value: 3, unit: "个人" },
      ],
    ],
    ["前厅就三个人", [{ text: "三个人", kind: "count", value: 3 }]],
    ["车间大概八个人左右", [{ text: "八个人", value: 8, approx: "about" }]],
    // NEGATIVES: people doing something, no place of work, an ordinal, a count of another noun, a choice among them
    ["店里两个人吵起来了", []],
    ["后厨两个人在聊天", []],
    ["我们一起五个人，前面三个", []],
    ["后厨五个人，第三个", [{ text: "五个人", value: 5 }]],
    ["后厨五个人，前面三个问题", [{ text: "五个人", value: 5 }]],
    ["后厨五个人，三个里面挑一个", [{ text: "五个人", value: 5 }]],
    ["前面三个问题", []],
    ["三个里面挑一个", []],
    // what is left of a headcount said before in the sentence, the person dropped (units.yaml staffCounts.remains)
    [
      "我们线上原来二十多个人，现在只剩八个了",
      [
        { text: "二十多个人", value: 20, approx: "over" },
        { text: "八个", kind: "count", value: 8, unit: "个人" },
      ],
    ],
    [
      "这个组原来二十个人，现在就剩下五个",
      [
        { text: "二十个人", value: 20 },
        { text: "五个", value: 5, unit: "个人" },
      ],
    ],
    // NEGATIVES: no headcount before, a noun after the count, the headcount in another sentence
    ["现在就剩两个问题了", []],
    ["原来二十个人，现在只剩两个办法", [{ text: "二十个人", value: 20 }]],
    ["原来二十个人。现在只剩两个了", [{ text: "二十个人", value: 20 }]],
    // a cost word before a bare amount: money (units.yaml moneyContexts and salaries words: 水电, 人工)
    ["水电一个月两千多", [{ text: "两千多", kind: "money", value: 2000, approx: "over" }]],
    ["人工一年一百多万", [{ text: "一百多万", kind: "money", value: 1000000, approx: "over" }]],
    ["光电费就三百多万", [{ text: "三百多万", kind: "money", value: 3000000, approx: "over" }]],
    ["人工一个月八千", [money("八千", 8000)]],
    ["人工智能这块一年投了三百多万", [{ text: "三百多万", kind: "money" }]],
    ["房租一个月三万", [money("三万", 30000)]],
    // NEGATIVES: a unit, a counted noun, artificial intelligence, a hydropower station
    ["电量三百多万度", [{ text: "三百多万度", kind: "measure" }]],
    ["三百多万用户", [{ text: "三百多万用户", kind: "count" }]],
    ["人工智能的用户有三百多万", [{ text: "三百多万", kind: "count" }]],
    ["这个水电站装了十二台机组", [{ text: "十二台", kind: "count" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit values: a number times a power of ten (6.02乘以10的23次方, 3×10^8, 10的负九次方) is one figure", () => {
  it.each([
    ["阿伏伽德罗常数大约是6.02乘以10的23次方", [{ kind: "count", value: 6.02e23, approx: "about" }]],
    ["光速是3乘10的8次方米每秒", [{ kind: "measure", value: 3e8, unit: "m/s" }]],
    ["十的负九次方秒", [{ kind: "duration", value: 1e-9, unit: "second" }]],
    ["10的23次方", [{ text: "10的23次方", value: 1e23 }]],
    ["3×10^8", [{ text: "3×10^8", value: 3e8 }]],
    ["6.02×10²³", [{ text: "6.02×10²³", value: 6.02e23 }]],
    // other trades, same pattern
    ["太阳的质量大约是2乘以10的30次方千克", [{ kind: "measure", value: 2e30, unit: "kg", approx: "about" }]],
    ["可观测宇宙里大概有10的80次方个原子", [{ kind: "count", value: 1e80, unit: "个", approx: "about" }]],
    ["晶体管一次开关只要10的负12次方秒", [{ kind: "duration", value: 1e-12, unit: "second" }]],
    ["每毫升里的细菌达到了5×10^6个", [{ kind: "count", value: 5e6, unit: "个" }]],
    ["这种病毒的直径是1.2×10⁻⁷米", [{ kind: "measure", value: 1.2e-7, unit: "m" }]],
    // a power of another whole base, said
    ["IPv4一共有2的32次方个地址", [{ text: "2的32次方个", kind: "count", value: 4294967296, unit: "个" }]],
    ["2的10次方是1024", [{ text: "2的10次方", value: 1024 }]],
    // NEGATIVES: no power (10的倍数), an ordinal, a topic marker, an equation's degree, a count of times
    ["10的倍数", []],
    ["第10的位置", []],
    ["2的话", []],
    ["三次方程", []],
    ["翻了三次", []],
    ["价格乘以10就是总价", []],
    ["3乘10等于30", [{ text: "30", value: 30 }]],
    ["我们的用户是10的几次方", []],
    ["1的5次方", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit values: 半厘 of an interest rate is half a percentage point, 厘半 adds a half (Hong Kong)", () => {
  it.each([
    ["按揭利率3.5厘", [{ kind: "percent", value: 3.5, unit: "%" }]],
    ["按揭利率减半厘", [{ text: "半厘", kind: "percent", value: 0.5, unit: "%" }]],
    ["银行加息半厘", [{ text: "半厘", kind: "percent", value: 0.5, unit: "%" }]],
    ["央行今年减息半厘", [{ text: "半厘", kind: "percent", value: 0.5, unit: "%" }]],
    ["按揭利率比去年低了半厘", [{ text: "半厘", kind: "percent", value: 0.5, unit: "%" }]],
    ["H按實際息率大約三厘半", [{ kind: "percent", value: 3.5, unit: "%", approx: "about" }]],
    // NEGATIVES: a length, a verb, a halving with no 厘, 厘 with no rate
    ["一厘米", [{ text: "一厘米", kind: "measure", value: 1, unit: "cm" }]],
    ["我们要先厘清责任", []],
    ["销量减半", [{ text: "减半", kind: "percent", value: 50 }]],
    ["减半厘", []],
    ["这块钢板半厘厚", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit values: jin and liang split by a caption space (一斤 二两) are one weight", () => {
  it.each([
    ["一斤二两", [{ text: "一斤二两", kind: "measure", value: 1.2, unit: "jin" }]],
    ["一斤 二两", [{ text: "一斤 二两", kind: "measure", value: 1.2, unit: "jin" }]],
    ["这条鱼有三斤 二两", [{ text: "三斤 二两", kind: "measure", value: 3.2, unit: "jin" }]],
    ["刚才称了一下两斤 三两", [{ text: "两斤 三两", kind: "measure", value: 2.3, unit: "jin" }]],
    ["那只鸡五斤 一两重", [{ text: "五斤 一两", kind: "measure", value: 5.1, unit: "jin" }]],
    // NEGATIVES: a weight then a price, alternatives, a count after the weight
    ["一斤 二十块", [{ text: "二十块", kind: "money", value: 20 }]],
    [
      "买了一斤两斤的",
      [
        { text: "一斤", value: 1 },
        { text: "两斤", value: 2 },
      ],
    ],
    ["三斤 两个苹果", [{ text: "三斤", value: 3 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit values: English percentage points after a number (20个percentage points) are percentage points", () => {
  it.each([
    ["涨了20个percentage points", [{ kind: "percent", value: 20, unit: "pp" }]],
    ["下降了3 percentage points", [{ kind: "percent", value: 3, unit: "pp" }]],
    ["毛利率提升了1.5个percentage point", [{ kind: "percent", value: 1.5, unit: "pp" }]],
    ["我们的市占率拉高了大概5个 percentage points", [{ kind: "percent", value: 5, unit: "pp", approx: "about" }]],
    ["利率下调了0.25 percentage point吧", [{ kind: "percent", value: 0.25, unit: "pp" }]],
    // NEGATIVES: points alone stay as they are, percent stays percent
    ["20个points", [{ text: "20个", kind: "count", value: 20 }]],
    ["Q3的revenue涨了20个percent", [{ kind: "percent", value: 20, unit: "%" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit auto: car talk (三点九秒, 两成就, 上百公里电耗, 一大半, 马力五百匹, 落地价)", () => {
  it.each([
    // a decimal number of seconds or minutes after 点 is a length of time, not a clock time
    ["我们实测是三点九秒", [{ text: "三点九秒", kind: "duration", value: 3.9, unit: "second" }]],
    ["用了三点五分钟", [{ text: "三点五分钟", kind: "duration", value: 3.5, unit: "minute" }]],
    // 就 after 成 is the adverb: 20%, not 2 of money
    ["首付两成就可以", [{ text: "两成", kind: "percent", value: 20, unit: "%" }]],
    ["三成就够了", [{ text: "三成", kind: "percent", value: 30, unit: "%" }]],
    // 上 of 高速上 before a rate per hundred kilometres is no vague 上百
    ["高速上百公里电耗十三度左右", [{ text: "十三度", kind: "measure", value: 13, unit: "kWh", approx: "about" }]],
    // 匹 is horsepower where the sentence speaks of 马力
    ["双电机马力五百匹", [{ text: "五百匹", kind: "measure", value: 500, unit: "hp" }]],
    ["五百匹马力", [{ kind: "measure", value: 500, unit: "hp" }]],
    // car price words make a bare scaled figure money, across a bound word
    ["落地价差不多二十五万上下", [{ text: "二十五万", kind: "money", value: 250000, approx: "about" }]],
    ["收车价大概十一万", [{ text: "十一万", kind: "money", value: 110000, approx: "about" }]],
    // NEGATIVES: a clock time stays one, a distance stays one, a horse stays a count, a car count stays a count
    ["三点五分开会", []],
    ["十二点零五秒", []],
    ["跑了上百公里", [{ text: "上百公里", kind: "measure", min: 100, max: 900, unit: "km", approx: "vague" }]],
    [
      "一百公里电耗十三度",
      [
        { text: "一百公里", value: 100, unit: "km" },
        { text: "十三度", value: 13 },
      ],
    ],
    ["养了300匹马", [{ text: "300匹", kind: "count", value: 300 }]],
    ["收车五万辆", [{ text: "五万辆", kind: "count", value: 50000 }]],
    ["一半的人", [{ text: "一半", kind: "percent", value: 50 }]],
  ] as [string, Want[]][])("%s", expectFigures);
  it.each(["现在省了一大半", "只来了一小半", "这是他最大的成就"])("no figure in %s", (text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe("audit sports: round names, seasons, streaks and medals", () => {
  it.each([
    // a knockout round named by a fraction of the field: no quarter of anything
    ["这次世乒赛四分之一决赛赢得挺惊险的。", []],
    ["八分之一决赛我们就被淘汰了。", []],
    // a season named by the two years it spans: no 95.8%
    ["23/24赛季我们亏了一点五亿。", [{ text: "一点五亿", kind: "money", value: 1.5e8 }]],
    ["18/19财年收入下滑。", []],
    // a streak is a run of results, a count even when small
    ["主场已经七连胜了。", [{ text: "七连胜", kind: "count", value: 7 }]],
    ["球队遭遇了三连败。", [{ text: "三连败", kind: "count", value: 3 }]],
    // medals won or aimed at
    ["明年争取拿两块金牌。", [{ text: "两块", kind: "count", value: 2 }]],
    ["他职业生涯拿过三个冠军。", [{ text: "三个", kind: "count", value: 3 }]],
    ["俱乐部去年拿了两座奖杯。", [{ text: "两座", kind: "count", value: 2 }]],
    // near-misses: a quarter of the teams, a ratio before 赛季 that is no season, one medal, two pieces of bread
    ["四分之一的球队会降级。", [{ text: "四分之一", kind: "percent", value: 25 }]],
    ["3/4的赛季都在客场。", [{ text: "3/4", kind: "percent", value: 75 }]],
    ["23/25赛季", [{ text: "23/25", kind: "percent", value: 92 }]],
    ["他拿了一块金牌。", []],
    ["这是他第三个冠军。", []],
    ["两个原因让他拿不到冠军。", []],
    ["早上吃了两块面包。", []],
    ["一连三天都在下雨。", [{ text: "三天", kind: "duration", value: 3 }]],
    // a pace: one unit right after a duration is its base, no distance said
    ["配速控制在三分钟一公里。", [{ text: "三分钟", kind: "duration", value: 3 }]],
    ["配速四分半一公里。", [{ text: "四分半", kind: "duration", value: 4.5 }]],
    // near-misses: a pause between, a verb between
    [
      "跑了三分钟，一公里的路。",
      [
        { text: "三分钟", kind: "duration", value: 3 },
        { text: "一公里", kind: "measure", value: 1, unit: "km" },
      ],
    ],
    [
      "三十分钟跑了一公里。",
      [
        { text: "三十分钟", kind: "duration", value: 30 },
        { text: "一公里", kind: "measure", value: 1, unit: "km" },
      ],
    ],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit property: 租金 is rent as 房租 is, and 单人 is per person as 个人 is", () => {
  it.each([
    [
      "租金一个月七千五，去年是八千二，跌了七百",
      [
        { text: "七千五", kind: "money", value: 7500 },
        { text: "八千二", kind: "money", value: 8200 },
        { text: "七百", kind: "money", value: 700 },
      ],
    ],
    ["租金每个月七千五", [{ text: "七千五", kind: "money", value: 7500 }]],
    [
      "公积金贷款上限一百二十万，单人是七十万",
      [
        { text: "一百二十万", kind: "money" },
        { text: "七十万", kind: "money", value: 700000 },
      ],
    ],
    [
      "比如贷两百万三十年",
      [
        { text: "两百万", value: 2000000 },
        { text: "三十年", kind: "duration", value: 30, unit: "year" },
      ],
    ],
    // money words of a home sale, and a cut after the far pointer 那套 as after 这套
    ["土地出让金四十个亿", [{ text: "四十个亿", kind: "money", value: 4e9 }]],
    ["楼面价两万八", [{ text: "两万八", kind: "money", value: 28000 }]],
    ["定金五万。", [{ text: "五万", kind: "money", value: 50000 }]],
    ["违约金二十万。", [{ text: "二十万", kind: "money", value: 200000 }]],
    ["契税大概三万四", [{ text: "三万四", kind: "money", value: 34000, approx: "about" }]],
    ["顶楼那套便宜二十万。", [{ text: "二十万", kind: "money", value: 200000 }]],
    // NEGATIVES: a count after 那款 and a sales word, a percent of 契税, people who pay tax, a span of living there
    ["那款车销量降了3万", [{ text: "3万", kind: "count", value: 30000 }]],
    ["契税百分之一", [{ text: "百分之一", kind: "percent", value: 1 }]],
    ["纳税人有三千万", [{ text: "三千万", kind: "count", value: 3e7 }]],
    ["那套房子住了三十年", [{ text: "三十年", kind: "duration", value: 30 }]],
    // a bare decimal after an interest rate word in its clause is that rate in percent
    [
      "利率从4.1降到了3.05。",
      [
        { text: "4.1", kind: "percent", value: 4.1, unit: "%" },
        { text: "3.05", kind: "percent", value: 3.05, unit: "%" },
      ],
    ],
    ["首套利率三点零五", [{ text: "三点零五", kind: "percent", value: 3.05, unit: "%" }]],
    ["LPR五年期3.5", [{ text: "3.5", kind: "percent", value: 3.5, unit: "%" }]],
    // a range of decimals after a rate word is a range of rates in percent
    [
      "年化收益率二点五到三左右",
      [{ text: "二点五到三", kind: "percent", min: 2.5, max: 3, unit: "%", approx: "about" }],
    ],
    ["存款利率一点五到二", [{ text: "一点五到二", kind: "percent", min: 1.5, max: 2, unit: "%" }]],
    // NEGATIVES: an integer with its counter, percentage points, a stated %
    ["利率调整了3次", [{ text: "3次", kind: "count", value: 3 }]],
    ["利率调整了3到5次", [{ text: "3到5次", kind: "count", min: 3, max: 5 }]],
    ["年化收益率150到200", [{ text: "150到200", kind: "count", min: 150, max: 200 }]],
    ["利率下调0.25个百分点", [{ text: "0.25个百分点", kind: "percent", value: 0.25, unit: "pp" }]],
    ["利率是3.05%", [{ text: "3.05%", kind: "percent", value: 3.05, unit: "%" }]],
    // the second term of a ratio (1比600) is no pay, though a pay word stands in the sentence
    ["现在租售比大概1比600，租金回报率也就百分之二左右。", [{ text: "百分之二", kind: "percent", value: 2 }]],
    ["比分是1比600，工资也就两千。", [{ text: "两千", kind: "money", value: 2000 }]],
    // NEGATIVES: 比 after a word, no number before it, leaves the pay as it was
    ["工资比去年涨了，现在是八千", [{ text: "八千", kind: "money", value: 8000 }]],
    // a percent after 租金 stays a percent, a count of people stays a count, as does a noun of people
    ["租金回报率也就百分之二左右", [{ text: "百分之二", kind: "percent", value: 2, approx: "about" }]],
    ["收租金的有三十个人", [{ text: "三十个人", kind: "count", value: 30 }]],
    [
      "营收是50亿元，工人是七十万",
      [
        { text: "50亿元", kind: "money" },
        { text: "七十万", kind: "count", value: 700000 },
      ],
    ],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit school: exam score lines and totals state points; a score table's name and compulsory schooling's span do not", () => {
  it.each([
    ["满分一百五十", [{ text: "一百五十", kind: "measure", value: 150 }]],
    ["总分七百五", [{ text: "七百五", kind: "measure", value: 750 }]],
    ["今年的投档线是六百一十二", [{ text: "六百一十二", kind: "measure", value: 612 }]],
    [
      "我们省一本线是五百二十八分 二本线四百四十左右",
      [
        { text: "五百二十八分", kind: "measure", value: 528 },
        { text: "四百四十", kind: "measure", value: 440, approx: "about" },
      ],
    ],
    ["你们一定要看一分一段表", []],
    ["我觉得十二年义务教育要是能实现就好了", []],
    ["九年义务教育早就普及了", []],
    // NEGATIVES: the tier's numeral before 本线 names the line; one point short, years of schooling stated stay figures
    ["一本线附近的考生有三千人", [{ text: "三千人", kind: "count", value: 3000 }]],
    ["今年二本线降了十二分", [{ text: "十二分", kind: "measure", value: 12 }]],
    ["他就差一分没上线", [{ text: "一分", kind: "measure", value: 1 }]],
    ["义务教育要读九年", [{ text: "九年", kind: "duration", value: 9 }]],
    ["沪深300指数涨了", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit school: university tiers (985, 211) and schools that span the grades (九年一贯制) are names", () => {
  it.each([
    ["我们有985、211的毕业生两百多个", [{ text: "两百多个", kind: "count", value: 200, approx: "over" }]],
    ["985和211加起来录取了两百人", [{ text: "两百人", kind: "count", value: 200 }]],
    ["十二年一贯制学校", []],
    ["九年一贯制学校有三百多所", [{ text: "三百多所", kind: "count", value: 300, approx: "over" }]],
    // NEGATIVES: with a unit the same digits are a figure; a list of scores stays a list of measures
    ["今年招了211人", [{ text: "211人", kind: "count", value: 211 }]],
    ["全国有39所985高校", [{ text: "39所", kind: "count", value: 39 }]],
    [
      "IQ测试结果在144、147、151之间",
      [
        { text: "144", kind: "measure" },
        { text: "147", kind: "measure" },
        { text: "151", kind: "measure" },
      ],
    ],
    ["小学读了九年", [{ text: "九年", kind: "duration", value: 9 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit shipping: train codes, the last mile, lead times, TEU said with 个, hired hands", () => {
  it.each([
    // a letter X glued before digits is a code or a name, like G1234 or K8024; a multiple is written after (3X)
    ["中欧班列X8024次现在是每周三班", [{ text: "三班", kind: "count", value: 3 }]],
    ["宝马X5今年卖了三万辆", [{ text: "三万辆", kind: "count", value: 30000 }]],
    ["每周开行X趟，全程8024公里", [{ text: "8024公里", kind: "measure", value: 8024, unit: "km" }]],
    // 最后一公里 is the idiom of the last leg of delivery; a kilometre run last stays one
    ["最后一公里还是最难的", []],
    ["最後一公里的成本最高", []],
    ["最后跑了一公里", [{ text: "一公里", kind: "measure", value: 1, unit: "km" }]],
    // 提前, 推迟 before 一 + a duration state a lead time or a delay; 前一天 (the day before) is none
    ["舱位要提前一个月订", [{ text: "一个月", kind: "duration", value: 1, unit: "month" }]],
    ["交期推迟一周", [{ text: "一周", kind: "duration", value: 1, unit: "week" }]],
    ["发货的前一天才通知", []],
    ["提前了解一下", []],
    // 个 between the figure and 标箱 is filler: the figure stays TEU and 左右 after it holds
    [
      "今年目标是做到五万个标箱左右",
      [{ text: "五万个标箱", kind: "measure", value: 50000, unit: "TEU", approx: "about" }],
    ],
    ["一天卖了三万个箱子", [{ text: "三万个", kind: "count", value: 30000, unit: "个" }]],
  ] as [string, Want[]][])("%s", expectFigures);
  it.each([
    ["旺季还要再招三到五万临时工", true, ["count 三到五万"]],
    ["快递员有十几万", true, ["count 十几万"]],
    // a money word in the clause still makes it money
    ["临时工工资一共发了三万", true, ["money 三万"]],
  ] as [string, boolean, string[]][])("%s", (text, money, want) => expect(kinds(text, money)).toEqual(want));
});

describe("audit points: 个点 after a rate or a benchmark, a bare rate value in percent, data sizes said with 个G", () => {
  it.each([
    // N个点 after a verb of change or of beating a benchmark, where the sentence speaks of a rate, an interest, a
    // yield or a benchmark: percentage points
    ["利息降了0.5个点", [{ text: "0.5个点", kind: "percent", value: 0.5, unit: "pp" }]],
    ["毛利率提高了两个点", [{ text: "两个点", kind: "percent", value: 2, unit: "pp" }]],
    ["今年我们跑赢了基准五个多点", [{ text: "五个多点", kind: "percent", value: 5, unit: "pp", approx: "over" }]],
    ["市场份额掉了三个点", [{ text: "三个点", kind: "percent", value: 3, unit: "pp" }]],
    ["这只基金的收益跑输了基准两个点", [{ text: "两个点", kind: "percent", value: 2, unit: "pp" }]],
    ["存款利息比去年低了一个点", [{ text: "一个点", kind: "percent", value: 1, unit: "pp" }]],
    ["我们的收益率高出同行三个点", [{ text: "三个点", kind: "percent", value: 3, unit: "pp" }]],
    // NEGATIVES: points of talk, a clock, dots on a map, a point said with no change before it
    ["我说三个点", []],
    ["三个点的时候开会", []],
    ["地图上标了五个点", []],
    ["地图上标了50个点", [{ text: "50个", kind: "count", value: 50, unit: "个" }]],
    ["利息的问题我讲两个点", []],
    ["这个月跑赢了大盘30个点", [{ text: "30个", kind: "count", value: 30, unit: "个" }]],
    ["比赛里领先对手20个点", [{ text: "20个", kind: "count", value: 20, unit: "个" }]],
    ["利率这块我们布了30个点", [{ text: "30个", kind: "count", value: 30, unit: "个" }]],
    // a bare value after a rate word said in percent: that many percent
    ["收视率是二点五", [{ text: "二点五", kind: "percent", value: 2.5, unit: "%" }]],
    ["失业率大概五点二左右", [{ text: "五点二", kind: "percent", value: 5.2, unit: "%", approx: "about" }]],
    ["我们的毛利率是三十", [{ text: "三十", kind: "percent", value: 30, unit: "%" }]],
    ["复购率能到四十多", [{ text: "四十多", kind: "percent", value: 40, unit: "%", approx: "over" }]],
    ["通胀率现在只有二点一", [{ text: "二点一", kind: "percent", value: 2.1, unit: "%" }]],
    ["转化率在三到五之间", [{ text: "三到五", kind: "percent", min: 3, max: 5, unit: "%" }]],
    // a bank's ratios, and a forecast of one (会, 可能, 稳定在)
    ["我们目前不良率是一点二一", [{ text: "一点二一", kind: "percent", value: 1.21, unit: "%" }]],
    ["净息差现在是一点五二", [{ text: "一点五二", kind: "percent", value: 1.52, unit: "%" }]],
    ["关注类贷款占比一点八左右", [{ text: "一点八", kind: "percent", value: 1.8, unit: "%", approx: "about" }]],
    ["资本充足率十三点五", [{ text: "十三点五", kind: "percent", value: 13.5, unit: "%" }]],
    ["不良率会稳定在一点二左右", [{ text: "一点二", kind: "percent", value: 1.2, unit: "%", approx: "about" }]],
    ["不良率可能上到一点五", [{ text: "一点五", kind: "percent", value: 1.5, unit: "%" }]],
    // NEGATIVES: an exchange rate, a multiple, a count of times, a rank; a percent said stays one
    ["汇率是七点一", [{ text: "七点一", kind: "measure", value: 7.1 }]],
    ["市盈率二十倍", [{ text: "二十倍", kind: "multiple", value: 20 }]],
    ["市盈率是二十", []],
    ["利率调整了两次", []],
    ["利率今年调整了3次", [{ text: "3次", kind: "count", value: 3 }]],
    ["收视率排第二", []],
    ["收视率是百分之二点五", [{ text: "百分之二点五", kind: "percent", value: 2.5, unit: "%" }]],
    ["转化率这块有三个问题", []],
    ["不良率排第二", []],
    ["不良率这块有三个问题", []],
    ["净息差会收窄五个基点", [{ text: "五个基点", kind: "percent", value: 0.05, unit: "pp" }]],
    ["占比会下降", []],
    // data sizes said with 个G, 个T, 个M: gigabytes, terabytes, megabytes
    ["二十几个G的素材", [{ text: "二十几个G", kind: "measure", min: 21, max: 29, unit: "GB" }]],
    ["手机就剩三个G了", [{ text: "三个G", kind: "measure", value: 3, unit: "GB" }]],
    ["一百多个G", [{ text: "一百多个G", kind: "measure", value: 100, unit: "GB", approx: "over" }]],
    ["原片有两个T", [{ text: "两个T", kind: "measure", value: 2, unit: "TB" }]],
    ["一张图三百多个M", [{ text: "三百多个M", kind: "measure", value: 300, unit: "MB", approx: "over" }]],
    // NEGATIVES: a network generation, a spot, a summit, T-shirts, GPUs, clothing sizes
    ["5G手机", []],
    ["三个G点", []],
    ["G20峰会", []],
    ["买了20个T恤", [{ text: "20个", kind: "count", value: 20 }]],
    ["买了80个GPU", [{ text: "80个", kind: "count", value: 80 }]],
    ["进了300个M码的", [{ text: "300个", kind: "count", value: 300 }]],
    ["这个片子有二十几个GB", [{ text: "二十几个GB", kind: "measure", min: 21, max: 29, unit: "GB" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit prices4: a named product's price (iPhone 16e卖…), a past purchase, a sum sold, per head and per night", () => {
  const money = (text: string, value: number) => ({ text, kind: "money", value });
  it.each([
    // a product or model name (a version read as a name) right before a verb that only a price follows: its price
    ["iPhone 16e卖四千四百九十九", [money("四千四百九十九", 4499)]],
    ["新款iPhone 16e卖四千四百九十九", [money("四千四百九十九", 4499)]],
    ["小米15 Pro卖五千二", [money("五千二", 5200)]],
    ["Mate 70卖五千出头", [{ text: "五千", kind: "money", value: 5000, approx: "over" }]],
    ["骁龙8的这台 Galaxy S25卖六千九", [money("六千九", 6900)]],
    // NEGATIVES: a count with its counter, a duration, units sold in a period, a number with no name before 卖
    ["iPhone 16e卖了四百万台", [{ text: "四百万台", kind: "count", value: 4e6 }]],
    ["卖了三年", [{ text: "三年", kind: "duration", value: 3 }]],
    ["iPhone 16e一天卖三百", []],
    ["我卖了四十二", []],
    // a past purchase: 买的时候 and a link (是, 才), then a bare amount: what was paid (units.yaml prices `words`)
    ["我买的时候是一千三百九十九", [money("一千三百九十九", 1399)]],
    ["当时买的时候才八百多", [{ text: "八百多", kind: "money", value: 800, approx: "over" }]],
    ["这台车我买的时候是十八万", [money("十八万", 180000)]],
    ["我買的時候才三千二", [money("三千二", 3200)]],
    // NEGATIVES: a date, an ordinal, a count with its counter
    ["买的时候是第二批", []],
    ["买的时候是三个人一起去的", []],
    // a piece of one (这套房子, 一辆车) sold (卖了) for an amount with a money scale and no counter: money
    ["这套房子去年卖了三百万", [money("三百万", 3e6)]],
    ["那辆车最后卖了十二万", [money("十二万", 120000)]],
    ["这部电影卖了二十亿", [money("二十亿", 2e9)]],
    // a sum pointed at (这笔钱): its amount is money
    ["这笔钱一百万不止", [{ text: "一百万", kind: "money", value: 1e6, approx: "over" }]],
    ["那笔钱大概五十万", [{ text: "五十万", kind: "money", value: 500000, approx: "about" }]],
    // NEGATIVES: units sold with a counter, a kind (这款) sold in millions, a piece sold for a bare small amount
    ["去年卖了三百万台", [{ text: "三百万台", kind: "count", value: 3e6 }]],
    ["卖了三百万册", [{ text: "三百万册", kind: "count", value: 3e6 }]],
    ["这款游戏卖了三百万", [{ text: "三百万", kind: "count", value: 3e6 }]],
    ["这部电影卖了二十", []],
    // a price per head or per night: 一个人, 每人, 一晚 and at most a link right before a bare amount
    ["一个人是六百八", [money("六百八", 680)]],
    ["平时一晚两百", [money("两百", 200)]],
    ["每人三百五", [money("三百五", 350)]],
    ["民宿每晚要四百多", [{ text: "四百多", kind: "money", value: 400, approx: "over" }]],
    ["自助餐一位一百二", [money("一百二", 120)]],
    // a price carried to the next clause: what it reaches (能到, 涨到) after a price in the clause before
    [
      "平时一晚两百，春节那几天能到三千多",
      [money("两百", 200), { text: "三千多", kind: "money", value: 3000, approx: "over" }],
    ],
    ["门票一个人八十，旺季能涨到一百五", [money("八十", 80), money("一百五", 150)]],
    // NEGATIVES: a count with its counter, a duration, a count of people in the next clause, a rank reached
    ["一个人是六个", []],
    ["一人一案，不搞一刀切", []],
    ["一人一票", []],
    ["每人一份", []],
    // digits with no place after a head are no bare price: 一人一两 is a tael each, not 1–2 yuan
    ["所以是一人一两", []],
    ["每人两三", []],
    ["门票一人五十", [money("五十", 50)]],
    ["一晚上睡了八个小时", [{ text: "八个小时", kind: "duration", value: 8 }]],
    ["平时一晚两百，春节那几天来了三千多人", [money("两百", 200), { text: "三千多人", kind: "count", value: 3000 }]],
    ["平时一晚两百，排名能到第三", [money("两百", 200)]],
    ["售价是两百，一天能卖到一千", [money("两百", 200)]],
    ["原价是两百，销量能到三千", [money("两百", 200)]],
    ["GPT-5只要二十", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("vc audit: venture talk (倍股, 从0到1, money put in or burnt, rounds raised, headcounts grown, fund multiples)", () => {
  it.each([
    // N倍股 names a kind of stock, no factor; a multiple said of growth stays one
    ["不过这不是10倍股那种说法", []],
    ["我们想找下一个百倍股", []],
    ["股价翻了十倍，股东很满意", [{ text: "十倍", kind: "multiple", value: 10 }]],
    // 从0到1 is the idiom of a first product; a range of a scale or a rise from zero stays
    ["不过从0到1那个阶段真的很难", []],
    ["我们做的是从零到一的事情", []],
    ["气温在0到1度之间", [{ text: "0到1度", kind: "measure", min: 0, max: 1, unit: "°C" }]],
    // raising a round said as a verb counts rounds; 三轮车 stays a word
    ["融了三轮 最后还是没做成", [{ text: "三轮", kind: "count", value: 3, unit: "轮" }]],
    ["骑了三轮车去上班", []],
    // a fund's multiple on paid-in capital after DPI, TVPI, MOIC
    ["一期基金DPI已经到了1.5", [{ text: "1.5", kind: "measure", value: 1.5 }]],
    ["我们的DPI有两个问题", []],
  ] as [string, Want[]][])("%s", expectFigures);

  it.each([
    // money put in, raised or burnt, though a count noun (股东) stands nearer
    ["A+轮融了1.2亿元，老股东追加了三千万", true, ["money 1.2亿元", "money 三千万"]],
    ["红杉跟投了五千万", false, ["money 五千万"]],
    ["最后还是没做成 烧掉了大概八千万", false, ["money 八千万"]],
    ["他发烧了，吃了三千万单位的青霉素", false, ["count 三千万"]],
    // a bare number a count grows or shrinks into is a count of its counter, in talk of money too
    ["团队从二十个人扩到两百多", true, ["count 二十个人", "count 两百多"]],
    ["门店从30家增加到50", true, ["count 30家", "count 50"]],
    ["价格从4999元降到3999", true, ["money 4999元", "money 3999"]],
    ["营收从二十个亿降到十五个亿", true, ["money 二十个亿", "money 十五个亿"]],
  ] as [string, boolean, string[]][])("%s", (text, moneyTopic, want) => {
    expect(kinds(text, moneyTopic)).toEqual(want);
  });

  it("a grown count takes its counter", () => {
    expect(rows("团队从二十个人扩到两百多", true)[1]).toEqual(["两百多", "count", 200, "个人", "over"]);
  });
});

describe("a home's price: 首付, 总价, 房价 and 买的 make a bare scaled amount money", () => {
  it.each([
    [
      "我家那套九十平 当时买的一百二十万",
      [
        { text: "九十平", kind: "measure", value: 90, unit: "m2" },
        { text: "一百二十万", kind: "money", value: 1200000 },
      ],
    ],
    ["首付交了九十万", [{ text: "九十万", kind: "money", value: 900000 }]],
    ["总价三百万左右", [{ text: "三百万", kind: "money", value: 3000000, approx: "about" }]],
    // near-misses: the people who bought, units bought, people counted in a sentence that speaks of prices
    ["买的人有三百万", [{ text: "三百万", kind: "count", value: 3000000 }]],
    ["我买的三百万台设备", [{ text: "三百万台", kind: "count", value: 3000000, unit: "台" }]],
    ["房价跌了 但是我们城市还是有三百万人在租房", [{ text: "三百万人", kind: "count", value: 3000000, unit: "人" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a game's currencies are counted (六千多钻石, 一千八百点券), a gem's weight is in carats (三克拉)", () => {
  it.each([
    ["十连抽一次是一千六百钻", [{ text: "一千六百钻", kind: "count", value: 1600, unit: "钻" }]],
    [
      "我充了六百四十八块 换了六千多钻石",
      [
        { text: "六百四十八块", kind: "money", value: 648, unit: "CNY" },
        { text: "六千多钻石", kind: "count", value: 6000, unit: "钻石", approx: "over" },
      ],
    ],
    ["一个皮肤要一千八百点券", [{ text: "一千八百点券", kind: "count", value: 1800, unit: "点券" }]],
    ["三克拉的钻石", [{ text: "三克拉", kind: "measure", value: 3, unit: "ct" }]],
    // near-misses: a seller's rank, a drill, a well, grams
    ["他是五钻卖家", []],
    ["这口井钻了三千米", [{ text: "三千米", kind: "measure", value: 3, unit: "km" }]],
    ["买了两颗钻石", []],
    ["加了3克盐", [{ text: "3克", kind: "measure", value: 3, unit: "g" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit leftovers3: G after a storage or memory word and a link is GB (内存有20G, 手机存储256G的)", () => {
  it.each([
    ["内存有20G", [{ text: "20G", kind: "measure", value: 20, unit: "GB" }]],
    ["手机存储256G的要五千", [{ text: "256G", kind: "measure", value: 256, unit: "GB" }]],
    ["这台服务器硬盘是512G", [{ text: "512G", kind: "measure", value: 512, unit: "GB" }]],
    ["这张卡显存只有8G", [{ text: "8G", kind: "measure", value: 8, unit: "GB" }]],
    ["套餐里流量才30G", [{ text: "30G", kind: "measure", value: 30, unit: "GB" }]],
    // NEGATIVES: a network generation, a summit's name, a count of sticks
    ["5G网络", []],
    // bandwidth, no storage word: a link's rate in Gbps (the telecom rule), not GB
    ["我们有20G的带宽", [{ text: "20G", kind: "measure", value: 20, unit: "Gbps" }]],
    ["G20峰会", []],
    ["内存有两根", []],
    ["手机存储用5G传", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit leftovers3: 比 X 高/低 N个点 of a rate is percentage points (收益率比基准高三个点)", () => {
  // a comparative after 比 and what is compared (units.yaml percent 个点 `comparisons`)
  it.each([
    ["收益率比基准高三个点", [{ text: "三个点", kind: "percent", value: 3, unit: "pp" }]],
    ["今年毛利率比去年低两个点", [{ text: "两个点", kind: "percent", value: 2, unit: "pp" }]],
    ["我们的复购率比同行高五个点", [{ text: "五个点", kind: "percent", value: 5, unit: "pp" }]],
    ["这个月的增速比上个月少一个点", [{ text: "一个点", kind: "percent", value: 1, unit: "pp" }]],
  ] as [string, Want[]][])("%s", expectFigures);
  it.each([
    // NEGATIVES: no rate word (a small count of 个, discourse as before), a comparison of people, 比较 (rather) and a
    // caption pause
    ["比对手多三个点", []],
    ["我比他高三个点", []],
    ["利率比较高 三个点要讲", []],
    ["毛利率比如说高三个点的时候", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit leftovers3: a bare amount in 万 right after a home's area is its price (一百平三百万)", () => {
  it.each([
    [
      "这套房子一百平三百万",
      [
        { text: "一百平", kind: "measure", value: 100, unit: "m2" },
        { text: "三百万", kind: "money", value: 3e6 },
      ],
    ],
    [
      "我在深圳买的八十平米四百万",
      [
        { text: "八十平米", kind: "measure", value: 80, unit: "m2" },
        { text: "四百万", kind: "money", value: 4e6 },
      ],
    ],
    [
      "老家那套一百二十平 八十万",
      [
        { text: "一百二十平", kind: "measure", value: 120, unit: "m2" },
        { text: "八十万", kind: "money", value: 8e5 },
      ],
    ],
    // NEGATIVES: a count of households, a count of bricks, a number with no 万
    [
      "这个小区一百平三百户",
      [
        { text: "一百平", kind: "measure", value: 100, unit: "m2" },
        { text: "三百户", kind: "count", value: 300, unit: "户" },
      ],
    ],
    [
      "一百平三百万块砖",
      [
        { text: "一百平", kind: "measure", value: 100, unit: "m2" },
        { text: "三百万块", kind: "count", value: 3e6, unit: "块" },
      ],
    ],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("telecom: 兆 is a broadband speed where a link's rate is spoken of, G before 流量 a data allowance, PUE a score", () => {
  it.each([
    ["下载速率能到一千兆", [{ text: "一千兆", kind: "measure", value: 1000, unit: "Mbps" }]],
    ["我们家是五百兆的宽带", [{ text: "五百兆", kind: "measure", value: 500, unit: "Mbps" }]],
    ["套餐包含六十G流量", [{ text: "六十G", kind: "measure", value: 60, unit: "GB" }]],
    ["送了20G流量", [{ text: "20G", kind: "measure", value: 20, unit: "GB" }]],
    [
      "PUE去年是1.35，今年降到了1.25",
      [
        { text: "1.35", kind: "measure", value: 1.35 },
        { text: "1.25", kind: "measure", value: 1.25 },
      ],
    ],
    // near-misses: a class of broadband, 兆 with no rate spoken of, network generations, a count after PUE
    ["千兆宽带现在很普及了", []],
    ["百兆光纤已经淘汰了", []],
    ["这个文件有两兆", []],
    ["5G流量占比很高", []],
    ["4G流量在下降", []],
    ["PUE去年有2台机器超标", [{ text: "2台", kind: "count", value: 2, unit: "台" }]],
    // G alone is Gbps where bandwidth is spoken of, from 10 on; a network generation stays a name
    [
      "骨干带宽现在是100G，下个季度升级到400G",
      [
        { text: "100G", kind: "measure", value: 100, unit: "Gbps" },
        { text: "400G", kind: "measure", value: 400, unit: "Gbps" },
      ],
    ],
    ["骨干带宽现在是一百G", [{ text: "一百G", kind: "measure", value: 100, unit: "Gbps" }]],
    ["5G的带宽比4G大很多", []],
    ["5G手机有12G内存", [{ text: "12G", kind: "measure", value: 12, unit: "GB" }]],
    // P alone is PFLOPS where computing power is spoken of; not a video resolution nor 张P过的图
    ["总算力大概是三千P", [{ text: "三千P", kind: "measure", value: 3000, unit: "PFLOPS" }]],
    ["这个视频是一千零八十P的", []],
    ["他拍了三张P过的图，说算力不够", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a share said as a part of a whole (十个人里有八个) is one percent, the part over the whole", () => {
  it.each([
    ["十个人里有八个都说好", [{ text: "十个人里有八个", kind: "percent", value: 80, unit: "%" }]],
    ["这十个人里有八个是博士", [{ text: "十个人里有八个", kind: "percent", value: 80, unit: "%" }]],
    ["十个中国人里有八个用微信", [{ text: "十个中国人里有八个", kind: "percent", value: 80, unit: "%" }]],
    [
      "差不多每三个人里面就有一个在用",
      [{ text: "三个人里面就有一个", kind: "percent", value: 100 / 3, unit: "%", approx: "about" }],
    ],
    [
      "每一千个用户中大概有五个会付费",
      [{ text: "一千个用户中大概有五个", kind: "percent", value: 0.5, unit: "%", approx: "about" }],
    ],
    ["每一百个人里面有两三个", [{ text: "一百个人里面有两三个", kind: "percent", min: 2, max: 3, unit: "%" }]],
    ["十家企业当中，有三家是亏损的", [{ text: "十家企业当中，有三家", kind: "percent", value: 30, unit: "%" }]],
    // near-misses: a whole that is no sample (three of us, a team of a hundred and its part), no link between,
    // durations, a part larger than the whole
    ["我们三个人里面有一个会留下", []],
    [
      "一百个工程师里面有八十个是做算法的",
      [
        { text: "一百个", kind: "count", value: 100 },
        { text: "八十个", kind: "count", value: 80 },
      ],
    ],
    ["十个里面挑一个", []],
    [
      "十年里有八年在亏钱",
      [
        { text: "十年", kind: "duration", value: 10, unit: "year" },
        { text: "八年", kind: "duration", value: 8, unit: "year" },
      ],
    ],
    ["每一百个人里有两百个", [{ text: "两百个", kind: "count", value: 200 }]],
    ["一百个人里面，我们", [{ text: "一百个人", kind: "count", value: 100 }]],
  ] as [string, Want[]][])("%s", expectFigures);

  it("reads the part back: share × whole ÷ 100 is the part, for wholes after 每 of two to ten thousand", () => {
    for (const whole of [2, 10, 37, 100, 1000, 10000])
      for (const part of [1, Math.ceil(whole / 3), Math.floor(whole / 2), whole]) {
        const [m] = recognizeQuantities(`每${whole}个用户里有${part}个`, { times: [], versions: new Set() });
        expect(m?.kind).toBe("percent");
        expect(((m?.value ?? 0) * whole) / 100).toBeCloseTo(part, 9);
      }
  });
});

describe("audit chips: an idiom of years, a comparative 多了, a multiple before 到, parameter sizes, 试产 of a node", () => {
  it.each([
    // 十年磨一剑 is patience, no duration; 做了十年 stays one
    ["这个行业一定要耐得住寂寞 十年磨一剑", []],
    ["这个事情我做了十年", [{ text: "十年", kind: "duration", value: 10, unit: "year" }]],
    // 多了 and a figure after it is "more by": the figure before is only what is compared (二期, a phase, stays out)
    [
      "大基金三期规模是三千四百四十亿元 比二期多了一千多亿",
      [
        { text: "三千四百四十亿元", kind: "money", value: 3.44e11, unit: "CNY" },
        { text: "一千多亿", value: 1e11, approx: "over" },
      ],
    ],
    // near-misses: 多了 at the end keeps its over; a comparison with nothing after it stays a bound
    ["这个项目做了一年多了", [{ text: "一年", kind: "duration", value: 1, approx: "over" }]],
    [
      "他等了两年多了 三年都有可能",
      [
        { text: "两年", kind: "duration", value: 2, approx: "over" },
        { text: "三年", kind: "duration", value: 3, approx: null },
      ],
    ],
    ["今年招的人比两百个多", [{ text: "两百个", kind: "count", value: 200, approx: "over" }]],
    // a multiple then 到 is the growth and where it ends, two figures, no range from 2 to 800000
    [
      "今年可能会翻一番 到八十万片左右",
      [
        { text: "翻一番", kind: "multiple", value: 2 },
        { text: "八十万片", kind: "count", value: 8e5, approx: "about" },
      ],
    ],
    [
      "营收涨了两倍到300亿",
      [
        { text: "两倍", kind: "multiple", value: 2 },
        { text: "300亿", value: 3e10 },
      ],
    ],
    // near-misses: ranges of multiples stay ranges
    ["增长两到三倍", [{ text: "两到三倍", kind: "multiple", min: 2, max: 3 }]],
    ["增长了2倍到3倍", [{ text: "2倍到3倍", kind: "multiple", min: 2, max: 3 }]],
    // 试产 speaks of a fab: the node is a name; a line width shrunk to stays a length
    ["5纳米我们在研发 预计后年能小批量试产", []],
    ["线宽缩小到5纳米 明年试产", [{ text: "5纳米", kind: "measure", value: 5, unit: "nm" }]],
  ] as [string, Want[]][])("%s", expectFigures);
  it.each([
    // in talk of money a parameter size before a model word counts parameters; the context window counts tokens
    ["我们下个月会开源一个7B的小模型", [["7B", "count", 7e9, null, null]]],
    ["70B参数的模型", [["70B", "count", 7e10, null, null]]],
    ["明年我们希望把上下文做到一百万", [["一百万", "count", 1e6, null, null]]],
    // near-misses: 7B with no model word and a bare amount of revenue stay money
    ["这次融资7B", [["7B", "money", 7e9, null, null]]],
    ["明年收入做到一百万", [["一百万", "money", 1e6, null, null]]],
    // 一个万卡集群 is "a 10k-card cluster", a class: no 一个万 of money; 一个万元 stays 10000 yuan
    ["一个万卡集群的功耗大概是二十兆瓦", [["二十兆瓦", "measure", 20, "MW", "about"]]],
    ["一个万元的红包", [["一个万元", "money", 1e4, "CNY", null]]],
  ] as [string, unknown[]][])("talk on money: %s", (text, want) => {
    expect(rows(text, true)).toEqual(want);
  });
});

describe("大几 before a scale is its upper digits; 少说 and 往多了说 bound the figure after them", () => {
  it.each([
    ["一个月大几千块", [{ text: "大几千块", kind: "money", min: 5000, max: 9000, approx: "vague" }]],
    ["年薪大几十万", [{ text: "大几十万", min: 500000, max: 900000, approx: "vague" }]],
    ["大几百号人", [{ text: "大几百号人", kind: "count", min: 500, max: 900, approx: "vague" }]],
    ["少说也有五六百家", [{ text: "五六百家", kind: "count", min: 500, max: 600, approx: "over" }]],
    ["往少了说也得三四十万", [{ text: "三四十万", min: 300000, max: 400000, approx: "over" }]],
    ["往多了说也就三四十万", [{ text: "三四十万", min: 300000, max: 400000, approx: "under" }]],
    // near-misses: 大几 before no scale (older by a few years), 几千 alone, 少说 as "say less"
    ["他比我大几岁", [{ text: "几岁", min: 2, max: 9, approx: "vague" }]],
    ["一个月几千块", [{ text: "几千块", kind: "money", min: 2000, max: 9000, approx: "vague" }]],
    ["你少说两句", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("小 right before a round figure of money or a count in words is nearly it (花了小一万)", () => {
  it.each([
    ["小一千块钱", [["一千块钱", "money", 1000, "CNY", "nearly"]]],
    ["来了小两千人", [["两千人", "count", 2000, "人", "nearly"]]],
    // another word ending in 小, a comparison, a figure not round, in digits, below a hundred, or with its own bound
    ["缩小一千倍", [["一千倍", "multiple", 1000, null, null]]],
    ["他比我小一百块", [["一百块", "money", 100, "CNY", null]]],
    ["小1000块", [["1000块", "money", 1000, "CNY", null]]],
    ["小三十个人", [["三十个人", "count", 30, "个人", null]]],
    ["小一千多块", [["一千多块", "money", 1000, "CNY", "over"]]],
    ["大大小小一千多家企业", [["一千多家", "count", 1000, "家", "over"]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("a small count of people right after a team and a link is its headcount (我们团队只有十个人)", () => {
  it.each([
    ["我们团队只有十个人", [["十个人", "count", 10, "个人", null]]],
    ["当时公司就三个人", [["三个人", "count", 3, "个人", null]]],
    // near-misses: people doing something, a count of reasons, no team before
    ["公司两个人在聊天", []],
    ["公司有两个原因", []],
    ["我们只有十个人", []],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("年底, 年末, 年初 after a figure open a time, no unit of years (营收一百亿年底要到两百亿)", () => {
  it.each([
    [
      "营收一百亿年底要到两百亿",
      [
        ["一百亿", "money", 1e10, null, null],
        ["两百亿", "money", 2e10, null, null],
      ],
    ],
    [
      "营收一百亿 年末员工三千人",
      [
        ["一百亿", "money", 1e10, null, null],
        ["三千人", "count", 3000, "人", null],
      ],
    ],
    // near-misses: years counted, within or before
    ["干了三年", [["三年", "duration", 3, "year", null]]],
    [
      "三年内要翻一番",
      [
        ["三年", "duration", 3, "year", null],
        ["翻一番", "multiple", 2, null, null],
      ],
    ],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("一百分 before what it praises is flawless, no score (做一百分的产品)", () => {
  it.each([
    ["我们想做一百分的产品", []],
    ["他考了一百分", [["一百分", "measure", 100, "points", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("三五 before a counter is 3–5, never the 5 alone (明年再开三五家门店)", () => {
  it.each([
    ["明年再开三五家门店", [["三五家", "count", 3, "家", null]]],
    ["每天三五杯", [["三五杯", "count", 3, "杯", null]]],
    // near-misses: the idiom, a weekday before a clock hour, a plan's name
    ["三五成群", []],
    ["周三五点开会", []],
    ["十三五期间", []],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("creators audit: metric acronyms before a figure, 粉 and reading counts, the + of 10万+", () => {
  it.each([
    // a business metric's acronym glued to its value is no model name (false-figures latinBeforeOk)
    ["好的时候一场GMV八百万", false, [["八百万", "money", 8000000, null, null]]],
    ["CPM三十块", false, [["三十块", "money", 30, "CNY", null]]],
    ["DAU三千万", true, [["三千万", "count", 30000000, null, null]]],
    ["MAU 5000万", false, [["5000万", "count", 50000000, null, null]]],
    // near-misses: model names glued or after a space stay names
    ["我们用的是GPT4", false, []],
    ["一块H100很贵", false, []],
    ["我们用的是Gemini 3", false, []],
    // 粉 after a figure counts followers, also in talk of money; 粉丝 keeps its own reading
    ["一个星期涨了八万粉", true, [["八万粉", "count", 80000, "粉", null]]],
    ["一个星期涨了八万粉丝", true, [["八万", "count", 80000, null, null]]],
    // reading counts and new followers are counts in talk of money
    ["阅读量平均三四万吧", true, [["三四万", "count", 30000, null, null]]],
    ["去年涨粉三十万", true, [["三十万", "count", 300000, null, null]]],
    ["一条商单报价二十万", true, [["二十万", "money", 200000, null, null]]],
    // + after a figure is "and more"; a + between two numbers adds them
    ["以前一篇10万+很常见", false, [["10万", "count", 100000, null, "over"]]],
    ["播放量100万＋", false, [["100万", "count", 1000000, null, "over"]]],
    ["3+2的学制", false, []],
    ["3 + 2的学制", false, []],
    [
      "营收5亿+3亿的补贴",
      false,
      [
        ["5亿", "money", 500000000, null, null],
        ["3亿", "money", 300000000, null, null],
      ],
    ],
  ] as [string, boolean, unknown[]][])("%s", (text, moneyTopic, want) => {
    expect(rows(text, moneyTopic)).toEqual(want);
  });
});

describe("crypto audit: N倍币 is a kind of coin; 刀 is dollars from ten on; a block height and addresses are counts", () => {
  it.each([
    // 十倍币, 百倍币 name a class of coin, as 10倍股 does a stock: no factor
    ["你怎么看十倍币", []],
    ["十倍币现在很难找了", []],
    ["大家都想找下一个百倍幣", []],
    // near-misses: a factor said before a noun or a verb keeps its multiple
    ["我们最高一百倍杠杆", [{ text: "一百倍", kind: "multiple", value: 100 }]],
    ["以前一个币涨了三十倍都很常见", [{ text: "三十倍", kind: "multiple", value: 30 }]],
    // 刀 after a figure of ten or more is dollars in speech
    ["以太坊从高点跌到两千刀", [{ text: "两千刀", kind: "money", value: 2000, unit: "USD" }]],
    ["月费二十刀", [{ text: "二十刀", kind: "money", value: 20, unit: "USD" }]],
    // near-misses: knife cuts and stitches, 一刀切, 千刀万剐, a blade
    ["他被砍了十刀", []],
    ["缝了二十刀", []],
    ["不能一刀切", []],
    ["三刀", []],
    ["换了二十刀片", []],
  ] as [string, Want[]][])("%s", expectFigures);
  it.each([
    // a block height or active addresses after talk of income is a count, not money
    ["收入少了一半。现在区块高度已经八十四万多了", ["percent 一半", "count 八十四万多"]],
    ["电费涨了。链上活跃地址一百万左右", ["count 一百万"]],
    // near-miss: a bare amount after 收入 with no count noun stays money
    ["收入少了一半。现在已经八十四万多了", ["percent 一半", "money 八十四万多"]],
  ])("%s", (text, want) => expect(kinds(text, true)).toEqual(want));
});

describe("crypto audit: a bare number after 从 takes the currency of the price it changes into", () => {
  it.each([
    [
      "以太坊从四千八跌到两千刀",
      [
        { text: "四千八", kind: "money", value: 4800, unit: "USD" },
        { text: "两千刀", kind: "money", value: 2000, unit: "USD" },
      ],
    ],
    [
      "从4800跌到了2000美元左右",
      [
        { text: "4800", kind: "money", value: 4800, unit: "USD" },
        { text: "2000美元", kind: "money", value: 2000, unit: "USD", approx: "about" },
      ],
    ],
    // near-misses: a count it changes into, an ordinal, no 从 before it
    ["人数从四千八跌到两千人", [{ text: "两千人", kind: "count", value: 2000 }]],
    ["排名从第五跌到三千元", [{ text: "三千元", kind: "money", value: 3000 }]],
    ["四千八跌到两千美元", [{ text: "两千美元", kind: "money", value: 2000 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit taiwan: 兆 after a money word, 坪, 店租, voucher names (五倍券), a caption space before 十年前", () => {
  it.each([
    // a money word shortly before in its clause makes a bare 兆 10^12: a market value is never counted in mega
    ["市值突破三十兆", [["三十兆", "money", 3e13, null, "over"]]],
    ["台積電市值三十兆左右", [["三十兆", "money", 3e13, null, "about"]]],
    ["營收一點五到兩兆", [["一點五到兩兆", "money", 1.5e12, null, null]]],
    // no money word, or a unit going on from 兆: it stays out or a unit
    ["这个文件两兆", []],
    ["宽带一千兆", [["一千兆", "measure", 1000, "Mbps", null]]],
    ["市值的事不谈，装机一百兆瓦", [["一百兆瓦", "measure", 100, "MW", null]]],
    // 坪, a unit of floor area; 坪數 is the floor area itself
    ["工廠大概佔地三千坪", [["三千坪", "measure", 3000, "ping", "about"]]],
    ["坪數三十", []],
    // a shop's rent said bare is money
    ["店租一個月十八萬", [["十八萬", "money", 180000, null, null]]],
    ["店員一共十八個", [["十八個", "count", 18, "個", null]]],
    // Taiwan's stimulus vouchers named by a multiple: no ×5; growth by a multiple stays
    ["後來五倍券有幫一點", []],
    ["營收成長五倍", [["五倍", "multiple", 5, null, null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("a number glued to a scale letter before a word of a firm names the firm (3M公司)", () => {
  it.each([
    ["3M公司的胶带卖得很好", []],
    ["3M的产品质量很好", []],
    // near-misses: 的 and a firm after the amount, a valuation, an amount alone
    ["我们融了3M的公司", [{ text: "3M", value: 3e6 }]],
    ["这是一家估值5B的公司", [{ text: "5B", value: 5e9 }]],
    ["年收入3M", [{ text: "3M", value: 3e6 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit household: 九几年 names a decade, 桌 counts a banquet's tables, wedding money (彩礼, 礼金) is money", () => {
  it.each([
    // a decade said as its digit and 几: a year, no count of years
    ["以前九几年的时候利率有百分之十几", [["百分之十几", "percent", 11, "%", null]]],
    ["我八几年就参加工作了", []],
    // near-misses: 几年 alone and 十几年 stay durations
    ["干了几年就不干了", [["几年", "duration", 2, "year", "vague"]]],
    ["干了十几年", [["十几年", "duration", 11, "year", null]]],
    // tables of a banquet are counted
    ["酒席摆了二十桌", [["二十桌", "count", 20, "桌", null]]],
    ["酒店订了三十桌", [["三十桌", "count", 30, "桌", null]]],
    // near-miss: a table as the base of a capacity keeps its people, no count of one table
    ["一桌十个人", [["十个人", "count", 10, "个人", null]]],
    // wedding money said bare is money even after a person was named
    ["这位大哥说了，彩礼二十八万八", [["二十八万八", "money", 288000, null, null]]],
    // near-miss: a bride price paid in cattle keeps its counter
    ["彩礼给了三十头牛", [["三十头", "count", 30, "头", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit household: 给 links a fee or price word to the amount given", () => {
  it.each([
    [
      "份子钱一般给五百 关系好的给一千",
      [
        ["五百", "money", 500, null, null],
        ["一千", "money", 1000, null, null],
      ],
    ],
    ["价格给到三百九 不能再低了", [["三百九", "money", 390, null, null]]],
    // near-misses: a counted thing after 给 keeps its counter; no fee word, no money
    ["费用给了三家公司", []],
    ["他给五百 我就走了", []],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit trade: trade sums are money, 三五成, a currency's points, trade-law sections", () => {
  it.each([
    // a surplus, a deficit, exports, a shipment's value and reserves said bare are money
    ["顺差接近一万亿", [["一万亿", "money", 1e12, null, "nearly"]]],
    ["逆差三千多亿", [["三千多亿", "money", 3e11, null, "over"]]],
    ["出口三万多亿", [["三万多亿", "money", 3e12, null, "over"]]],
    ["这批货货值两百万", [["两百万", "money", 2e6, null, null]]],
    ["外汇储备三万两千亿", [["三万两千亿", "money", 3.2e12, null, null]]],
    // near-misses: goods counted or weighed keep their unit; an amount of goods is no money
    ["出口了四十万台", [["四十万台", "count", 400000, "台", null]]],
    ["出口量三千万", [["三千万", "count", 3e7, null, null]]],
    // 三五成 is 30–50%; 三五成群 is an idiom; 三五个 stays as it was
    ["出口占三五成", [["三五成", "percent", 30, "%", null]]],
    ["大家三五成群地聊天", []],
    ["占比三四成", [["三四成", "percent", 30, "%", null]]],
    // a currency moving by points, a tariff raised by points: percentage points
    ["人民币贬值了两个点", [["两个点", "percent", 2, "pp", null]]],
    ["日元升值了三个点", [["三个点", "percent", 3, "pp", null]]],
    ["关税又涨了十个点", [["十个点", "percent", 10, "pp", null]]],
    // near-misses: an index's points and points with no rate stay as they were
    ["大盘涨了30个点", [["30个点", "measure", 30, "points", null]]],
    ["门店又涨了30个点", [["30个", "count", 30, "个", null]]],
    // a trade-law section named by its number is no count of clauses
    ["根据301条款美国加征关税", []],
    ["232条款下的钢铁关税", []],
    ["这次修改了120条", [["120条", "count", 120, "条", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit llm: 2B and 2C before a market word are to-business and to-consumer, no two billion", () => {
  it.each([
    ["我们主要是做2B端的生意", []],
    ["我们2B业务的收入占了六成", [["六成", "percent", 60, "%", null]]],
    ["2C产品我们也在做", []],
    // near-misses: 2B as a model's size stays a count of parameters
    ["我们有一个2B的小模型", [["2B", "count", 2000000000, null, null]]],
    ["这个模型只有2B参数", [["2B", "count", 2000000000, null, null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit llm: 100%的把握 in digits is emphasis, as 百分之百的把握 is; 100% of something stays a share", () => {
  it.each([
    ["这个东西我们有100%的把握", []],
    ["我们有100%的信心做到", []],
    // near-misses: a share of requests, in digits and in words
    ["100%的请求都走了缓存", [["100%", "percent", 100, "%", null]]],
    ["百分之百的请求都走了缓存", [["百分之百", "percent", 100, "%", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit llm: 卡 counts accelerator cards where the sentence speaks of them; 千卡 there is 千 and 卡, no kcal", () => {
  it.each([
    ["我们有一个三千卡的集群", [["三千卡", "count", 3000, "卡", null]]],
    ["用了两万四千卡训练", [["两万四千卡", "count", 24000, "卡", null]]],
    ["我们有8卡的机器 单机就能部署", [["8卡", "count", 8, "卡", null]]],
    ["明年要建一个五万卡的集群", [["五万卡", "count", 50000, "卡", null]]],
    // near-misses: 千卡 about food stays kcal, 千米 and 千瓦 keep their units, 卡车 is no card
    ["这顿饭有八百千卡的热量", [["八百千卡", "measure", 800, "kcal", null]]],
    ["一碗饭大概三百千卡", [["三百千卡", "measure", 300, "kcal", "about"]]],
    ["训练时功率三千瓦", [["三千瓦", "measure", 3, "kW", null]]],
    ["训练集群旁边停了20卡车", []],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit people: a fertility rate is a score through a modal (会降到, 能回到), and a level the next clause compares", () => {
  it.each([
    // a modal before the carry verb links the rate word to its decimal
    ["我觉得总和生育率会降到零点八", [["零点八", "measure", 0.8, null, null]]],
    ["如果生育率能回到一点五", [["一点五", "measure", 1.5, null, null]]],
    ["生育率可能跌到零点九左右", [["零点九", "measure", 0.9, null, "about"]]],
    // near-misses: no score word before the modal, or a whole number with its counter
    ["股价会降到零点八", []],
    ["工资可能跌到零点九", []],
    ["生育率会影响2个省", [["2个", "count", 2, "个", null]]],
    // a rate compared across places in the next clause is the rate again
    [
      "现在的生育率是零点九 日本是一点二",
      [
        ["零点九", "measure", 0.9, null, null],
        ["一点二", "measure", 1.2, null, null],
      ],
    ],
    [
      "日本的总和生育率是一点二 韩国只有零点七二",
      [
        ["一点二", "measure", 1.2, null, null],
        ["零点七二", "measure", 0.72, null, null],
      ],
    ],
    // near-miss: a figure of another size after it is another matter
    [
      "生育率是一点零 房价涨到了5.5",
      [
        ["一点零", "measure", 1, null, null],
        ["5.5", "money", 5.5, null, null],
      ],
    ],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit people: 人口 after a caption space opens the next clause, no counter 人", () => {
  it.each([
    ["生育率能回到一点五 人口就能稳住", [["一点五", "measure", 1.5, null, null]]],
    ["全市有三百万 人口", [["三百万", "count", 3000000, null, null]]],
    // near-misses: 人口 glued to the figure, and a counter across a space, keep their unit
    ["全市有三百万人口", [["三百万人口", "count", 3000000, "人口", null]]],
    ["来了三十 个人", [["三十 个人", "count", 30, "个人", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit people: a hyphen after a link verb (为, 是) is a written minus sign", () => {
  it.each([
    ["人口自然增长率为-0.99‰", [["-0.99‰", "percent", -0.099, "%", null]]],
    ["增速是-0.5%", [["-0.5%", "percent", -0.5, "%", null]]],
    ["GDP增速为-3.2%", [["-3.2%", "percent", -3.2, "%", null]]],
    // near-misses: a range's hyphen and a label's stay no minus
    ["工期是3-5年", [["3-5年", "duration", 3, "year", null]]],
    ["型号是-5的那款", []],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit diet: 卡 alone is kcal where the sentence speaks of food or diet; cards in talk of compute, no figure under ten", () => {
  it.each([
    ["一天摄入不超过一千二百卡", [["一千二百卡", "measure", 1200, "kcal", "under"]]],
    ["这一顿差不多八百多卡了", [["八百多卡", "measure", 800, "kcal", "about"]]],
    ["一片全麦面包大概八十卡", [["八十卡", "measure", 80, "kcal", "about"]]],
    ["下个月开始我每天少吃三百卡", [["三百卡", "measure", 300, "kcal", null]]],
    ["我一般建议女性一天摄入一千五到一千八百卡", [["一千五到一千八百卡", "measure", 1500, "kcal", null]]],
    // near-misses: a drink's name, a truck, cards of a cluster, a card with no food talk
    ["零卡可乐能不能喝", []],
    ["一天吃三百卡车", []],
    ["吃饭的时候他说集群有两千卡", [["两千卡", "count", 2000, "卡", null]]],
    ["我们用了三千卡训练这个模型", [["三千卡", "count", 3000, "卡", null]]],
    ["他办了三张卡", []],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit diet: a blood pressure is two readings, in digits (140/90) and in words (一百四十九十)", () => {
  it.each([
    [
      "血压140/90",
      [
        ["140", "measure", 140, null, null],
        ["90", "measure", 90, null, null],
      ],
    ],
    [
      "他的血压是120/80",
      [
        ["120", "measure", 120, null, null],
        ["80", "measure", 80, null, null],
      ],
    ],
    [
      "血压一百四十九十",
      [
        ["一百四十", "measure", 140, null, null],
        ["九十", "measure", 90, null, null],
      ],
    ],
    // near-misses: a ratio stays a percent, a smaller first side is no reading, one number keeps its digits
    ["3/5的用户", [["3/5", "percent", 60, "%", null]]],
    ["血压正常的人里3/5的人", [["3/5", "percent", 60, "%", null]]],
    ["血压高的人有4/3", [["4/3", "percent", 133.33333333333334, "%", null]]],
    ["心率一百四十九", [["一百四十九", "measure", 149, null, null]]],
    ["二十三万", [["二十三万", "count", 230000, null, null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit diet: a body weight said with no unit, a waist in 尺 and 寸, a spoonful that a figure is per", () => {
  it.each([
    ["体重一百八", [["一百八", "measure", 180, null, null]]],
    [
      "我体重从一百八掉到了一百四",
      [
        ["一百八", "measure", 180, null, null],
        ["一百四", "measure", 140, null, null],
      ],
    ],
    ["腰围二尺三", [["二尺三", "measure", 2.3, "chi", null]]],
    ["腰围二尺三寸", [["二尺三寸", "measure", 2.3, "chi", null]]],
    ["腰围减了三寸", [["三寸", "measure", 3, "cun", null]]],
    ["这个粉一勺大概二十克蛋白", [["二十克", "measure", 20, "g", "about"]]],
    ["一勺油大概九十大卡", [["九十大卡", "measure", 90, "kcal", "about"]]],
    // near-misses: a weight with its unit, an idiom's 尺, a screen's 寸, a spoonful added, two spoonfuls
    ["我体重一百二十斤", [["一百二十斤", "measure", 120, "jin", null]]],
    ["冰冻三尺非一日之寒", []],
    ["6.7寸大屏", [["6.7寸", "measure", 6.7, "inch", null]]],
    ["加了一勺盐", [["一勺", "measure", 1, "spoon", null]]],
    [
      "每天两勺大概四十克",
      [
        ["两勺", "measure", 2, "spoon", null],
        ["四十克", "measure", 40, "g", "about"],
      ],
    ],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit rail: transport work in passenger-km and tonne-km is one unit, 人 and 吨 in it no unit of their own", () => {
  it.each([
    ["去年旅客周转量一万五千亿人公里", [["一万五千亿人公里", "measure", 1500000000000, "passenger-km", null]]],
    ["货运周转量三万亿吨公里左右", [["三万亿吨公里", "measure", 3000000000000, "t-km", "about"]]],
    // near-misses: tonnes, person-trips and kilometres alone keep their units
    ["去年铁路货运量五十亿吨", [["五十亿吨", "measure", 5000000000, "t", null]]],
    ["日均客流一千万人次左右", [["一千万人次", "count", 10000000, "人次", "about"]]],
    ["全国高铁运营里程超过四万五千公里", [["四万五千公里", "measure", 45000, "km", "over"]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit rail: 标准组 and 编组 count trainsets and the cars of one", () => {
  it.each([
    ["我们的动车组保有量四千多标准组", [["四千多标准组", "count", 4000, "标准组", "over"]]],
    ["我们有十六编组的复兴号", [["十六编组", "count", 16, "编组", null]]],
    // near-misses: 组 and 列 keep counting what they count
    ["一共来了四十多组乐队", [["四十多组", "count", 40, "组", "over"]]],
    ["现在一天开行旅客列车一万零八百列", [["一万零八百列", "count", 10800, "列", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit rail: a distance with 时速 right after it (四百五十三公里的时速) is a speed", () => {
  it.each([
    ["CR450跑出了四百五十三公里的时速", [["四百五十三公里", "measure", 453, "km/h", null]]],
    ["三百公里时速的列车已经很普遍了", [["三百公里", "measure", 300, "km/h", null]]],
    // near-misses: a distance before another speed's figure, or before a noun, stays a distance
    [
      "这条线三百公里时速两百五",
      [
        ["三百公里", "measure", 300, "km", null],
        ["两百五", "measure", 250, "km/h", null],
      ],
    ],
    [
      "这条线三百公里 时速 350",
      [
        ["三百公里", "measure", 300, "km", null],
        ["350", "measure", 350, "km/h", null],
      ],
    ],
    ["我们开了三百公里的路", [["三百公里", "measure", 300, "km", null]]],
    ["京沪高铁现在时速三百五十公里", [["三百五十公里", "measure", 350, "km/h", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit rail: a bare number a speed changes into (时速从一百六提到两百五) is a speed in its unit", () => {
  it.each([
    [
      "时速从一百六提到两百五",
      [
        ["一百六", "measure", 160, "km/h", null],
        ["两百五", "measure", 250, "km/h", null],
      ],
    ],
    [
      "时速从160公里提速到250",
      [
        ["160公里", "measure", 160, "km/h", null],
        ["250", "measure", 250, "km/h", null],
      ],
    ],
    [
      "时速三百五十公里提到了四百",
      [
        ["三百五十公里", "measure", 350, "km/h", null],
        ["四百", "measure", 400, "km/h", null],
      ],
    ],
    [
      "每小时三百五十公里降到了三百",
      [
        ["每小时三百五十公里", "measure", 350, "km/h", null],
        ["三百", "measure", 300, "km/h", null],
      ],
    ],
    // 提到 changes a percentage as 提高到 does
    [
      "电量从百分之十提到八十",
      [
        ["百分之十", "percent", 10, "%", null],
        ["八十", "percent", 80, "%", null],
      ],
    ],
    // near-misses: a distance is no speed, and a bare number after it with no change word stays bare
    ["路程从三百公里缩短到两百", [["三百公里", "measure", 300, "km", null]]],
    ["时速三百五十公里 我们有两百", [["三百五十公里", "measure", 350, "km/h", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit rail: train numbers, lines, exits, terminals and holidays are no figures", () => {
  it.each([
    ["坐G1234次到南京", []],
    ["D301是夜里的动卧", []],
    ["你坐3号线到底就行", []],
    ["二号线和十三号线在西直门换乘", []],
    ["从地铁站2号口出", []],
    ["首都机场T3航站楼", []],
    ["复兴号CR400AF是我们自己的标准", []],
    ["八纵八横的网基本上成型了", []],
    ["这是中国第一条高铁", []],
    ["上12306买票", []],
    ["五一的时候客流特别大", []],
    // near-misses: a count of lines and of stations stays a figure
    ["我们计划明年再开通三条线", [["三条", "count", 3, "条", null]]],
    ["坐了十二站才到", [["十二站", "count", 12, "站", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit rail: 刻钟 is a quarter of an hour, a duration in minutes; 一刻 of a clock or an idiom is none", () => {
  it.each([
    ["走路大概三刻钟", [["三刻钟", "duration", 45, "minute", "about"]]],
    ["走过去也就一刻钟左右", [["一刻钟", "duration", 15, "minute", "about"]]],
    ["差不多一个小时三刻钟", [["一个小时三刻钟", "duration", 1.75, "hour", "about"]]],
    // near-misses: a clock's quarter and the idiom 一刻 hold no duration
    ["我们三点一刻出发", []],
    ["下午两点三刻到站", []],
    ["一刻也不能等", []],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
  it("两三刻钟 is 30 to 45 minutes", () => {
    expectFigures("两三刻钟就到了", [{ text: "两三刻钟", kind: "duration", min: 30, max: 45, unit: "minute" }]);
  });
});

describe("audit rail: 人口 is one counter, so a bound after it bounds the figure", () => {
  it.each([
    [
      "高铁覆盖了百分之九十七的五十万人口以上城市",
      [
        ["百分之九十七", "percent", 97, "%", null],
        ["五十万人口", "count", 500000, "人口", "over"],
      ],
    ],
    ["一千万人口左右的城市", [["一千万人口", "count", 10000000, "人口", "about"]]],
    // near-misses: people with 人 and a rate's base of people keep what they are
    ["车厢定员一百一十八人", [["一百一十八人", "count", 118, "人", null]]],
    ["每十万人口发病率是千分之三", [["千分之三", "percent", 0.3, "%", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit capts: 翻一倍 without 了 doubles, as 翻了一倍 does", () => {
  it.each([
    ["明年规模可能翻一倍", [["翻一倍", "multiple", 2, null, null]]],
    ["销量会翻一倍", [["翻一倍", "multiple", 2, null, null]]],
    // near-misses: the forms already read stay as they were
    ["保额翻了一倍", [["翻了一倍", "multiple", 2, null, null]]],
    ["收入翻一番", [["翻一番", "multiple", 2, null, null]]],
    ["价格涨了一倍", [["一倍", "multiple", 1, null, null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit catering: 人均 alone before a bare amount is what a diner spends", () => {
  it.each([
    ["人均八十左右", [["八十", "money", 80, null, "about"]]],
    ["我们现在人均大概八十左右", [["八十", "money", 80, null, "about"]]],
    ["人均80", [["80", "money", 80, null, null]]],
    ["人均在一百二", [["一百二", "money", 120, null, null]]],
    // near-misses: a noun between (人均寿命), a counter and a unit of its own keep what they were
    ["人均寿命八十", []],
    ["人均两本书", []],
    ["人均住房面积三十平", [["三十平", "measure", 30, "m2", null]]],
    ["人均消费八十块钱", [["八十块钱", "money", 80, "CNY", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit catering: table turnover said with 台 as the counter (一天翻四台, 翻台率四台)", () => {
  it.each([
    ["生意好的时候一天翻四台", [["四台", "count", 4, "台", null]]],
    ["翻台率四台", [["四台", "count", 4, "台", null]]],
    ["翻台率是三台", [["三台", "count", 3, "台", null]]],
    ["一天能翻五次台", [["五次", "count", 5, "次", null]]],
    // near-misses: a small count of machines with no 翻 before stays discourse
    ["我们店里有两台机器", []],
    ["台上三台摄像机", []],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit catering: 米 before 线, 粉, 饭, 酒 is rice food, no metre; chain names with a numeral", () => {
  it.each([
    ["三两米线", [["三两", "measure", 3, "liang", null]]],
    ["我们一天卖一千碗米线", [["一千碗", "count", 1000, "碗", null]]],
    ["两米饭", []],
    ["七分甜在江苏开得很多", []],
    ["7分甜去年开了两百家", [["两百家", "count", 200, "家", null]]],
    ["半天妖烤鱼现在有一千多家", [["一千多家", "count", 1000, "家", "over"]]],
    ["一米阳光餐厅", []],
    // near-misses: a length, a height, a half day and a score keep their figures
    ["跑了一百米", [["一百米", "measure", 100, "m", null]]],
    ["一米八的个子", [["一米八", "measure", 1.8, "m", null]]],
    ["排队排了半天", [["半天", "duration", 0.5, "day", null]]],
    ["评分是7分", [["7分", "measure", 7, "points", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit catering: 两 after a numeral is a tael of food, drink or gold where the sentence names one", () => {
  it.each([
    [
      "一份二两的小面卖十块",
      [
        ["二两", "measure", 2, "liang", null],
        ["十块", "money", 10, "CNY", null],
      ],
    ],
    ["来二两面", [["二两", "measure", 2, "liang", null]]],
    ["五两饺子", [["五两", "measure", 5, "liang", null]]],
    ["三两粉现在开了八百多家", [["八百多家", "count", 800, "家", "over"]]],
    ["朝廷拨了白银三千万两", [["三千万两", "measure", 30000000, "liang", null]]],
    // near-misses: ranges of counts and durations, a number with 两 inside and 两两 keep what they were
    ["吃了三两个包子", []],
    ["肉要一两周才能到", [["一两周", "duration", 1, "week", null]]],
    ["面馆开了一两家", [["一两家", "count", 1, "家", null]]],
    ["一千两百家面馆", [["一千两百家", "count", 1200, "家", null]]],
    ["两两配对吃面", []],
    // no food, drink or gold in the sentence: no tael
    ["买了二两", []],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit platform: ad and growth metrics before their value are no model names (CTR, CAC, App)", () => {
  it.each([
    ["CTR百分之二点五", [["百分之二点五", "percent", 2.5, "%", null]]],
    ["CAC八十块", [["八十块", "money", 80, "CNY", null]]],
    ["LTV三百块左右", [["三百块", "money", 300, "CNY", "about"]]],
    ["我们的用户一天打开APP十几次", [["十几次", "count", 11, "次", null]]],
    ["每天刷App两个小时", [["两个小时", "duration", 2, "hour", null]]],
    // near-misses: versions and model names stay names
    ["这个App的3.0版本改了很多", []],
    ["我们第一个版本是iOS 14上线的", []],
    ["做个H5页面推广一下", []],
    ["他是阿里P8", []],
    ["5G出来以后短视频更火了", []],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit platform: an ad's return said as a ratio (ROI一比三, 投产比1:3) is one ratio", () => {
  it.each([
    ["投放ROI一比三", [["一比三", "measure", 1 / 3, "ratio", null]]],
    ["ROI能做到1:3", [["1:3", "measure", 1 / 3, "ratio", null]]],
    ["投产比大概是一比四", [["一比四", "measure", 0.25, "ratio", "about"]]],
    // near-misses: a multiple stays a multiple, a score with no ratio word stays no figure
    ["ROI三倍", [["三倍", "multiple", 3, null, null]]],
    ["比分是三比一", []],
    ["一比一还原", []],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit platform: N个点 right after a rate is its level in percent; after a verb of change, points", () => {
  it.each([
    ["点击率大概两个点", [["两个点", "percent", 2, "%", "about"]]],
    ["CTR一个点左右", [["一个点", "percent", 1, "%", "about"]]],
    ["次日留存是四十个点", [["四十个点", "percent", 40, "%", null]]],
    ["利率三个点", [["三个点", "percent", 3, "%", null]]],
    // near-misses: a change stays points, no rate before leaves 个 alone
    ["转化率提升了三个点", [["三个点", "percent", 3, "pp", null]]],
    ["三个点要讲", []],
    ["大盘三千个点", [["三千个点", "measure", 3000, "points", null]]],
    ["我们在全国布了200个点", [["200个", "count", 200, "个", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit platform: 兆 of an app's size or a phone's memory is MB", () => {
  it.each([
    ["安装包大小控制在50兆以内", [["50兆", "measure", 50, "MB", "under"]]],
    ["包体一百多兆", [["一百多兆", "measure", 100, "MB", "over"]]],
    ["老手机内存只有512兆", [["512兆", "measure", 512, "MB", null]]],
    // near-misses: a file with no app word stays out, a broadband speed and a sum of money keep their readings
    ["这个文件两兆", []],
    ["五百兆的宽带", [["五百兆", "measure", 500, "Mbps", null]]],
    ["营收2.9兆元", [["2.9兆元", "money", 2.9e12, "CNY", null]]],
    ["市值突破三十兆", [["三十兆", "money", 3e13, null, "over"]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit platform: shopping festivals, app names, round-the-clock and market sides are no figures", () => {
  it.each([
    ["客服是7×24小时在线的", []],
    ["7x24小时都有人值班", []],
    ["0元购这种玩法现在不让做了", []],
    ["2C的产品跟2B很不一样", []],
    ["做2B还是做2C", []],
    ["一千个读者就有一千个哈姆雷特", []],
    ["今年的618大促我们准备了很久", []],
    ["6.18那天服务器差点崩了", []],
    ["3.15晚会曝光了好几家平台", []],
    ["58同城当时也在做这个", []],
    ["4399是做小游戏起家的", []],
    ["我把文件都存在115网盘里", []],
    ["我们做的是1对1的辅导", []],
    // near-misses: a day's 24 hours, a price, a sum and readers counted stay figures
    ["客服是24小时在线的", [["24小时", "duration", 24, "hour", null]]],
    ["搞了个1元秒杀活动", [["1元", "money", 1, "CNY", null]]],
    ["融资2B", [["2B", "money", 2e9, null, null]]],
    ["我们有一千个读者", [["一千个", "count", 1000, "个", null]]],
    ["双11我们卖了一百万单", [["一百万单", "count", 1000000, "单", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit life: the turns of a life are counted (换了六份工作, 搬了九次家, 失败了三次)", () => {
  it.each([
    ["前前后后我换了六份工作", [["六份", "count", 6, "份", null]]],
    ["那几年我同时打三份工", [["三份", "count", 3, "份", null]]],
    ["在北京搬了九次家", [["九次", "count", 9, "次", null]]],
    ["创业失败了三次", [["三次", "count", 3, "次", null]]],
    ["他跳过四次槽", [["四次", "count", 4, "次", null]]],
    ["我离过两次婚", [["两次", "count", 2, "次", null]]],
    // near-misses: one job, a count of times said or gone, an exam retaken (an earlier audit's word), brothers
    ["我第一份工作月薪八百块", [["八百块", "money", 800, "CNY", null]]],
    ["我找到了一份工作", []],
    ["这件事我说了两次", []],
    ["北京我去过三次", []],
    ["托福考了三次", []],
    ["我们家兄弟三个", []],
    ["我的第一桶金是卖盗版光盘赚的", []],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit robots: decimals in words before a measure word that opens with 千 (一点五千瓦时 is 1.5 kWh, no 一点 and 5)", () => {
  it.each([
    ["电池容量是一点五千瓦时", [["一点五千瓦时", "measure", 1.5, "kWh", null]]],
    ["峰值功率二点五千瓦", [["二点五千瓦", "measure", 2.5, "kW", null]]],
    ["整机重量零点八千克", [["零点八千克", "measure", 0.8, "kg", null]]],
    ["一次充电能走一点五千米", [["一点五千米", "measure", 1.5, "km", null]]],
    // near-misses: a whole number before the same words, a decimal before another unit and a digit decimal stay
    ["功率是两千瓦", [["两千瓦", "measure", 2, "kW", null]]],
    ["负载是三千克", [["三千克", "measure", 3, "kg", null]]],
    ["储能一点五兆瓦时", [["一点五兆瓦时", "measure", 1.5, "MWh", null]]],
    ["电池是1.5千瓦时", [["1.5千瓦时", "measure", 1.5, "kWh", null]]],
    // 十 after the decimal digits is a clock's minutes still, no figure
    ["三点五十分开会", []],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit robots: 自由度 counts degrees of freedom without 个; 1X is a robot maker, no factor of one", () => {
  it.each([
    [
      "全身28自由度 单臂7自由度",
      [
        ["28自由度", "count", 28, "自由度", null],
        ["7自由度", "count", 7, "自由度", null],
      ],
    ],
    ["1X的NEO预售价两万美元", [["两万美元", "money", 20000, "USD", null]]],
    ["1X这家公司是挪威的", []],
    ["1X公司拿了一亿美元融资", [["一亿美元", "money", 100000000, "USD", null]]],
    // near-misses: 个自由度 keeps its counter; a multiple in X, also of one, stays
    ["全身有四十三个自由度", [["四十三个", "count", 43, "个", null]]],
    ["效率提升了11X", [["11X", "multiple", 11, null, null]]],
    ["效率提升1X", [["1X", "multiple", 1, null, null]]],
    // traps of the genre: model names, arms by their axes, legs and sensors by their number
    ["宇树的G1卖得很好 H1是全尺寸的", []],
    ["这是一个6轴机械臂 那个是7轴的", []],
    ["四足机器人比双足简单很多", []],
    ["手腕上有六维力传感器", []],
    ["现在是具身智能1.0的阶段", []],
    ["这个机器人十八般武艺样样精通", []],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit robots: a force in newtons (牛顿; 牛 where a force is spoken of), a slope in degrees (二十度的坡)", () => {
  it.each([
    ["手指的抓握力是十五牛", [["十五牛", "measure", 15, "N", null]]],
    ["指尖力可以到二十牛顿", [["二十牛顿", "measure", 20, "N", null]]],
    ["夹持力大概三十牛左右", [["三十牛", "measure", 30, "N", "about"]]],
    ["推力800千牛", [["800千牛", "measure", 800, "kN", null]]],
    ["它能爬二十度的坡", [["二十度", "measure", 20, "°", null]]],
    ["也能上十五度斜坡", [["十五度", "measure", 15, "°", null]]],
    // near-misses: torque keeps N·m, cattle their counter, 牛 with no force word is none, a turn and a temperature
    ["关节峰值扭矩是45牛米", [["45牛米", "measure", 45, "N·m", null]]],
    ["他们家有二十头牛", [["二十头", "count", 20, "头", null]]],
    ["这个团队有二十牛人", []],
    ["转了360度", []],
    ["现在气温三十度", [["三十度", "measure", 30, "°C", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit robots: a market's size and an order's worth are money (市场规模会到一万亿, 一个亿的订单)", () => {
  it.each([
    ["市场规模会到一万亿", [["一万亿", "money", 1000000000000, null, null]]],
    ["市场空间有五千亿", [["五千亿", "money", 500000000000, null, null]]],
    ["我们拿了一个亿的订单", [["一个亿", "money", 100000000, null, null]]],
    ["签了五千万的订单", [["五千万", "money", 50000000, null, null]]],
    // near-misses: a counter keeps the count, an order volume counts orders
    ["市场规模一百万台", [["一百万台", "count", 1000000, "台", null]]],
    ["上个月拿到了五百台订单", [["五百台", "count", 500, "台", null]]],
    ["平台有一千万的订单量", [["一千万", "count", 10000000, null, null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit formats: compute and link rates spelled out in a translated keynote", () => {
  it.each([
    ["每秒3.6 exaflops的FP4算力", [["3.6 exaflops", "measure", 3.6, "EFLOPS", null]]],
    ["单卡能到20 petaflops", [["20 petaflops", "measure", 20, "PFLOPS", null]]],
    ["每个端口1.6Tb每秒", [["1.6Tb每秒", "measure", 1.6, "Tbps", null]]],
    ["每个端口800Gb/s", [["800Gb/s", "measure", 800, "Gbps", null]]],
    // near-misses: storage in TB stays storage, a number format (FP4) and a bare T are no figures
    ["内存带宽达到每秒576TB", [["576TB", "measure", 576, "TB", null]]],
    ["用的是FP4精度", []],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit formats: a caption cut between a figure in digits and its unit (the text stays the digits)", () => {
  it.each([
    ["每瓦性能提高了25\n倍", [["25", "multiple", 25, null, null]]],
    ["性能是它的2.5\n倍", [["2.5", "multiple", 2.5, null, null]]],
    // near-misses: two numbers on two captions stay apart, and what opens the next caption is no bound of the figure
    ["营收增长了20%\n以上就是我们的情况", [["20%", "percent", 20, "%", null]]],
    ["我们有2\n3个人在做", [["3个人", "count", 3, "个人", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit panel: a number with its own 多 before a lone 一 and a unit is a price per unit, the base no figure", () => {
  it.each([
    ["碳酸锂跌到现在七万多一吨", [["七万多", "money", 70000, null, "over"]]],
    [
      "从60万一吨跌到七万多一吨",
      [
        ["60万", "money", 600000, null, null],
        ["七万多", "money", 70000, null, "over"],
      ],
    ],
    ["他工资两万多一个月", [["两万多", "money", 20000, null, "over"]]],
    // near-misses: "a bit over" keeps its own reading; one ton bought keeps its figure; no 一 after the 多
    ["涨到6万亿多一点", [["6万亿多", "count", 6e12, null, "over"]]],
    [
      "买了一吨花了8000元",
      [
        ["一吨", "measure", 1, "t", null],
        ["8000元", "money", 8000, "CNY", null],
      ],
    ],
    ["产量七万多吨", [["七万多吨", "measure", 70000, "t", "over"]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit space: satellites on one rocket (一箭二十二星) and launches in 发, traps of the genre", () => {
  it.each([
    ["这是一箭二十二星", [["二十二星", "count", 22, "星", null]]],
    ["这次是一箭18星", [["18星", "count", 18, "星", null]]],
    ["这次我们是一箭十星", [["十星", "count", 10, "星", null]]],
    ["SpaceX现在一周两发", [["两发", "count", 2, "发", null]]],
    ["火箭今年只打了三发", [["三发", "count", 3, "发", null]]],
    ["长征今年打了五十多发", [["五十多发", "count", 50, "发", "over"]]],
    ["长征六号改已经飞了五次", [["五次", "count", 5, "次", null]]],
    ["这枚助推器飞过二十次", [["二十次", "count", 20, "次", null]]],
    // near-misses: no numeral in 一箭多星, 星 with no 一箭 is no counter, 发 with no launch is none, a few times
    // said or gone stay discourse
    ["我们做过一箭多星", []],
    ["五星级酒店有三十家", [["三十家", "count", 30, "家", null]]],
    ["一箭双雕 五星好评", []],
    ["一箭双雕 拿了五星", []],
    ["一周两发 这个频率国内还做不到", []],
    ["他说了两次", []],
    // traps of the genre: vehicles and missions by number, stages, pads, ordinals, a countdown, an idiom
    ["长征五号的近地轨道运力是二十五吨左右", [["二十五吨", "measure", 25, "t", "about"]]],
    ["神舟20号的航天员在轨待了六个月", [["六个月", "duration", 6, "month", null]]],
    ["猎鹰9号一年发射了一百三十多次", [["一百三十多次", "count", 130, "次", "over"]]],
    ["星舰V3的运力能到一百吨以上", [["一百吨", "measure", 100, "t", "over"]]],
    ["Starship第十次试飞终于成功了", []],
    ["一级回收成功了 二级发动机关机", []],
    ["在三号发射工位", []],
    ["零点火之后", []],
    ["T减十秒", []],
    ["T减 10秒", []],
    ["第一宇宙速度是最低的入轨速度", []],
    ["我们有上九天揽月的梦想", []],
    ["航天科技集团八院负责这个", []],
    // …while the value of a named speed, a countdown's days and a stay of nine days stay figures
    ["第一宇宙速度是每秒七点九公里", [["每秒七点九公里", "measure", 7.9, "km/s", null]]],
    ["倒计时还有三十天", [["三十天", "duration", 30, "day", null]]],
    ["他们在太空待了九天", [["九天", "duration", 9, "day", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit callqa: 进一步 (further) is no step and lends no unit to a later figure", () => {
  it.each([
    ["后年可能会进一步降到三十五亿上下", [["三十五亿", "count", 3500000000, null, "about"]]],
    ["人口進一步增加到三百万", [["三百万", "count", 3000000, null, null]]],
    // near-misses: steps counted stay steps
    ["每天走一万步", [["一万步", "count", 10000, "步", null]]],
    ["进了一步又走了一万步", [["一万步", "count", 10000, "步", null]]],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit luxury: promotions in words, price moves in 个点, boutique and resale prices, traps of the genre", () => {
  it.each([
    // 满X减Y said in words is two amounts of money, as in digits
    [
      "双十一全场五折起 满三千减三百",
      [
        ["五折", "percent", 50, "%", null],
        ["三千", "money", 3000, "CNY", null],
        ["三百", "money", 300, "CNY", null],
      ],
    ],
    [
      "每满两百减二十 叠加店铺券再减三十",
      [
        ["两百", "money", 200, "CNY", null],
        ["二十", "money", 20, "CNY", null],
        ["三十", "money", 30, "CNY", null],
      ],
    ],
    // near-misses: a year served, a sum and a waiver have no promotion
    ["满一年减半", [["减半", "percent", 50, "%", null]]],
    ["3减2等于1", [["1", "count", 1, null, null]]],
    ["满十八岁减免学费", [["十八岁", "measure", 18, "age", null]]],
    // a price moved by N个点 is a move in percent
    ["价格至少要涨五个点", [["五个点", "percent", 5, "%", "over"]]],
    ["今年涨价了五个点", [["五个点", "percent", 5, "%", null]]],
    ["明年会再提价三个点左右", [["三个点", "percent", 3, "%", "about"]]],
    ["价格上调了三个点", [["三个点", "percent", 3, "%", null]]],
    // near-misses: an index's points, points to make, a rate's move stays percentage points
    ["大盘涨了30个点", [["30个点", "measure", 30, "points", null]]],
    ["这次降价 有三个点要说明", []],
    ["毛利率掉了三个点", [["三个点", "percent", 3, "pp", null]]],
    ["股价涨了五个点", [["五个点", "percent", 5, "%", null]]],
    // list, boutique and resale prices of watches and bags said without 元
    ["香奈儿2.55现在官方价已经六万多了", [["六万多", "money", 60000, null, "over"]]],
    ["劳力士以前公价十万出头", [["十万", "money", 100000, null, "over"]]],
    ["专柜价是四万五", [["四万五", "money", 45000, null, null]]],
    ["这个包的二手价大概两万", [["两万", "money", 20000, null, "about"]]],
    ["二手价炒到了三十多万", [["三十多万", "money", 300000, null, "over"]]],
    ["现在溢价五万", [["五万", "money", 50000, null, null]]],
    // near-misses: a premium in tenths or times keeps its unit; a count of price rises keeps its reading
    ["溢价三成", [["三成", "percent", 30, "%", null]]],
    ["溢价两倍", [["两倍", "multiple", 2, null, null]]],
    ["价格已经三次上调了", []],
    ["二手价只有原价的六折", [["六折", "percent", 60, "%", null]]],
    // traps of the genre: perfumes, bags, reference numbers, stores and malls, tiers, a fixed price
    ["香奈儿5号是全世界最有名的香水", []],
    ["百达翡丽5711停产了", []],
    ["劳力士116500是熊猫迪", []],
    ["这款包是Birkin 30", []],
    ["爱马仕Birkin 25和30是最难买的", []],
    ["我们在国贸三期开了一家店", []],
    ["7号店是我们的旗舰店", []],
    ["一线品牌在二线城市开店越来越多", []],
    ["这个价格是一口价 不讲价的", []],
    ["他是我们的三号人物", []],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit docu: 三天三夜 is 'endlessly', no three days", () => {
  it.each([
    ["三天三夜也说不完这里的故事", []],
    ["他三天三夜没合眼", []],
    // near-misses: days stated stay figures
    ["小店停业了三天", ["三天"]],
    ["展会一共开三天 每晚到十点", ["三天"]],
  ] as [string, string[]][])("%s", (text, want) => {
    expect(figures(text).map((f) => f.text)).toEqual(want);
  });
});

describe("audit baijiu: channel prices, pack sizes in g, and counts of a brand's outlets", () => {
  it.each([
    // a spirit's wholesale street price, shelf price, dealer's price and average order said without 元
    [
      "飞天53度500毫升的批价大概在2200左右",
      [
        ["500毫升", "measure", 500, "mL", null],
        ["2200", "money", 2200, null, "about"],
      ],
    ],
    ["茅台1935现在的批价也就七百多", [["七百多", "money", 700, null, "over"]]],
    ["明年我们预计批价会稳在一千二上下", [["一千二", "money", 1200, null, "about"]]],
    ["价格会维持在九百左右", [["九百", "money", 900, null, "about"]]],
    [
      "我们的客单价是380，终端价一千五左右",
      [
        ["380", "money", 380, null, null],
        ["一千五", "money", 1500, null, "about"],
      ],
    ],
    // grams on a pack of cosmetics or food, and the price said after the pack's size
    [
      "他们家的面霜50g卖一千二",
      [
        ["50g", "measure", 50, "g", null],
        ["一千二", "money", 1200, null, null],
      ],
    ],
    [
      "一罐奶粉800g卖三百多",
      [
        ["800g", "measure", 800, "g", null],
        ["三百多", "money", 300, null, "over"],
      ],
    ],
    // the brand's outlets and dealers counted
    ["我们会在抖音上再开五个直播间", [["五个", "count", 5, "个", null]]],
    ["我们新签了八家经销商", [["八家", "count", 8, "家", null]]],
    // near-misses: a spirit's strength, a product's number, a model's number, a network generation, outlets pointed at
    ["这个52度的五粮液和53度的茅台口感差别挺大", []],
    ["国窖1573和茅台1935都是产品名", []],
    ["防晒我们主推SPF50的那一款", []],
    ["5g手机现在卖得很好", []],
    ["现在5g已经普及了，我们装了5g基站", []],
    ["这两个直播间风格不一样", []],
    ["这两家店风格不一样", []],
    ["这个批价的问题我们讨论了三次", []],
    ["价格会议开了三次", []],
    ["年轻人喝酒就喜欢一口闷", []],
    ["你别看它十三香卖得便宜", []],
  ] as [string, unknown[]][])("%s", (text, want) => {
    expect(rows(text)).toEqual(want);
  });
});

describe("audit presser: a dashed age range naming a group, and 起 after a price with its currency", () => {
  it.each([
    ["9月份不包含在校生的25—29岁劳动力失业率为7.2%。", [{ text: "7.2%", kind: "percent", value: 7.2 }]],
    ["16-24岁的青年失业率为17.7%。", [{ text: "17.7%", kind: "percent", value: 17.7 }]],
    ["星辰S7的预售价是22.98万元起。", [{ text: "22.98万元", kind: "money", value: 229800, approx: "over" }]],
    [
      "限时优惠价14.98万元起，套餐3000元起步。",
      [
        { text: "14.98万元", kind: "money", value: 149800, unit: "CNY", approx: "over" },
        { text: "3000元", kind: "money", value: 3000, unit: "CNY", approx: "over" },
      ],
    ],
    ["理财产品1万元起购。", [{ text: "1万元", kind: "money", value: 10000, approx: "over" }]],
    // near-misses: a dashed age range the clause states stays a figure; 起 after a bare number, a discount, or
    // opening a verb of its own bounds nothing
    ["用户集中在25-35岁。", [{ text: "25-35岁", kind: "measure", min: 25, max: 35 }]],
    [
      "年龄在18-25岁之间的用户占三成。",
      [
        { text: "18-25岁", min: 18, max: 25 },
        { text: "三成", value: 30 },
      ],
    ],
    ["新车起售价15.98万元。", [{ text: "15.98万元", kind: "money", value: 159800, approx: null }]],
    ["他们索赔一百万元起诉了我们。", [{ text: "一百万元", kind: "money", value: 1000000, approx: null }]],
    ["全场五折起。", [{ text: "五折", kind: "percent", value: 50, approx: null }]],
    ["今年共发生交通事故25起。", [{ text: "25起", kind: "count", value: 25, approx: null }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit techvlog: process nodes near a processor or its maker, core counts, megapixels", () => {
  it.each([
    ["M4 Pro 的 CPU 是 14核 GPU 是 20核", [{ text: "14核", kind: "count", value: 14, unit: "核" }, { text: "20核" }]],
    [
      "这颗芯片是12核CPU加16核GPU",
      [
        { text: "12核", kind: "count", value: 12 },
        { text: "16核", value: 16 },
      ],
    ],
    [
      "120W快充 1英寸大底 50MP主摄",
      [{ text: "120W" }, { text: "1英寸" }, { text: "50MP", kind: "measure", value: 50 }],
    ],
    ["200MP 潜望长焦", [{ text: "200MP", kind: "measure", value: 200, unit: "MP" }]],
    // near-misses: a node named where a processor, its maker or its use is spoken of is no figure; a length measured
    // stays one; 核 of a word of its own, or with no processor spoken of, counts no cores
    ["后年 苹果 可能 会 用上 2nm", []],
    ["明年 iPhone 18 会用上 2nm", []],
    ["高通 明年 会 用上 2纳米", []],
    ["这颗处理器是3nm的", []],
    ["新冠病毒直径大约100纳米", [{ text: "100纳米", kind: "measure", value: 100, approx: "about" }]],
    ["蓝光的波长是450纳米", [{ text: "450纳米", kind: "measure", value: 450 }]],
    ["CPU的厚度只有5纳米", [{ text: "5纳米", kind: "measure", value: 5 }]],
    ["这里有两个核心原因", []],
    ["去年建了3核电站", []],
    ["小区做了5次核酸 CPU", [{ text: "5次", kind: "count", value: 5 }]],
    ["IMX989 光圈 f/1.6", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit metals: commodity prices per tonne, price moves, rates per year, ounces", () => {
  it.each([
    // an about word between a number with no unit and its per-unit base: the base is no 1-tonne figure
    ["304不锈钢现在的价格是一万四左右一吨", [{ text: "一万四", kind: "money", value: 14000, approx: "about" }]],
    ["废钢八万左右一吨", [{ text: "八万", kind: "money", value: 80000, approx: "about" }]],
    // a price's per-unit phrase before the change word: the price it falls to is money too
    [
      "碳酸锂从60万一吨跌到7万",
      [
        { text: "60万", kind: "money", value: 600000 },
        { text: "7万", kind: "money", value: 70000 },
      ],
    ],
    [
      "碳酸锂价格从60万元一吨跌到了7万",
      [
        { text: "60万元", kind: "money", value: 600000, unit: "CNY" },
        { text: "7万", kind: "money", value: 70000, unit: "CNY" },
      ],
    ],
    // a bound word before a per phrase bounds the figure after it
    ["明年铜价可能会突破每吨一万美元", [{ text: "一万美元", kind: "money", value: 10000, approx: "over" }]],
    ["铁矿石跌破每吨100美元", [{ text: "100美元", kind: "money", value: 100, approx: "under" }]],
    ["金价超过每盎司2600美元", [{ text: "2600美元", kind: "money", value: 2600, approx: "over" }]],
    ["我们今年的黄金产量是三十万盎司", [{ text: "三十万盎司", kind: "measure", value: 300000, unit: "oz" }]],
    // a commodity's price word and market verbs of a price's move
    ["钢价在三千二左右", [{ text: "三千二", kind: "money", value: 3200, approx: "about" }]],
    ["煤价涨到了八百多", [{ text: "八百多", kind: "money", value: 800, approx: "over" }]],
    [
      "价格从三千八拉到了四千二",
      [
        { text: "三千八", kind: "money", value: 3800 },
        { text: "四千二", kind: "money", value: 4200 },
      ],
    ],
    // a noun that opens with a modal (需求, 能耗) is no modal and verb: its 一年 is the base of a rate
    ["5G基站对铜的需求一年大概是几十万吨", [{ text: "几十万吨", kind: "measure", unit: "t", approx: "vague" }]],
    ["能耗一年下降了三成", [{ text: "三成", kind: "percent", value: 30 }]],
    // near-misses: year after year is no span; a count per class stays no price; contract codes, grades and steel
    // numbers stay no figures; a duration after a real modal and verb stays one
    ["用户的需求一年比一年高", []],
    ["库存一周比一周多", []],
    ["学生三百左右一个年级", []],
    ["RB2505合约今天涨停了", []],
    ["45号钢和Q235都是常用的钢种", []],
    ["油价涨了3倍", [{ text: "3倍", kind: "multiple", value: 3 }]],
    ["价格跌了三次", []],
    ["我们得等一个小时", [{ text: "一个小时", kind: "duration", value: 1, unit: "hour" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a lone 一块 at a caption line's end after a verb of a price's change is yuan", () => {
  it.each([
    ["油价又涨了一块\n司机都受不了", [{ text: "一块", kind: "money", value: 1, unit: "CNY" }]],
    ["每斤便宜了一块\n大家都来买", [{ text: "一块", kind: "money", value: 1, unit: "CNY" }]],
    ["门票降价一块 \n还是没人来", [{ text: "一块", kind: "money", value: 1, unit: "CNY" }]],
    // near-misses: no verb of a price's change (a piece of, run on to what it counts), or no line end after it
    ["我们换了一块\n新的屏幕", []],
    ["手机又多了一块\n地方放电池", []],
    ["他买了一块\n手表", []],
    ["价格涨了一块屏幕的钱", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit gig: gig workers' pay, fares, rewards, fines and deposits", () => {
  it.each([
    // a fare's base price, guaranteed pay, a reward, a bonus and money docked: a bare amount after them is money
    ["差评扣五十", [{ text: "五十", kind: "money", value: 50 }]],
    [
      "一个差评扣五十 一个投诉扣两百",
      [
        { text: "五十", kind: "money", value: 50 },
        { text: "两百", kind: "money", value: 200 },
      ],
    ],
    ["冲单奖励两百", [{ text: "两百", kind: "money", value: 200 }]],
    ["奖金两百", [{ text: "两百", kind: "money", value: 200 }]],
    ["保底一天两百", [{ text: "两百", kind: "money", value: 200 }]],
    // what a ride costs, said after the price word with 也就
    [
      "起步价才八块 跑一趟机场也就六七十",
      [
        { text: "八块", kind: "money", value: 8, unit: "CNY" },
        { text: "六七十", kind: "money", min: 60, max: 70 },
      ],
    ],
    // pay taken home by the month or the day
    ["站长一个月拿一万二", [{ text: "一万二", kind: "money", value: 12000 }]],
    ["一天能拿三百", [{ text: "三百", kind: "money", value: 300 }]],
    // a bare 万 after 过 before a verdict or an adverb: over 10,000
    ["月入过万是有的", [{ text: "万", kind: "money", value: 10000, approx: "over" }]],
    ["工资过万也正常", [{ text: "万", kind: "money", value: 10000, approx: "over" }]],
    // near-misses: a count, a duration or points keep their units; a count in words of heads stays discourse;
    // 过万 inside names and poems holds no number
    ["保底两百单", [{ text: "两百单", kind: "count", value: 200 }]],
    ["保底三年", [{ text: "三年", kind: "duration", value: 3 }]],
    ["扣了五分", [{ text: "五分", kind: "measure", value: 5 }]],
    ["奖励了三个人", []],
    ["这个月拿了三个奖", []],
    ["我去过万达广场", []],
    ["轻舟已过万重山", []],
    [
      "原价599 他也就三十岁",
      [
        { text: "599", kind: "money", value: 599 },
        { text: "三十岁", kind: "measure", value: 30 },
      ],
    ],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit srtpod: sports money (年薪, 周薪, 转播权), league acronyms, seasons, installments, scores", () => {
  it.each([
    // pay after a figure is no unit of years: the figure is the pay
    ["平均下来五千多万年薪 这个在联盟里排第一", [{ text: "五千多万", kind: "money", value: 5e7, approx: "over" }]],
    ["他拿了两百万年终奖", [{ text: "两百万", kind: "money", value: 2e6 }]],
    // a sum split into payments: 分 is the verb, no points
    [
      "他的签字费是八百万分两年付清",
      [
        { text: "八百万", kind: "money", value: 8e6 },
        { text: "两年", kind: "duration", value: 2, unit: "year" },
      ],
    ],
    ["学费八千 分两次交", [{ text: "八千", kind: "money", value: 8000 }]],
    ["这笔钱三十万分期付款", [{ text: "三十万", kind: "money", value: 300000 }]],
    // money words of sport make a bare figure money
    ["他的周薪 三十万", [{ text: "三十万", kind: "money", value: 300000 }]],
    [
      "他的周薪是三十万英镑 一年下来一千五百多万",
      [
        { text: "三十万英镑", kind: "money", value: 300000, unit: "GBP" },
        { text: "一千五百多万", kind: "money", value: 1.5e7, approx: "over" },
      ],
    ],
    ["他说 明年的转播权 会卖到一百亿以上", [{ text: "一百亿", kind: "money", value: 1e10, approx: "over" }]],
    [
      "中超的转播权 之前是五年八十亿",
      [
        { text: "五年", kind: "duration", value: 5 },
        { text: "八十亿", kind: "money", value: 8e9 },
      ],
    ],
    ["他现在身价一个亿", [{ text: "一个亿", kind: "money", value: 1e8 }]],
    [
      "他今年35岁 还拿了两千万的合同",
      [
        { text: "35岁", kind: "measure", value: 35, unit: "age" },
        { text: "两千万", kind: "money", value: 2e7 },
      ],
    ],
    ["今年三百万分红", [{ text: "三百万", kind: "money", value: 3e6 }]],
    // a league's acronym glued to a figure lets it be read
    ["然后NBA五千万美元的奢侈税线", [{ text: "五千万美元", kind: "money", value: 5e7, unit: "USD" }]],
    ["NBA5000万美元的奢侈税线", [{ text: "5000万美元", kind: "money", value: 5e7, unit: "USD" }]],
    // a season named by its years is no figure, even in talk of pay
    ["2024-25赛季 工资帽是一亿四千万美元", [{ text: "一亿四千万美元", kind: "money", value: 1.4e8, unit: "USD" }]],
    ["2024赛季 他的年薪是三千万", [{ text: "三千万", kind: "money", value: 3e7 }]],
    ["2024-2025赛季 他的年薪是三千万", [{ text: "三千万", kind: "money", value: 3e7 }]],
    // a jersey number and a score are no figures
    ["23号球员今年年薪四千万", [{ text: "四千万", kind: "money", value: 4e7 }]],
    ["最后比分3比2 门票收入三百万", [{ text: "三百万", kind: "money", value: 3e6 }]],
    // near-misses: years before 薪水 or 终于 stay years; points after a pause, or before 期末, stay points; a
    // counted contract and a rights holder stay counts; a game named after a league stays a name; a count of seasons
    // stays a count
    ["他三年薪水都没涨", [{ text: "三年", kind: "duration", value: 3, unit: "year" }]],
    ["等了三年终于拿到冠军", [{ text: "三年", kind: "duration", value: 3, unit: "year" }]],
    [
      "合同三年年薪两千万",
      [
        { text: "三年", kind: "duration", value: 3, unit: "year" },
        { text: "两千万", kind: "money", value: 2e7 },
      ],
    ],
    ["他上一场拿了41分 两次罚球都没进", [{ text: "41分", kind: "measure", value: 41, unit: "points" }]],
    [
      "他期中考了90分期末考了95分",
      [
        { text: "90分", kind: "measure", value: 90, unit: "points" },
        { text: "95分", kind: "measure", value: 95, unit: "points" },
      ],
    ],
    ["他考了90分给他妈看", [{ text: "90分", kind: "measure", value: 90, unit: "points" }]],
    ["我们今年签了三百份合同", [{ text: "三百份", kind: "count", value: 300 }]],
    ["版权方有二十家", [{ text: "二十家", kind: "count", value: 20 }]],
    ["他玩NBA2K25玩了一晚上", []],
    ["他玩NBA 2K25玩了一晚上", []],
    ["GPT5年内会出来", []],
    [
      "他打了十五个赛季 年薪三千万",
      [
        { text: "十五个", kind: "count", value: 15 },
        { text: "三千万", kind: "money", value: 3e7 },
      ],
    ],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("what is rented (租的) is paid for by the month as rent is", () => {
  it.each([
    ["电瓶车是租的 一个月三百", [{ text: "三百", kind: "money", value: 300 }]],
    ["房子是租的，一个月三千二", [{ text: "三千二", kind: "money", value: 3200 }]],
    ["租的那套房子一年下来两万多", [{ text: "两万多", kind: "money", value: 20000, approx: "over" }]],
    // near-misses: those who rent counted, what is rented measured or counted keeps its unit
    ["租的人有三百多", []],
    ["我们租的仓库有三千平", [{ text: "三千平", kind: "measure", value: 3000 }]],
    ["租的车一共有三百辆", [{ text: "三百辆", kind: "count", value: 300 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit points: index points and percentage points in market talk shows, across caption spaces", () => {
  it.each([
    // 点 of an index before a caption space ends the figure: no decimal read across the pause (was 500.3 days)
    [
      "恒指跌了五百点 三天累计跌了一千二百点",
      [
        { text: "五百点", kind: "measure", value: 500, unit: "points" },
        { text: "三天", kind: "duration", value: 3, unit: "day" },
        { text: "一千二百点", kind: "measure", value: 1200, unit: "points" },
      ],
    ],
    [
      "恒指收在两万点 五个交易日跌了八百点",
      [
        { text: "两万点", kind: "measure", value: 20000, unit: "points" },
        { text: "五个交易日", kind: "duration", value: 5, unit: "day" },
        { text: "八百点", kind: "measure", value: 800, unit: "points" },
      ],
    ],
    // N个点 of an index: 10 and more its points, under 10 a move in percent (traders' 点)
    ["恒指跌了两百多个点", [{ text: "两百多个点", kind: "measure", value: 200, unit: "points", approx: "over" }]],
    ["大盘三千个点", [{ text: "三千个点", kind: "measure", value: 3000, unit: "points" }]],
    ["大盘今天涨了两个点", [{ text: "两个点", kind: "percent", value: 2, unit: "%" }]],
    ["券商板块今天涨了三个多点", [{ text: "三个多点", kind: "percent", value: 3, unit: "%", approx: "over" }]],
    // a rate raised or cut by N个点: percentage points; basis points as BP
    ["利率上调两个点", [{ text: "两个点", kind: "percent", value: 2, unit: "pp" }]],
    ["存款利率下调了一个点", [{ text: "一个点", kind: "percent", value: 1, unit: "pp" }]],
    ["这次加息了50个BP", [{ text: "50个BP", kind: "percent", value: 0.5, unit: "pp" }]],
    // a rate's level reached: percent
    ["涨幅收窄到两个多点", [{ text: "两个多点", kind: "percent", value: 2, unit: "%", approx: "over" }]],
    // a bare number an index changes into keeps its points
    [
      "沪指从三千点跌到两千八",
      [
        { text: "三千点", kind: "measure", value: 3000, unit: "points" },
        { text: "两千八", kind: "measure", value: 2800, unit: "points" },
      ],
    ],
    [
      "恒指从两万点涨到两万一",
      [
        { text: "两万点", kind: "measure", value: 20000, unit: "points" },
        { text: "两万一", kind: "measure", value: 21000, unit: "points" },
      ],
    ],
    // a number with no unit after a verb of an index's reach is the index's level (was money in talk of money)
    [
      "融资余额1.8万亿 如果沪指跌破三千二 就要止损",
      [
        { text: "1.8万亿", kind: "money", value: 1.8e12 },
        { text: "三千二", kind: "measure", value: 3200, unit: "points", approx: "under" },
      ],
    ],
    ["恒指失守两万", [{ text: "两万", kind: "measure", value: 20000, unit: "points" }]],
    // an exchange rate after a caption space is no currency of the figure before it (was ¥100)
    [
      "美元指数跌破了100 人民币汇率升到了7.1附近",
      [
        { text: "100", kind: "measure", value: 100, unit: "points", approx: "under" },
        { text: "7.1", kind: "measure", value: 7.1, unit: null, approx: "about" },
      ],
    ],
    // near-misses: a decimal split by a space before a percentage word or with nothing after stays one; a clock
    // before a caption space; points with no market or rate; a price's points; a fund beating the index; files
    // counted; a rate's move beside an index's; a currency after a space; a speed changed into
    ["四点 五个百分点", [{ text: "四点 五个百分点", kind: "percent", value: 4.5, unit: "pp" }]],
    ["下午三点 五天以后再说", [{ text: "五天", kind: "duration", value: 5, unit: "day" }]],
    ["门店涨了两个点", []],
    ["在全国布了200个点", [{ text: "200个", kind: "count", value: 200, unit: "个" }]],
    ["价格上调了两个点", [{ text: "两个点", kind: "percent", value: 2, unit: "%" }]],
    ["这个月跑赢了大盘30个点", [{ text: "30个", kind: "count", value: 30, unit: "个" }]],
    ["收到了30个BP的文件", [{ text: "30个", kind: "count", value: 30, unit: "个" }]],
    [
      "沪指今天涨了两个点 毛利率掉了三个点",
      [
        { text: "两个点", kind: "percent", value: 2 },
        { text: "三个点", kind: "percent", value: 3, unit: "pp" },
      ],
    ],
    ["这个要100 人民币", [{ text: "100 人民币", kind: "money", value: 100, unit: "CNY" }]],
    ["利润跌破三千二", [{ text: "三千二", kind: "money", value: 3200, unit: null, approx: "under" }]],
    [
      "沪指今天站上三千二 收入跌破三千万",
      [
        { text: "三千二", kind: "measure", value: 3200, unit: "points" },
        { text: "三千万", kind: "money", value: 30000000, unit: null, approx: "under" },
      ],
    ],
    [
      "时速从一百六提到两百五",
      [
        { text: "一百六", kind: "measure", value: 160, unit: "km/h" },
        { text: "两百五", kind: "measure", value: 250, unit: "km/h" },
      ],
    ],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit edu: school talk", () => {
  it.each([
    // a class named by the year it graduates is no figure (a season's years alike); editions counted stay counts
    ["我们2025届毕业生有九百多人", [{ text: "九百多人", kind: "count", value: 900, approx: "over" }]],
    ["我们 2024届 有三百二十个学生考上了985", [{ text: "三百二十个", kind: "count", value: 320 }]],
    ["运动会一共开了8届", [{ text: "8届", kind: "count", value: 8 }]],
    // X点Y分 after a change or a score is a decimal of points, not a clock's minutes
    ["这次月考平均分提高了八点五分", [{ text: "八点五分", kind: "measure", value: 8.5, unit: "points" }]],
    ["他数学比上次多考了 十二点五分", [{ text: "十二点五分", kind: "measure", value: 12.5, unit: "points" }]],
    ["分数线下降了三点五分", [{ text: "三点五分", kind: "measure", value: 3.5, unit: "points" }]],
    // near-misses: a clock time stays one
    ["我们八点五分开始上课", []],
    ["明天早上八点五分开会", []],
    ["到了八点五分还没来", []],
    // a school's classes and campuses counted are figures; a class pointed at or one class stays words
    ["我们计划再开两个实验班", [{ text: "两个", kind: "count", value: 2 }]],
    ["我们有三个校区", [{ text: "三个", kind: "count", value: 3 }]],
    ["这两个实验班的成绩差不多", []],
    ["三个班要一百多", []],
    ["一个班四十五个人", [{ text: "四十五个人", kind: "count", value: 45 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("an exam's score said without 分 after 考了", () => {
  it.each([
    ["高考只考了五百八", [{ text: "五百八", kind: "measure", value: 580 }]],
    ["这次考了六百二十多", [{ text: "六百二十多", kind: "measure", value: 620, approx: "over" }]],
    ["数学考了一百四十五分", [{ text: "一百四十五分", kind: "measure", value: 145, unit: "points" }]],
    // near-misses: times taken, years spent, a rank, places counted keep what they are
    ["他考了三次才过", []],
    ["考了三年公务员", [{ text: "三年", kind: "duration", value: 3, unit: "year" }]],
    ["考了第一名", []],
    ["他考了5级", []],
    ["这次考了五百八左右", [{ text: "五百八", kind: "measure", value: 580, approx: "about" }]],
    ["我们去考了两个地方", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit law: sentences, fines, sums of a case, compensation rules, parties and property", () => {
  it.each([
    // a term of days after a verb of detention or suspension, 日 as written
    ["他被行政拘留十日 罚款五百元", [{ text: "十日", kind: "duration", value: 10, unit: "day" }, { text: "五百元" }]],
    ["他被拘留了十五日", [{ text: "十五日", kind: "duration", value: 15, unit: "day" }]],
    ["责令停业整顿三十日", [{ text: "三十日", kind: "duration", value: 30, unit: "day" }]],
    ["收到判决书后十五日内可以上诉", [{ text: "十五日", kind: "duration", value: 15, unit: "day" }]],
    // the money of a case: raised, defrauded, taken, in dispute, recovered
    ["他们非法集资八千万", [{ text: "八千万", kind: "money", value: 8e7 }]],
    ["这个案子标的额一个多亿", [{ text: "一个多亿", kind: "money", value: 1e8, approx: "over" }]],
    ["他受贿两千万", [{ text: "两千万", kind: "money", value: 2e7 }]],
    ["他挪用公款五百多万", [{ text: "五百多万", kind: "money", value: 5e6, approx: "over" }]],
    ["至少追回一百万", [{ text: "一百万", kind: "money", value: 1e6, approx: "over" }]],
    ["他骗了两百多万", [{ text: "两百多万", kind: "money", value: 2e6, approx: "over" }]],
    // a compensation rule names its factor; its 一 counts nothing
    ["根据消费者权益保护法第五十五条 商家要退一赔三", [{ text: "退一赔三", kind: "multiple", value: 3 }]],
    ["卖假货的话是假一赔十", [{ text: "假一赔十", kind: "multiple", value: 10 }]],
    // the parties of a case and property seized are counts a court report states
    ["检察院对其中的五名被告人提起公诉", [{ text: "五名", kind: "count", value: 5 }]],
    ["警方抓获三名犯罪嫌疑人", [{ text: "三名", kind: "count", value: 3 }]],
    [
      "法院冻结了他名下三套房产和两千万存款",
      [
        { text: "三套", kind: "count", value: 3 },
        { text: "两千万", kind: "money", value: 2e7 },
      ],
    ],
    // a span completed (满): the threshold of a rule
    ["工作满一年的支付经济补偿", [{ text: "一年", kind: "duration", value: 1, unit: "year" }]],
    // 多的话 after a caption space opens a condition of its own: no 多 joined to the figure before
    [
      "至少能拿到二十万 多的话可能五十万",
      [
        { text: "二十万", value: 2e5, approx: "over" },
        { text: "五十万", value: 5e5, approx: null },
      ],
    ],
    // near-misses: a day alone stays a date, articles and case numbers no figures, a chained 赔 stays none, people
    // and ordinary small counts stay discourse, a full day stays a word, a counted party after 骗 keeps its counter
    ["他是12月5日被拘留的", []],
    ["5日拘留了三个人", []],
    ["依据刑法第二百六十六条", []],
    ["案号是（2023）沪0115民初4567号", []],
    ["这两名同事都去了", []],
    ["我们家一套房子", []],
    ["二套房的利率是三点四五", [{ text: "三点四五", kind: "percent", value: 3.45 }]],
    ["满满一天的行程", []],
    ["他骗了七十多位老人", [{ text: "七十多位", kind: "count", value: 70 }]],
    ["追回三名逃犯", []],
    ["标的公司有三十家", [{ text: "三十家", kind: "count", value: 30 }]],
    ["赔了二十万 多一点", [{ text: "二十万", kind: "money", value: 2e5, approx: "over" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a range whose lower end has places of its own keeps them (三千到一万: no 3000万 lent)", () => {
  it.each([
    ["罚款三千到一万", [{ text: "三千到一万", kind: "money", min: 3000, max: 10000 }]],
    ["三千到五万块", [{ text: "三千到五万块", kind: "money", min: 3000, max: 50000, unit: "CNY" }]],
    ["人数在八千到两万之间", [{ text: "八千到两万", kind: "count", min: 8000, max: 20000 }]],
    ["价格在五千到两万之间", [{ text: "五千到两万", kind: "money", min: 5000, max: 20000 }]],
    // the upper end's scale is still lent where it stays below it
    ["两千到三千万", [{ text: "两千到三千万", kind: "count", min: 20000000, max: 30000000 }]],
    ["三到五万", [{ text: "三到五万", kind: "count", min: 30000, max: 50000 }]],
    // near-misses: a lower end not below the upper one is no range; a lone digit lends nothing back
    ["五万到三千", [{ text: "五万", kind: "count", value: 50000 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit weather: disaster and weather news", () => {
  it.each([
    // a small count of people that tells the dead, the missing, the injured or the trapped is a figure, 一 too
    [
      "截至昨天 已经有七人死亡 两人失踪",
      [
        { text: "七人", kind: "count", value: 7 },
        { text: "两人", kind: "count", value: 2 },
      ],
    ],
    [
      "事故造成一人死亡 三人受伤",
      [
        { text: "一人", kind: "count", value: 1 },
        { text: "三人", kind: "count", value: 3 },
      ],
    ],
    [
      "死亡七人 失踪两人",
      [
        { text: "七人", kind: "count", value: 7 },
        { text: "两人", kind: "count", value: 2 },
      ],
    ],
    ["有七个人死亡", [{ text: "七个人", kind: "count", value: 7 }]],
    ["三名游客被困", [{ text: "三名", kind: "count", value: 3 }]],
    ["一名工人受伤", [{ text: "一名", kind: "count", value: 1 }]],
    // near-misses: people doing something else, pointed back at, a possessor, anyone, a vote each
    ["两人聊天", []],
    ["这两个人受伤了", []],
    ["他们两人的死亡 让我很难过", []],
    ["一个人受伤的时候", []],
    ["一人一票", []],
    // weather figures of the genre
    ["最大小时雨量八十毫米", [{ text: "八十毫米", kind: "measure", value: 80, unit: "mm" }]],
    ["明天早晨 最低气温零下八度到零下三度", [{ text: "零下八度到零下三度", kind: "measure", min: -8, max: -3 }]],
    [
      "发生五点八级地震 震源深度十公里",
      [
        { text: "五点八级", value: 5.8 },
        { text: "十公里", value: 10 },
      ],
    ],
    ["水位超警戒水位一点二米", [{ text: "一点二米", kind: "measure", value: 1.2, unit: "m" }]],
    // labels: a typhoon's number and a response level are no figures
    ["今年第五号台风 预计明天下午登陆", []],
    ["国家减灾委启动了国家四级救灾应急响应", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit travel: tourism and hospitality talk", () => {
  it.each([
    // a 一 that opens a night or a head of one after 百, 千 or a scale is the price's base, not its shorthand next place
    ["淡季房价也就四五百一晚", [{ text: "四五百", kind: "money", min: 400, max: 500 }]],
    ["房价三百一晚", [{ text: "三百", kind: "money", value: 300 }]],
    ["房价两千一位", [{ text: "两千", kind: "money", value: 2000 }]],
    // near-misses: the shorthand 一 with no head after it, and 一千 of a numeral, stay one run
    ["门票涨到了三百一", [{ text: "三百一", kind: "money", value: 310 }]],
    ["房价三百一", [{ text: "三百一", kind: "money", value: 310 }]],
    ["三万一千人", [{ text: "三万一千人", kind: "count", value: 31000 }]],
    // a bare amount right after 一晚上 is a night's price
    ["旺季的时候一晚上八百多", [{ text: "八百多", kind: "money", value: 800, approx: "over" }]],
    // near-misses: an evening's sales with a verb between, a counter or a unit after, stay as they were
    ["一晚上卖了两百", []],
    ["一晚上来了两百多人", [{ text: "两百多人", kind: "count", value: 200 }]],
    ["一晚上睡了八个小时", [{ text: "八个小时", kind: "duration", value: 8 }]],
    // routes opened more or new and a travel business's houses are counted; a bare 开 or one pointed at stays words
    ["明年暑期我们计划再开两条新的旅游线路", [{ text: "两条", kind: "count", value: 2 }]],
    ["今年新开了两条国际航线", [{ text: "两条", kind: "count", value: 2 }]],
    ["我们在三亚有两家酒店", [{ text: "两家", kind: "count", value: 2 }]],
    ["这两条线路卖得最好", []],
    ["他开了两条玩笑", []],
    ["走了两条路", []],
    // grades name no figure; 人次 counts visits
    ["我们有十二家5A级景区", [{ text: "十二家", kind: "count", value: 12 }]],
    ["我们县里只有一家三甲医院", []],
    ["四星级以上酒店的平均入住率在百分之七十左右", [{ text: "百分之七十", kind: "percent", value: 70 }]],
    ["国庆黄金周接待游客八百多万人次", [{ text: "八百多万人次", kind: "count", value: 8000000, unit: "人次" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a range with an end of only its order of magnitude known is one vague range", () => {
  it.each([
    ["罚款从几千到几万都有", [{ text: "几千到几万", kind: "money", min: 2000, max: 90000, approx: "vague" }]],
    [
      "赔偿金额每人几万到几十万不等",
      [{ text: "几万到几十万", kind: "money", min: 20000, max: 900000, approx: "vague" }],
    ],
    ["几十到几百人", [{ text: "几十到几百人", kind: "count", min: 20, max: 900, unit: "人", approx: "vague" }]],
    ["几十万到一百万", [{ text: "几十万到一百万", kind: "count", min: 200000, max: 1000000, approx: "vague" }]],
    // near-miss: ends that overlap are two figures
    [
      "几万到三万",
      [
        { text: "几万", kind: "count", min: 20000, max: 90000 },
        { text: "三万", kind: "count", value: 30000 },
      ],
    ],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit clinic: doctors' and pharma talk (trials, drug prices, doses, hospitals)", () => {
  it.each([
    // 集 opening a word (集采, 集中) after a figure, a caption pause maybe between, counts no episodes
    [
      "CDK4/6抑制剂一个月的药费大概一万五 集采以后降到了两千出头",
      [
        { text: "一万五", kind: "money", value: 15000, approx: "about" },
        { text: "两千", kind: "money", value: 2000, approx: "over" },
      ],
    ],
    ["三十集中在一线城市", []],
    ["这部剧一共拍了三十集", [{ text: "三十集", kind: "count", value: 30, unit: "集" }]],
    // blood pressure and blood sugar have units of their own: no length of 130 mm
    ["收缩压要控制在一百三十毫米汞柱以下", [{ text: "一百三十毫米汞柱", value: 130, unit: "mmHg", approx: "under" }]],
    [
      "血压一百四十/九十毫米汞柱",
      [
        { text: "一百四十", value: 140, unit: "mmHg" },
        { text: "九十毫米汞柱", value: 90, unit: "mmHg" },
      ],
    ],
    [
      "空腹血糖七个毫摩尔每升以下",
      [{ text: "七个毫摩尔每升", kind: "measure", value: 7, unit: "mmol/L", approx: "under" }],
    ],
    ["血钾3.5mmol/L", [{ text: "3.5mmol/L", value: 3.5, unit: "mmol/L" }]],
    // near-miss: a length stays a length
    [
      "肿瘤从五厘米缩小到了两厘米",
      [
        { text: "五厘米", unit: "cm" },
        { text: "两厘米", unit: "cm" },
      ],
    ],
    // 不到 that opens a possessive phrase bounds the figure after it, not the one before
    [
      "一年的治疗费用大约十万元 不到原来的三分之一",
      [
        { text: "十万元", value: 100000, approx: "about" },
        { text: "三分之一", kind: "percent", approx: "under" },
      ],
    ],
    [
      "价格降到了十万元 不到原来的一半",
      [
        { text: "十万元", approx: null },
        { text: "一半", approx: "under" },
      ],
    ],
    // near-misses: 不到 after the figure with no figure of its own after it still bounds it
    ["一年的治疗费用大约十万元不到", [{ text: "十万元", approx: "under" }]],
    ["一年不到的时间", [{ text: "一年", kind: "duration", approx: "under" }]],
    // a price falls to a bare amount in a later clause, a caption pause for its comma
    [
      "这个药原来一支要一万多 谈判进了医保以后降到了三千八",
      [
        { text: "一万多", kind: "money", value: 10000, approx: "over" },
        { text: "三千八", kind: "money", value: 3800 },
      ],
    ],
    [
      "平时一晚两百 春节那几天能到三千多",
      [
        { text: "两百", kind: "money" },
        { text: "三千多", kind: "money", value: 3000 },
      ],
    ],
    [
      "门店去年三十家 今年开到五十",
      [
        { text: "三十家", kind: "count" },
        { text: "五十", kind: "count", value: 50, unit: "家" },
      ],
    ],
    // near-misses: sales or a rank fall to a number of another matter
    ["一盒卖两百 销量降到了三十", [{ text: "两百", kind: "money" }]],
    ["一台卖五千 后来排名降到了三百", [{ text: "五千", kind: "money" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit farm: farmers', livestock and rural-economy talk", () => {
  it.each([
    // 的 before a price under 10 said on after 块 (its jiao, 多): yuan, as without 的
    [
      "猪价从去年的七块多涨到现在的九块三",
      [
        { text: "七块", kind: "money", value: 7, approx: "over" },
        { text: "九块三", kind: "money", value: 9.3 },
      ],
    ],
    ["涨到了今年的两块五左右", [{ text: "两块五", kind: "money", value: 2.5, approx: "about" }]],
    // near-misses: pieces and parts after 的 stay no figure; meat and a triangle cut in pieces hold no jiao
    ["剩下的两块", []],
    ["这是很重要的一块", []],
    ["切下来的两块五花肉", []],
    ["买了两块五花肉", []],
    ["剩下的两块三角形的地", []],
    ["一块三毛一斤", [{ text: "一块三毛", kind: "money", value: 1.3 }]],
    // 分 of land, 垧; 分 alone in a grain price is fen, elsewhere a score
    ["一分地能种两百棵白菜", [{ text: "一分地", kind: "measure", value: 1, unit: "fen" }, { text: "两百棵" }]],
    ["我家有三垧地", [{ text: "三垧", kind: "measure", value: 3, unit: "shang" }]],
    [
      "收购价比去年低了五分 一斤一块零五",
      [
        { text: "五分", kind: "money", value: 0.05, unit: "CNY" },
        { text: "一块零五", kind: "money", value: 1.05 },
      ],
    ],
    ["玉米一斤涨了两分", [{ text: "两分", kind: "money", value: 0.02 }]],
    ["考试考了五分", [{ text: "五分", kind: "measure", value: 5, unit: "points" }]],
    ["性价比我打八分 价格还行", [{ text: "八分", kind: "measure", value: 8, unit: "points" }]],
    ["价格贵了五分之一", [{ text: "五分之一", kind: "percent", value: 20 }]],
    // a yield per one mu with 收: the base is no figure; 收了一亩 keeps it
    ["玉米一亩地能收八百来斤", [{ text: "八百来斤", kind: "measure", value: 800, unit: "jin", approx: "about" }]],
    ["今天收了一亩", [{ text: "一亩", kind: "measure", value: 1, unit: "mu" }]],
    // a loss in 万 is money; 幸亏 is luck, no loss: its count keeps its counter
    ["开头那几年 一年亏个三四万", [{ text: "三四万", kind: "money", min: 30000, max: 40000 }]],
    ["幸亏有两百人帮忙", [{ text: "两百人", kind: "count", value: 200 }]],
    // livestock priced by the head with a verb of selling; a head count stays one
    ["一头牛能卖一万二", [{ text: "一万二", kind: "money", value: 12000 }]],
    ["存栏两千头", [{ text: "两千头", kind: "count", value: 2000 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit port: shipping, ports and logistics talk", () => {
  it.each([
    // a price said again across a caption's pause, then or now, is a price too (as after a comma)
    [
      "运价一个大柜涨到了八千美金 上个月才三千多",
      [
        { text: "八千美金", kind: "money", value: 8000, unit: "USD" },
        { text: "三千多", kind: "money", value: 3000, approx: "over" },
      ],
    ],
    [
      "原价两百 现在一百六",
      [
        { text: "两百", kind: "money", value: 200 },
        { text: "一百六", kind: "money", value: 160 },
      ],
    ],
    // near-misses: no pause, or a count with its counter after the word of now
    ["原价两百现在一百六", [{ text: "两百", kind: "money", value: 200 }]],
    [
      "门票原来八十 现在来了一百六十个人",
      [
        { text: "八十", kind: "money", value: 80 },
        { text: "一百六十个人", kind: "count", value: 160 },
      ],
    ],
    // a trip or a container of one before a bare amount prices it; a freight word before a container base too
    ["司机师傅说一车货跑一趟一千二", [{ text: "一千二", kind: "money", value: 1200 }]],
    ["一个大柜要八千", [{ text: "八千", kind: "money", value: 8000 }]],
    ["运费一个大柜三千二", [{ text: "三千二", kind: "money", value: 3200 }]],
    ["海运费每吨八十", [{ text: "八十", kind: "money", value: 80 }]],
    ["运价现在八千", [{ text: "八千", kind: "money", value: 8000 }]],
    ["报价是三千二", [{ text: "三千二", kind: "money", value: 3200 }]],
    // near-misses: a unit or a counter after the base keeps it; an index of rates is no price; placeless digits
    ["一趟两个小时", [{ text: "两个小时", kind: "duration", value: 2 }]],
    ["一个柜二十吨", [{ text: "二十吨", kind: "measure", value: 20, unit: "t" }]],
    ["一个柜能装两千箱", [{ text: "两千箱", kind: "count", value: 2000 }]],
    ["运价指数现在一千五左右", [{ text: "一千五", kind: "measure", value: 1500 }]],
    ["运价涨了三成", [{ text: "三成", kind: "percent", value: 30 }]],
    ["一趟两三", []],
    // a number before 周末 (or 周边, 周转) across a pause is no count of weeks
    ["一天卖三百 周末卖五百", []],
    ["平时三百 周末五百", []],
    ["船期延误两周是常态", [{ text: "两周", kind: "duration", value: 2, unit: "week" }]],
    ["六到八周", [{ text: "六到八周", kind: "duration", min: 6, max: 8 }]],
    // boxes handled (自然箱) are counted; a bare number going on from a count across a pause keeps its counter
    [
      "卸船效率是每小时三十五自然箱 今年提到了四十二",
      [
        { text: "三十五自然箱", kind: "count", value: 35, unit: "自然箱" },
        { text: "四十二", kind: "count", value: 42, unit: "自然箱" },
      ],
    ],
    [
      "门店去年三十家 今年开到五十了",
      [
        { text: "三十家", kind: "count", value: 30 },
        { text: "五十", kind: "count", value: 50, unit: "家" },
      ],
    ],
    // near-miss: a clock time far below the count stays out
    ["一天卖两百单 干到了十二", [{ text: "两百单", kind: "count", value: 200 }]],
    // a one after a rate's own count is the base of what one carries, no count of one
    [
      "这个航线每周两班 一班船大概装一万两千个标箱",
      [
        { text: "两班", kind: "count", value: 2 },
        { text: "一万两千个标箱", kind: "measure", value: 12000, unit: "TEU" },
      ],
    ],
    ["每天一个小时", [{ text: "一个小时", kind: "duration", value: 1 }]],
    ["每周练四次", [{ text: "四次", kind: "count", value: 4 }]],
    // figures of the genre; codes of voyages and container types are no figures
    ["今年我们集装箱吞吐量突破五千万标箱", [{ text: "五千万标箱", kind: "measure", value: 5e7, unit: "TEU" }]],
    ["去年全港货物吞吐量十三亿吨", [{ text: "十三亿吨", kind: "measure", value: 1.3e9, unit: "t" }]],
    ["今年海运费翻了四倍", [{ text: "四倍", kind: "multiple", value: 4 }]],
    ["单票成本降到一块四了", [{ text: "一块四", kind: "money", value: 1.4, unit: "CNY" }]],
    ["中远海运那条船是2401航次 订的是40HQ的柜子", []],
    ["我们发的是20GP", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit house: real-estate agents', developers' and homebuyers' talk", () => {
  it.each([
    // a commission or an agent's fee in 个点 is a share of the price in percent
    [
      "佣金两个点 中介费一个点",
      [
        { text: "两个点", kind: "percent", value: 2, unit: "%" },
        { text: "一个点", kind: "percent", value: 1, unit: "%" },
      ],
    ],
    ["佣金有的能谈到零点五个点", [{ text: "零点五个点", kind: "percent", value: 0.5, unit: "%" }]],
    ["佣金大概两个点", [{ text: "两个点", kind: "percent", value: 2, approx: "about" }]],
    // near-misses: money after a fee word, and 个点 with no fee or rate
    ["中介费三千", [{ text: "三千", kind: "money", value: 3000 }]],
    ["门店开了三个点", []],
    ["我们谈到三个点要讲", []],
    // storeys counted after a word of a total; a floor one lives on is a label
    ["这栋楼一共三十三层", [{ text: "三十三层", kind: "count", value: 33, unit: "层" }]],
    ["总共有二十六层", [{ text: "二十六层", kind: "count", value: 26 }]],
    ["我住二十三层", []],
    ["住在十八楼", []],
    // 首套房 after a price is a first home, no songs; 二套 a second home, no count of two
    [
      "均价五万二 首套房利率三点零五",
      [
        { text: "五万二", kind: "money", value: 52000 },
        { text: "三点零五", kind: "percent", value: 3.05, unit: "%" },
      ],
    ],
    [
      "开盘卖了两百多套 首套利率三点零五 二套三点四五",
      [
        { text: "两百多套", kind: "count", value: 200, approx: "over" },
        { text: "三点零五", kind: "percent", value: 3.05 },
        { text: "三点四五", kind: "percent", value: 3.45 },
      ],
    ],
    ["这个盘卖了十二套", [{ text: "十二套", kind: "count", value: 12 }]],
    ["唱了三十首歌", [{ text: "三十首", kind: "count", value: 30 }]],
    // 老破小 is an old small flat: its price is no "nearly"
    [
      "楼下的学区房一平要十二万 一套五十平的老破小六百万",
      [
        { text: "十二万", kind: "money", value: 120000 },
        { text: "五十平", kind: "measure", value: 50, unit: "m2" },
        { text: "六百万", value: 6e6, approx: null },
      ],
    ],
    ["花了小一万", [{ text: "一万", value: 10000, approx: "nearly" }]],
    // figures of the genre
    ["均价六万八一平", [{ text: "六万八", kind: "money", value: 68000 }]],
    [
      "单价跌到了四万出头 总价八百万",
      [
        { text: "四万", kind: "money", value: 40000, approx: "over" },
        { text: "八百万", kind: "money", value: 8e6 },
      ],
    ],
    [
      "月供一万二 贷了三十年 利率三点一",
      [
        { text: "一万二", kind: "money", value: 12000 },
        { text: "三十年", kind: "duration", value: 30, unit: "year" },
        { text: "三点一", kind: "percent", value: 3.1 },
      ],
    ],
    [
      "一百四十平的三居 建面八十九平",
      [
        { text: "一百四十平", kind: "measure", value: 140, unit: "m2" },
        { text: "八十九平", kind: "measure", value: 89, unit: "m2" },
      ],
    ],
    ["这块地楼面价两万八", [{ text: "两万八", kind: "money", value: 28000 }]],
    ["库存去化周期十八个月", [{ text: "十八个月", kind: "duration", value: 18, unit: "month" }]],
    ["三室两厅两卫 离地铁三号线走路五分钟", [{ text: "五分钟", kind: "duration", value: 5, unit: "minute" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit game: figures of games industry talk and esports commentary", () => {
  it.each([
    // a version in the clause of a score word is no score; a second score still is
    ["评分9.1 原神4.0版本", [{ text: "9.1", kind: "measure", value: 9.1 }]],
    [
      "评分9.1 第二季是8.7",
      [
        { text: "9.1", kind: "measure", value: 9.1 },
        { text: "8.7", kind: "measure", value: 8.7 },
      ],
    ],
    // 首 opening a game word (首充, 首销, 首测) is no counter of songs across a caption pause
    [
      "ARPPU三百多 首充六块",
      [
        { text: "三百多", value: 300, unit: null },
        { text: "六块", kind: "money", value: 6, unit: "CNY" },
      ],
    ],
    [
      "首销卖了十万 首测两百万人预约",
      [
        { text: "十万", kind: "count", value: 1e5, unit: null },
        { text: "两百万人", kind: "count", value: 2e6 },
      ],
    ],
    ["一场唱了三十多首歌", [{ text: "三十多首", kind: "count", value: 30, unit: "首" }]],
    // paying users and requests are counted, 付费 and a price said before them notwithstanding
    ["我们在全球有两千多万付费用户", [{ text: "两千多万", kind: "count", value: 2e7, approx: "over" }]],
    [
      "这台主机的售价是三千九百九十九元 服务器能扛住每秒十万的请求",
      [
        { text: "三千九百九十九元", kind: "money", value: 3999 },
        { text: "十万", kind: "count", value: 1e5 },
      ],
    ],
    // a game top-up is money; a battery charged is none
    ["他一个人在这个游戏里充了两百多万", [{ text: "两百多万", kind: "money", value: 2e6 }]],
    ["充值一共八万多", [{ text: "八万多", kind: "money", value: 8e4 }]],
    ["他在游戏里氪了十几万", [{ text: "十几万", kind: "money" }]],
    ["充了电能跑四百", []],
    // figures of the genre; titles, seasons, scores of a match and 648 alone are no figures
    [
      "画面从60帧提到了120帧",
      [
        { text: "60帧", value: 60, unit: "fps" },
        { text: "120帧", value: 120, unit: "fps" },
      ],
    ],
    ["同时在线两百万", [{ text: "两百万", kind: "count", value: 2e6 }]],
    ["王者荣耀 2077 FIFA 25 黑神话 都是很好的作品", []],
    ["S13赛季 比分三比一 这是他们第五次夺冠", []],
    ["很多人一单648", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit ecom: figures of live-commerce talk (prices, coupons, commissions)", () => {
  it.each([
    // a retail price by its shape ends in 99 in words as in digits, after a word of selling or a price already read
    [
      "官方旗舰店卖两千九百九十九 今天直播间一千九百九十九",
      [
        { text: "两千九百九十九", kind: "money", value: 2999 },
        { text: "一千九百九十九", kind: "money", value: 1999 },
      ],
    ],
    ["卖了一千九百九十九台", [{ text: "一千九百九十九台", kind: "count", value: 1999, unit: "台" }]],
    ["只要三百九十九", []],
    ["他们家卖了九十九年", [{ text: "九十九年", kind: "duration", value: 99, unit: "year" }]],
    // the stream's price words, a coupon's cut, and what a host gives the audience after a price word
    [
      "日常价一百二十九 今天给到大家六十九",
      [
        { text: "一百二十九", kind: "money", value: 129 },
        { text: "六十九", kind: "money", value: 69 },
      ],
    ],
    ["直播间价四十九", [{ text: "四十九", kind: "money", value: 49 }]],
    ["还可以领券立减二十", [{ text: "二十", kind: "money", value: 20 }]],
    ["直降五百", [{ text: "五百", kind: "money", value: 500 }]],
    ["直降三成", [{ text: "三成", kind: "percent", value: 30 }]],
    ["今天给到大家六十九", []],
    ["今天给到大家三百份", [{ text: "三百份", kind: "count", value: 300, unit: "份" }]],
    // 个点 after a bare verb of change, a reach, or in a sentence already speaking in percent
    [
      "去年是百分之十八 今年涨了七个点",
      [
        { text: "百分之十八", kind: "percent", value: 18 },
        { text: "七个点", kind: "percent", value: 7, unit: "pp" },
      ],
    ],
    ["如果佣金再涨五个点", [{ text: "五个点", kind: "percent", value: 5, unit: "pp" }]],
    ["有的头部主播 佣金要到三十个点", [{ text: "三十个点", kind: "percent", value: 30, unit: "%" }]],
    ["门店要到三个点", []],
    ["门店涨了两个点", []],
    [
      "去年是百分之十八 大盘涨了三十个点",
      [
        { text: "百分之十八", kind: "percent", value: 18 },
        { text: "三十个点", kind: "measure", value: 30 },
      ],
    ],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit auto: figures of electric-car talk", () => {
  it.each([
    // 度 alone is kWh where the sentence speaks of a battery, from 10 up
    ["对 电池是一百度的 麒麟电池", [{ text: "一百度", kind: "measure", value: 100, unit: "kWh" }]],
    ["七十五度的电池", [{ text: "七十五度", kind: "measure", value: 75, unit: "kWh" }]],
    // …and 一块 before it is "a piece of", no yuan
    [
      "一块一百度的电池包 成本就是四万块左右",
      [
        { text: "一百度", kind: "measure", value: 100, unit: "kWh" },
        { text: "四万块", kind: "money", value: 4e4, unit: "CNY", approx: "about" },
      ],
    ],
    [
      "一块五十寸的屏幕 成本八百块",
      [
        { text: "五十寸", value: 50 },
        { text: "八百块", kind: "money", value: 800 },
      ],
    ],
    // near-misses: times, a slope, a temperature, a turn; a price of 一块 with its jiao
    ["这款电池两度起火", []],
    ["电池很大 爬坡能力是三十五度", [{ text: "三十五度", value: 35, unit: "°" }]],
    ["电池温度到了四十度", [{ text: "四十度", value: 40, unit: "°C" }]],
    ["电池包转了九十度", []],
    ["猪肉一块五一斤", [{ text: "一块五", kind: "money", value: 1.5, unit: "CNY" }]],
    ["成本就一块零五", [{ text: "一块零五", kind: "money", value: 1.05, unit: "CNY" }]],
    // a half after 分 given as a score is half a point
    ["我给这台车打八分半", [{ text: "八分半", kind: "measure", value: 8.5, unit: "points" }]],
    ["我给它打个九分半", [{ text: "九分半", kind: "measure", value: 9.5, unit: "points" }]],
    // near-misses: a run's time and a wait stay a minute and a half
    ["他跑了八分半", [{ text: "八分半", kind: "duration", value: 8.5, unit: "minute" }]],
    ["再给两分半钟", [{ text: "两分半", kind: "duration", value: 2.5, unit: "minute" }]],
    // a scale with places named after it is a figure, no title (a trim's price, said with the next places)
    ["长续航版是二十四万九千八", [{ text: "二十四万九千八", value: 249800 }]],
    [
      "起售价二十一万九千八 长续航版是二十四万九千八",
      [
        { text: "二十一万九千八", kind: "money", value: 219800 },
        { text: "二十四万九千八", kind: "money", value: 249800 },
      ],
    ],
    ["这个版本是二十四万九千八百", [{ text: "二十四万九千八百", value: 249800 }]],
    // near-misses: a title's number, a model's
    ["哪吒2票房", []],
    ["小米SU7和问界M9", []],
  ] as [string, Want[]][])("%s", expectFigures);
  it.each([
    // a car maker's orders are cars counted, though the talk is of money
    ["锁单的话 差不多三万出头吧", ["count 三万"]],
    ["大定差不多三万出头吧", ["count 三万"]],
    // near-miss: with no such noun the talk of money keeps it money
    ["差不多三万出头吧", ["money 三万"]],
  ])("%s", (text, want) => expect(kinds(text, true)).toEqual(want));
});

describe("audit sports: players' stats, goals, games won, players signed, a game's gate, a margin of points", () => {
  it.each([
    // a player's stats after their counter are counts, small ones too
    [
      "23号本赛季打进了二十个球 还有七次助攻",
      [
        { text: "二十个", kind: "count", value: 20 },
        { text: "七次", kind: "count", value: 7 },
      ],
    ],
    [
      "他本赛季场均二十八分 六个篮板",
      [
        { text: "二十八分", kind: "measure", value: 28 },
        { text: "六个", kind: "count", value: 6 },
      ],
    ],
    [
      "他得了三十分 十个篮板 十次助攻",
      [
        { text: "三十分", kind: "measure", value: 30 },
        { text: "十个", kind: "count", value: 10 },
        { text: "十次", kind: "count", value: 10 },
      ],
    ],
    ["他有八次抢断", [{ text: "八次", kind: "count", value: 8 }]],
    ["他投了三个三分", [{ text: "三个", kind: "count", value: 3 }]],
    ["他这个赛季拿了两张黄牌", [{ text: "两张", kind: "count", value: 2 }]],
    // goals, 球 said or left unsaid after a verb of scoring
    ["第89分钟 我们又连进了两个球", [{ text: "两个", kind: "count", value: 2 }]],
    ["他打进了两球", [{ text: "两球", kind: "count", value: 2 }]],
    // games won, lost or missed
    [
      "他们这赛季赢了九场 输了三场",
      [
        { text: "九场", kind: "count", value: 9 },
        { text: "三场", kind: "count", value: 3 },
      ],
    ],
    ["我们连赢了五场比赛", [{ text: "五场", kind: "count", value: 5 }]],
    // players signed
    ["我们计划引进两名外援", [{ text: "两名", kind: "count", value: 2 }]],
    ["有三名球员受伤", [{ text: "三名", kind: "count", value: 3 }]],
    // a game's average gate is people, a contract said before it notwithstanding
    [
      "他的合同还有两年\n上赛季场均大概是三万八左右",
      [
        { text: "两年", kind: "duration", value: 2 },
        { text: "三万八", kind: "count", value: 38000, approx: "about" },
      ],
    ],
    [
      "合同两千万 球迷有三万八",
      [
        { text: "两千万", kind: "money", value: 2e7 },
        { text: "三万八", kind: "count", value: 38000 },
      ],
    ],
    // 十分 before a bound is ten points, no "very"
    ["落后十分以内的球队", [{ text: "十分", kind: "measure", value: 10, approx: "under" }]],
    ["领先十分以上", [{ text: "十分", kind: "measure", value: 10, approx: "over" }]],
    // near-misses: "very", a demonstrative, a quarrel, a team, a jersey number, a score and a round stay no figures
    ["这个十分重要", []],
    ["这个十分的关键", []],
    ["这两个球员都不错", []],
    ["这两个助攻很漂亮", []],
    ["吵了两场架", []],
    ["有两个球队", []],
    ["他拿了一个三双", []],
    ["10号球员的那个任意球非常漂亮", []],
    ["现在是第三节 比分是78比72", []],
    ["下一轮是第二十七轮", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit film: box office by release slot, screenings, ratings, a bound after a counted noun", () => {
  it.each([
    // a release slot's scaled figure is its box office; a count clue nearer keeps a count
    [
      "暑期档是一百一十六亿 比去年少了六十多亿",
      [
        { text: "一百一十六亿", kind: "money", value: 1.16e10, unit: null },
        { text: "六十多亿", kind: "money", value: 6e9, approx: "over" },
      ],
    ],
    ["国庆档大概五十亿左右", [{ text: "五十亿", kind: "money", value: 5e9, approx: "about" }]],
    ["暑期档观影人次一点五亿", [{ text: "一点五亿", kind: "count", value: 1.5e8 }]],
    ["春节档 一点三亿人次", [{ text: "一点三亿人次", kind: "count", value: 1.3e8, unit: "人次" }]],
    // screenings held around a release are counted; a demonstrative or a scene is no figure
    ["我们做了五场点映", [{ text: "五场", kind: "count", value: 5, unit: "场" }]],
    ["首映之前办了三场见面会", [{ text: "三场", kind: "count", value: 3, unit: "场" }]],
    ["这两场点映", []],
    ["拍了两场戏", []],
    // ratings: the ticketing apps' as 豆瓣's, an average or a level reached before the decimal, 八点六分 a score
    ["豆瓣能开到7.5以上", [{ text: "7.5", kind: "measure", value: 7.5, approx: "over" }]],
    ["猫眼9.2", [{ text: "9.2", kind: "measure", value: 9.2 }]],
    [
      "淘票票9.4 IMDb才6.8",
      [
        { text: "9.4", kind: "measure" },
        { text: "6.8", kind: "measure", value: 6.8 },
      ],
    ],
    ["观众打分平均8.6", [{ text: "8.6", kind: "measure", value: 8.6 }]],
    ["豆瓣八点六分", [{ text: "八点六分", kind: "measure", value: 8.6 }]],
    ["豆瓣开分七点九分", [{ text: "七点九分", kind: "measure", value: 7.9 }]],
    ["猫眼2.5亿", [{ text: "2.5亿", kind: "count", value: 2.5e8 }]],
    ["明天八点五分开会", []],
    ["豆瓣到2.5版本", []],
    // a bound after the counted noun ending the clause is the count's; one going on is a verb or a modifier
    ["预计在四十家影院左右", [{ text: "四十家", kind: "count", value: 40, approx: "about" }]],
    ["我们有五十家店以上", [{ text: "五十家", value: 50, approx: "over" }]],
    ["两千块银幕上下 还在增加", [{ text: "两千块", value: 2000, approx: "about" }]],
    ["十个员工左右吧", [{ text: "十个", value: 10, approx: "about" }]],
    ["五十家店以上的规模", [{ text: "五十家", value: 50, approx: null }]],
    ["四十家影院 左右两边都是商场", [{ text: "四十家", value: 40, approx: null }]],
    ["三家公司左右了市场", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit aiexec: token prices, weekly users, a bound over a chip's name", () => {
  it.each([
    // the tokens a price is per are counted, never a model's name: the amount after them is the price
    ["我们的API是每百万token两块钱", [{ text: "两块钱", kind: "money", value: 2, unit: "CNY" }]],
    ["每百万Tokens八毛钱", [{ text: "八毛钱", kind: "money", value: 0.8, unit: "CNY" }]],
    // near-misses: a model's name with a Chinese numeral glued on stays a name
    ["Qwen三出来之后", []],
    ["GPT五发布以后", []],
    // a bound adverb reaches over the number of a name glued to its letters (H100, GB200) to its figure
    ["训练的话 效率大概是H100的六成", [{ text: "六成", kind: "percent", value: 60, approx: "about" }]],
    ["推理性能大概是GB200的一点五倍", [{ text: "一点五倍", kind: "multiple", value: 1.5, approx: "about" }]],
    // near-misses: another figure or an ordinal between still stops it
    [
      "大概三成 是H100的六成",
      [
        { text: "三成", approx: "about" },
        { text: "六成", approx: null },
      ],
    ],
    ["大概是第三代的六成", [{ text: "六成", value: 60, approx: null }]],
  ] as [string, Want[]][])("%s", expectFigures);

  it.each([
    // weekly active users are people, in talk of money too (said after 年化收入两百亿美元)
    ["ChatGPT的周活现在是八亿", ["count 八亿"]],
    ["週活已經到了八億", ["count 八億"]],
    // near-misses: with no word of users, a bare amount in talk of money stays money
    ["去年这个时候大概是五十五亿", ["money 五十五亿"]],
    ["年化收入现在是八亿", ["money 八亿"]],
  ])("%s", (text, want) => expect(kinds(text, true)).toEqual(want));
});

describe("audit rates: benchmarks named before their level, yields and deposit rates said bare, clock hours", () => {
  it.each([
    // a benchmark's name before its level is no model name (LPR三点零), its level a rate in percent
    [
      "一年期LPR三点零 五年期以上三点五",
      [
        { text: "三点零", kind: "percent", value: 3, unit: "%" },
        { text: "三点五", kind: "percent", value: 3.5, unit: "%" },
      ],
    ],
    ["CPI零点二", [{ text: "零点二", kind: "percent", value: 0.2 }]],
    ["PMI49.8", [{ text: "49.8", kind: "measure", value: 49.8 }]],
    // near-miss: M2 carries its own digit, still a name
    ["M2同比增长百分之七", [{ text: "百分之七", kind: "percent", value: 7 }]],
    // yields, deposit rates, spreads, reserve ratios and price indices are quoted bare in percent
    ["十年期国债收益率也就一点九几", [{ text: "一点九几", kind: "percent", min: 1.91, max: 1.99, unit: "%" }]],
    ["收益率就一点七", [{ text: "一点七", kind: "percent", value: 1.7 }]],
    ["国有大行三年期定存一点九五", [{ text: "一点九五", kind: "percent", value: 1.95 }]],
    ["利差只有一点二", [{ text: "一点二", kind: "percent", value: 1.2 }]],
    ["准备金率是六点二", [{ text: "六点二", kind: "percent", value: 6.2 }]],
    ["统计局公布的CPI同比上涨零点二", [{ text: "零点二", kind: "percent", value: 0.2 }]],
    ["PPI同比下降了二点一", [{ text: "二点一", kind: "percent", value: 2.1 }]],
    ["银行的净息差也压缩到了一点四三", [{ text: "一点四三", kind: "percent", value: 1.43 }]],
    // near-misses: an amount deposited, an index's own level, a rank, a count with its counter
    ["定存十万块", [{ text: "十万块", kind: "money", value: 1e5 }]],
    ["CPI一百零二", []],
    ["收益率排第二", []],
    ["今年CPI同比上涨两个", []],
    // a decimal before 的 and a rate word is that rate (原来四点九的利率)
    [
      "原来四点九的利率 月供是五千三百零七块",
      [{ text: "四点九", kind: "percent", value: 4.9 }, { text: "五千三百零七块" }],
    ],
    ["三点五的增速", []],
    // a return said without 率 in 个点 is percent
    ["今年债基平均收益大概三个多点", [{ text: "三个多点", kind: "percent", value: 3, unit: "%" }]],
    ["门店开了三个点", []],
    // the central parity is a level of the exchange rate
    [
      "今天中间价是七点一 最多到七点二五",
      [
        { text: "七点一", kind: "measure", value: 7.1 },
        { text: "七点二五", kind: "measure", value: 7.25, approx: "under" },
      ],
    ],
    // a clock hour is no level of the rate spoken of before it
    ["人民币兑美元七点二 大家八点半看一下中间价", [{ text: "七点二", kind: "measure", value: 7.2 }]],
    ["人民币兑美元七点二 今天八点公布中间价", [{ text: "七点二", kind: "measure", value: 7.2 }]],
    // near-misses: a decimal level stays; a bound before 1点 keeps its figure
    ["人民币兑美元七点二 年底到七点三", [{ text: "七点二" }, { text: "七点三", kind: "measure", value: 7.3 }]],
    ["不到1点钱", [{ text: "1", value: 1, approx: "under" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit creator: splits, output per period, headcounts after a time, views and likes, w as 万", () => {
  it.each([
    // a split of money: each share in percent, an even one once; odds, a hair parting and a glued numeral are none
    ["平台分成五五开", [{ text: "五五开", kind: "percent", value: 50, unit: "%" }]],
    [
      "一般是三七分 达人拿七 我们拿三",
      [
        { text: "三", kind: "percent", value: 30 },
        { text: "七", kind: "percent", value: 70 },
      ],
    ],
    [
      "头部的达人 可能是二八分成",
      [
        { text: "二", kind: "percent", value: 20 },
        { text: "八", kind: "percent", value: 80 },
      ],
    ],
    ["这场比赛五五开", []],
    ["他留着三七分的发型 收入不高", []],
    // a verb of output between a period of one and a small count: the count is how much each period, the period none
    ["现在一周更三条", [{ text: "三条", kind: "count", value: 3, unit: "条" }]],
    ["所以我一个月 也就更两条", [{ text: "两条", kind: "count", value: 2 }]],
    ["一年最多接十条", [{ text: "十条", kind: "count", value: 10, approx: "under" }]],
    ["有一天发了两条", []],
    ["一年讲两个原因", []],
    // a team's headcount with a time or a topic mark before its link; a count going on is people doing something
    ["团队现在是五个人", [{ text: "五个人", kind: "count", value: 5 }]],
    [
      "团队的话 现在就三个人 明年可能扩到六七个",
      [
        { text: "三个人", value: 3 },
        { text: "六七个", min: 6, max: 7 },
      ],
    ],
    ["公司当时只有八个人", [{ text: "八个人", value: 8 }]],
    ["团队现在五个人在做这个", []],
    ["团队现在是两个原因", []],
    // views, likes and reads after a figure count them; a player or a sponsor does not
    ["一条视频 也就几千播放", [{ text: "几千播放", kind: "count", min: 2000, max: 9000, approx: "vague" }]],
    [
      "CPM三十块 一万播放也就三百块钱",
      [
        { text: "三十块", kind: "money" },
        { text: "一万播放", kind: "count", value: 10000 },
        { text: "三百块钱", kind: "money" },
      ],
    ],
    ["这条有两万点赞", [{ text: "两万点赞", kind: "count", value: 20000, unit: "点赞" }]],
    ["三个播放器", []],
    ["拿到三家赞助", []],
    // an audience noun before a link makes a bare number views or followers, also in talk of money
    ["第一条视频 播放量只有三百多", [{ text: "三百多", kind: "count", value: 300, approx: "over" }]],
    [
      "粉丝才两千多 报价十五万",
      [
        { text: "两千多", kind: "count", value: 2000 },
        { text: "十五万", kind: "money" },
      ],
    ],
    ["他手里还剩三百多", []],
    // w after digits before a plus or an audience word is 万; before charging it stays watts, W stays out
    ["最后 10w+的那几条视频", [{ text: "10w", kind: "count", value: 100000, approx: "over" }]],
    ["现在有100w粉丝", [{ text: "100w", kind: "count", value: 1000000 }]],
    ["5w播放", [{ text: "5w播放", kind: "count", value: 50000 }]],
    ["支持120w快充", []],
    ["这个充电器是65W", [{ text: "65W", kind: "measure", value: 65, unit: "W" }]],
    // 要 of taking time after an adverb
    ["写稿就要一个礼拜", [{ text: "一个礼拜", kind: "duration", value: 1, unit: "week" }]],
    ["一条片子也要一个月", [{ text: "一个月", kind: "duration", value: 1, unit: "month" }]],
    ["日子就要一天天过", []],
    ["这就要一个态度", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit energy: half a metre, a tonne or a degree; a warming limit in climate talk", () => {
  it.each([
    // 半 before 米, 吨, 度 is half of the unit
    ["海平面可能会再上升半米", [{ text: "半米", kind: "measure", value: 0.5, unit: "m" }]],
    ["每人每年多排放半吨", [{ text: "半吨", kind: "measure", value: 0.5, unit: "t" }]],
    ["全球可能再升温半度", [{ text: "半度", kind: "measure", value: 0.5, unit: "°C" }]],
    // near-misses: 一半 stays the share; 半 in a word is no figure
    [
      "一半度假一半工作",
      [
        { text: "一半", kind: "percent", value: 50 },
        { text: "一半", value: 50 },
      ],
    ],
    ["多半米饭都浪费了", []],
    ["上半度过了", []],
    // climate words make 度 a temperature (温控, 温升, 巴黎协定); a warming limit named as a goal (1.5度目标)
    ["1.5度的温控目标 现在看压力很大", [{ text: "1.5度", kind: "measure", value: 1.5, unit: "°C" }]],
    ["全球温升要控制在两度以内", [{ text: "两度", kind: "measure", value: 2, unit: "°C", approx: "under" }]],
    ["巴黎协定说的1.5度是二十年平均", [{ text: "1.5度", kind: "measure", value: 1.5, unit: "°C" }]],
    ["要实现1.5度目标", [{ text: "1.5度", kind: "measure", value: 1.5, unit: "°C" }]],
    ["两度目标很难实现", [{ text: "两度", kind: "measure", value: 2, unit: "°C" }]],
    // near-misses: no climate word and no goal after it (an angle), electricity stays kWh, 年度目标 has no figure
    ["这台机器转了360度", []],
    ["一年发电二十亿度", [{ text: "二十亿度", kind: "measure", value: 2e9, unit: "kWh" }]],
    ["今年的年度目标是三百万", [{ text: "三百万", kind: "count", value: 3e6 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit coffee: a brand named by a figure; a shop's headcount after 一般; franchise splits", () => {
  it.each([
    // a figure before a pointer and a word of a name (这种品牌, 这个名字) is part of the name
    ["鲜榨100%这种品牌 其实就是个名字", []],
    ["鲜榨100% 这个牌子卖得不错", []],
    // near-misses: other heads after the pointer keep the figure
    ["他们卖到100%这个比例", [{ text: "100%", kind: "percent", value: 100 }]],
    ["我们开了三万家这个目标完成了", [{ text: "三万家", kind: "count", value: 30000 }]],
    ["一杯十块钱 这个品牌卖得很好", [{ text: "十块钱", kind: "money", value: 10, unit: "CNY" }]],
    // a per-one base, then an adverb with its own 一 (一般, 一共) before the headcount: still the base's capacity
    ["一家店一般是五个人", [{ text: "五个人", kind: "count", value: 5 }]],
    ["每家店一般五个人", [{ text: "五个人", kind: "count", value: 5 }]],
    ["一桌一般十个人", [{ text: "十个人", kind: "count", value: 10 }]],
    // near-misses: no base before the adverb, or 一起 (together) alone
    ["他们一般五个人", []],
    ["我们一起五个人", []],
    ["一般两个人就够了", []],
    // a franchise's split with the brand (加盟, 毛利, 营业额 in the sentence) is a split of money
    [
      "品牌跟加盟商三七分",
      [
        { text: "三", kind: "percent", value: 30 },
        { text: "七", kind: "percent", value: 70 },
      ],
    ],
    ["营业额五五分", [{ text: "五五分", kind: "percent", value: 50 }]],
    // near-misses: odds, and a hair parting in franchise talk
    ["这场比赛五五开", []],
    ["加盟的店三七分的发型很多", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit crypto: chart intervals, liquidations and price levels, the halving as a subject", () => {
  it.each([
    // a chart's interval after 小时 or 分钟 names the chart, no span (4小时线, 15分钟K线, 1小时级别)
    ["那天4小时线上直接跌了八千多美元", [{ text: "八千多美元", kind: "money", value: 8000, approx: "over" }]],
    ["15分钟K线上看已经金叉了", []],
    ["1小时级别的支撑很强", []],
    // near-misses: a span stays one, also with 线 after a pause or in another word
    ["每天工作8小时", [{ text: "8小时", kind: "duration", value: 8, unit: "hour" }]],
    ["我每天看盘4小时 线下还要开会", [{ text: "4小时", kind: "duration", value: 4, unit: "hour" }]],
    ["排队排了30分钟", [{ text: "30分钟", kind: "duration", value: 30, unit: "minute" }]],
    // a position liquidated loses money (爆仓了三百万)
    [
      "开了二十倍杠杆 结果爆仓了三百万",
      [
        { text: "二十倍", kind: "multiple", value: 20 },
        { text: "三百万", kind: "money", value: 3e6 },
      ],
    ],
    // a coin's price and a chart's price levels are prices
    ["币价跌到五万以下", [{ text: "五万", kind: "money", value: 50000, approx: "under" }]],
    [
      "支撑位在九万 阻力位在十万",
      [
        { text: "九万", kind: "money", value: 90000 },
        { text: "十万", kind: "money", value: 100000 },
      ],
    ],
    ["我打算在六万附近抄底", [{ text: "六万", kind: "money", value: 60000 }]],
    // near-misses: a counter keeps its count; a level with no price word stays a count
    ["抄底买了三百股", [{ text: "三百股", kind: "count", value: 300 }]],
    ["爆仓的人有三百万", [{ text: "三百万", kind: "count", value: 3e6 }]],
    ["粉丝在九万左右", [{ text: "九万", kind: "count", value: 90000, approx: "about" }]],
    // 减半 opening a clause as the subject of an effect is the halving, no figure
    ["减半对你们影响大不大", []],
    ["对 减半对矿工的影响很大", []],
    // near-miss: with its subject it is a fall by half
    ["利润减半对公司影响很大", [{ text: "减半", kind: "percent", value: 50 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("audit pharma: trial endpoints before their value; cases, patients and drugs counted; a dose per kilogram", () => {
  it.each([
    // a trial's endpoint names before a value are no model names (HR零点七, ORR百分之六十二)
    [
      "中位OS是十八点六个月 HR零点七",
      [
        { text: "十八点六个月", kind: "duration", value: 18.6, unit: "month" },
        { text: "零点七", kind: "measure", value: 0.7 },
      ],
    ],
    ["ORR百分之六十二", [{ text: "百分之六十二", kind: "percent", value: 62 }]],
    ["PFS十一点二个月", [{ text: "十一点二个月", kind: "duration", value: 11.2, unit: "month" }]],
    // near-misses: a drug code and a train keep their digits as names
    ["AK112的数据不错", []],
    ["CR450跑得很快", []],
    // 例 counts cases above one
    [
      "有两例 占比不到百分之零点五",
      [
        { text: "两例", kind: "count", value: 2 },
        { text: "百分之零点五", kind: "percent", value: 0.5, approx: "under" },
      ],
    ],
    ["举一例来说", []],
    // patients, drugs, indications counted
    ["有三名患者出现了肝损伤", [{ text: "三名", kind: "count", value: 3 }]],
    ["我们有两款药已经上市了", [{ text: "两款", kind: "count", value: 2 }]],
    ["这个药有三个适应症在申报", [{ text: "三个", kind: "count", value: 3 }]],
    ["这两款药都不错", []],
    ["这两名患者都很年轻", []],
    ["两个人都在", []],
    // a one after a dose's base (每公斤) is the dose, no base of a rate
    [
      "从每公斤一毫克一直爬到每公斤二十毫克",
      [
        { text: "每公斤一毫克", kind: "measure", value: 1, unit: "mg/kg" },
        { text: "每公斤二十毫克", kind: "measure", value: 20, unit: "mg/kg" },
      ],
    ],
    // near-miss: a one with no 每 before it stays the base of a yield
    ["一亩能产一千二百斤", [{ text: "一千二百斤", kind: "measure", value: 1200 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("models put out with the short verbs of launching (款)", () => {
  it.each([
    ["我们再推两款", [{ text: "两款", kind: "count", value: 2 }]],
    ["今年出了三款", [{ text: "三款", kind: "count", value: 3 }]],
    ["明年再上两款新品", [{ text: "两款", kind: "count", value: 2 }]],
    // near-misses: a demonstrative's models, and a short verb before another counter, stay words
    ["这两款都卖得不错", []],
    ["推了两个人", []],
    ["出了两个问题", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("insurance audit: an insurer's books, ratios, caps and payouts", () => {
  it.each([
    // an insurer's and an agent's books are money (内含价值, 新业务价值, FYC, 标保, 退保金, 年金)
    ["去年团队的FYC是一千二百万", [{ text: "一千二百万", kind: "money", value: 12000000 }]],
    ["今年的新业务价值两百亿", [{ text: "两百亿", kind: "money", value: 20000000000 }]],
    ["去年我们的内含价值是一万四千亿", [{ text: "一万四千亿", kind: "money", value: 1400000000000 }]],
    ["退保金五十亿", [{ text: "五十亿", kind: "money", value: 5000000000 }]],
    ["每年能领年金两万", [{ text: "两万", kind: "money", value: 20000 }]],
    // near-miss: policies sold keep their counter
    ["年金险卖了三十万件", [{ text: "三十万件", kind: "count", value: 300000 }]],
    // an insurer's ratios said bare are percent (赔付率, 综合成本率, 退保率), also with a year between
    ["赔付率降到了六十五", [{ text: "六十五", kind: "percent", value: 65, unit: "%" }]],
    ["综合成本率大概九十七左右", [{ text: "九十七", kind: "percent", value: 97, approx: "about" }]],
    ["退保率今年降到了零点九", [{ text: "零点九", kind: "percent", value: 0.9 }]],
    ["赔付率去年是六十八", [{ text: "六十八", kind: "percent", value: 68 }]],
    // a persistency ratio's month is its name, no duration
    ["13个月继续率是百分之九十二", [{ text: "百分之九十二", kind: "percent", value: 92 }]],
    ["二十五个月继续率大概百分之八十五", [{ text: "百分之八十五", kind: "percent", value: 85 }]],
    // near-miss: a span of months stays one
    ["等待期是三个月", [{ text: "三个月", kind: "duration", value: 3, unit: "month" }]],
    // a cap on what a policy pays or covers is an upper bound
    ["保额最高可以做到一百五十万", [{ text: "一百五十万", kind: "money", value: 1500000, approx: "under" }]],
    ["最高能报销二百万", [{ text: "二百万", kind: "money", value: 2000000, approx: "under" }]],
    ["最高赔付两百万", [{ text: "两百万", kind: "money", value: 2000000, approx: "under" }]],
    // near-miss: a price that peaked is no cap
    ["股价最高涨到50元", [{ text: "50元", kind: "money", value: 50, approx: null }]],
    // payouts counted, products and policies counted
    [
      "轻症赔百分之三十 最多赔三次",
      [
        { text: "百分之三十", kind: "percent", value: 30 },
        { text: "三次", kind: "count", value: 3, approx: "under" },
      ],
    ],
    ["三款重疾险明年上线", [{ text: "三款", kind: "count", value: 3 }]],
    ["这个月卖了五张保单", [{ text: "五张", kind: "count", value: 5 }]],
    // near-misses: discourse and pointed products stay words; a product's name keeps its digits
    ["这两款重疾险都不错", []],
    ["我跟大家讲两个原因", []],
    ["平安福2025也在卖", []],
    ["达尔文8号的轻症赔付比例是保额的百分之四十五", [{ text: "百分之四十五", kind: "percent", value: 45 }]],
    ["百万医疗险这几年卖得很好", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("logistics audit: 票 counts parcels and votes; a market share said bare in percent", () => {
  it.each([
    // 票 after a number counts parcels (express delivery) or votes
    ["一个网点一天大概进港三千票", [{ text: "三千票", kind: "count", value: 3000, unit: "票", approx: "about" }]],
    ["出港的话差不多一千五六百票", [{ text: "一千五六百票", kind: "count", min: 1500, max: 1600, unit: "票" }]],
    ["日均处理能力现在大概是八千万票", [{ text: "八千万票", kind: "count", value: 8e7, unit: "票" }]],
    ["他在选举中拿了三千票", [{ text: "三千票", kind: "count", value: 3000, unit: "票" }]],
    // near-misses: a word 票 starts is no counter (票房 is money), and a lone 一票 is discourse
    ["这部电影拿了五十亿票房", [{ text: "五十亿", kind: "money", value: 5e9 }]],
    ["一票难求", []],
    ["这个事情我们有一票否决权", []],
    // a market share named before a bare decimal: the decimal is the share in percent, a second company's too
    ["中通的市场份额大概十九点四", [{ text: "十九点四", kind: "percent", value: 19.4, unit: "%", approx: "about" }]],
    [
      "中通市场份额大概十九点四 韵达大概十五点几",
      [
        { text: "十九点四", kind: "percent", value: 19.4, unit: "%" },
        { text: "十五点几", kind: "percent", min: 15.1, max: 15.9, unit: "%" },
      ],
    ],
    ["市占率是二十点几", [{ text: "二十点几", kind: "percent", min: 20.1, max: 20.9, unit: "%" }]],
    // near-misses: a measure named between keeps its own value (a rating, no percent); an integer is no share
    ["市场份额很高 豆瓣评分八点五", [{ text: "八点五", kind: "measure", value: 8.5 }]],
    ["利率很高 豆瓣评分八点五", [{ text: "八点五", kind: "measure", value: 8.5 }]],
    ["市场份额第一 用了三年", [{ text: "三年", kind: "duration", value: 3, unit: "year" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("realestate audit: areas in 平方, a developer's sales and land prices, homes sold and land bought", () => {
  it.each([
    // 平方 alone is square metres in speech
    ["一百二十平方左右", [{ text: "一百二十平方", kind: "measure", value: 120, unit: "m2", approx: "about" }]],
    ["九十平方的两居", [{ text: "九十平方", kind: "measure", value: 90, unit: "m2" }]],
    // a developer's reported sales and a land auction's prices are money
    ["今年我们全口径销售大概是三百二十亿", [{ text: "三百二十亿", kind: "money", value: 3.2e10, approx: "about" }]],
    ["权益销售一千二百亿", [{ text: "一千二百亿", kind: "money", value: 1.2e11 }]],
    ["那块地的起拍价是二十二亿", [{ text: "二十二亿", kind: "money", value: 2.2e9 }]],
    ["挂牌价三百八十万", [{ text: "三百八十万", kind: "money", value: 3.8e6 }]],
    // homes sold, land bought and buildings put on sale are counts a reader can check
    ["这个月成交了三套", [{ text: "三套", kind: "count", value: 3 }]],
    ["今年拿了七宗地", [{ text: "七宗", kind: "count", value: 7 }]],
    ["竞得两宗地块", [{ text: "两宗", kind: "count", value: 2 }]],
    ["拿了两块地", [{ text: "两块", kind: "count", value: 2 }]],
    ["首批推两栋楼", [{ text: "两栋", kind: "count", value: 2 }]],
    // near-misses: units sold keep their counter; 平方 of a square; pointed-at homes, plans and a home alone are
    // words; 两块 with no plot is money
    ["今年销售了三百万台", [{ text: "三百万台", kind: "count", value: 3e6 }]],
    ["二的平方是四", []],
    ["这两套", []],
    ["我们有两套方案", []],
    ["一套房子", []],
    ["卖了两块", [{ text: "两块", kind: "money", value: 2, unit: "CNY" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("semis audit: process nodes asked or vague, lengths after a link, fab rates bare in percent, tools bought", () => {
  it.each([
    // a vague or asked node is a node, no length (几纳米 of a chip, 十几纳米的产线)
    ["麒麟9000S用的是几纳米的工艺", []],
    ["我们十几纳米的产线还在满产", []],
    // the node a chip is made in, and the capacity of a node's lines
    ["M3 Max用的是3纳米", []],
    ["但是7纳米的产能还很小", []],
    // near-misses: a length measured through a link stays a length
    ["芯片的线宽现在是5纳米", [{ text: "5纳米", kind: "measure", value: 5, unit: "nm" }]],
    ["光刻机的分辨率能到8纳米", [{ text: "8纳米", kind: "measure", value: 8, unit: "nm" }]],
    ["DUV光刻机的波长是193纳米", [{ text: "193纳米", kind: "measure", value: 193, unit: "nm" }]],
    ["套刻精度在1纳米以内", [{ text: "1纳米", kind: "measure", value: 1, unit: "nm", approx: "under" }]],
    // …but a link alone names no length: the node stays one
    ["中芯国际能做到7纳米的芯片", []],
    // a die's area
    ["这颗芯片的die size是800平方毫米", [{ text: "800平方毫米", kind: "measure", value: 800, unit: "mm2" }]],
    // a fab's yield, loading and share bare in percent
    ["良率现在是九十二", [{ text: "九十二", kind: "percent", value: 92, unit: "%" }]],
    ["产能利用率只有七十几", [{ text: "七十几", kind: "percent", min: 71, max: 79 }]],
    ["稼动率回到了九十", [{ text: "九十", kind: "percent", value: 90 }]],
    ["设备的国产化率大概十五", [{ text: "十五", kind: "percent", value: 15, approx: "about" }]],
    [
      "良率从六十提到了八十五",
      [
        { text: "六十", kind: "percent", value: 60 },
        { text: "八十五", kind: "percent", value: 85 },
      ],
    ],
    // near-misses: 一开始 is "at first", no 1%; a count and a rank stay words
    ["良率一开始只有两成", [{ text: "两成", kind: "percent", value: 20 }]],
    ["毛利率一开始只有两成", [{ text: "两成", kind: "percent", value: 20 }]],
    ["良率提升了两次", []],
    ["良率排第二", []],
    // tools bought, ordered or brought in, and tape-outs run, are counts
    ["光刻机我们去年进了两台", [{ text: "两台", kind: "count", value: 2 }]],
    ["今年计划再买五台", [{ text: "五台", kind: "count", value: 5 }]],
    ["向ASML订购了三台", [{ text: "三台", kind: "count", value: 3 }]],
    ["我们流片了三次都失败了", [{ text: "三次", kind: "count", value: 3 }]],
    // near-misses: 买 alone, a ball scored and a remark made stay words; so does an idiom of steadfastness
    ["买两台试试", []],
    ["他说了三次", []],
    ["我们十年如一日做模拟芯片", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("review: the links of rates, ratios, shares and exercise counts are read from units.yaml", () => {
  it.each([
    // a decimal, 的 and a rate word: the rate's level (units.yaml rateLinks); 三点五的增速 is none
    ["三点零五的利率", [{ text: "三点零五", kind: "percent", value: 3.05 }]],
    ["二点五的市占率", [{ text: "二点五", kind: "percent", value: 2.5 }]],
    ["三点五的增速", []],
    // a pair, 的 and a ratio word: a ratio (ratioWords.links); a life-size copy is none
    ["男女三比七的比例", [{ text: "三比七", kind: "measure", unit: "ratio" }]],
    ["按一比一的比例复刻", []],
    // a share after a duration and 的: the duration is its whole (oneDurationVerbs.shareLinks); spaced apart it is not
    ["要干一天的一半", [{ text: "一半", kind: "percent", value: 50 }]],
    [
      "要干一天 一半",
      [
        { text: "一天", kind: "duration", value: 1 },
        { text: "一半", kind: "percent", value: 50 },
      ],
    ],
    // sets done after a verb of training and 了 (exerciseCounts.aspects); sets formed are none
    ["每天做了四组", [{ text: "四组", kind: "count", value: 4 }]],
    ["分了四组", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("hiring audit: hiring slots, layoffs, offices, months of pay, packages, raises and pay from", () => {
  it.each([
    // a word of talk after a small count keeps it discourse beside a count of the same counter (offers, reasons)
    [
      "今年校招我们一共发了两千多个offer 有两个原因",
      [{ text: "两千多个", kind: "count", value: 2000, approx: "over" }],
    ],
    // hiring slots, people let go, taken on or lost, and offices opened are counts
    ["我们今年只有两个HC", [{ text: "两个", kind: "count", value: 2 }]],
    ["还有三个名额", [{ text: "三个", kind: "count", value: 3 }]],
    ["这次优化了五个人", [{ text: "五个人", kind: "count", value: 5 }]],
    ["录用了两名", [{ text: "两名", kind: "count", value: 2 }]],
    ["我们团队又走了两个人", [{ text: "两个人", kind: "count", value: 2 }]],
    ["明年再开两个新的办公室", [{ text: "两个", kind: "count", value: 2 }]],
    ["我们在北京有三家子公司", [{ text: "三家", kind: "count", value: 3 }]],
    // near-misses: things improved, a walk's hours, a possessor, pointed-at slots and new ideas stay words
    ["优化了两个功能", []],
    ["走了两个小时", [{ text: "两个小时", kind: "duration", value: 2, unit: "hour" }]],
    ["他一个人走了两个人的路", []],
    ["这两个名额", []],
    ["我们有两个新的想法", []],
    // months of pay (十六薪, 14薪) count; 八千薪水 is no 8000 months
    ["一年发十六薪", [{ text: "十六薪", kind: "count", value: 16, unit: "薪" }]],
    ["一般是14薪", [{ text: "14薪", kind: "count", value: 14, unit: "薪" }]],
    ["我拿八千薪水", []],
    // a yearly package, a worth and a raise are money, their currency unsaid
    ["年包差不多七八十万", [{ text: "七八十万", kind: "money", min: 700000, max: 800000, approx: "about" }]],
    ["总包大概六十万", [{ text: "六十万", kind: "money", value: 600000, unit: null, approx: "about" }]],
    ["价值两百万", [{ text: "两百万", kind: "money", value: 2000000 }]],
    // worth as a verb is money too; a value measured or scored, and 值得, count as before
    ["这套房子现在值三百万", [{ text: "三百万", kind: "money", value: 3000000, unit: null }]],
    ["他那套房子不值两百万", [{ text: "两百万", kind: "money", value: 2000000 }]],
    ["这批货起码值五十多万", [{ text: "五十多万", kind: "money", approx: "over" }]],
    ["服务器的峰值三百万", [{ text: "三百万", kind: "count", value: 3000000 }]],
    ["同时在线的最大值是两百万", [{ text: "两百万", kind: "count", value: 2000000 }]],
    ["颜值很高 粉丝有三百万", [{ text: "三百万", kind: "count", value: 3000000 }]],
    ["值得一提的是播放量破了两千万", [{ text: "两千万", kind: "count", value: 20000000 }]],
    ["他值班那天来了三千多万", [{ text: "三千多万", kind: "count" }]],
    ["涨薪两千", [{ text: "两千", kind: "money", value: 2000 }]],
    ["今年加薪三千左右", [{ text: "三千", kind: "money", value: 3000, approx: "about" }]],
    ["每次涨薪百分之三十", [{ text: "百分之三十", kind: "percent", value: 30 }]],
    // pay "from" a scaled amount (月薪30k起, 年薪五十万起); a bare 300 and 起来 give no bound
    ["月薪30k起", [{ text: "30k", kind: "money", value: 30000, approx: "over" }]],
    ["月薪两万起", [{ text: "两万", kind: "money", value: 20000, approx: "over" }]],
    ["年薪五十万起", [{ text: "五十万", kind: "money", value: 500000, approx: "over" }]],
    ["套餐300起", []],
    ["粉丝五十万起来了", [{ text: "五十万", kind: "count", value: 500000, approx: null }]],
    // schedules are names, severance terms no figures
    ["我们不搞996 也不搞007", []],
    ["赔偿的话是N+1", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("concerts audit: shows counted in concert talk, scalpers' prices, caption-paused price lists, 翻五番", () => {
  it.each([
    // shows added or sung, and a tour stop's shows, are counts (units.yaml nounCounts)
    ["上海站四场", [{ text: "四场", kind: "count", value: 4, unit: "场" }]],
    ["我们最多再加三场", [{ text: "三场", kind: "count", value: 3, approx: "under" }]],
    ["我们唱了两场", [{ text: "两场", kind: "count", value: 2 }]],
    // a sentence of a concert, a tour or its tickets counts its shows (units.yaml wordCounters)
    [
      "三场加起来票房四个多亿",
      [
        { text: "三场", kind: "count", value: 3 },
        { text: "四个多亿", kind: "money" },
      ],
    ],
    ["巡演明年三月会有两场", [{ text: "两场", kind: "count", value: 2 }]],
    // near-misses: a demonstrative points at shows named, 参加 is no adding, rain and 这两场 stay words
    ["那三场加起来票房四个多亿", [{ text: "四个多亿", kind: "money", value: 4e8, approx: "over" }]],
    ["我参加了两场面试", []],
    ["演唱会那天下了两场雨", []],
    ["这两场我都很满意", []],
    ["这三轮融资一共融了五个亿", [{ text: "五个亿", kind: "money", value: 5e8 }]],
    ["我们完成了三轮融资", [{ text: "三轮", kind: "count", value: 3 }]],
    // a scalper's price and a markup said bare, and the dearest seat without 的, are money
    ["黄牛那边已经炒到了五六千", [{ text: "五六千", kind: "money", min: 5000, max: 6000 }]],
    ["黄牛已经炒到五六千了", [{ text: "五六千", kind: "money", min: 5000, max: 6000 }]],
    ["内场票被炒到了五六千", [{ text: "五六千", kind: "money", min: 5000, max: 6000 }]],
    ["黄牛价两万", [{ text: "两万", kind: "money", value: 20000 }]],
    ["黄牛加价两千", [{ text: "两千", kind: "money", value: 2000 }]],
    ["我们内场最贵也就一千五左右", [{ text: "一千五", kind: "money", value: 1500, approx: "about" }]],
    ["看台最便宜三百八", [{ text: "三百八", kind: "money", value: 380 }]],
    // near-misses: a markup in 倍 stays a multiple; scalpers and tickets counted keep their counters; a read count
    // bid up is no price
    ["黄牛加价三倍", [{ text: "三倍", kind: "multiple", value: 3 }]],
    ["抓了两百个黄牛", [{ text: "两百个", kind: "count", value: 200 }]],
    ["黄牛有两千多人", [{ text: "两千多人", kind: "count", value: 2000, approx: "over" }]],
    ["内场票卖了两万张", [{ text: "两万张", kind: "count", value: 20000 }]],
    ["话题阅读量炒到了五个亿", [{ text: "五个亿", kind: "count", value: 5e8 }]],
    ["最贵的三个", []],
    // a caption pause parts the items of a list of prices
    [
      "票价分别是三百八 五百八 八百八",
      [
        { text: "三百八", kind: "money", value: 380 },
        { text: "五百八", kind: "money", value: 580 },
        { text: "八百八", kind: "money", value: 880 },
      ],
    ],
    [
      "原价599 699",
      [
        { text: "599", kind: "money", value: 599 },
        { text: "699", kind: "money", value: 699 },
      ],
    ],
    // near-misses: a count after the pause keeps its counter; bare numbers paused with no price stay no figures
    [
      "门票一百二 两千人来了",
      [
        { text: "一百二", kind: "money", value: 120 },
        { text: "两千人", kind: "count", value: 2000 },
      ],
    ],
    ["然后中间有五百八 八百八", []],
    // doubled four and five times
    ["有的内场票能翻五番", [{ text: "翻五番", kind: "multiple", value: 32 }]],
    ["黄牛票能翻四番", [{ text: "翻四番", kind: "multiple", value: 16 }]],
    // titles, names and idioms of the genre stay words
    ["《七里香》吧 还有《2046》", []],
    ["他们乐队叫五月天", []],
    ["真的是一票难求", []],
    ["他们三心二意一直没定", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("airlines audit: rates said bare, flight distances, and planes named by their type", () => {
  it.each([
    // an airline's and an airport's rates, % unsaid
    ["我们的客座率八十二点三", [{ text: "八十二点三", kind: "percent", value: 82.3, unit: "%" }]],
    ["准点率九十一", [{ text: "九十一", kind: "percent", value: 91 }]],
    ["航班正常率是八十八", [{ text: "八十八", kind: "percent", value: 88 }]],
    ["载运率七十五左右", [{ text: "七十五", kind: "percent", value: 75, approx: "about" }]],
    [
      "客座率从七十八提升到了八十三",
      [
        { text: "七十八", kind: "percent", value: 78 },
        { text: "八十三", kind: "percent", value: 83 },
      ],
    ],
    // miles, feet and nautical miles; a speed in miles
    ["飞了三千英里", [{ text: "三千英里", kind: "measure", value: 3000, unit: "mi" }]],
    ["飞机在三万五千英尺巡航", [{ text: "三万五千英尺", kind: "measure", value: 35000, unit: "ft" }]],
    ["航程八千海里", [{ text: "八千海里", kind: "measure", value: 8000, unit: "nmi" }]],
    ["时速一百英里", [{ text: "一百英里", kind: "measure", value: 100, unit: "mi/h" }]],
    // a plane's type in talk of rent or prices is no amount; the amount is
    ["一架737一年的租金大概三四百万美元", [{ text: "三四百万美元", kind: "money", min: 3e6, max: 4e6, unit: "USD" }]],
    ["737现在租金是三十万美元", [{ text: "三十万美元", kind: "money", value: 300000, unit: "USD" }]],
    ["737-800的租金一个月三十万美元", [{ text: "三十万美元", kind: "money", value: 300000, unit: "USD" }]],
    ["我们又买了两架787", [{ text: "两架", kind: "count", value: 2 }]],
    // near-misses: a unit or a scale after the same digits keeps the figure
    ["营收737亿", [{ text: "737亿", kind: "money", value: 73.7e9 }]],
    ["我们有737名飞行员", [{ text: "737名", kind: "count", value: 737 }]],
    ["一架100座的飞机", [{ text: "100座", kind: "count", value: 100 }]],
  ] as [string, Want[]][])("%s", expectFigures);
  // a plane's daily use is in hours, no percent; a type and a flight number alone are names
  it.each([
    "飞机日利用率九点八",
    "737的租金很贵",
    "波音七八七的租金很贵",
    "国航的981航班每天都满",
    "MU5735那个事故之后",
  ])("no figure in %s", (text) => {
    expect(figures(text)).toEqual([]);
  });
  it("says a plane's type is skipped as a type", () => {
    const reasons = (text: string) =>
      recognizeQuantities(text, { times: [], versions: new Set() }).map((m) => [m.tag, m.reason]);
    expect(reasons("737的租金很贵")).toEqual([["name", "aircraft type (737)"]]);
  });
});

describe("寸 of a silicon wafer is an inch", () => {
  it.each([
    ["我们主要做12寸的晶圆", [{ text: "12寸", kind: "measure", value: 12, unit: "inch" }]],
    ["8寸硅片的产能", [{ text: "8寸", kind: "measure", value: 8, unit: "inch" }]],
    // near-misses: the cun of a waist, and 寸 in an idiom
    ["腰围小了三寸", [{ text: "三寸", kind: "measure", value: 3, unit: "cun" }]],
    ["凭三寸不烂之舌", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("vc audit: funding rounds and fund sizes make bare amounts money; sums, fee structures and proverbs are none", () => {
  it.each([
    // a funding round named makes its bare amount money, as 融了 does
    ["在种子轮我们拿了两百万", [{ text: "两百万", kind: "money", value: 2e6 }]],
    ["B轮拿了一个亿", [{ text: "一个亿", kind: "money", value: 1e8 }]],
    ["A+轮我们拿了三千万", [{ text: "三千万", kind: "money", value: 3e7 }]],
    ["天使輪拿了五十萬", [{ text: "五十萬", kind: "money", value: 5e5 }]],
    // a fund's size is money, as 管理规模
    ["我们这期基金规模十亿", [{ text: "十亿", kind: "money", value: 1e9 }]],
    // near-misses: a count clue nearer the figure, rounds counted, a bare amount with no money word
    ["天使轮的时候我们用户有两百万", [{ text: "两百万", kind: "count", value: 2e6 }]],
    ["我们一共融了七轮", [{ text: "七轮", kind: "count", value: 7, unit: "轮" }]],
    ["差不多两个亿吧", [{ text: "两个亿", kind: "count", value: 2e8 }]],
    // the last term of a sum (a fund's term: 7+2年) is no figure of its own
    ["基金存续期是7+2年", []],
    ["存续期5+2年", []],
    // near-misses: the terms said as words, one term alone, "and more" before a space
    [
      "投资期三年加两年退出期",
      [
        { text: "三年", kind: "duration", value: 3, unit: "year" },
        { text: "两年", kind: "duration", value: 2, unit: "year" },
      ],
    ],
    ["基金存续期是七年", [{ text: "七年", kind: "duration", value: 7, unit: "year" }]],
    [
      "阅读10万+ 两年前就有了",
      [
        { text: "10万", kind: "count", value: 1e5 },
        { text: "两年", kind: "duration", value: 2, unit: "year" },
      ],
    ],
    // 一分钱难倒英雄汉: a proverb (money is tight), no price; a cent off a price stays one
    ["一分钱难倒英雄汉", []],
    ["真是一分钱 难倒英雄汉", []],
    ["每股便宜了一分钱", [{ text: "一分钱", kind: "money", value: 0.01, unit: "CNY" }]],
    // 没(有)V过一分钱, 没赚一分钱: "never a cent", a negation; a bound on a cent stays a figure
    ["我们没有亏过一分钱", []],
    ["他从来没收过一分钱", []],
    ["这个项目没赚一分钱", []],
    ["成本超过一分钱", [{ text: "一分钱", kind: "money", value: 0.01, approx: "over" }]],
    // a fund sized by an amount is that much money; funds counted keep their counter
    [
      "现在募一个十亿的人民币基金可能要两年",
      [
        { text: "十亿", kind: "money", value: 1e9 },
        { text: "两年", kind: "duration", value: 2 },
      ],
    ],
    ["这是一个五亿的美元基金", [{ text: "五亿", kind: "money", value: 5e8 }]],
    ["我们管了三十个基金", [{ text: "三十个", kind: "count", value: 30 }]],
    // an LP's capital put in (出资) is money; its investors (出资人) are counted
    ["一个LP出资最少一千万 最多两个亿", [{ text: "最少一千万 最多两个亿", kind: "money", min: 1e7, max: 2e8 }]],
    ["政府引导基金出资了二十亿", [{ text: "二十亿", kind: "money", value: 2e9 }]],
    ["出资人超过两百", [{ text: "两百", kind: "count", value: 200, approx: "over" }]],
    // 2/20: a fund's fee and carry, no fraction; a digit running on past it makes a number again
    ["这是典型的2/20模式", []],
    [
      "管理费是百分之二 carry是百分之二十 就是行业里说的2/20",
      [
        { text: "百分之二", kind: "percent", value: 2 },
        { text: "百分之二十", kind: "percent", value: 20 },
      ],
    ],
    ["2/200的项目拿到了融资", [{ text: "2/200", kind: "percent", value: 1 }]],
    ["大约12/20的项目", [{ text: "12/20", kind: "percent", value: 60, approx: "about" }]],
    ["50/500的概率", [{ text: "50/500", kind: "percent", value: 10 }]],
    ["3/4的用户都是年轻人", [{ text: "3/4", kind: "percent", value: 75 }]],
  ] as [string, Want[]][])("%s", expectFigures);
  it.each(["50/50的机会", "24/7在线"])("no figure in %s", (text) => {
    expect(figures(text)).toEqual([]);
  });
  it("says the last term of a sum is skipped as one", () => {
    const reasons = (text: string) =>
      recognizeQuantities(text, { times: [], versions: new Set() }).map((m) => [m.tag, m.reason]);
    expect(reasons("基金存续期是7+2年").at(-1)).toEqual(["name", "a term of a sum (7+2年)"]);
  });
});

describe("oil audit: the oil majors' nicknames, benchmark prices, contract codes, tax and bulk imports", () => {
  it.each([
    // 三桶油, 两桶油 are the oil majors, no barrels; 一桶油 and a larger numeral keep their barrels
    ["三桶油今年的资本开支都在压缩", []],
    ["两桶油一年纳税上千亿", [{ text: "上千亿", kind: "money", min: 1e11, max: 9e11, approx: "vague" }]],
    ["中石油中石化兩桶油", []],
    ["一桶油等于159升", [{ text: "一桶", kind: "measure", value: 1, unit: "barrel" }, { text: "159升" }]],
    ["每天产油二十三桶油", [{ text: "二十三桶", kind: "measure", value: 23, unit: "barrel" }]],
    // a crude benchmark stands for its price; its contract's code is a name, a counted contract a count
    ["布伦特跌破六十", [{ text: "六十", kind: "money", value: 60, unit: null, approx: "under" }]],
    ["WTI现在在五十八左右", [{ text: "五十八", kind: "money", value: 58, approx: "about" }]],
    ["布伦特2603合约今天涨了百分之二", [{ text: "百分之二", kind: "percent", value: 2 }]],
    ["签了300份合约", [{ text: "300份", kind: "count", value: 300 }]],
    [
      "布伦特 两个月涨了两成",
      [
        { text: "两个月", kind: "duration" },
        { text: "两成", kind: "percent", value: 20 },
      ],
    ],
    ["油价每桶六十", [{ text: "六十", kind: "money", value: 60, unit: null }]],
    // tax paid is money; taxpayers are counted, a tax revenue's growth is a percent
    ["公司去年纳税两百亿", [{ text: "两百亿", kind: "money", value: 2e10 }]],
    ["税收九万多亿", [{ text: "九万多亿", kind: "money", value: 9e12, approx: "over" }]],
    ["全国有三千多万纳税人", [{ text: "三千多万", kind: "count", value: 3e7 }]],
    ["去年税收增长了百分之五", [{ text: "百分之五", kind: "percent", value: 5 }]],
    // bulk crude and products imported or exported are tonnes, unit unsaid; an import bill or chips stay money
    ["进口原油五亿多", [{ text: "五亿多", kind: "count", value: 5e8, approx: "over" }]],
    ["出口成品油四千多万", [{ text: "四千多万", kind: "count", value: 4e7 }]],
    ["原油进口额三千多亿", [{ text: "三千多亿", kind: "money", value: 3e11 }]],
    ["进口芯片三千多亿", [{ text: "三千多亿", kind: "money", value: 3e11 }]],
    ["进口原油花了三千亿", [{ text: "三千亿", kind: "money", value: 3e11 }]],
    // 方 is cubic metres of gas at a field; a few 方 of people or stakes are parties, a few cubic metres stay
    [
      "这口井日产油五十吨 日产气十万方",
      [{ text: "五十吨" }, { text: "十万方", kind: "measure", value: 1e5, unit: "m3" }],
    ],
    ["这个气田年产气五十亿方", [{ text: "五十亿方", kind: "measure", value: 5e9, unit: "m3" }]],
    ["储气库能存三十亿方", [{ text: "三十亿方", kind: "measure", value: 3e9, unit: "m3" }]],
    ["这个气田有三方股东", []],
    ["天然气那边来了三方的人", []],
    ["用水问题 三方都有责任", []],
    ["每户每月用水五方", [{ text: "五方", kind: "measure", value: 5, unit: "m3" }]],
    ["浇筑了三方混凝土", [{ text: "三方", kind: "measure", value: 3, unit: "m3" }]],
    // a streak of price moves counts rounds, no price; 一连 and 连跌 with no numeral before stay no streak
    ["油价三连跌", [{ text: "三连跌", kind: "count", value: 3, unit: "连跌" }]],
    ["国内油价迎来七连涨", [{ text: "七连涨", kind: "count", value: 7, unit: "连涨" }]],
    ["油价一连涨了三天", [{ text: "三天", kind: "duration", value: 3, unit: "day" }]],
    ["油价连跌三周", [{ text: "三周", kind: "duration", value: 3, unit: "week" }]],
    // 个油 before a word of the oil industry (油气, 油藏, 油企) is no litre of fuel; fuel use in 个油 stays litres
    ["一带一路沿线 我们投了五十多个油气项目", []],
    ["发现了三个油藏", []],
    ["这车百公里七个油左右", [{ text: "七个油", kind: "measure", value: 7, unit: "L", approx: "about" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("telecom audit: M and G of spectrum and broadband, data rates in kbps, Tbps and Pbps", () => {
  it.each([
    // M glued to a number where the sentence speaks of a link's rate or of spectrum: Mbps or MHz, no millions
    ["我家装的是500M宽带", [{ text: "500M", kind: "measure", value: 500, unit: "Mbps" }]],
    [
      "一百M的宽带现在一年也就三四百块",
      [
        { text: "一百M", kind: "measure", value: 100, unit: "Mbps" },
        { min: 300, max: 400 },
      ],
    ],
    ["广电700M频段覆盖好穿透强", [{ text: "700M", kind: "measure", value: 700, unit: "MHz" }]],
    [
      "我们在 2.6G 频段 部署了 100M 带宽",
      [
        { text: "2.6G", kind: "measure", value: 2.6, unit: "GHz" },
        { text: "100M", kind: "measure", value: 100, unit: "MHz" },
      ],
    ],
    ["安装包控制在200M以内", [{ text: "200M", kind: "measure", value: 200, unit: "MB" }]],
    ["宽带升级到三百多个M", [{ text: "三百多个M", kind: "measure", value: 300, unit: "Mbps" }]],
    // G of spectrum with a fraction or from 7 on: GHz
    ["3.5G频段是电信联通共享的", [{ text: "3.5G", kind: "measure", value: 3.5, unit: "GHz" }]],
    ["移动拿到了4.9G的频谱", [{ text: "4.9G", kind: "measure", value: 4.9, unit: "GHz" }]],
    ["毫米波26G明年试点", [{ text: "26G", kind: "measure", value: 26, unit: "GHz" }]],
    // G before a kind of traffic: a data allowance
    ["套餐包含30G通用流量", [{ text: "30G", kind: "measure", value: 30, unit: "GB" }]],
    ["每个月送10G的定向流量", [{ text: "10G", kind: "measure", value: 10, unit: "GB" }]],
    // data rates
    ["卫星直连手机的速率也就几十kbps", [{ text: "几十kbps", kind: "measure", unit: "kbps" }]],
    ["光纤单纤容量已经做到了1.2Pbps", [{ text: "1.2Pbps", kind: "measure", value: 1.2, unit: "Pbps" }]],
    ["每个端口1.6Tbps", [{ text: "1.6Tbps", kind: "measure", value: 1.6, unit: "Tbps" }]],
    // T glued to a number: a link's rate or a storage size, no trillions
    ["单波速率已经到了1.6T", [{ text: "1.6T", kind: "measure", value: 1.6, unit: "Tbps" }]],
    ["我的硬盘是2T的", [{ text: "2T", kind: "measure", value: 2, unit: "TB" }]],
    // near-misses: T of money stays trillions, of an engine a displacement
    ["营收1.4T美元", [{ text: "1.4T美元", kind: "money", value: 1.4e12, unit: "USD" }]],
    ["2.0T的发动机", []],
    // near-misses: M of money stays millions, a size said with 个M stays MB, 个M码 a clothes size
    ["我们融了800M美元", [{ text: "800M美元", kind: "money", value: 800e6, unit: "USD" }]],
    ["下载了三百多个M", [{ text: "三百多个M", kind: "measure", value: 300, unit: "MB" }]],
    ["进了300个M码的", [{ text: "300个", kind: "count", value: 300 }]],
    // near-misses: network generations stay names, in talk of spectrum and traffic too
    ["5G频段资源很紧张", []],
    ["6G的频谱还没定", []],
    ["3.5G网络当年很流行", []],
    ["5G的流量占比超过八成", [{ text: "八成", kind: "percent", value: 80 }]],
    ["4G通用流量在下降", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("stocks audit: idioms and records of 平, market money words, moves in 个点, clock hours and index points", () => {
  it.each([
    // an idiom of a calm market and an investor's record hold no area
    ["四平八稳的行情", []],
    ["散户七亏二平一赚", []],
    // near-misses: a home's area and a draw in a game's record stay
    ["这套房子一百平", [{ text: "一百平", kind: "measure", value: 100, unit: "m2" }]],
    [
      "两胜一平",
      [
        { text: "两胜", kind: "count", value: 2 },
        { text: "一平", kind: "count", value: 1 },
      ],
    ],
    // a fund's size, money raised, a position and a buyback are money
    ["我们的基金规模大概是两百个亿", [{ text: "两百个亿", kind: "money", value: 2e10, approx: "about" }]],
    ["公募基金总规模超过30万亿", [{ text: "30万亿", kind: "money", value: 3e13, approx: "over" }]],
    ["新基金募集了80亿", [{ text: "80亿", kind: "money", value: 8e9 }]],
    ["他手上有两个亿的仓位", [{ text: "两个亿", kind: "money", value: 2e8 }]],
    ["回购了20亿", [{ text: "20亿", kind: "money", value: 2e9 }]],
    // near-misses: a counter keeps its count
    ["募集了3000名志愿者", [{ text: "3000名", kind: "count", value: 3000 }]],
    ["回购了2000万股", [{ text: "2000万股", kind: "count", value: 2e7 }]],
    ["生产规模100万辆", [{ text: "100万辆", kind: "count", value: 1e6 }]],
    // a fund's value and a stock at its limit move in percent
    ["这只基金今天跌了两个点", [{ text: "两个点", kind: "percent", value: 2, unit: "%" }]],
    ["涨停以后又跌了五个点", [{ text: "五个点", kind: "percent", value: 5, unit: "%" }]],
    // near-miss: a shop's points speak of no market
    ["门店涨了两个点", []],
    // 10 to 24 点 in index talk is a clock hour unless an index's move comes right before it
    ["十点多的时候沪指突然跳水", []],
    ["今天十一点 沪指跳水了", []],
    ["大盘十点开盘", []],
    ["沪指涨了15点", [{ text: "15点", kind: "measure", value: 15, unit: "points" }]],
    ["恒指跌了二十点", [{ text: "二十点", kind: "measure", value: 20, unit: "points" }]],
    ["恒指今天跌了300多点", [{ text: "300多点", kind: "measure", value: 300, unit: "points" }]],
    // a market named for its index, and an index level held or kept
    ["股市站稳三千点", [{ text: "三千点", kind: "measure", value: 3000, unit: "points" }]],
    ["守住三千点", [{ text: "三千点", kind: "measure", value: 3000, unit: "points" }]],
    ["港股跌了500点", [{ text: "500点", kind: "measure", value: 500, unit: "points" }]],
    // near-misses: points of talk and a clock stay no index points
    ["我们提了三点建议", []],
    ["A股九点半开盘", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("stocks audit: a central bank's moves counted, a share's and a board lot's price", () => {
  it.each([
    ["美联储年内可能还会降息两次", [{ text: "两次", kind: "count", value: 2, unit: "次" }]],
    ["今年降准了两次", [{ text: "两次", kind: "count", value: 2, unit: "次" }]],
    // near-misses: a count of talk stays discourse
    ["我说了两次", []],
    ["降息是两个原因", []],
    ["一股要一千五", [{ text: "一千五", kind: "money", value: 1500 }]],
    ["茅台一手就要十五万", [{ text: "十五万", kind: "money", value: 150000 }]],
    // near-miss: shares to a board lot keep their counter
    ["一手是一百股", [{ text: "一百股", kind: "count", value: 100 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("health audit: MRI fields in tesla, rate bases said bare, bed numbers, doses and blood readings", () => {
  it.each([
    // T glued to a number beside an MRI scanner is tesla, no trillions
    ["我们医院用的是GE的3.0T核磁共振", [{ text: "3.0T", kind: "measure", value: 3, unit: "T" }]],
    ["新上了一台1.5T的磁共振", [{ text: "1.5T", kind: "measure", value: 1.5, unit: "T" }]],
    // near-miss: money in T stays money, beside a scanner too
    ["营收1.4T美元 核磁共振业务占两成", [{ text: "1.4T美元", kind: "money", unit: "USD" }, { text: "两成" }]],
    // a round base after 每 with no unit, a number after it, is the base of a rate, no figure
    ["孕产妇死亡率下降到每十万十五点一", []],
    ["每十万 有十五个", [{ text: "十五个", kind: "count", value: 15 }]],
    // near-miss: a round number with no 每 keeps its figure
    ["全市有十万 其中三成是老人", [{ text: "十万", kind: "count", value: 100000 }, { text: "三成" }]],
    // a bed named by its number is a label; beds counted stay counts
    ["他是3床的病人", []],
    ["12床家属过来一下", []],
    ["我们ICU一共48床", [{ text: "48床", kind: "count", value: 48, unit: "床" }]],
    ["调拨了5000床被子", [{ text: "5000床", kind: "count", value: 5000, unit: "床" }]],
    // a bed rate after a caption space opens the next clause; beds after a space stay beds
    ["出院人次是十二万 床位使用率百分之九十三", [{ text: "十二万", unit: null }, { text: "百分之九十三" }]],
    ["我们医院一共一千二 床位", [{ text: "一千二 床", kind: "count", value: 1200, unit: "床" }]],
    // doses counted in 剂次 and 剂; 剂量 is no counter
    [
      "新冠疫苗累计接种超过三十四亿剂次",
      [{ text: "三十四亿剂次", kind: "count", value: 3400000000, unit: "剂次", approx: "over" }],
    ],
    ["中药开了三十剂", [{ text: "三十剂", kind: "count", value: 30, unit: "剂" }]],
    ["一次两剂量", []],
    // blood pressure's readings named alone are measures
    ["舒张压九十以下", [{ text: "九十", kind: "measure", value: 90, approx: "under" }]],
    ["肌酐一百二", [{ text: "一百二", kind: "measure", value: 120 }]],
    // near-miss: a count of visits beside a reading stays a count
    ["他的舒张压有点高 去年住了两次院", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("macro audit: an economy's output and money stocks, jobs counted, 个点 of growth, a spoken negative decimal", () => {
  it.each([
    // an economy's output and its money stocks are money, the currency unsaid
    ["社融存量是437万亿", [{ text: "437万亿", kind: "money", value: 4.37e14 }]],
    ["全年GDP是134.9万亿", [{ text: "134.9万亿", kind: "money", value: 1.349e14 }]],
    ["经济总量突破了130万亿", [{ text: "130万亿", kind: "money", value: 1.3e14, approx: "over" }]],
    ["M2余额是336万亿", [{ text: "336万亿", kind: "money", value: 3.36e14 }]],
    ["国有资产总额大概300万亿", [{ text: "300万亿", kind: "money", value: 3e14, approx: "about" }]],
    // near-misses: people and users keep their count
    ["GDP排名第二 人口14亿", [{ text: "14亿", kind: "count", value: 1.4e9 }]],
    ["余额宝的用户有7亿", [{ text: "7亿", kind: "count", value: 7e8 }]],
    // jobs are people counted, even where money or GDP is spoken of
    [
      "GDP增长5% 新增就业1200万",
      [
        { text: "5%", kind: "percent", value: 5, unit: "%" },
        { text: "1200万", kind: "count", value: 1.2e7 },
      ],
    ],
    [
      "营收增长5% 新增就业1200万",
      [
        { text: "5%", kind: "percent", value: 5, unit: "%" },
        { text: "1200万", kind: "count", value: 1.2e7 },
      ],
    ],
    // near-miss: money for jobs stays money
    ["稳就业资金拨了300亿", [{ text: "300亿", kind: "money", value: 3e10 }]],
    // N个点 of growth, prices and a contribution to growth are percentage points
    ["出口增速可能要掉两三个点", [{ text: "两三个点", kind: "percent", min: 2, max: 3, unit: "pp" }]],
    ["CPI涨了一个点", [{ text: "一个点", kind: "percent", value: 1, unit: "pp" }]],
    ["消费拉动经济增长3个点", [{ text: "3个点", kind: "percent", value: 3, unit: "pp" }]],
    ["拉动GDP增长0.5个点", [{ text: "0.5个点", kind: "percent", value: 0.5, unit: "pp" }]],
    ["房地产对GDP的拉动大概在7个点左右", [{ text: "7个点", kind: "percent", value: 7, unit: "pp", approx: "about" }]],
    ["关税再加十个点", [{ text: "十个点", kind: "percent", value: 10, unit: "pp" }]],
    // near-misses: no rate spoken of, no percentage points
    ["门店拉动了三个点", []],
    ["我们再加三个点", []],
    ["用户增长三个点", []],
    // a spoken minus before a Chinese decimal (负的零点九)
    ["GDP平减指数 今年是负的零点九", [{ text: "负的零点九", kind: "measure", value: -0.9 }]],
    // near-misses: the negative side and a clock hour take no minus
    ["利润是负的一面", []],
    ["最低是负的两点 然后", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("pensions audit: 401k, 一分为二 and 三十年河东 are no figures; a pension's 个点, its fund and its draw", () => {
  it.each([
    // an American retirement plan named by its tax-code section, no 401 thousand
    ["美国的401k 规模大概十万亿美元", [{ text: "十万亿美元", kind: "money", value: 1e13, unit: "USD" }]],
    ["401K账户里有十万美元", [{ text: "十万美元", kind: "money", value: 1e5, unit: "USD" }]],
    // near-miss: with a unit after it the number stays a sum
    ["每个月存401k美元", [{ text: "401k美元", kind: "money", value: 401000, unit: "USD" }]],
    // idioms: both sides, fortunes turning
    ["这个问题要一分为二地看", []],
    ["养老金 三十年河东 三十年河西", []],
    // near-misses: a cent and years paid in stay figures
    ["每度电便宜一分钱", [{ text: "一分钱", kind: "money" }]],
    ["交了三十年", [{ text: "三十年", kind: "duration", value: 30, unit: "year" }]],
    // a pension or a wage raised by points is raised in percent; a filler 个 after the verb is no matter
    ["今年养老金上调了两个点", [{ text: "两个点", kind: "percent", value: 2, unit: "%" }]],
    ["退休金又涨了三个点", [{ text: "三个点", kind: "percent", value: 3, unit: "%" }]],
    ["养老金 每年涨个一两个点", [{ text: "一两个点", kind: "percent", min: 1, max: 2, unit: "%" }]],
    ["毛利率 每年涨个两个点", [{ text: "两个点", kind: "percent", value: 2, unit: "pp" }]],
    // near-misses: a rate of it moves in percentage points; a shop's points speak of no pay
    ["养老金替代率降了两个点", [{ text: "两个点", kind: "percent", value: 2, unit: "pp" }]],
    ["门店涨了两个点", []],
    // a pension fund's size, a pension drawn by the month and a contribution paid in are money
    ["全国社保基金 规模大概3万亿", [{ text: "3万亿", kind: "money", value: 3e12, approx: "about" }]],
    ["一个月领三千", [{ text: "三千", kind: "money", value: 3000 }]],
    ["每月领两千多", [{ text: "两千多", kind: "money", value: 2000, approx: "over" }]],
    ["灵活就业人员 一年 最低要交 一万多", [{ text: "一万多", kind: "money", value: 10000, approx: "over" }]],
    // near-misses: counters keep their counts
    ["社保基金持有3亿股", [{ text: "3亿股", kind: "count", value: 3e8, unit: "股" }]],
    ["每个月领两箱牛奶", [{ text: "两箱", kind: "count", value: 2, unit: "箱" }]],
    ["要交三份材料", []],
    // 个人 opening a noun after a caption space opens the next clause, no count of people
    [
      "每月工资一万 个人账户一年存九千六",
      [
        { text: "一万", kind: "money", value: 10000 },
        { text: "九千六", kind: "money", value: 9600 },
      ],
    ],
    // near-miss: people counted stay people
    ["来了三千 个人", [{ text: "三千 个人", kind: "count", value: 3000 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("phones audit: models launched counted over caption spaces, a price link parted by a space", () => {
  it.each([
    // models of a phone maker counted by 款 before a noun of its launch list, or after a verb of launching
    ["今年有五款新机", [{ text: "五款", kind: "count", value: 5, unit: "款" }]],
    ["今年 有 五款 新机", [{ text: "五款", kind: "count", value: 5, unit: "款" }]],
    ["他们一口气发了五款新机", [{ text: "五款", kind: "count", value: 5, unit: "款" }]],
    ["他们 一口气 发了 五款 新机", [{ text: "五款", kind: "count", value: 5, unit: "款" }]],
    ["明年 我们 会 推出 五款 新机", [{ text: "五款", kind: "count", value: 5, unit: "款" }]],
    ["三款折叠屏 下个月 上市", [{ text: "三款", kind: "count", value: 3, unit: "款" }]],
    // near-misses: products pointed at, products in a word of talk, and views put out stay discourse
    ["这两款手机", []],
    ["我们有两款产品", []],
    ["我们 有 两款 产品", []],
    ["推出了两个观点", []],
    // a price's link verb parted by a caption space (降 到, 涨 到) still links the price word to its bare amount
    ["价格 降 到 3999", [{ text: "3999", kind: "money", value: 3999 }]],
    ["起售价 会 涨 到 五千", [{ text: "五千", kind: "money", value: 5000 }]],
    ["起售价会涨到五千", [{ text: "五千", kind: "money", value: 5000 }]],
    // near-miss: with no price word the bare number stays no money
    ["销量 降 到 3999", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("a visit or a meeting so many times a period of one is a figure", () => {
  it.each([
    ["一周去两次健身房", [{ text: "两次", kind: "count", value: 2 }]],
    ["我们一周会开两次会", [{ text: "两次", kind: "count", value: 2 }]],
    ["他一天见三个客户", [{ text: "三个", kind: "count", value: 3 }]],
    ["一年开两个发布会", [{ text: "两个", kind: "count", value: 2 }]],
    // near-misses: one period pointed at, and another verb, stay discourse
    ["有一天去了两个地方", []],
    ["那一年开了两个原因", []],
    ["一年讲两个原因", []],
    ["一周想两个问题", []],
  ] as [string, Want[]][])("%s", (text, want) => expectFigures(text, want));
});

describe("elections audit: seats by 席, terms served, a bound after a four-character noun, half of a body", () => {
  it.each([
    // 席 counts the seats a party wins or a chamber holds
    ["民进党这次拿到五十一席", [{ text: "五十一席", kind: "count", value: 51, unit: "席" }]],
    [
      "立法院总共一百一十三席 过半要五十七席",
      [
        { text: "一百一十三席", value: 113 },
        { text: "五十七席", value: 57 },
      ],
    ],
    ["共和党在众议院赢得了二百二十二席", [{ text: "二百二十二席", kind: "count", value: 222 }]],
    ["执政党会拿到六十席左右", [{ text: "六十席", value: 60, approx: "about" }]],
    // near-misses: words 席 starts after a number, and a seat's own counter
    ["他的一席话让人印象深刻", []],
    ["在市场上占有一席之地", []],
    ["立法会共有九十个议席", [{ text: "九十个", kind: "count", value: 90, unit: "个" }]],
    // terms of office served count after a verb of serving
    ["他已经连任三届了", [{ text: "三届", kind: "count", value: 3, unit: "届" }]],
    ["请问您这次连任两届之后 有什么计划", [{ text: "两届", kind: "count", value: 2 }]],
    ["他当了两届市长", [{ text: "两届", kind: "count", value: 2 }]],
    // near-misses: the next, the new and the pointed-at terms stay words
    ["新一届立法会", []],
    ["我估计下一届他应该不会再选了", []],
    ["这两届政府都没做好", []],
    // a bound after a noun of up to four characters bounds the count
    ["他们会拿下三百张选举人票以上", [{ text: "三百张", value: 300, approx: "over" }]],
    ["抽样一千个有效样本以上", [{ text: "一千个", value: 1000, approx: "over" }]],
    // near-miss: a bound that goes on modifies a noun
    ["五十家店以上的规模", [{ text: "五十家", value: 50, approx: null }]],
    // half of a body (半数) and over half (过半) are 50%, bounded
    ["赞成票超过半数", [{ text: "半数", kind: "percent", value: 50, approx: "over" }]],
    ["半数以上的选民投了票", [{ text: "半数", kind: "percent", value: 50, approx: "over" }]],
    ["不到半数的人支持", [{ text: "半数", kind: "percent", value: 50, approx: "under" }]],
    ["有半数的选民没去投票", [{ text: "半数", kind: "percent", value: 50, approx: null }]],
    ["赞成票过半数", [{ text: "过半数", kind: "percent", value: 50, approx: "over" }]],
    ["他的得票率应该会过半 稳稳当选", [{ text: "过半", kind: "percent", value: 50, approx: "over" }]],
    ["过半的选民支持他", [{ text: "过半", kind: "percent", value: 50, approx: "over" }]],
    // near-misses: 过 of an experience or of passing before a word that opens with 半
    ["我做过半导体", []],
    ["过半要五十七席", [{ text: "五十七席", value: 57 }]],
    ["经过半年的选战", [{ text: "半年", kind: "duration", value: 0.5 }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("demography audit: an age group over caption spaces, an idiom parted by a pause, a sex ratio per hundred", () => {
  it.each([
    // a bounded age and a group's noun or 的 after a caption space name a group, as 六十岁以上人口 does
    ["六十岁 以上 人口 占 两成", [{ text: "两成", kind: "percent", value: 20 }]],
    ["六十五岁 以上 老人 有 两亿多", [{ text: "两亿多", kind: "count", value: 2e8, approx: "over" }]],
    ["十八岁 以下 的 孩子", []],
    ["三岁 以下 婴幼儿 托位数", []],
    // near-misses: an age that ends its clause at a pause, or a word that makes it what the clause states, stays one
    ["他 已经 六十岁 以上 了", [{ text: "六十岁", kind: "measure", value: 60, approx: "over" }]],
    ["用户 集中 在 二十五 到 三十五岁 我们 主要 做 年轻人", [{ text: "二十五 到 三十五岁", min: 25, max: 35 }]],
    ["年龄 在 十八 到 二十五岁 之间", [{ text: "十八 到 二十五岁", min: 18, max: 25 }]],
    // an idiom parted by a caption pause is one all the same: no ten thousand of anything
    ["说 一千道 一万 关键 还是 降低 养育 成本", []],
    ["需求 一年 比 一年 高", []],
    // near-misses: a score and minutes parted by a pause stay figures
    ["考了 一百分", [{ text: "一百分", kind: "measure", value: 100 }]],
    ["他 做了 十分 钟", [{ text: "十分 钟", kind: "duration", value: 10, unit: "minute" }]],
    // a sex ratio is said per hundred women: 105.07 is 1.0507 to one, no multiple of 105
    ["总人口性别比为105.07", [{ text: "105.07", kind: "measure", value: 1.0507, unit: "ratio" }]],
    ["出生人口性别比 一百一十一", [{ text: "一百一十一", kind: "measure", value: 1.11, unit: "ratio" }]],
    // near-misses: two terms joined stay a pair's ratio, other ratio words keep their multiple
    ["性别比是105比100", [{ text: "105比100", kind: "measure", value: 1.05, unit: "ratio" }]],
    ["男女比例大概是二点五比一", [{ text: "二点五比一", kind: "measure", value: 2.5, unit: "ratio" }]],
    ["不良的比例不到0.8", [{ text: "0.8", kind: "multiple", value: 0.8, approx: "under" }]],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("livestream audit: a share taken, a proportion, a margin and a range's far end in points", () => {
  it.each([
    // a share taken or given where the sentence speaks of a commission or a fee is the share in percent
    [
      "坑位费十万 佣金再收二十个点",
      [
        { text: "十万", kind: "money" },
        { text: "二十个点", kind: "percent", value: 20, unit: "%" },
      ],
    ],
    ["平台再抽五个点的佣金", [{ text: "五个点", kind: "percent", value: 5, unit: "%" }]],
    ["主播拿二十个点的提成", [{ text: "二十个点", kind: "percent", value: 20, unit: "%" }]],
    // a proportion and a margin said without 率
    ["佣金比例二十个点", [{ text: "二十个点", kind: "percent", value: 20, unit: "%" }]],
    ["分成比例是三十个点", [{ text: "三十个点", kind: "percent", value: 30, unit: "%" }]],
    ["毛利有四十个点", [{ text: "四十个点", kind: "percent", value: 40, unit: "%" }]],
    ["净利润也就三四个点", [{ text: "三四个点", kind: "percent", min: 3, max: 4, unit: "%" }]],
    // a range's far end said in points as its near end
    ["佣金比例二十个点到三十个点", [{ text: "二十个点到三十个点", kind: "percent", min: 20, max: 30, unit: "%" }]],
    ["毛利有二十个点到三十多个点", [{ text: "二十个点到三十多个点", kind: "percent", min: 20, max: 30 }]],
    // near-misses: no fee, no proportion, no margin: sites and goods stay counts or discourse
    ["收了三个点的货", []],
    ["门店从三个点到五个点", []],
    ["利润五百万", [{ text: "五百万", kind: "money", value: 5000000 }]],
    ["他说了三个点到五个点的内容", []],
  ] as [string, Want[]][])("%s", expectFigures);
});

describe("prices audit: a price said digit by digit after a place, a face value, a kind's price, a discount's price, 到手", () => {
  it.each([
    // bare digits after a place's shorthand digit fill its lower places: the price said, never a part of it
    [
      "原价一千二九九 今天只要九百九",
      [
        { text: "一千二九九", kind: "money", value: 1299 },
        { text: "九百九", kind: "money", value: 990 },
      ],
    ],
    [
      "原价三千五九九 到手价两千九九九",
      [
        { text: "三千五九九", value: 3599 },
        { text: "两千九九九", value: 2999 },
      ],
    ],
    ["两百九九块 包邮", [{ text: "两百九九块", kind: "money", value: 299, unit: "CNY" }]],
    ["原价一千二九九九", []],
    // a coupon, a red packet named by its face value; a kind of goods priced before 的
    ["再领一个二十的券 到手更便宜", [{ text: "二十", kind: "money", value: 20 }]],
    ["发个五十的红包", [{ text: "五十", kind: "money", value: 50 }]],
    ["一款九十九的四件套 家人们冲", [{ text: "九十九", kind: "money", value: 99 }]],
    ["这款两百九九的面霜", [{ text: "两百九九", kind: "money", value: 299 }]],
    // a carry word after a discount, and a price word of a discounted price
    [
      "打个八折 也就 四百八",
      [
        { text: "八折", kind: "percent", value: 80 },
        { text: "四百八", kind: "money", value: 480 },
      ],
    ],
    ["打完折也就四百八", [{ text: "四百八", kind: "money", value: 480 }]],
    ["折后价三百九", [{ text: "三百九", kind: "money", value: 390 }]],
    // near-misses: an age, people, a time, coupons counted, a model's name, counts after a discount, 折后 alone
    ["二十的时候我还在上学", []],
    ["一个二十的年轻人", []],
    ["九十九的人都不知道", []],
    ["二十张券", [{ text: "二十张", kind: "count", value: 20 }]],
    ["这款小米十五的屏幕", []],
    ["打个八折 也就 一两天的事", [{ text: "八折" }, { text: "一两天", kind: "duration" }]],
    ["几经波折后 五十", []],
    ["我们不搞九九六", []],
    ["五五开吧", []],
    ["一二三四五", []],
    ["到手价 五九九", [{ text: "五九九", kind: "money", value: 599 }]],
    ["原价一二九九", [{ text: "一二九九", kind: "money", value: 1299 }]],
    // what the buyer pays to take the goods, said after the number
    [
      "再领一个二十的券 五百七十九到手",
      [
        { text: "二十", value: 20 },
        { text: "五百七十九", kind: "money", value: 579 },
      ],
    ],
    ["今天九十九带走", [{ text: "九十九", kind: "money", value: 99 }]],
    // near-misses: a unit or a counter before the word, an ordinal
    ["三个月到手", [{ text: "三个月", kind: "duration", value: 3 }]],
    ["两件带走", []],
    ["第一到手", []],
  ] as [string, Want[]][])("%s", expectFigures);
});
