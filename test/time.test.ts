import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { findTimes, type TimeMatch } from "../src/recognize/time.js";

const ANCHOR = "2025-12-18";

type Expected = Pick<TimeMatch, "text" | "from" | "to" | "grain"> & Partial<TimeMatch>;

/** [sentence, expected matches] said on 2025-12-18. */
const said: [string, Expected[]][] = [
  // ---------------------------------------------------------------- years and parts of years
  [
    "Sam Altman说2026年仍然无法满足",
    [{ text: "2026年", from: "2026-01-01", to: "2026-12-31", grain: "year", relative: false }],
  ],
  ["2050年我们每天做什么", [{ text: "2050年", from: "2050-01-01", to: "2050-12-31", grain: "year" }]],
  // a two-digit year in words (audit school: no 高 or 初 before it, which would make the first digit a grade's)
  ["三一年的时候我们要上市", [{ text: "三一年", from: "2031-01-01", to: "2031-12-31", grain: "year" }]],
  ["OpenAI在2028或2029年实现盈利之前", [{ text: "2028或2029年", from: "2028-01-01", to: "2029-12-31", grain: "year" }]],
  ["预计2028到2029年才能盈利", [{ text: "2028到2029年", from: "2028-01-01", to: "2029-12-31", grain: "year" }]],
  ["2013、14年的时候移动互联网刚起来", [{ text: "2013、14年", from: "2013-01-01", to: "2014-12-31", grain: "year" }]],
  ["1995-1997年的收入很不乐观", [{ text: "1995-1997年", from: "1995-01-01", to: "1997-12-31", grain: "year" }]],
  [
    "显示 2010 年至 2018 年的销售额",
    [{ text: "2010 年至 2018 年", from: "2010-01-01", to: "2018-12-31", grain: "year" }],
  ],
  ["08年奥运会在北京举办", [{ text: "08年", from: "2008-01-01", to: "2008-12-31", grain: "year" }]],
  ["我00年就开始做互联网了", [{ text: "00年", from: "2000-01-01", to: "2000-12-31", grain: "year" }]],
  ["18年10月我们上线了第一版", [{ text: "18年10月", from: "2018-10-01", to: "2018-10-31", grain: "month" }]],
  ["98年的时候我还在读书", [{ text: "98年", from: "1998-01-01", to: "1998-12-31", grain: "year" }]],
  // a birth and a sports event named by its year: a two-digit year without a leading zero before them
  ["我是98年出生的", [{ text: "98年", from: "1998-01-01", to: "1998-12-31", grain: "year" }]],
  ["他参加过98年世界杯", [{ text: "98年", from: "1998-01-01", to: "1998-12-31", grain: "year" }]],
  ["22年世界杯在卡塔尔", [{ text: "22年", from: "2022-01-01", to: "2022-12-31", grain: "year" }]],
  ["零八年奥运会在北京举办", [{ text: "零八年", from: "2008-01-01", to: "2008-12-31", grain: "year" }]],
  [
    "这家工厂2015年和2018年的销售额分别为5亿和7.5亿元",
    [
      { text: "2015年", from: "2015-01-01", to: "2015-12-31", grain: "year" },
      { text: "2018年", from: "2018-01-01", to: "2018-12-31", grain: "year" },
    ],
  ],
  [
    "2015年和2018年之间的销售额为8亿",
    [{ text: "2015年和2018年之间", from: "2015-01-01", to: "2018-12-31", grain: "year" }],
  ],
  ["00年代的互联网泡沫", [{ text: "00年代", from: "2000-01-01", to: "2009-12-31", grain: "decade" }]],
  ["10年代是移动互联网的十年", [{ text: "10年代", from: "2010-01-01", to: "2019-12-31", grain: "decade" }]],
  ["90年代的图形界面", [{ text: "90年代", from: "1990-01-01", to: "1999-12-31", grain: "decade" }]],
  ["到了2020年代，一切都变了", [{ text: "2020年代", from: "2020-01-01", to: "2029-12-31", grain: "decade" }]],
  ["九十年代出生的人", [{ text: "九十年代", from: "1990-01-01", to: "1999-12-31", grain: "decade" }]],
  ["上世纪90年代末的互联网泡沫", [{ text: "上世纪90年代末", from: "1997-01-01", to: "1999-12-31", grain: "decade" }]],
  ["十九世纪七十年代", [{ text: "十九世纪七十年代", from: "1870-01-01", to: "1879-12-31", grain: "decade" }]],
  // a part of a century with no decade (centuries.parts); a century alone is all of it
  ["上世纪末我们家才有电视", [{ text: "上世纪末", from: "1980-01-01", to: "1999-12-31", grain: "decade" }]],
  ["20世纪初全国人口大约四亿", [{ text: "20世纪初", from: "1900-01-01", to: "1919-12-31", grain: "decade" }]],
  ["本世纪下半叶", [{ text: "本世纪下半叶", from: "2050-01-01", to: "2099-12-31", grain: "decade" }]],
  [
    "预计到本世纪中叶人口会降到十亿以下",
    [{ text: "到本世纪中叶", from: "2025-12-18", to: "2060-12-31", grain: "decade", direction: "future" }],
  ],
  ["21世纪是生物的世纪", [{ text: "21世纪", from: "2000-01-01", to: "2099-12-31", grain: "decade" }]],
  ["已经在2025年下半年开始出现了", [{ text: "2025年下半年", from: "2025-07-01", to: "2025-12-31", grain: "half" }]],
  [
    "我们上半年的收入翻了一倍",
    [{ text: "上半年", from: "2025-01-01", to: "2025-06-30", grain: "half", relative: true }],
  ],
  ["下半年会更好", [{ text: "下半年", from: "2025-07-01", to: "2025-12-31", grain: "half" }]],
  ["前半年我们亏了不少", [{ text: "前半年", from: "2025-01-01", to: "2025-06-30", grain: "half" }]],
  // 提前半年 is "half a year ahead", a duration, no part of a year
  ["我们提前半年就开始备货", []],
  // the whole year, of the anchor or of the year before it
  [
    "全年GDP增长5%左右",
    [{ text: "全年", from: "2025-01-01", to: "2025-12-31", grain: "year", relative: true, direction: "present" }],
  ],
  ["明年全年营收", [{ text: "明年全年", from: "2026-01-01", to: "2026-12-31", grain: "year", direction: "future" }]],
  ["去年全年营收", [{ text: "去年全年", from: "2024-01-01", to: "2024-12-31", grain: "year", direction: "past" }]],
  ["2024年全年度", [{ text: "2024年全年度", from: "2024-01-01", to: "2024-12-31", grain: "year", direction: "past" }]],
  ["年初时我们就决定了", [{ text: "年初", from: "2025-01-01", to: "2025-03-31", grain: "quarter", relative: true }]],
  ["年中的时候会发布", [{ text: "年中", from: "2025-05-01", to: "2025-08-31", grain: "quarter" }]],
  ["明年年中上线", [{ text: "明年年中", from: "2026-05-01", to: "2026-08-31", grain: "quarter" }]],
  // two relative years as one span
  [
    "我们预计明后两年营收能到100亿元",
    [{ text: "明后两年", from: "2026-01-01", to: "2027-12-31", grain: "year", direction: "future", duration: false }],
  ],
  ["明后年会有5家门店开业", [{ text: "明后年", from: "2026-01-01", to: "2027-12-31", grain: "year", relative: true }]],
  ["今明两年营收会到100亿元", [{ text: "今明两年", from: "2025-01-01", to: "2026-12-31", grain: "year" }]],
  ["未来两三年营收会到100亿元", [{ text: "未来两三年", from: "2025-12-18", to: "2028-12-31", grain: "year" }]],
  // negatives: 说明 + 后年, 明后天 and 今明两天 (the two days, no years)
  ["这说明后年营收会翻倍", [{ text: "后年", from: "2027-01-01", to: "2027-12-31", grain: "year" }]],
  ["明后天发布", [{ text: "明后天", from: "2025-12-19", to: "2025-12-20", grain: "day" }]],
  ["今明两天有大到暴雨", [{ text: "今明两天", from: "2025-12-18", to: "2025-12-19", grain: "day" }]],
  ["大后天发布", [{ text: "大后天", from: "2025-12-21", to: "2025-12-21", grain: "day" }]],
  // a part of a year after the year's own 年, before any word (年中 alone or sharing 年 needs one of its onlyBefore)
  ["明年年中良率会到九成", [{ text: "明年年中", from: "2026-05-01", to: "2026-08-31", grain: "quarter" }]],
  ["2026年年中良率会到九成", [{ text: "2026年年中", from: "2026-05-01", to: "2026-08-31", grain: "quarter" }]],
  [
    "预计到2027年年中良率能到九成",
    [{ text: "到2027年年中", from: "2025-12-18", to: "2027-08-31", grain: "quarter", direction: "future" }],
  ],
  ["2026年的年中营收", [{ text: "2026年的年中", from: "2026-05-01", to: "2026-08-31", grain: "quarter" }]],
  ["2026年年初良率", [{ text: "2026年年初", from: "2026-01-01", to: "2026-03-31", grain: "quarter" }]],
  ["2026年年底良率", [{ text: "2026年年底", from: "2026-10-01", to: "2026-12-31", grain: "quarter" }]],
  ["2026年年末良率", [{ text: "2026年年末", from: "2026-10-01", to: "2026-12-31", grain: "quarter" }]],
  // negatives: 年中 sharing the year's 年 before another word is 中国, 中期
  ["2026年中国市场", [{ text: "2026年", from: "2026-01-01", to: "2026-12-31", grain: "year" }]],
  ["明年中期目标", [{ text: "明年", from: "2026-01-01", to: "2026-12-31", grain: "year" }]],
  ["年底会有新消息", [{ text: "年底", from: "2025-10-01", to: "2025-12-31", grain: "quarter" }]],
  ["去年底用户破亿", [{ text: "去年底", from: "2024-10-01", to: "2024-12-31", grain: "quarter", direction: "past" }]],
  ["2030年年末", [{ text: "2030年年末", from: "2030-10-01", to: "2030-12-31", grain: "quarter" }]],
  ["第一季度的营收", [{ text: "第一季度", from: "2025-01-01", to: "2025-03-31", grain: "quarter" }]],
  ["一季度的营收", [{ text: "一季度", from: "2025-01-01", to: "2025-03-31", grain: "quarter" }]],
  ["第1季度的营收", [{ text: "第1季度", from: "2025-01-01", to: "2025-03-31", grain: "quarter" }]],
  ["Q1的营收", [{ text: "Q1", from: "2025-01-01", to: "2025-03-31", grain: "quarter" }]],
  ["第三季度的营收", [{ text: "第三季度", from: "2025-07-01", to: "2025-09-30", grain: "quarter" }]],
  ["截至三季度末", [{ text: "三季度末", from: "2025-09-01", to: "2025-09-30", grain: "month" }]],
  [
    "明年第一季度会发布一款新模型",
    [
      {
        text: "明年第一季度",
        from: "2026-01-01",
        to: "2026-03-31",
        grain: "quarter",
        relative: true,
        direction: "future",
      },
    ],
  ],
  [
    "从GPT-6的发布和明年一季度的新模型",
    [{ text: "明年一季度", from: "2026-01-01", to: "2026-03-31", grain: "quarter" }],
  ],
  ["2025Q3营收", [{ text: "2025Q3", from: "2025-07-01", to: "2025-09-30", grain: "quarter" }]],
  ["2025年前三季度营收", [{ text: "2025年前三季度", from: "2025-01-01", to: "2025-09-30", grain: "quarter" }]],
  // the first months alone, when they are the year to date just over (said in December): a statistic's period
  ["前11个月新增社融大约32万亿元", [{ text: "前11个月", from: "2025-01-01", to: "2025-11-30", grain: "month" }]],
  ["前十个月销量增长了20%", [{ text: "前十个月", from: "2025-01-01", to: "2025-10-31", grain: "month" }]],
  ["今年夏天发布的时候", [{ text: "今年夏天", from: "2025-06-01", to: "2025-08-31", grain: "quarter" }]],
  ["2025年中国的GDP", [{ text: "2025年", from: "2025-01-01", to: "2025-12-31", grain: "year" }]],
  ["今年中国市场", [{ text: "今年", from: "2025-01-01", to: "2025-12-31", grain: "year" }]],
  ["二三年的时候", [{ text: "二三年", from: "2023-01-01", to: "2023-12-31", grain: "year" }]],
  ["一二年的时候", [{ text: "一二年", from: "2012-01-01", to: "2012-12-31", grain: "year" }]],
  ["九八年我们刚毕业", [{ text: "九八年", from: "1998-01-01", to: "1998-12-31", grain: "year" }]],
  ["零八年奥运会", [{ text: "零八年", from: "2008-01-01", to: "2008-12-31", grain: "year" }]],
  ["七八年10月", [{ text: "七八年10月", from: "1978-10-01", to: "1978-10-31", grain: "month" }]],
  // two adjacent ascending digits before 十年代 name two decades, never 70–80 years
  ["七八十年代的时候", [{ text: "七八十年代", from: "1970-01-01", to: "1989-12-31", grain: "decade" }]],
  ["上世纪八九十年代", [{ text: "上世纪八九十年代", from: "1980-01-01", to: "1999-12-31", grain: "decade" }]],
  ["八十年代我们刚毕业", [{ text: "八十年代", from: "1980-01-01", to: "1989-12-31", grain: "decade" }]],
  ["2019年2月29日", [{ text: "2019年2月29日", from: null, to: null, grain: "day", relative: false }]],
  // ---------------------------------------------------------------- months and days
  [
    "自 2024 年 11 月以来",
    [{ text: "自 2024 年 11 月以来", from: "2024-11-01", to: "2025-12-18", grain: "open", direction: "past" }],
  ],
  ["2024年11月发布", [{ text: "2024年11月", from: "2024-11-01", to: "2024-11-30", grain: "month", relative: false }]],
  [
    "哪吒二会2月14号情人节在北美上映",
    [{ text: "2月14号", from: "2025-02-14", to: "2025-02-14", grain: "day", relative: true }],
  ],
  ["2月14日上映", [{ text: "2月14日", from: "2025-02-14", to: "2025-02-14", grain: "day" }]],
  [
    "2025年2月14日上映",
    [{ text: "2025年2月14日", from: "2025-02-14", to: "2025-02-14", grain: "day", relative: false }],
  ],
  ["发布日期是2025-02-14", [{ text: "2025-02-14", from: "2025-02-14", to: "2025-02-14", grain: "day" }]],
  ["发布日期是2025/2/14", [{ text: "2025/2/14", from: "2025-02-14", to: "2025-02-14", grain: "day" }]],
  ["明年三月发布", [{ text: "明年三月", from: "2026-03-01", to: "2026-03-31", grain: "month" }]],
  ["三月份的时候", [{ text: "三月份", from: "2025-03-01", to: "2025-03-31", grain: "month" }]],
  ["十二月发布", [{ text: "十二月", from: "2025-12-01", to: "2025-12-31", grain: "month" }]],
  ["二零零四年八月十五", [{ text: "二零零四年八月十五", from: "2004-08-15", to: "2004-08-15", grain: "day" }]],
  ["月底之前上线", [{ text: "月底之前", from: "2025-12-18", to: "2025-12-31", grain: "day" }]],
  ["时间从一月十日到十二日", [{ text: "从一月十日到十二日", from: "2025-01-10", to: "2025-01-12", grain: "day" }]],
  [
    "计费周期 2019年6月1日-6月30日",
    [{ text: "2019年6月1日-6月30日", from: "2019-06-01", to: "2019-06-30", grain: "day" }],
  ],
  ["可以给我8月至2月的数据吗", [{ text: "8月至2月", from: "2025-08-01", to: "2026-02-28", grain: "month" }]],
  // the months to date of statistical releases: a bare month number, a connector and a month
  ["1到11月份，投资增长2.6%", [{ text: "1到11月份", from: "2025-01-01", to: "2025-11-30", grain: "month" }]],
  ["1-11月投资增长2.6%", [{ text: "1-11月", from: "2025-01-01", to: "2025-11-30", grain: "month" }]],
  ["1—11月投资增长2.6%", [{ text: "1—11月", from: "2025-01-01", to: "2025-11-30", grain: "month" }]],
  ["今年1至10月利润增长1.9%", [{ text: "今年1至10月", from: "2025-01-01", to: "2025-10-31", grain: "month" }]],
  ["2024年1-11月", [{ text: "2024年1-11月", from: "2024-01-01", to: "2024-11-30", grain: "month" }]],
  [
    "明年1到6月计划新增贷款",
    [{ text: "明年1到6月", from: "2026-01-01", to: "2026-06-30", grain: "month", direction: "future" }],
  ],
  ["一至三月增长了2%", [{ text: "一至三月", from: "2025-01-01", to: "2025-03-31", grain: "month" }]],
  ["一至三季度增长了2%", [{ text: "一至三季度", from: "2025-01-01", to: "2025-09-30", grain: "quarter" }]],
  // a loose pair of two months in a row before the month word: both months (七八月份 → July–August)
  ["可能在七八月份毕业季达到高峰", [{ text: "七八月份", from: "2025-07-01", to: "2025-08-31", grain: "month" }]],
  ["一二月份的销量", [{ text: "一二月份", from: "2025-01-01", to: "2025-02-28", grain: "month" }]],
  ["明年五六月上市", [{ text: "明年五六月", from: "2026-05-01", to: "2026-06-30", grain: "month" }]],
  ["明年1-2季度", [{ text: "明年1-2季度", from: "2026-01-01", to: "2026-06-30", grain: "quarter" }]],
  // near-misses: a day at the end, the months the wrong way round, an ordinal, a duration
  ["1到11月5日", [{ text: "11月5日", from: "2025-11-05", to: "2025-11-05", grain: "day" }]],
  ["12到1月", [{ text: "1月", from: "2025-01-01", to: "2025-01-31", grain: "month" }]],
  ["第1到3月", [{ text: "3月", from: "2025-03-01", to: "2025-03-31", grain: "month" }]],
  ["四至一季度", [{ text: "一季度", from: "2025-01-01", to: "2025-03-31", grain: "quarter" }]],
  ["29日你来吗", [{ text: "29日", from: "2025-12-29", to: "2025-12-29", grain: "day" }]],
  ["10月12号，星期一", [{ text: "10月12号，星期一", from: "2025-10-12", to: "2025-10-12", grain: "day" }]],
  ["二〇二六年", [{ text: "二〇二六年", from: "2026-01-01", to: "2026-12-31", grain: "year", relative: false }]],
  ["二零二六年会更好", [{ text: "二零二六年", from: "2026-01-01", to: "2026-12-31", grain: "year" }]],
  // ---------------------------------------------------------------- relative words
  [
    "今年API业务对公司整体增长的贡献",
    [{ text: "今年", from: "2025-01-01", to: "2025-12-31", grain: "year", direction: "present" }],
  ],
  [
    "企业业务将是OpenAI明年的重点方向",
    [{ text: "明年", from: "2026-01-01", to: "2026-12-31", grain: "year", direction: "future" }],
  ],
  ["后年才能量产", [{ text: "后年", from: "2027-01-01", to: "2027-12-31", grain: "year" }]],
  ["後年的計劃", [{ text: "後年", from: "2027-01-01", to: "2027-12-31", grain: "year" }]],
  ["去年的营收", [{ text: "去年", from: "2024-01-01", to: "2024-12-31", grain: "year", direction: "past" }]],
  ["前年的时候", [{ text: "前年", from: "2023-01-01", to: "2023-12-31", grain: "year" }]],
  ["本月发布", [{ text: "本月", from: "2025-12-01", to: "2025-12-31", grain: "month" }]],
  ["这个月发布", [{ text: "这个月", from: "2025-12-01", to: "2025-12-31", grain: "month" }]],
  ["下个月发布", [{ text: "下个月", from: "2026-01-01", to: "2026-01-31", grain: "month", direction: "future" }]],
  ["下個月發布", [{ text: "下個月", from: "2026-01-01", to: "2026-01-31", grain: "month" }]],
  // after 说 (站长说, 老板说) 下个月 is still next month
  ["站长说下个月开始每单再降五毛", [{ text: "下个月", from: "2026-01-01", to: "2026-01-31", grain: "month" }]],
  ["老板说下个季度开始调薪", [{ text: "下个季度", from: "2026-01-01", to: "2026-03-31", grain: "quarter" }]],
  ["上个月发布", [{ text: "上个月", from: "2025-11-01", to: "2025-11-30", grain: "month", direction: "past" }]],
  ["我们讨论上个月的数据", [{ text: "上个月", from: "2025-11-01", to: "2025-11-30", grain: "month" }]],
  ["日本上周发布了数据", [{ text: "上周", from: "2025-12-08", to: "2025-12-14", grain: "day" }]],
  [
    "本月初，随着 Google 在消费者",
    [{ text: "本月初", from: "2025-12-01", to: "2025-12-10", grain: "day", direction: "past" }],
  ],
  // the anchor's month in another year: 这个时候 after a year
  [
    "明年这个时候我们会有一百万张卡",
    [{ text: "明年这个时候", from: "2026-12-01", to: "2026-12-31", grain: "month", direction: "future" }],
  ],
  ["去年的这个时候是每平七万", [{ text: "去年的这个时候", from: "2024-12-01", to: "2024-12-31", grain: "month" }]],
  ["2027年此时", [{ text: "2027年此时", from: "2027-12-01", to: "2027-12-31", grain: "month" }]],
  // near-misses: 这个时候 alone is no time of its own; 去年同期 is a comparison's baseline
  ["这个时候我们只有十个人", []],
  // 十一 after 第 is an ordinal, no National Day holiday
  ["第十一期间隔了两周", []],
  [
    "今年早些时候DeepSeek出现的时候",
    [{ text: "今年早些时候", from: "2025-01-01", to: "2025-12-18", grain: "open", direction: "past" }],
  ],
  ["今天要分享的", [{ text: "今天", from: "2025-12-18", to: "2025-12-18", grain: "day" }]],
  ["Google 今晚发布了", [{ text: "今晚", from: "2025-12-18", to: "2025-12-18", grain: "day" }]],
  ["明天下午发布", [{ text: "明天", from: "2025-12-19", to: "2025-12-19", grain: "day", direction: "future" }]],
  ["昨天刚发布", [{ text: "昨天", from: "2025-12-17", to: "2025-12-17", grain: "day", direction: "past" }]],
  ["是几天前OpenAI的CEO", [{ text: "几天前", from: "2025-12-09", to: "2025-12-16", grain: "day", direction: "past" }]],
  ["前几天刚发布", [{ text: "前几天", from: "2025-12-09", to: "2025-12-16", grain: "day" }]],
  // 前两天 opening a clause before a subject or 刚 is "the other day"; the first two days and 提前两天 are no time
  ["前两天我们刚发布了新版本", [{ text: "前两天", from: "2025-12-15", to: "2025-12-17", grain: "day" }]],
  ["前两天卖了三万张票", []],
  ["提前两天完成", []],
  ["首映前两天我还在改", []],
  ["下周一见", [{ text: "下周一", from: "2025-12-22", to: "2025-12-22", grain: "day" }]],
  // a second weekday after a range connector is of the first's week (next week's Thursday here), not the anchor's
  ["下周二到周四有雨", [{ text: "下周二到周四", from: "2025-12-23", to: "2025-12-25", grain: "day" }]],
  ["周二到周四有雨", [{ text: "周二到周四", from: "2025-12-16", to: "2025-12-18", grain: "day" }]],
  // NEGATIVE: a second weekday before the first is no one span: two days, each of its own week
  [
    "下周五到周二有雨",
    [
      { text: "下周五", from: "2025-12-26", to: "2025-12-26", grain: "day" },
      { text: "周二", from: "2025-12-16", to: "2025-12-16", grain: "day" },
    ],
  ],
  ["上上個週三完成的", [{ text: "上上個週三", from: "2025-12-03", to: "2025-12-03", grain: "day" }]],
  ["下下周", [{ text: "下下周", from: "2025-12-29", to: "2026-01-04", grain: "day" }]],
  ["周末再说", [{ text: "周末", from: "2025-12-20", to: "2025-12-21", grain: "day" }]],
  // a time word right after a product or model name that ends in digits (not a count: 十来年, 三个上半年)
  ["其中C919明年会再交付10架", [{ text: "明年", from: "2026-01-01", to: "2026-12-31", grain: "year" }]],
  ["PS5明年会降价10%", [{ text: "明年", from: "2026-01-01", to: "2026-12-31", grain: "year" }]],
  ["Model 3明年会降价", [{ text: "明年", from: "2026-01-01", to: "2026-12-31", grain: "year" }]],
  ["GPT-5明年会发布", [{ text: "明年", from: "2026-01-01", to: "2026-12-31", grain: "year" }]],
  ["GPT-4.5今年发布", [{ text: "今年", from: "2025-01-01", to: "2025-12-31", grain: "year" }]],
  ["iPhone 17后年停产", [{ text: "后年", from: "2027-01-01", to: "2027-12-31", grain: "year" }]],
  ["H20去年卖得很好", [{ text: "去年", from: "2024-01-01", to: "2024-12-31", grain: "year" }]],
  ["PS5下半年会降价", [{ text: "下半年", from: "2025-07-01", to: "2025-12-31", grain: "half" }]],
  ["PS5明年年底停产", [{ text: "明年年底", from: "2026-10-01", to: "2026-12-31", grain: "quarter" }]],
  ["PS5周五开卖", [{ text: "周五", from: "2025-12-19", to: "2025-12-19", grain: "day" }]],
  ["第3季明年播出", [{ text: "明年", from: "2026-01-01", to: "2026-12-31", grain: "year" }]],
  // a part alone after a demonstrative or the filler 那个 (not after a count: 三个上半年, 每个季度)
  ["这个下半年我们预计会有所放缓", [{ text: "下半年", from: "2025-07-01", to: "2025-12-31", grain: "half" }]],
  ["那个 第三季度 营收 增长了5%", [{ text: "第三季度", from: "2025-07-01", to: "2025-09-30", grain: "quarter" }]],
  ["那個上半年", [{ text: "上半年", from: "2025-01-01", to: "2025-06-30", grain: "half" }]],
  // a part alone after a stated year's part takes that year, as written Chinese does
  [
    "明年上半年会降5%，下半年会涨10%",
    [
      { text: "明年上半年", from: "2026-01-01", to: "2026-06-30", grain: "half" },
      { text: "下半年", from: "2026-07-01", to: "2026-12-31", grain: "half", direction: "future" },
    ],
  ],
  [
    "2027年一季度投产，四季度达产",
    [
      { text: "2027年一季度", from: "2027-01-01", to: "2027-03-31", grain: "quarter" },
      { text: "四季度", from: "2027-10-01", to: "2027-12-31", grain: "quarter" },
    ],
  ],
  [
    "去年上半年增长了5%，下半年增长了6%",
    [
      { text: "去年上半年", from: "2024-01-01", to: "2024-06-30", grain: "half" },
      { text: "下半年", from: "2024-07-01", to: "2024-12-31", grain: "half" },
    ],
  ],
  // negatives: a year of its own after the part ends it; a comparison's baseline sets none
  [
    "明年上半年会降5%，今年下半年涨了10%",
    [
      { text: "明年上半年", from: "2026-01-01", to: "2026-06-30", grain: "half" },
      { text: "今年下半年", from: "2025-07-01", to: "2025-12-31", grain: "half" },
    ],
  ],
  [
    "明年上半年会降5%，去年涨了10%，下半年会涨3%",
    [
      { text: "明年上半年", from: "2026-01-01", to: "2026-06-30", grain: "half" },
      { text: "去年", from: "2024-01-01", to: "2024-12-31", grain: "year" },
      { text: "下半年", from: "2025-07-01", to: "2025-12-31", grain: "half" },
    ],
  ],
  [
    "今年上半年比去年上半年增长5%，下半年会涨6%",
    [
      { text: "今年上半年", from: "2025-01-01", to: "2025-06-30", grain: "half" },
      { text: "去年上半年", from: "2024-01-01", to: "2024-06-30", grain: "half" },
      { text: "下半年", from: "2025-07-01", to: "2025-12-31", grain: "half" },
    ],
  ],
  // ---------------------------------------------------------------- counts from the anchor
  [
    "这在三年前ChatGPT刚发布时",
    [{ text: "三年前", from: "2022-01-01", to: "2022-12-31", grain: "year", relative: true, direction: "past" }],
  ],
  ["正在做五年前根本不可能做到的事情", [{ text: "五年前", from: "2020-01-01", to: "2020-12-31", grain: "year" }]],
  ["三年后会怎样", [{ text: "三年后", from: "2028-01-01", to: "2028-12-31", grain: "year", direction: "future" }]],
  ["七八年前", [{ text: "七八年前", from: "2017-01-01", to: "2018-12-31", grain: "year" }]],
  ["两个月后上线", [{ text: "两个月后", from: "2026-02-01", to: "2026-02-28", grain: "month" }]],
  // counted from a finished event (打完, 吃完, 满), not from the anchor: a length, no date
  ["一般打完两周以后产生抗体", []],
  ["吃完三天后去医院复查", []],
  ["工作满两年以后可以申请", []],
  ["两周以后产生抗体", [{ text: "两周以后", from: "2025-12-29", to: "2026-01-04", grain: "day" }]],
  ["我们完成改造，两个月后上线", [{ text: "两个月后", from: "2026-02-01", to: "2026-02-28", grain: "month" }]],
  // a window right after an event's 后 counts from the event (收到申请后五日内): no date; 日 counts days only before a
  // within word, and 15日 alone or before 之前 is a date
  ["收到申请后五日内作出决定", []],
  ["收到申请后15日之内作出决定", []],
  ["出院之后三天内要复查", []],
  ["我们会在三日内答复", [{ text: "三日内", from: "2025-12-18", to: "2025-12-21", grain: "day", duration: true }]],
  ["今后三年内会上市", [{ text: "今后三年内", from: "2025-12-18", to: "2028-12-31", grain: "year" }]],
  ["以后三年内我们会上市", [{ text: "三年内", from: "2025-12-18", to: "2028-12-31", grain: "year" }]],
  ["我们以后三年内会上市", [{ text: "三年内", from: "2025-12-18", to: "2028-12-31", grain: "year" }]],
  ["申请以后三天内答复", []],
  ["5日前提交", [{ text: "5日前", from: "2015-12-05", to: "2025-12-04", grain: "open" }]],
  ["5天前就回来了", [{ text: "5天前", from: "2025-12-13", to: "2025-12-13", grain: "day" }]],
  ["十多年前", [{ text: "十多年前", from: "2006-01-01", to: "2015-12-31", grain: "year" }]],
  ["三五年内见分晓", [{ text: "三五年内", from: "2025-12-18", to: "2030-12-31", grain: "year", duration: true }]],
  ["一两年后", [{ text: "一两年后", from: "2026-01-01", to: "2027-12-31", grain: "year" }]],
  ["三个多月前", [{ text: "三个多月前", from: "2025-08-01", to: "2025-09-30", grain: "month" }]],
  // ---------------------------------------------------------------- spans
  [
    "五年内会有大突破",
    [{ text: "五年内", from: "2025-12-18", to: "2030-12-31", grain: "year", duration: true, direction: "future" }],
  ],
  ["他认为，未来五年会是", [{ text: "未来五年", from: "2025-12-18", to: "2030-12-31", grain: "year", duration: true }]],
  ["未来5年", [{ text: "未来5年", from: "2025-12-18", to: "2030-12-31", grain: "year", duration: true }]],
  [
    "都可能会影响到未来3-5年",
    [{ text: "未来3-5年", from: "2025-12-18", to: "2030-12-31", grain: "year", duration: true }],
  ],
  ["三到五年内", [{ text: "三到五年内", from: "2025-12-18", to: "2030-12-31", grain: "year", duration: true }]],
  [
    "在过去一年已经翻了三倍",
    [{ text: "过去一年", from: "2024-12-18", to: "2025-12-18", grain: "year", duration: true, direction: "past" }],
  ],
  ["近五年来", [{ text: "近五年来", from: "2020-12-18", to: "2025-12-18", grain: "year", duration: true }]],
  ["这两年变化很大", [{ text: "这两年", from: "2023-12-18", to: "2025-12-18", grain: "year", duration: true }]],
  [
    "算力短缺在未来几年仍将是常态",
    [{ text: "未来几年", from: "2025-12-18", to: "2028-12-18", grain: "open", duration: false }],
  ],
  [
    "而且在未来很长的一段时间里",
    [{ text: "未来很长的一段时间里", from: "2025-12-18", to: "2035-12-18", grain: "open" }],
  ],
  ["收入可以在相当长一段时间内", [{ text: "相当长一段时间内", from: "2025-12-18", to: "2035-12-18", grain: "open" }]],
  [
    "短期内，他确实担心",
    [{ text: "短期内", from: "2025-12-18", to: "2026-12-18", grain: "open", direction: "future" }],
  ],
  [
    "最近几年最优秀的动画片",
    [{ text: "最近几年", from: "2022-12-18", to: "2025-12-18", grain: "open", direction: "past" }],
  ],
  ["此后他再也没有回来", [{ text: "此后", from: null, to: null, grain: "open", relative: true }]],
  // ---------------------------------------------------------------- bounds
  ["到2030年", [{ text: "到2030年", from: "2025-12-18", to: "2030-12-31", grain: "year", direction: "future" }]],
  ["2030年前实现碳达峰", [{ text: "2030年前", from: "2025-12-18", to: "2030-12-31", grain: "year" }]],
  ["2030年之前", [{ text: "2030年之前", from: "2025-12-18", to: "2030-12-31", grain: "year" }]],
  ["年底前上线", [{ text: "年底前", from: "2025-12-18", to: "2025-12-31", grain: "quarter" }]],
  [
    "2015年前，这里的情况要糟糕的多",
    [{ text: "2015年前", from: "2005-01-01", to: "2014-12-31", grain: "open", direction: "past" }],
  ],
  [
    "2018年之后，市场变了",
    [{ text: "2018年之后", from: "2019-01-01", to: "2025-12-18", grain: "open", direction: "past" }],
  ],
  ["2030年之后", [{ text: "2030年之后", from: "2031-01-01", to: "2040-12-31", grain: "open", direction: "future" }]],
  ["2020年以来", [{ text: "2020年以来", from: "2020-01-01", to: "2025-12-18", grain: "open" }]],
  // a start to come is the time a change takes effect: that time itself (a start past runs to the anchor)
  ["从明年起", [{ text: "从明年起", from: "2026-01-01", to: "2026-12-31", grain: "year", direction: "future" }]],
  ["2030年起，最低缴费年限提高到20年", [{ text: "2030年起", from: "2030-01-01", to: "2030-12-31", grain: "year" }]],
  [
    "从2030年1月1日起，最低缴费年限逐步提高",
    [{ text: "从2030年1月1日起", from: "2030-01-01", to: "2030-01-01", grain: "day", direction: "future" }],
  ],
  ["从2020年起我们就开始盈利了", [{ text: "从2020年起", from: "2020-01-01", to: "2025-12-18", grain: "open" }]],
  ["今年起", [{ text: "今年起", from: "2025-01-01", to: "2034-12-31", grain: "open", direction: "future" }]],
  ["从2018年开始", [{ text: "从2018年开始", from: "2018-01-01", to: "2025-12-18", grain: "open", direction: "past" }]],
  ["2030年左右", [{ text: "2030年左右", from: "2030-01-01", to: "2030-12-31", grain: "year" }]],
  ["截至2024年底", [{ text: "2024年底", from: "2024-10-01", to: "2024-12-31", grain: "quarter" }]],
  // 要到…才 ("not until"): the time itself, not anchor..its end
  [
    "PPI要到2026年三季度才能转正",
    [{ text: "2026年三季度", from: "2026-07-01", to: "2026-09-30", grain: "quarter", direction: "future" }],
  ],
  ["这个项目要到2027年底才能完工", [{ text: "2027年底", from: "2027-10-01", to: "2027-12-31", grain: "quarter" }]],
  ["直到明年才 会盈利", [{ text: "明年", from: "2026-01-01", to: "2026-12-31", grain: "year" }]],
  // …also with a hedge on the time before 才 (audit defense)
  ["C929预计要到2030年左右才能首飞", [{ text: "2030年左右", from: "2030-01-01", to: "2030-12-31", grain: "year" }]],
  ["四号航母要到2027年前后才能下水", [{ text: "2027年前后", from: "2027-01-01", to: "2027-12-31", grain: "year" }]],
  // waiting until a time looks to that time (要等到, 等到…再说), and 到 a time closed by 以后 is after it
  ["可能要等到2027年", [{ text: "2027年", from: "2027-01-01", to: "2027-12-31", grain: "year" }]],
  ["等到明年再说", [{ text: "明年", from: "2026-01-01", to: "2026-12-31", grain: "year" }]],
  ["可能要等到2027年以后", [{ text: "2027年以后", from: "2028-01-01", to: "2037-12-31", grain: "open" }]],
  ["到2030年以后 这个市场会翻倍", [{ text: "2030年以后", from: "2031-01-01", to: "2040-12-31", grain: "open" }]],
  // near-miss: a hedged time with no 才 is still a deadline
  [
    "预计到2030年左右会超过一千架",
    [{ text: "到2030年", from: "2025-12-18", to: "2030-12-31", grain: "year", direction: "future" }],
  ],
  // …but 为止 closes the span, and 才 elsewhere in the sentence is no "not until"
  ["到明年3月为止才", [{ text: "到明年3月为止", from: "2025-12-18", to: "2026-03-31", grain: "month" }]],
  [
    "到2030年，我们才刚刚起步",
    [{ text: "到2030年", from: "2025-12-18", to: "2030-12-31", grain: "year", direction: "future" }],
  ],
  // up to the anchor's day (截至今天, 到今天为止): a status as of now, the present; a later end stays a deadline
  ["截至今天上午8点", [{ text: "截至今天", from: "2025-12-18", to: "2025-12-18", direction: "present", grain: "day" }]],
  ["到今天为止", [{ text: "到今天为止", from: "2025-12-18", to: "2025-12-18", direction: "present", grain: "day" }]],
  [
    "截至今年年底",
    [{ text: "截至今年年底", from: "2025-12-18", to: "2025-12-31", direction: "future", grain: "quarter" }],
  ],
  ["到本月底", [{ text: "到本月底", from: "2025-12-18", to: "2025-12-31", direction: "future", grain: "day" }]],
  // the end of a state's term (合同到2028年) is a span of the present: the state holds now, no deadline
  [
    "他的合同到2028年",
    [{ text: "到2028年", from: "2025-12-18", to: "2028-12-31", grain: "year", direction: "present" }],
  ],
  [
    "他的任期到2027年",
    [{ text: "到2027年", from: "2025-12-18", to: "2027-12-31", direction: "present", grain: "year" }],
  ],
  [
    "合同续签到2030年",
    [{ text: "到2030年", from: "2025-12-18", to: "2030-12-31", direction: "present", grain: "year" }],
  ],
  // a contract signed (签) or a place let (租用) up to a time: a term too
  [
    "合同一直签到2029年",
    [{ text: "到2029年", from: "2025-12-18", to: "2029-12-31", direction: "present", grain: "year" }],
  ],
  ["签约到2028年", [{ text: "到2028年", from: "2025-12-18", to: "2028-12-31", direction: "present", grain: "year" }]],
  [
    "我们会签到2029年",
    [{ text: "到2029年", from: "2025-12-18", to: "2029-12-31", direction: "present", grain: "year" }],
  ],
  [
    "厂房租用到2030年",
    [{ text: "到2030年", from: "2025-12-18", to: "2030-12-31", direction: "present", grain: "year" }],
  ],
  // …not bare 租 (房租 is the rent)
  ["房租到明年会涨", [{ text: "到明年", from: "2025-12-18", to: "2026-12-31", direction: "future", grain: "year" }]],
  // negatives: a deadline at the start of a clause, after a verb, or with the term word in another clause
  ["预计到2030年", [{ text: "到2030年", from: "2025-12-18", to: "2030-12-31", direction: "future", grain: "year" }]],
  [
    "合同已经签了，到2030年产能翻番",
    [{ text: "到2030年", from: "2025-12-18", to: "2030-12-31", direction: "future", grain: "year" }],
  ],
  [
    "合同收入增长到2030年会放缓",
    [{ text: "到2030年", from: "2025-12-18", to: "2030-12-31", direction: "future", grain: "year" }],
  ],
  // ---------------------------------------------------------------- festivals of a year, and the parts before or after them
  ["明年春节", [{ text: "明年春节", from: "2026-02-17", to: "2026-02-17", grain: "day", direction: "future" }]],
  ["2027年春节", [{ text: "2027年春节", from: "2027-02-06", to: "2027-02-06", grain: "day", relative: false }]],
  // 春节档 (the film slot) is the holiday period
  ["今年春节档票房", [{ text: "今年春节档", from: "2025-01-28", to: "2025-02-04", grain: "day", direction: "past" }]],
  ["今年春节票房", [{ text: "今年春节", from: "2025-01-29", to: "2025-01-29", grain: "day", direction: "past" }]],
  [
    "我们计划在明年春节前，把接种率提高到30%以上",
    [{ text: "明年春节前", from: "2026-01-01", to: "2026-02-16", grain: "day", direction: "future" }],
  ],
  ["明年的春节前", [{ text: "明年的春节前", from: "2026-01-01", to: "2026-02-16", grain: "day" }]],
  ["明年春节之后", [{ text: "明年春节之后", from: "2026-02-18", to: "2026-12-31", grain: "day" }]],
  ["2026年国庆后开始交付", [{ text: "2026年国庆后", from: "2026-10-02", to: "2026-12-31", grain: "day" }]],
  ["明年国庆节前", [{ text: "明年国庆节前", from: "2026-01-01", to: "2026-09-30", grain: "day" }]],
  // the anchor inside the part before: from the anchor on (明年元旦前 ends the year before)
  ["明年元旦前上线", [{ text: "明年元旦前", from: "2025-12-18", to: "2025-12-31", grain: "day", direction: "future" }]],
  ["今年圣诞前发货", [{ text: "今年圣诞前", from: "2025-12-18", to: "2025-12-24", grain: "day" }]],
  // the Singles' Day sale after a year is its day (618 is not read: 今年618万人 is a figure)
  [
    "我预计今年双十一的增速会回到百分之十左右",
    [{ text: "今年双十一", from: "2025-11-11", to: "2025-11-11", grain: "day" }],
  ],
  ["去年双11我们卖了三万单", [{ text: "去年双11", from: "2024-11-11", to: "2024-11-11", grain: "day" }]],
  ["今年国庆前", [{ text: "今年国庆前", from: "2025-01-01", to: "2025-09-30", grain: "day", direction: "past" }]],
  // 前后 is about the day, 前夕 is no bound, 以来 a span to the anchor
  ["明年春节前后", [{ text: "明年春节前后", from: "2026-02-17", to: "2026-02-17", grain: "day" }]],
  ["明年春节前夕", [{ text: "明年春节", from: "2026-02-17", to: "2026-02-17", grain: "day" }]],
  // 端午 and 中秋 by their tables (2025: 05-31 and 10-06; 2026: 06-19 and 09-25), their 档 three days from them or as
  // set (2024's 端午 holiday began two days before the festival)
  ["明年端午前上市", [{ text: "明年端午前", from: "2026-01-01", to: "2026-06-18", grain: "day" }]],
  ["2026年中秋节", [{ text: "2026年中秋节", from: "2026-09-25", to: "2026-09-25", grain: "day" }]],
  ["今年端午档票房5亿", [{ text: "今年端午档", from: "2025-05-31", to: "2025-06-02", grain: "day" }]],
  ["2024年端午档票房是9亿", [{ text: "2024年端午档", from: "2024-06-08", to: "2024-06-10", grain: "day" }]],
  ["预计明年中秋档会有三部新片", [{ text: "明年中秋档", from: "2026-09-25", to: "2026-09-27", grain: "day" }]],
  ["端午档票房是4亿元", [{ text: "端午档", from: "2025-05-31", to: "2025-06-02", grain: "day" }]],
  ["去年春节以来", [{ text: "去年春节以来", from: "2024-02-10", to: "2025-12-18", grain: "open" }]],
  // ---------------------------------------------------------------- lunar dates: found; resolved when counted from 春节
  [
    "春节档按照惯例是初一这一天",
    [
      { text: "春节档", from: "2025-01-28", to: "2025-02-04", grain: "day", relative: true },
      { text: "初一", from: null, to: null, grain: "day", relative: true },
    ],
  ],
  ["他在初五", [{ text: "初五", from: null, to: null, grain: "day" }]],
  ["初十以后", [{ text: "初十以后", from: null, to: null, grain: "open" }]],
  // days counted from the lunar new year resolve by the 春节 table: the latest by the anchor, or with a forecast word
  // the next one (2025-01-29 and 2026-02-17 are 春节)
  ["正月十五", [{ text: "正月十五", from: "2025-02-12", to: "2025-02-12", grain: "day" }]],
  ["除夕那天票房是6亿", [{ text: "除夕", from: "2025-01-28", to: "2025-01-28", grain: "day" }]],
  ["大年初一的票房是18亿", [{ text: "大年初一", from: "2025-01-29", to: "2025-01-29", grain: "day" }]],
  // NEGATIVE (audit school): a lunar day before 的 and a word that is no grade's pupils or work stays a day
  ["正月初一的生意最好", [{ text: "正月初一", from: "2025-01-29", to: "2025-01-29", grain: "day" }]],
  ["预计除夕当天客流会降到500万人次", [{ text: "除夕", from: "2026-02-16", to: "2026-02-16", grain: "day" }]],
  ["预计正月初六单日客流超过1800万人次", [{ text: "正月初六", from: "2026-02-22", to: "2026-02-22", grain: "day" }]],
  // 腊月 by its length (2025's 腊月 has 29 days: 2024-12-31..2025-01-28; 2026's: 2026-01-19..02-16)
  ["腊月二十三", [{ text: "腊月二十三", from: "2025-01-22", to: "2025-01-22", grain: "day" }]],
  ["预计腊月二十三客流达到高峰", [{ text: "腊月二十三", from: "2026-02-10", to: "2026-02-10", grain: "day" }]],
  // 五月天 is a band (blocked), but 五月天气 is May's weather: still May
  ["五月天气很热的时候卖了100万份", [{ text: "五月", from: "2025-05-01", to: "2025-05-31", grain: "month" }]],
  ["腊月里卖了100万份", [{ text: "腊月", from: "2024-12-31", to: "2025-01-28", grain: "month" }]],
  ["明年腊月初八开业", [{ text: "明年腊月初八", from: "2027-01-15", to: "2027-01-15", grain: "day" }]],
  ["2026年腊月二十三", [{ text: "2026年腊月二十三", from: "2026-02-10", to: "2026-02-10", grain: "day" }]],
  // 腊月三十 only in a 腊月 of 30 days (2025's and 2026's have 29: the latest is 2024's)
  ["腊月三十那天", [{ text: "腊月三十", from: "2024-02-09", to: "2024-02-09", grain: "day" }]],
  // a day counted from the new year after a year: a number is the eve of that year's new year (as 2025年春节 is
  // 2025-01-29); after 今年, 明年, 去年 the eve and 腊月 end that lunar year (今年春节 2025-01-29 … 今年除夕 2026-02-16)
  ["今年除夕我们卖了100万份", [{ text: "今年除夕", from: "2026-02-16", to: "2026-02-16", grain: "day" }]],
  ["明年除夕我们计划推出新品", [{ text: "明年除夕", from: "2027-02-05", to: "2027-02-05", grain: "day" }]],
  ["去年除夕卖了100万份", [{ text: "去年除夕", from: "2025-01-28", to: "2025-01-28", grain: "day" }]],
  ["今年腊月要备货", [{ text: "今年腊月", from: "2026-01-19", to: "2026-02-16", grain: "month" }]],
  ["2025年除夕卖了100万份", [{ text: "2025年除夕", from: "2025-01-28", to: "2025-01-28", grain: "day" }]],
  ["2026年除夕", [{ text: "2026年除夕", from: "2026-02-16", to: "2026-02-16", grain: "day" }]],
  ["明年正月十五开业", [{ text: "明年正月十五", from: "2026-03-03", to: "2026-03-03", grain: "day" }]],
  ["明年大年初六开工", [{ text: "明年大年初六", from: "2026-02-22", to: "2026-02-22", grain: "day" }]],
  // 正月 alone by its length (2025's has 29 days: 2025-01-29..02-27; 2026's 30: 2026-02-17..03-18; 2027's 30)
  ["正月里卖了100万份", [{ text: "正月", from: "2025-01-29", to: "2025-02-27", grain: "month" }]],
  ["预计正月客流会超过500万人次", [{ text: "正月", from: "2026-02-17", to: "2026-03-18", grain: "month" }]],
  ["明年正月开业", [{ text: "明年正月", from: "2026-02-17", to: "2026-03-18", grain: "month" }]],
  ["2027年正月开业", [{ text: "2027年正月", from: "2027-02-06", to: "2027-03-07", grain: "month" }]],
  // other lunar months and a year the tables do not hold stay unresolved
  ["冬月里卖了100万份", [{ text: "冬月", from: null, to: null, grain: "month" }]],
  ["雍正四年大年三十", [{ text: "雍正四年大年三十", from: null, to: null, grain: "day" }]],
  ["2150年正月", [{ text: "2150年正月", from: null, to: null, grain: "month" }]],
];

/** Strings that hold no time at all. */
const notTimes = [
  // twenty years of work, no year 2020: no birth or event follows
  "他在这家俱乐部干了20年",
  "我先说下个人的看法", // 说下 "say a bit", then a noun: no unit of time
  "我来说下月饼的销量", // 月饼 (mooncakes) is no month
  "GPT-5.2",
  "停在5.2",
  "GPT-4o",
  "iPhone 16",
  "5.2版本",
  "第一",
  "第二",
  "第二天回来已经真正理解了",
  "有一天",
  "然后突然有一天",
  "理解你一天的目标",
  "用了六到八周",
  "这个项目要七八个月", // a loose pair of months with a classifier: a duration, no July–August
  "大概七八年",
  "通常会持续六到八周",
  "一个半小时",
  "用了三年时间",
  "三年时间",
  "50年的历史",
  "3000年的历史",
  "2026这个数字",
  "2026 个",
  "2024-2025赛季",
  "每个季度进步一点点",
  "事件每周一都发生",
  "每年都发生",
  "延续了几十年的图形界面",
  "我的电话号码是888-000-9999。",
  "请检查：192.168.255.255。",
  "五角大楼宣布了作战计划",
  "今日头条报道",
  "五月天在上海开了三场演唱会", // a band's name, not May
  "《明日之后》周年庆",
  "第一季收视率",
  "初一学生",
  // a grade's pupils, teachers or homework, and a grade before a year's span (audit school: no 三一年 = 2031)
  "高三一年要考二十多次试",
  "初三一年就长了十厘米",
  "初三的孩子作业不超过九十分钟",
  "初一的作业太多了",
  "这一天",
  "嗨三年半过去了",
  "已经过了半个钟头",
  "AI的冬天",
  "离我们最近的城市",
  "接近三年",
  "以上个月为例",
  // an adverb's 上 (理论上, 基本上) before a span: no "last week"
  "理论上一周能减零点五公斤",
  "基本上一周练三次",
  "原则上一周休息两天",
  "三四年",
  "增长了3到5个月",
  // the first months alone that are not the year to date (said in December), and the last months alone
  "他前三个月没有工作",
  "前9个月",
  "最后11个月",
  "全年龄段的观众",
  "全年级第一名",
  "我们全年无休",
  "两三年时间",
  "两年营收增长了20%",
  "十来年",
  "50来年",
  "3明年会降价",
  "1.3明年",
  "3-5上半年",
  "三个上半年",
  "两个下半年",
  "三五年的时候",
  // 七八年的时候 is after 7–8 years: a pair of adjacent ascending digits is a count before a follower
  "七八年的时候",
  "五六年的时候",
  "十周年",
  "那一年",
  "DeepSeek R1",
  "H20芯片",
  "2025款",
  // a festival without a year: the last one or the next one
  "春节前",
  "国庆后会降价",
  "圣诞快乐",
  "双十一卖得最好", // no year: the last one or the next one
  "618整体增速放缓",
];

describe("findTimes: what is a time (said on 2025-12-18)", () => {
  it.each(said)("%s", (sentence, expected) => {
    const got = findTimes(sentence, ANCHOR);
    expect(got.map((m, k) => pick(m, expected[k] ?? expected[0]))).toEqual(expected);
    for (const m of got) expect(sentence.slice(m.start, m.end)).toBe(m.text);
  });
});

describe("findTimes: what is not a time", () => {
  it.each(notTimes)("%s", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });
});

describe("findTimes without an anchor", () => {
  it.each([
    ["明年第一季度会发布", "明年第一季度", "quarter", "future"],
    ["三年前ChatGPT刚发布", "三年前", "year", "past"],
    ["未来五年会是", "未来五年", "year", "future"],
    ["今年早些时候", "今年早些时候", "open", "past"],
    ["下个月", "下个月", "month", "future"],
    ["2月14号", "2月14号", "day", null],
    ["到2030年", "到2030年", "year", null],
    ["明年春节前", "明年春节前", "day", "future"],
  ] as const)("%s: relative, from/to null", (sentence, text, grain, direction) => {
    expect(findTimes(sentence, null)).toEqual([
      expect.objectContaining({ text, from: null, to: null, grain, relative: true, direction }),
    ]);
  });

  it("the first months alone have no year to date without an anchor", () => {
    expect(findTimes("前11个月新增社融大约32万亿元", null)).toEqual([]);
  });

  it("absolute times still resolve", () => {
    expect(findTimes("2026年和2024年11月", null)).toEqual([
      expect.objectContaining({
        text: "2026年",
        from: "2026-01-01",
        to: "2026-12-31",
        relative: false,
        direction: null,
      }),
      expect.objectContaining({ text: "2024年11月", from: "2024-11-01", to: "2024-11-30", relative: false }),
    ]);
  });
});

describe("findTimes: the baseline of a comparison", () => {
  it.each([
    ["前三季度净利润9.2亿元，比去年同期翻了一番", "去年", true],
    ["营收较去年增长20%", "去年", true],
    ["相比2024年，今年用户翻了一倍", "2024年", true],
    ["相比于去年，用户翻了一倍", "去年", true],
    ["与去年同期相比，收入增长了两成", "去年", true],
    ["同比去年增长了30%", "去年", true],
    // negatives: 比 in another word, a time that is the subject of the comparison, 比较 (rather)
    ["就好比去年我们营收3亿元", "去年", false],
    ["去年营收比前年增长了30%", "去年", false],
    ["去年比较困难", "去年", false],
    ["去年同期营收3亿元", "去年", false],
    // the possessive baseline: a time, 的, a ratio of it; or 的 after 恢复到, 达到, 相当于
    ["二手房成交量是去年的1.3倍", "去年", true],
    ["整体航班量已经恢复到2019年的九成", "2019年", true],
    ["今年的销量是去年的两倍多", "去年", true],
    ["海外收入只有去年的30%", "去年", true],
    ["现在只有去年的百分之八十", "去年", true],
    ["产量是去年的三分之一", "去年", true],
    ["单块银幕的年产出只有2019年的一半左右", "2019年", true],
    ["今年大概是去年的近两倍", "去年", true],
    // Traditional forms of the ratio words and bounds: 兩倍, 將近, 約
    ["今年營收是去年的兩倍", "去年", true],
    ["今年營收是去年的將近兩倍", "去年", true],
    ["今年營收是去年的約1.5倍", "去年", true],
    ["去年的營收是100億元", "去年", false],
    ["客流已经恢复到2019年的水平", "2019年", true],
    ["营收达到了去年的规模", "去年", true],
    ["客流恢复到了2019年的水平", "2019年", true],
    ["我们争取不低于今年的水平", "今年", true],
    ["增速高于去年的5%", "去年", true],
    // negative: a time before the bound is the figure's
    ["今年的增速不低于5%", "今年", false],
    // negatives: 的 then a noun (the time of the figure), 的时候, the subject of a sentence, a level after 从
    ["去年的营收是100亿元", "去年", false],
    ["2019年的时候我们有500人", "2019年", false],
    ["今年的目标是增长30%", "今年", false],
    ["今年的销量是去年的两倍多", "今年", false],
    ["毛利率从去年的38.2%降到了35.6%", "去年", false],
    ["去年的三个项目都完成了", "去年", false],
  ] as const)("%s: %s baseline %s", (sentence, text, baseline) => {
    const m = findTimes(sentence, ANCHOR).find((t) => t.text === text);
    expect(m?.baseline).toBe(baseline);
  });
});

describe("findTimes: the term a state already reaches", () => {
  it.each([
    ["现在订单已经排到了明年第一季度", "明年第一季度", true],
    ["我们的合同签到了2029年", "2029年", true],
    ["订单已经排到明年三月了", "到明年三月", true],
    ["产能 排到了 2027年", "2027年", true],
    // negatives: a plan's time, 签到 "check in", a forecast of how long something lasts
    ["我们安排明年三月发布", "明年三月", false],
    ["明年三月签到处设在一楼", "明年三月", false],
    ["这个项目会持续到2027年", "到2027年", false],
  ] as const)("%s: %s term %s", (sentence, text, term) => {
    const m = findTimes(sentence, ANCHOR).find((t) => t.text === text);
    expect(m?.term).toBe(term);
  });
});

describe("findTimes: five-year plans", () => {
  it.each([
    ["十五五期间全市计划投资超过3000亿元", "十五五期间", "2026-01-01", "2030-12-31"],
    ["“十四五”时期我们完成了改造", "十四五”时期", "2021-01-01", "2025-12-31"],
    ["十三五规划期间", "十三五规划期间", "2016-01-01", "2020-12-31"],
    ["十一五期间", "十一五期间", "2006-01-01", "2010-12-31"],
    ["十四五末要达到500万人", "十四五末", "2025-01-01", "2025-12-31"],
    ["十四五以来累计投资800亿元", "十四五以来", "2021-01-01", "2025-12-18"],
    ["十五五 期间 我们 建了 300公里", "十五五 期间", "2026-01-01", "2030-12-31"],
    // the plan's five years in apposition are the plan's, not the five before the interview
    ["十四五这五年电网投资累计超过两千亿元", "十四五这五年", "2021-01-01", "2025-12-31"],
    ["十三五这几年我们建了300座电站", "十三五这几年", "2016-01-01", "2020-12-31"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([expect.objectContaining({ text, from, to })]);
  });

  // negatives: a count of 14 or 15, 二十四五 (24 or 25), the plan's name without a period word
  it.each(["十四五个人参加", "二十四五期间", "十五五规划提出了三大任务", "十五个期间"])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });
});

describe("findTimes: 这五年 without a plan before it", () => {
  // near-misses of 十四五这五年: alone, or after a count of people, 这五年 is the five years before the interview
  it.each([
    ["这五年电网投资累计超过两千亿元", "这五年"],
    ["招了二十四五个人这五年都没走", "这五年"],
  ] as const)("%s: %s", (sentence, text) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([
      expect.objectContaining({ text, from: "2020-12-18", to: "2025-12-18" }),
    ]);
  });
});

describe("findTimes: the year a part alone carries from the sentence before", () => {
  it("carry takes the last stated year's part in and out", () => {
    const carry = { year: null as number | null };
    expect(findTimes("明年上半年价格会在7万到9万之间震荡。", ANCHOR, carry).map((t) => t.text)).toEqual(["明年上半年"]);
    expect(carry.year).toBe(2026);
    expect(findTimes("下半年可能会回到10万以上。", ANCHOR, carry)[0]).toEqual(
      expect.objectContaining({ text: "下半年", from: "2026-07-01", to: "2026-12-31" }),
    );
    // a year of its own ends it; without a carry, the anchor's year
    expect(findTimes("去年营收是100亿元。", ANCHOR, carry).length).toBe(1);
    expect(carry.year).toBeNull();
    expect(findTimes("下半年可能会回到10万以上。", ANCHOR)[0]?.from).toBe("2025-07-01");
  });

  it("the anchor's own quarter or half ends it; the next one does not", () => {
    const carry = { year: 2026 as number | null };
    findTimes("研发费用这个季度是十三点八亿。", ANCHOR, carry);
    expect(carry.year).toBeNull();
    carry.year = 2026;
    findTimes("本季度营收增长了5%。", ANCHOR, carry);
    expect(carry.year).toBeNull();
    carry.year = 2026;
    findTimes("下个季度营收会增长5%。", ANCHOR, carry);
    expect(carry.year).toBe(2026);
  });
});

describe("findTimes: holiday periods", () => {
  it.each([
    // without a year: the latest one begun by the anchor (2025-12-18), or with a future cue the next one not over
    ["国庆黄金周我们一共运送旅客420万人次", ANCHOR, "国庆黄金周", "2025-10-01", "2025-10-08"],
    ["十一黄金周客流增长了两成", ANCHOR, "十一黄金周", "2025-10-01", "2025-10-08"],
    ["十一期间客流涨了三成", ANCHOR, "十一期间", "2025-10-01", "2025-10-08"],
    ["十一假期我们卖了两万张票", ANCHOR, "十一假期", "2025-10-01", "2025-10-08"],
    ["五一假期票房是15亿元", ANCHOR, "五一假期", "2025-05-01", "2025-05-05"],
    ["春节期间销量翻了一倍", ANCHOR, "春节期间", "2025-01-28", "2025-02-04"],
    ["春运期间运送旅客1200万人次", ANCHOR, "春运期间", "2025-01-14", "2025-02-22"],
    ["春运40天 我们预计运送旅客1300万人次", ANCHOR, "春运", "2026-02-02", "2026-03-13"],
    ["五一假期预计客流增长两成", ANCHOR, "五一假期", "2026-05-01", "2026-05-05"],
    ["国庆黄金周我们一共运送旅客420万人次", "2025-09-01", "国庆黄金周", "2024-10-01", "2024-10-07"],
    ["国庆期间我们预计运送旅客400万人次", "2025-10-03", "国庆期间", "2025-10-01", "2025-10-08"],
    // a future cue before it in its clause: the coming one; a past cue there keeps the latest begun
    ["预计春运期间全国发送旅客5亿人次", ANCHOR, "春运期间", "2026-02-02", "2026-03-13"],
    ["我们计划春运期间加开300列列车", ANCHOR, "春运期间", "2026-02-02", "2026-03-13"],
    ["已经预计春运期间发送旅客5亿人次", ANCHOR, "春运期间", "2025-01-14", "2025-02-22"],
    ["预计增长，春运期间发送旅客5亿人次", ANCHOR, "春运期间", "2025-01-14", "2025-02-22"],
    ["春运期间我们会加开300列列车", ANCHOR, "春运期间", "2026-02-02", "2026-03-13"],
    ["每年春运期间我们会加开300列列车", ANCHOR, "春运期间", "2025-01-14", "2025-02-22"],
    ["今年春运我们发送了4.8亿人次", ANCHOR, "今年春运", "2025-01-14", "2025-02-22"],
    ["去年春运我们预计发送4.8亿人次", ANCHOR, "去年春运", "2024-01-26", "2024-03-05"],
    // 暑运: 1 July to 31 August
    ["今年暑运铁路发送旅客9亿人次", ANCHOR, "今年暑运", "2025-07-01", "2025-08-31"],
    ["暑运期间日均航班量一万五千班", ANCHOR, "暑运期间", "2025-07-01", "2025-08-31"],
    ["明年暑运我们会加开300列列车", ANCHOR, "明年暑运", "2026-07-01", "2026-08-31"],
    // a cue in the next clause is not the holiday's
    ["春节期间销量翻倍，明年预计增长", ANCHOR, "春节期间", "2025-01-28", "2025-02-04"],
    // after a year: that year's; a year without an official schedule: the usual span
    ["今年国庆黄金周", ANCHOR, "今年国庆黄金周", "2025-10-01", "2025-10-08"],
    ["2026年春运", ANCHOR, "2026年春运", "2026-02-02", "2026-03-13"],
    ["2030年国庆长假", ANCHOR, "2030年国庆长假", "2030-10-01", "2030-10-07"],
    ["2030年春节期间", ANCHOR, "2030年春节期间", "2030-02-02", "2030-02-09"],
    // film release slots: a holiday period, or a season of the year
    ["续集计划后年暑期档上映", ANCHOR, "后年暑期档", "2027-06-01", "2027-08-31"],
    ["预计明年暑期档票房会超过200亿", ANCHOR, "明年暑期档", "2026-06-01", "2026-08-31"],
    ["我们计划明年五一档上映", ANCHOR, "明年五一档", "2026-05-01", "2026-05-05"],
    ["明年春节档有五部新片", ANCHOR, "明年春节档", "2026-02-15", "2026-02-23"],
    ["2026年国庆档票房会到50亿", ANCHOR, "2026年国庆档", "2026-10-01", "2026-10-07"],
    ["2026年贺岁档票房会到50亿", ANCHOR, "2026年贺岁档", "2026-12-01", "2027-01-31"],
    ["明年寒假档票房会到50亿", ANCHOR, "明年寒假档", "2026-01-15", "2026-02-28"],
    ["明年元旦档有三部新片", ANCHOR, "明年元旦档", "2026-01-01", "2026-01-03"],
    ["2026年清明档", ANCHOR, "2026年清明档", "2026-04-04", "2026-04-06"],
    ["2026年暑假档", ANCHOR, "2026年暑假档", "2026-06-01", "2026-08-31"],
    // a slot without a year: the latest begun, as for the holidays
    ["暑期档的票房是200亿", ANCHOR, "暑期档", "2025-06-01", "2025-08-31"],
    ["今年贺岁档的票房", ANCHOR, "今年贺岁档", "2025-12-01", "2026-01-31"],
    // the summer vacation after a year
    ["明年暑假开业5家店", ANCHOR, "明年暑假", "2026-07-01", "2026-08-31"],
    ["去年暑期实习的人数", ANCHOR, "去年暑期", "2024-07-01", "2024-08-31"],
    // 五一 and 清明 alone, read only after a year, across a caption space too
    ["明年五一我们会再办一次", ANCHOR, "明年五一", "2026-05-01", "2026-05-05"],
    ["明年 五一 我们 会 再办 一次", ANCHOR, "明年 五一", "2026-05-01", "2026-05-05"],
    ["明年清明前后开园", ANCHOR, "明年清明前后", "2026-04-04", "2026-04-06"],
    ["2024年五一劳动节客流创了新高", ANCHOR, "2024年五一劳动节", "2024-05-01", "2024-05-05"],
  ] as const)("%s (said %s): %s = %s..%s", (sentence, anchor, text, from, to) => {
    expect(findTimes(sentence, anchor)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });

  it("without an anchor, a holiday without a year is found but not resolved", () => {
    expect(findTimes("国庆黄金周", null)).toEqual([
      expect.objectContaining({ text: "国庆黄金周", from: null, to: null }),
    ]);
  });

  // negatives: a show, 五一 as the festival's name, a bare festival (said in December: the last or the next)
  it.each([
    "春节联欢晚会的收视率是30%",
    "五一劳动节快乐",
    // 五一 and 清明 without a year: a numeral (五一个, 十五一, 三五一), a name, or the last or next one
    "五一个人来了",
    "十五一十地说",
    "三五一组",
    "五一我们去了三亚",
    "清明的时候回老家",
    "春节前我们上线了",
    // a slot is no time; the summer vacation without a year may be any year
    "档期还没有定",
    "暑假的时候我在实习",
  ])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });

  // 寒假 after a year spans two years (今年寒假 said in December is the coming one): the year alone
  it.each([
    ["今年寒假开业5家店", "今年"],
    ["明年端午档票房会到10亿", "明年端午档"],
  ])("%s: only %s", (sentence, text) => {
    expect(findTimes(sentence, ANCHOR).map((m) => m.text)).toEqual([text]);
  });
});

describe("findTimes: 前 then 提 is ago then a verb, not the word 前提", () => {
  it.each([
    ["化肥利用率比五年前提高了两个百分点", "五年前", "2020-01-01", "2020-12-31"],
    ["收入比两年前提升了两成", "两年前", "2023-01-01", "2023-12-31"],
    ["三个月前提出的目标是开500家门店", "三个月前", "2025-09-01", "2025-09-30"],
    ["这是我们半年前提到的问题", "半年前", "2025-06-01", "2025-06-30"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([expect.objectContaining({ text, from, to })]);
  });

  it("比 + N年前 is the baseline of the comparison", () => {
    expect(findTimes("化肥利用率比五年前提高了两个百分点", ANCHOR)[0]?.baseline).toBe(true);
    expect(findTimes("三个月前提出的目标是开500家门店", ANCHOR)[0]?.baseline).toBeFalsy();
  });

  // negatives: the word 前提 (premise), also after a count and a unit
  it.each(["在这个前提下营收增长了两成", "前提是营收增长两成", "以三年前提下的投入计算", "满足五年前提条件"])(
    "%s: no time",
    (sentence) => {
      expect(findTimes(sentence, ANCHOR)).toEqual([]);
    },
  );
});

describe("findTimes: 年终奖 is a bonus, not a time", () => {
  it.each([
    ["年终奖平均是4个月", []],
    ["今年的年终奖发了20个月工资", ["今年"]],
    ["年终的时候我们会发奖金", ["年终"]],
    ["年终前要完成", ["年终前"]],
    ["今年年终要完成", ["今年年终"]],
    ["年底奖金翻倍", ["年底"]],
  ] as const)("%s: %j", (sentence, texts) => {
    expect(findTimes(sentence, ANCHOR).map((m) => m.text)).toEqual(texts);
  });
});

describe("the table of 春节", () => {
  const table: Record<string, string[]> = parse(readFileSync(new URL("../data/zh/time.yaml", import.meta.url), "utf8"))
    .festivals.lunarNewYear;
  const days = Object.entries(table).flatMap(([first, mds]) =>
    mds.map((md, k) => Date.parse(`${Number(first) + k}-${md}T00:00:00Z`) / 86_400_000),
  );

  it("holds every year once, each between 21 January and 20 February, a lunar year (353–355 or 383–385 days) apart", () => {
    expect(days).toHaveLength(150);
    for (const day of days) {
      const md = new Date(day * 86_400_000).toISOString().slice(5, 10);
      expect(md >= "01-21" && md <= "02-20", md).toBe(true);
    }
    for (let k = 1; k < days.length; k++) {
      const gap = (days[k] as number) - (days[k - 1] as number);
      expect((gap >= 353 && gap <= 355) || (gap >= 383 && gap <= 385), `${k}: ${gap}`).toBe(true);
    }
  });

  it("agrees with the days known from the calendar", () => {
    for (const [text, day] of [
      ["2024年春节", "2024-02-10"],
      ["2025年春节", "2025-01-29"],
      ["2026年春节", "2026-02-17"],
      ["2027年春节", "2027-02-06"],
      ["2030年春节", "2030-02-03"],
    ] as const)
      expect(findTimes(text, null)).toEqual([expect.objectContaining({ text, from: day, to: day })]);
  });
});

describe("findTimes: spans and offsets", () => {
  it("offsets are UTF-16 indices into the given text", () => {
    const text = "😀 这在三年前ChatGPT刚发布时，2026年会更好";
    for (const m of findTimes(text, ANCHOR)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(findTimes(text, ANCHOR).map((m) => m.start)).toEqual([5, 20]);
  });

  it("traditional characters read the same", () => {
    const simp = findTimes("后年的计划，下个月，上个星期，去年第四季度", ANCHOR).map((m) => [m.from, m.to]);
    const trad = findTimes("後年的計劃，下個月，上個星期，去年第四季度", ANCHOR).map((m) => [m.from, m.to]);
    expect(trad).toEqual(simp);
    expect(trad).toHaveLength(4);
  });

  it("with an anchor, both ends are set (or neither, for what cannot be resolved) and in order", () => {
    const corpus = ["altman-big-technology-2025-12.txt", "bestpartners-gemini-3-flash.md", "pie-podcast-excerpt.srt"]
      .map((f) => readFileSync(new URL(`../fixtures/corpus/${f}`, import.meta.url), "utf8"))
      .join("\n");
    const extra = said.map(([s]) => s).join("。");
    const found = findTimes(`${corpus}\n${extra}`, ANCHOR);
    expect(found.length).toBeGreaterThan(150);
    for (const m of found) {
      expect(m.from === null, m.text).toBe(m.to === null);
      if (m.from !== null && m.to !== null) expect(m.from <= m.to, m.text).toBe(true);
      // null ends: relative and unresolvable (lunar, 此后), or a date that does not exist (2019年2月29日)
      if (m.from === null && m.grain !== "day") expect(m.relative, m.text).toBe(true);
    }
  });

  it("rejects a malformed anchor", () => {
    expect(() => findTimes("明年", "2025-13-01")).toThrow(RangeError);
    expect(() => findTimes("明年", "18/12/2025")).toThrow(RangeError);
  });

  it("is linear: sixteen times the text takes about sixteen times as long, not 256", () => {
    const units = ["从", "2026年", "1", "年", "从2016年到", "上上", "过去"];
    const once = (n: number) => {
      const t0 = performance.now();
      for (const u of units) findTimes(u.repeat(n), ANCHOR);
      return performance.now() - t0;
    };
    const time = (n: number) => Math.min(once(n), once(n)); // the best of two: the machine may be busy
    time(1_000); // warm up
    const small = time(1_000);
    const large = time(16_000);
    expect(large / small).toBeLessThan(64); // generous for noise; quadratic would be 256
  }, 30_000);
});

/** The fields of a match that the expected row states (text, from, to, grain, and any of the others). */
function pick(m: TimeMatch, shape: Expected | undefined): Expected {
  const out: Record<string, unknown> = { text: m.text, from: m.from, to: m.to, grain: m.grain };
  for (const k of ["relative", "direction", "duration"] as const) if (shape && k in shape) out[k] = m[k];
  return out as Expected;
}

describe("findTimes: 前N年 where a clause starts is the past N years, as 过去N年", () => {
  it.each([
    ["前两年都是亏的。", "前两年", "2023-12-18", "2025-12-18"],
    ["好，前三年我们亏了5000万", "前三年", "2022-12-18", "2025-12-18"],
    ["前两年的时候，我们很难", "前两年", "2023-12-18", "2025-12-18"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([expect.objectContaining({ text, from, to, direction: "past" })]);
  });

  // negatives: 提前 (ahead of), a comparison base after 比, 前 inside a clause, 前一年 (the year before), 前两名
  it.each(["提前两年完成了", "我们前两年都是亏的", "前一年亏了", "前两名是他们"])("%s: no 前 span", (sentence) => {
    expect(findTimes(sentence, ANCHOR).filter((m) => m.text.startsWith("前"))).toEqual([]);
  });
  it("比前两年 stays no span of 前", () => {
    expect(findTimes("比前两年增长了20%", ANCHOR).filter((m) => m.text === "前两年")).toEqual([]);
  });
});

describe("findTimes: a length within which a measured subject falls is a duration, a deadline of an event a window", () => {
  // 在 + N个月以内 ending its clause bounds a duration (保质期 is 12 months or less): no time from the anchor
  it.each([
    "保质期在12个月以内。",
    "审批时间一般在3个月以内。",
    "库存周期要控制在6个月以内",
    "这个比正常的偏高一点 正常应该在12个月以内",
    "回收期在 5年以内，",
    "交货期在30天之内。",
    // a verb of bringing the length down (durationBoundLeads 压到, 缩短到) leads it as 在 does
    "所以我们要把回本周期压到十二个月以内",
    "交付周期缩短到两周以内。",
    // and with 了, a length brought down (durationBoundLeads 降到了, 减少到)
    "库存周转天数从45天降到了30天以内",
    "交付周期缩短到了两周以内。",
    "我们要把交付周期减少到两周以内",
    // before 的 and a thing, the length is that thing's age or term (withinAttribute): 三年以内的车
    "我们一般收三年以内的车",
    "两年以内的 二手车要贵一点",
    "一年以内的定期存款利率是1.5%",
  ])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });

  // negatives: a deadline with its event after it, no 在, a marked span
  it.each([
    ["计划12个月以内上市", "12个月以内", "2026-12-31"],
    ["计划压到12个月以内上市", "12个月以内", "2026-12-31"],
    ["计划减到6个月以内上市", "6个月以内", "2026-06-30"],
    ["我们会在三个月内推出3款新品", "三个月内", "2026-03-31"],
    ["三年内实现盈利", "三年内", "2028-12-31"],
    ["争取在两年内收回成本", "两年内", "2027-12-31"],
    ["五年内。", "五年内", "2030-12-31"],
    ["未来三个月内", "未来三个月内", "2026-03-31"],
    // a word of plans or of time after 的 keeps the window
    ["五年之内的规划是开一百家店", "五年之内", "2030-12-31"],
    ["三年以内的目标是上市", "三年以内", "2028-12-31"],
    ["三年以内的时间我们会上市", "三年以内", "2028-12-31"],
  ] as const)("%s: %s to %s", (sentence, text, to) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([expect.objectContaining({ text, from: "2025-12-18", to })]);
  });
});

describe("findTimes: a month with no year in a clause of what is to come is the next one", () => {
  // a forecast or plan word in the clause (before or after, over a caption space): this year's date is over → next
  it.each([
    ["我们会在1月13日发布。", "1月13日", "2026-01-13", "2026-01-13"],
    ["新品将于3月5日上市。", "3月5日", "2026-03-05", "2026-03-05"],
    ["我们计划3月底开业。", "3月底", "2026-03-21", "2026-03-31"],
    ["我们计划8月上旬开业。", "8月上旬", "2026-08-01", "2026-08-10"],
    ["8月上旬 我们预计还会有一轮高温过程", "8月上旬", "2026-08-01", "2026-08-10"],
    ["预计6月份完工，投资5亿元。", "6月份", "2026-06-01", "2026-06-30"],
    // what is due by the month: 要, 需要 after it
    ["三月底要交付一万台", "三月底", "2026-03-21", "2026-03-31"],
    ["5月份需要完成审批", "5月份", "2026-05-01", "2026-05-31"],
    ["三月底之前要交付一万台", "三月底之前", "2025-12-18", "2026-03-31"],
    // not over yet: this year's
    ["预计12月底完工", "12月底", "2025-12-21", "2025-12-31"],
    // negatives: no cue, a report, a habit, a month just ended with an estimate, the cue in another clause
    ["3月份我们卖了100万台", "3月份", "2025-03-01", "2025-03-31"],
    ["我们已经在3月5日发布了", "3月5日", "2025-03-05", "2025-03-05"],
    ["原计划3月底开业", "3月底", "2025-03-21", "2025-03-31"],
    ["我们每年会在3月发布新品", "3月", "2025-03-01", "2025-03-31"],
    ["3月份我们会发布新品", "3月份", "2026-03-01", "2026-03-31"],
    ["每年3月份我们会发布新品", "3月份", "2025-03-01", "2025-03-31"],
    ["预计11月份CPI同比上涨0.5%", "11月份", "2025-11-01", "2025-11-30"],
    ["3月5日开了发布会，明年我们计划再办一次", "3月5日", "2025-03-05", "2025-03-05"],
    // …not the 要 of 主要, 要了 (asked for), 要求
    ["三月份主要是春节效应", "三月份", "2025-03-01", "2025-03-31"],
    ["3月份的时候要了三百万的预算", "3月份", "2025-03-01", "2025-03-31"],
    ["3月份要求整改", "3月份", "2025-03-01", "2025-03-31"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });

  it.each([
    ["明年3月我们会开业", "明年3月", "2026-03-01"],
    ["去年12月我们计划", "去年12月", "2024-12-01"],
    ["今年3月我们会在这里", "今年3月", "2025-03-01"],
  ] as const)("a stated year stays: %s", (sentence, text, from) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from }));
  });

  it("12月份 the topic, 1月13日 the date to come", () => {
    expect(findTimes("12月份的数据，我们会在1月13日发布。", ANCHOR).map((m) => [m.text, m.from])).toEqual([
      ["12月份", "2025-12-01"],
      ["1月13日", "2026-01-13"],
    ]);
  });
});

describe("findTimes: 再过 + a count of units is a span from now, as N年后", () => {
  it.each([
    ["我觉得再过三年，网点可能只剩一半", "再过三年", "2028-01-01", "2028-12-31"],
    ["再过三五年 县城的网点可能只剩一半", "再过三五年", "2028-01-01", "2030-12-31"],
    ["再过两个月，销量会到500台", "再过两个月", "2026-02-01", "2026-02-28"],
    ["再过几天就能卖出500台", "再过几天", "2025-12-20", "2025-12-27"],
    ["再有两年我们会开到500家店", "再有两年", "2027-01-01", "2027-12-31"],
    ["再過兩年我們會開到500家店", "再過兩年", "2027-01-01", "2027-12-31"],
    ["再过三年以后网点只剩一半", "再过三年以后", "2028-01-01", "2028-12-31"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([expect.objectContaining({ text, from, to, direction: "future" })]);
  });

  // 再过一遍 (遍 is no unit); 过了三年 and 三年再过去 are lengths, not times: as before
  it.each(["这道题再过一遍", "过了三年，网点只剩一半", "三年再过去，网点只剩一半", "再过一会儿就好"])(
    "%s: no time",
    (sentence) => {
      expect(findTimes(sentence, ANCHOR)).toEqual([]);
    },
  );
});

describe("findTimes: 元旦 and 春节 alone, as a holiday alone", () => {
  it.each([
    // a future cue in the clause: the coming one; else the latest by the anchor
    ["我们计划元旦开业", "元旦", "2026-01-01", "2026-01-01"],
    ["元旦当天预计接待游客50万人次", "元旦", "2026-01-01", "2026-01-01"],
    ["元旦那天我们卖了500台", "元旦", "2025-01-01", "2025-01-01"],
    ["过完元旦我们会开业", "元旦", "2026-01-01", "2026-01-01"],
    ["春节的时候我们卖了500台", "春节", "2025-01-29", "2025-01-29"],
    // 前后 after it reads the same day, as after a year's festival (明年春节前后)
    ["预计春节前后达到高峰", "春节前后", "2026-02-17", "2026-02-17"],
    ["高峰预计在元旦前后", "元旦前后", "2026-01-01", "2026-01-01"],
    // the holiday: three days in 2026, one in 2025
    ["元旦假期预计接待游客500万人次", "元旦假期", "2026-01-01", "2026-01-03"],
    ["元旦期间销量是500台", "元旦期间", "2025-01-01", "2025-01-01"],
    ["元旦小长假我们预计卖500台", "元旦小长假", "2026-01-01", "2026-01-03"],
    // 国庆 alone is the National Day holiday, as 国庆黄金周: the latest begun, or the next after a forecast word
    ["国庆我们去了三亚", "国庆", "2025-10-01", "2025-10-08"],
    ["国庆那几天一天能卖到500万杯", "国庆", "2025-10-01", "2025-10-08"],
    ["预计国庆客流会达到500万人次", "国庆", "2026-10-01", "2026-10-07"],
    ["连国庆都在加班", "国庆", "2025-10-01", "2025-10-08"],
    ["國慶我们去了三亚", "國慶", "2025-10-01", "2025-10-08"],
    // 国庆前后 as 春节前后: the day, the latest by the anchor or the next after a forecast word
    ["国庆前后销量增长了20%", "国庆前后", "2025-10-01", "2025-10-01"],
    ["预计国庆前后销量增长20%", "国庆前后", "2026-10-01", "2026-10-01"],
    ["国庆节前后客流最多", "国庆节前后", "2025-10-01", "2025-10-01"],
    ["赶在于国庆前后上市", "国庆前后", "2025-10-01", "2025-10-01"],
    // after a year, the day as before (festivals)
    ["今年国庆我们去了三亚", "今年国庆", "2025-10-01", "2025-10-01"],
    // after a year, as before
    ["明年元旦前上线", "明年元旦前", "2025-12-18", "2025-12-31"],
    ["明年春节前后销量会到500台", "明年春节前后", "2026-02-17", "2026-02-17"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });

  // a show or an address; 前 or 后 alone may bound the last or the next; 国庆 alone stays unread (a given name too)
  it.each([
    "元旦晚会上来了500人",
    "春节联欢晚会的收视率是30%",
    "元旦献词",
    "春节前我们上线了",
    "元旦后会降价",
    // 国庆 as a given name after a surname, 国庆节 alone, an anniversary, a street, a bound
    "张国庆说销量涨了",
    "王国庆说去了三亚",
    "國慶节我们去了三亚",
    "国庆节我们去了三亚",
    "国庆70周年的时候",
    "国庆七十周年的时候",
    "国庆路上开了三家店",
    "国庆前我们去了三亚",
    "国庆以后会降价",
    // 前后 after a given name, or after an anniversary
    "张国庆前后卖了三万台",
    "王国庆前后跑了三趟",
    "国庆70周年前后",
  ])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });
});

describe("findTimes: 初二 as a school grade is no lunar day", () => {
  it.each([
    "我女儿上初二，成绩排名前10%",
    "他读初三",
    "初二的学生",
    "初二年级",
    "他初三毕业就出来打工",
    "初二上学期考了90分",
  ])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });

  it.each([
    ["大年初二我们卖了500台", "大年初二"],
    ["正月初二回娘家", "正月初二"],
    ["初二那天回娘家", "初二"],
  ])("%s: the lunar day %s stays", (sentence, text) => {
    expect(findTimes(sentence, ANCHOR).map((m) => m.text)).toEqual([text]);
  });
});

describe("findTimes: a bare 周末 in a habitual clause is the weekend in general", () => {
  it.each([
    "平时一天卖十台，周末能卖三十台",
    "周末 的话 能 卖 二十台 开外",
    "周末一般客流两万人",
    "周末客流能到两万人",
  ])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });

  it.each([
    ["这个周末我们会发布新版本", "这个周末", "2025-12-20"],
    ["本周末能卖三十台", "本周末", "2025-12-20"],
    ["下周末能卖三十台", "下周末", "2025-12-27"],
    ["周末预计能卖三十台", "周末", "2025-12-20"],
    ["周末我们会发布新版本", "周末", "2025-12-20"],
    ["周末再说", "周末", "2025-12-20"],
  ])("%s: %s from %s", (sentence, text, from) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from }));
  });
});

describe("findTimes: 今年 before a word starting with 内 is 今年, not 今年内", () => {
  it.each([
    ["今年内容投入是180亿元", "今年", "2025-01-01"],
    ["今年内部调整了30个岗位", "今年", "2025-01-01"],
    ["今年内销占了六成", "今年", "2025-01-01"],
    ["今年內銷占了六成", "今年", "2025-01-01"],
    // near-misses: within the year, before a verb (部署 and 部分 are not 内部)
    ["今年内完成改造", "今年内", "2025-12-18"],
    ["今年内将上线新版本", "今年内", "2025-12-18"],
    ["今年内部署100台", "今年内", "2025-12-18"],
    ["年内部分城市会降价", "年内", "2025-12-18"],
  ])("%s: %s from %s", (sentence, text, from) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to: "2025-12-31" }));
  });
});

describe("findTimes: a season of a relative year in one word (今冬, 明春) and two in a row (今冬明春)", () => {
  it.each([
    ["今冬我们预计用气量是12亿立方米", "今冬", "2025-12-01", "2026-02-28"],
    ["明春预计会新增用户5万户", "明春", "2026-03-01", "2026-05-31"],
    ["今冬明春的用气量，我们预计是12亿立方米", "今冬明春", "2025-12-01", "2026-05-31"],
    ["今冬 明春 我们 会 开展 专项 检查", "今冬 明春", "2025-12-01", "2026-05-31"],
    ["去冬今春降雨偏少", "去冬今春", "2024-12-01", "2025-05-31"],
    ["今夏用电负荷预计创新高", "今夏", "2025-06-01", "2025-08-31"],
    // the same boundaries as the seasons after a year
    ["今年冬季我们预计用气量是12亿立方米", "今年冬季", "2025-12-01", "2026-02-28"],
    ["明年春天会上市", "明年春天", "2026-03-01", "2026-05-31"],
  ])("%s: %s is %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([expect.objectContaining({ text, from, to, grain: "quarter" })]);
  });

  // near-misses: a season word without a year dates nothing (冬春季 names no year), nor 那会儿 ("back then");
  // two seasons out of order are two times
  it.each(["冬春季我们预计用气量是12亿立方米", "春天我们预计会招50个人", "那会儿公司只有20个人"])(
    "%s: no time",
    (sentence) => expect(findTimes(sentence, ANCHOR)).toEqual([]),
  );
  it("明春今冬 is two times", () =>
    expect(findTimes("明春今冬都会降价", ANCHOR).map((m) => m.text)).toEqual(["明春", "今冬"]));
});

describe("findTimes: a caption space on either side of the classifier of 下个月", () => {
  it.each([
    ["下 个 月 我们 会 招 50个 人", "下 个 月", "2026-01-01", "2026-01-31"],
    ["上 个 月 我们 招了 50个 人", "上 个 月", "2025-11-01", "2025-11-30"],
    ["下个 星期 我们 会 招 50个 人", "下个 星期", "2025-12-22", "2025-12-28"],
  ])("%s: %s is %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([expect.objectContaining({ text, from, to })]);
  });
  // near-misses: no classifier between (下 月), a classifier of something else (下 个 人)
  it.each(["等 一 下 个 人 会 来", "往 下 个 环节 走"])("%s: no time", (sentence) =>
    expect(findTimes(sentence, ANCHOR)).toEqual([]),
  );
});

describe("findTimes: 后 of 然后/最后 before 年底 or 天气 is no 后年/后天", () => {
  // 然后 + 年底, 然后 + 天气: the 后 closes a word of sequence, so 年/天 open the next word
  it.each([
    ["然后年底可能去尼泊尔", "年底", "2025-10-01"],
    ["然后年初我们会发布新品", "年初", "2025-01-01"],
  ] as const)("%s: %s from %s", (sentence, text, from) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from }));
  });
  it.each(["然后天气很好我们就出发了", "最后天黑了才到营地"])("%s: no 后天", (sentence) => {
    expect(findTimes(sentence, ANCHOR).filter((m) => m.text.includes("后天"))).toEqual([]);
  });
  // negatives: 后年/后天 with another word before, or 然后 + 后天
  it.each([
    ["然后后天我们出发", "后天", "2025-12-20"],
    ["所以后年我们上市", "后年", "2027-01-01"],
    ["我们后天出发", "后天", "2025-12-20"],
  ] as const)("%s: %s from %s", (sentence, text, from) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from }));
  });
});

describe("findTimes: 后年/前年 across a word boundary (投产后 + 年产值) is no year", () => {
  // 后/前 closes a phrase of after or before an event, 年 opens a word of a year's amount: no 后年, no 前年
  it.each([
    "新厂投产后年产值能到50亿元。",
    "公司上市后年收入翻了一番。",
    "他退休后年收入只有三万元。",
    "疫情前年销量是5万台。",
    "投产以后年产值能到50亿元。",
  ])("%s: no 后年/前年", (sentence) => {
    expect(findTimes(sentence, ANCHOR).filter((m) => m.text === "后年" || m.text === "前年")).toEqual([]);
  });

  // negatives: 后年/前年 with no event before, or no word of a year's amount after
  it.each([
    ["后年我们上市", "后年", "2027-01-01"],
    ["前年销量是5万台", "前年", "2023-01-01"],
    ["我们后年收入会翻倍", "后年", "2027-01-01"],
    ["公司上市后年底前完成", "后年底前", "2025-12-18"],
  ] as const)("%s: %s from %s", (sentence, text, from) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from }));
  });
});

describe("findTimes: a within span with 了 after it in its clause is a span over, no window from the anchor", () => {
  // no dates, and past: the claim is a record (一天之内就卖了300台), not a forecast from today
  it.each([
    "一天之内就卖了300台。",
    "两天之内就卖完了3000份。",
    "这一天之内，股价跌了8%。",
    "三天之内 就 卖 了 500台",
    // the 的 of 是…的 closing the clause (audit legal): a deed done
    "她是在三个月之内申请的，没问题。",
    "他是两天之内办好的吧",
  ])("%s: a past span with no dates", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([
      expect.objectContaining({ from: null, to: null, direction: "past", grain: "open" }),
    ]);
  });

  // negatives: no 了 (三天之内完成, 一周之内会发货), 了 as liǎo (了解), 了 in a later clause of its own
  it.each([
    ["三天之内完成。", "三天之内", "2025-12-21"],
    ["一周之内会发货。", "一周之内", "2025-12-25"],
    ["我们三天之内了解清楚", "三天之内", "2025-12-21"],
    ["三天之内完成，去年用了五天。", "三天之内", "2025-12-21"],
    ["三到五年之内，我们这行可能就没了。", "三到五年之内", "2030-12-31"],
    ["两天之内就会卖完了", "两天之内", "2025-12-20"],
    // 的 before a word (的话, 的订单) or after a word of what will be (会…的) closes no deed done
    ["三天之内完成的话就可以退款。", "三天之内", "2025-12-21"],
    ["三天之内完成的订单可以退。", "三天之内", "2025-12-21"],
    ["一周之内会发货的。", "一周之内", "2025-12-25"],
  ] as const)("%s: %s to %s", (sentence, text, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from: "2025-12-18", to }));
  });
});

describe("findTimes: a bare month in a condition looks ahead as a forecast does", () => {
  it.each([
    ["如果3月份降水偏少两成以上的话，春播可能要推迟一周左右。", "3月份", "2026-03-01"],
    ["如果5月份能拿到批文，我们就开20家店。", "5月份", "2026-05-01"],
    ["要是3月份能开业，能卖200台。", "3月份", "2026-03-01"],
    // negatives: a fact, 当时 in the condition (a past month), the 要是 of 主要是, the condition in another clause
    ["3月份卖了200台。", "3月份", "2025-03-01"],
    ["如果3月份当时就开店，现在有20家了。", "3月份", "2025-03-01"],
    ["主要是3月份销量大，卖了200台。", "3月份", "2025-03-01"],
    ["3月份卖了200台，如果明年能翻倍就好了。", "3月份", "2025-03-01"],
  ] as const)("%s: %s from %s", (sentence, text, from) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from }));
  });
});

describe("findTimes: 来 after one period and before a count of times is the verb (a rate), not a past span", () => {
  it.each([
    "平均每个会员一周来两三次，一次一个半小时。",
    "他一个月来一趟",
    "客户一年来几回",
    "一個星期來兩次",
    "一周来 三次",
  ])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });

  // a clause after 来, more periods than one, or 以来: the past span stays
  it.each([
    ["一周来，我们接待了两万人", "一周来", "2025-12-11", "2025-12-18"],
    ["三年来我们开了三次发布会", "三年来", "2022-12-18", "2025-12-18"],
    ["三年来三次上调价格", "三年来", "2022-12-18", "2025-12-18"],
    ["一年以来两次上调价格", "一年以来", "2024-12-18", "2025-12-18"],
    ["一年来我们卖了三万台", "一年来", "2024-12-18", "2025-12-18"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([expect.objectContaining({ text, from, to })]);
  });
});

describe("findTimes: 明年 after a word ending in 明 and before 年轻 or 年纪 is no time (这说明年轻人)", () => {
  it.each(["这说明年轻人更喜欢三块钱的", "这证明年纪大了记性就差"])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });
  it.each(["这说明明年会增长三成", "我们明年轻装上阵", "王总说明年要开五十家店"])("%s: 明年", (sentence) => {
    expect(findTimes(sentence, ANCHOR).map((t) => t.text)).toEqual(["明年"]);
  });
});

describe("findTimes: 冬月 and 正月 as given names are no lunar months", () => {
  // after a surname: a name; in a title: a name too (冬月 stays unresolved: no table of its length)
  it.each(["李冬月说销量增长了20%", "张正月十五岁就出来打工", "电影《正月》票房3亿元"])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });

  it.each([
    ["工程于冬月完工", "冬月", null, null],
    ["到了冬月卖了100万份", "冬月", null, null],
    ["正月期间销量增长了20%", "正月", "2025-01-29", "2025-02-27"],
    ["今年正月十五卖了100万份", "今年正月十五", "2025-02-12", "2025-02-12"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([expect.objectContaining({ text, from, to })]);
  });
});

describe("findTimes: one caption space inside a year's part or a festival's bound reads as the unspaced text", () => {
  it.each([
    ["二期 2026年 底 并网", "2026年 底", "2026-10-01", "2026-12-31"],
    ["二期 2026年\u3000底\u3000并网", "2026年\u3000底", "2026-10-01", "2026-12-31"],
    ["去年 底 营收 下滑", "去年 底", "2024-10-01", "2024-12-31"],
    ["明年 初 上线", "明年 初", "2026-01-01", "2026-03-31"],
    ["明年 春节 前 排 新戏", "明年 春节 前", "2026-01-01", "2026-02-16"],
    ["明年 春节 后 复工", "明年 春节 后", "2026-02-18", "2026-12-31"],
  ])("%s: %s is %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
  // near-misses: the word after the space is not whole (底下 is "below"), no space at all stays as it was
  it.each([
    ["2026年 底下的人", "2026年"],
    ["明年 春节前后 排 新戏", "明年 春节前后"],
  ])("%s: %s", (sentence, text) => expect(findTimes(sentence, ANCHOR)[0]?.text).toBe(text));
  // a bare festival with 前 stays unread, spaced or not (春节前三天 may be the last or the next)
  it.each(["春节 前 三天", "春节前三天"])("%s: no time", (sentence) => expect(findTimes(sentence, ANCHOR)).toEqual([]));
});

describe("findTimes: a bare festival with a caption space before 前后 reads as the unspaced 国庆前后", () => {
  it.each([
    ["预计 国庆 前后 发布", "国庆 前后", "2026-10-01", "2026-10-01"],
    ["预计国庆前后发布", "国庆前后", "2026-10-01", "2026-10-01"],
    ["国庆 前后 销量 增长了20%", "国庆 前后", "2025-10-01", "2025-10-01"],
    ["预计 春节 前后 发布", "春节 前后", "2026-02-17", "2026-02-17"],
  ])("%s: %s is %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([expect.objectContaining({ text, from, to })]);
  });
  // near-misses: a given name after a surname; 前后 not whole (前后的人) and a bare 国庆 leave the holiday period
  it("张国庆 前后 跑了三趟: no time", () => expect(findTimes("张国庆 前后 跑了三趟", ANCHOR)).toEqual([]));
  it("国庆 前后的人: the holiday period", () =>
    expect(findTimes("国庆 前后的人", ANCHOR)).toEqual([
      expect.objectContaining({ text: "国庆", from: "2025-10-01", to: "2025-10-08" }),
    ]));
  it("预计 国庆 发布: the holiday period", () =>
    expect(findTimes("预计 国庆 发布", ANCHOR)).toEqual([
      expect.objectContaining({ text: "国庆", from: "2026-10-01", to: "2026-10-07" }),
    ]));
});

describe("findTimes: a bare 周末 right before a noun it qualifies names a kind of thing, no weekend", () => {
  // 首周末 is a release's opening weekend, counted from a date not given
  it.each([
    "周末读书会已经办了三年了。",
    "周末市集一天卖了3000份",
    "周末版卖了3000份",
    "周末班开了3个",
    "首周末票房六亿三千万",
  ])("%s: no time", (sentence) => expect(findTimes(sentence, ANCHOR)).toEqual([]));
  // negatives: 周末 as the time of the clause, or with 这个 before it
  it.each([
    ["周末我们开会", "周末"],
    ["这个周末会下雨", "这个周末"],
    ["这个周末读书会来了30人", "这个周末"],
    ["周末会下雨", "周末"],
    // 首周末 below has no 首 right before this 周末
    ["首映之后这个周末票房三亿", "这个周末"],
  ])("%s: %s", (sentence, text) =>
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from: "2025-12-20" })),
  );
});

describe("findTimes: a holiday with no year and a modal 会 after it in its clause is the next one", () => {
  it.each([
    ["春节期间垃圾量会比平时高出20%到30%", "春节期间", "2026-02-15", "2026-02-23"],
    ["春节期间客流会翻一番", "春节期间", "2026-02-15", "2026-02-23"],
    // negatives: no modal, a habit or a past cue in the clause, the 会 of a word
    ["春节期间垃圾量比平时高出20%到30%", "春节期间", "2025-01-28", "2025-02-04"],
    ["春节期间垃圾量一般会比平时高出20%", "春节期间", "2025-01-28", "2025-02-04"],
    ["春节期间垃圾量已经会比平时高", "春节期间", "2025-01-28", "2025-02-04"],
    ["春节期间开会的有30人", "春节期间", "2025-01-28", "2025-02-04"],
    ["春节期间的机会有30个", "春节期间", "2025-01-28", "2025-02-04"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
});

describe("findTimes: 来 after a count that a verb before it spends (分, 用, 花了) links to the next verb, no past span", () => {
  it.each(["所以分两年来做", "我们用三年来完成改造", "花了五年来打磨这款车", "用 两年来消化库存"])(
    "%s: no time",
    (sentence) => {
      expect(findTimes(sentence, ANCHOR)).toEqual([]);
    },
  );

  // negatives: nothing or another word before the count, the span stays
  it.each([
    ["两年来我们卖了5万辆", "两年来", "2023-12-18", "2025-12-18"],
    ["近两年来营收增长了30%", "近两年来", "2023-12-18", "2025-12-18"],
    ["这两年来营收增长了30%", "这两年来", "2023-12-18", "2025-12-18"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([expect.objectContaining({ text, from, to })]);
  });
});

describe("findTimes: school terms by the Chinese school calendar (autumn 09-01..01-31, spring 02-01..07-31)", () => {
  // said on 2025-12-18, in the autumn term 2025: 这学期 = autumn 2025, 下学期 = spring 2026, 上学期 = spring 2025
  it.each([
    ["下学期学费要涨到八千", "下学期", "2026-02-01", "2026-07-31"],
    ["下个学期我们要多招两个班", "下个学期", "2026-02-01", "2026-07-31"],
    ["这学期报名的学生有三百人", "这学期", "2025-09-01", "2026-01-31"],
    ["本学期食堂餐费上调了10%", "本学期", "2025-09-01", "2026-01-31"],
    ["上学期的及格率是85%", "上学期", "2025-02-01", "2025-07-31"],
    ["上个学期我们开了五门新课", "上个学期", "2025-02-01", "2025-07-31"],
    ["2026年秋季学期开始招生一千人", "2026年秋季学期", "2026-09-01", "2027-01-31"],
    ["今年春季学期选课的有两千人", "今年春季学期", "2025-02-01", "2025-07-31"],
    ["明年春季学期会开三门课", "明年春季学期", "2026-02-01", "2026-07-31"],
    ["在上学期的期末考试中，及格率是85%", "上学期", "2025-02-01", "2025-07-31"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([expect.objectContaining({ text, from, to, grain: "half" })]);
  });

  it.each([
    // said in the summer break (2025-08-10): 上学期 is the spring term just over, 下学期 and 这学期 the coming autumn
    ["2025-08-10", "上学期", "2025-02-01", "2025-07-31"],
    ["2025-08-10", "下学期", "2025-09-01", "2026-01-31"],
    ["2025-08-10", "这学期", "2025-09-01", "2026-01-31"],
    // said in the spring term (2025-06-15): 下学期 is autumn 2025, 上学期 autumn 2024
    ["2025-06-15", "下学期", "2025-09-01", "2026-01-31"],
    ["2025-06-15", "上学期", "2024-09-01", "2025-01-31"],
    ["2025-06-15", "这学期", "2025-02-01", "2025-07-31"],
    // said in January, still the autumn term of the year before
    ["2026-01-10", "这学期", "2025-09-01", "2026-01-31"],
    ["2026-01-10", "下学期", "2026-02-01", "2026-07-31"],
  ] as const)("said on %s: %s = %s..%s", (anchor, text, from, to) => {
    expect(findTimes(`${text}学费涨了`, anchor)).toEqual([expect.objectContaining({ text, from, to })]);
  });

  // negatives: terms counted (两个学期, 一学期), 上学 + 期间 (while at school), 春季学期 with no year (which spring?)
  it.each([
    "两个学期一共花了三万",
    "一学期三千块",
    "孩子上学期间每个月花两千",
    "他上学期待很高",
    "春季学期选课的有两千人",
    // 上/下学期 after a grade or a school year is the first or second term of that grade: no relative term
    "高三下学期要考三次模拟",
    "初二下学期数学考了90分",
    "本学年下学期学费涨了",
  ])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });
});

describe("findTimes: the airlines' seasons (夏秋航季, 冬春航季) only after a year", () => {
  it.each([
    ["我们计划明年夏秋航季开通十条新航线", "明年夏秋航季", "2026-04-01", "2026-10-31"],
    ["今年冬春航季每周加密到七班", "今年冬春航季", "2025-11-01", "2026-02-28"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([expect.objectContaining({ text, from, to, grain: "half" })]);
  });
  it("a season with no year is no time", () => {
    expect(findTimes("夏秋航季的时候人很多", ANCHOR)).toEqual([]);
  });
});

describe("findTimes: fiscal years are calendar years (会计年度, the Accounting Law)", () => {
  it.each([
    ["2025财年营收增长了12%", "2025财年", "2025-01-01", "2025-12-31", "year"],
    ["2024会计年度净利润3亿元", "2024会计年度", "2024-01-01", "2024-12-31", "year"],
    ["2025财年第三季度营收增长了12%", "2025财年第三季度", "2025-07-01", "2025-09-30", "quarter"],
    ["FY2025营收增长了12%", "FY2025", "2025-01-01", "2025-12-31", "year"],
    ["FY25的毛利率是40%", "FY25", "2025-01-01", "2025-12-31", "year"],
    ["本财年营收预计增长两成", "本财年", "2025-01-01", "2025-12-31", "year"],
    ["上一财年亏了3亿", "上一财年", "2024-01-01", "2024-12-31", "year"],
    ["上个财年亏了3亿", "上个财年", "2024-01-01", "2024-12-31", "year"],
    ["下一财年营收要到50亿", "下一财年", "2026-01-01", "2026-12-31", "year"],
    ["FY2025Q3营收增长了12%", "FY2025Q3", "2025-07-01", "2025-09-30", "quarter"],
    ["25财年营收增长了12%", "25财年", "2025-01-01", "2025-12-31", "year"],
    ["本财年底要开到100家店", "本财年底", "2025-10-01", "2025-12-31", "quarter"],
    // 上年 in official statistics (audit macro) is last year, before a part of the year
    ["比上年四季度环比增长1.2%", "上年四季度", "2024-10-01", "2024-12-31", "quarter"],
    ["比上年末增加一千零八十三万人", "上年末", "2024-10-01", "2024-12-31", "quarter"],
    ["上年全年增长5%", "上年全年", "2024-01-01", "2024-12-31", "year"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to, grain) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([expect.objectContaining({ text, from, to, grain })]);
  });

  // negatives: a model or part code with FY and digits, a count of fiscal years
  // 上 of a verb or of 线上 before 年: no 上年 (马上年底 is this year's end; 线上年轻用户, 上年纪 no time)
  it.each([
    ["马上年底了", "年底", "2025-10-01", "2025-12-31"],
    ["再加上年末促销", "年末", "2025-10-01", "2025-12-31"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([expect.objectContaining({ text, from, to })]);
  });
  it.each(["线上年轻用户占比六成", "上年纪的人多了"])("%s: no 上年", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });
  it.each(["FY2025X型号", "连续三个财年盈利", "XFY2025型号"])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });
});

describe("findTimes: 民國 years past 99 and 季 after a year, as Taiwan and Hong Kong say them", () => {
  it.each([
    ["民國114年營收創新高", "民國114年", "2025-01-01", "2025-12-31", "year"],
    ["民国一百一十四年营收新高", "民国一百一十四年", "2025-01-01", "2025-12-31", "year"],
    ["預計民國115年第二季完工", "民國115年第二季", "2026-04-01", "2026-06-30", "quarter"],
    ["民国三年", "民国三年", "1914-01-01", "1914-12-31", "year"],
    ["明年第一季是傳統淡季", "明年第一季", "2026-01-01", "2026-03-31", "quarter"],
    ["2026年第三季營收", "2026年第三季", "2026-07-01", "2026-09-30", "quarter"],
    ["明年第二季度完工", "明年第二季度", "2026-04-01", "2026-06-30", "quarter"],
    // Traditional forms of holiday and span words: 黃金週 as 黄金周
    ["國慶黃金週賣了三萬台", "國慶黃金週", "2025-10-01", "2025-10-08", "day"],
    // negatives: 季 alone with no year before it may be a TV season; a season then a year stays the year
    ["第3季明年播出", "明年", "2026-01-01", "2026-12-31", "year"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to, grain) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([expect.objectContaining({ text, from, to, grain })]);
  });
  it.each(["第一季播完了", "民國"])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });
});

describe("findTimes: reign eras, 公元 years and years before the common era (audit history)", () => {
  it.each([
    ["紫禁城是永乐十八年建成的", "永乐十八年", "1420-01-01", "1420-12-31", "year"],
    ["贞观四年米价很便宜", "贞观四年", "0630-01-01", "0630-12-31", "year"],
    ["唐朝公元618年建立", "公元618年", "0618-01-01", "0618-12-31", "year"],
    // the second year of a range after 公元 is a year too, not 907 years
    ["公元618年到907年", "公元618年到907年", "0618-01-01", "0907-12-31", "year"],
    // before the year 1 no YYYY-MM-DD names the day: found, left unresolved
    ["公元前221年秦统一六国", "公元前221年", null, null, "year"],
    ["三千年前这里是一片海", "三千年前", null, null, "year"],
    // a count with a scale is read whole (not 一百七十 and 万), and its day is past any YYYY-MM-DD
    ["一百七十万年前的元谋人", "一百七十万年前", null, null, "year"],
    ["一万年以前", "一万年以前", null, null, "year"],
    ["五千年来中国人一直种稻", "五千年来", null, null, "year"],
    ["两万年后", "两万年后", null, null, "year"],
    // negatives: a year after the year 1 stays resolved; an era's word alone names no year
    ["两千年前这里是一片海", "两千年前", "0025-01-01", "0025-12-31", "year"],
    ["一百多年前", "一百多年前", "1916-01-01", "1925-12-31", "year"],
    ["三千年后", "三千年后", "5025-01-01", "5025-12-31", "year"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to, grain) => {
    expect(findTimes(sentence, "2025-06-15")).toEqual([expect.objectContaining({ text, from, to, grain })]);
  });
  it.each(["永乐宫的壁画", "公元", "这座宫殿修了十八年", "贞观之治"])("%s: no time", (sentence) => {
    expect(findTimes(sentence, "2025-06-15")).toEqual([]);
  });
});

describe("findTimes: a period after an event's 之后/以后 counts from that event, whose date is unknown", () => {
  const JUNE = "2025-06-15";
  // no date from the anchor: the span counts from the event (its length may stay a duration figure)
  it.each([
    "大桥合龙之后再有半年就能通车",
    "公司上市以后，再过两年就能分红",
    "拿到牌照之后三个月后开业",
    "等疫苗出来以后再有半年就能恢复",
    "新线投产后 再过一年就能回本",
  ])("%s: no time", (sentence) => {
    expect(findTimes(sentence, JUNE)).toEqual([]);
  });

  // negatives: no event (from now), the event's own time stays, 今后/往后 (from now)
  it.each([
    ["再有半年就能通车", [["再有半年", "2025-12-01", "2025-12-31"]]],
    ["再过两年我们就上市", [["再过两年", "2027-01-01", "2027-12-31"]]],
    ["三个月后开业", [["三个月后", "2025-09-01", "2025-09-30"]]],
    ["明年上市以后再过两年就能分红", [["明年", "2026-01-01", "2026-12-31"]]],
    ["今后三年内要上市", [["今后三年内", "2025-06-15", "2028-12-31"]]],
    // 然后 (and then) is a filler, no event
    ["然后再过两年我们就上市", [["再过两年", "2027-01-01", "2027-12-31"]]],
    ["然后，三个月后开业", [["三个月后", "2025-09-01", "2025-09-30"]]],
  ] as const)("%s: %j", (sentence, expected) => {
    expect(findTimes(sentence, JUNE).map((m) => [m.text, m.from, m.to])).toEqual(expected);
  });
});

describe("findTimes: a within span with a negated past verb after it is the last N units up to now", () => {
  const JUNE = "2025-06-15";
  // 没/没有/未 after 内 tells a window looking back, read as 过去三年 is
  it.each([
    ["他三年内没出险，保费能打七折", "三年内", "2022-06-15"],
    ["这款产品两年以内没有涨过价", "两年以内", "2023-06-15"],
    ["我们厂五年之内都没出过事", "五年之内", "2020-06-15"],
    ["这个小区一年内未发生过盗窃", "一年内", "2024-06-15"],
    ["三个月内 没有 一个客户投诉", "三个月内", "2025-03-15"],
  ] as const)("%s: %s = %s..2025-06-15", (sentence, text, from) => {
    expect(findTimes(sentence, JUNE)[0]).toEqual(
      expect.objectContaining({ text, from, to: "2025-06-15", direction: "past" }),
    );
  });

  // negatives: future windows (不会, 要, a forecast word before 没), 未必/未来 are no negated past
  it.each([
    ["三年内不会涨价", "三年内", "2028-12-31"],
    ["三年内要上市", "三年内", "2028-12-31"],
    ["三年内翻一番", "三年内", "2028-12-31"],
    ["三年内可能就没有这个行业了", "三年内", "2028-12-31"],
    ["三年内未必能上市", "三年内", "2028-12-31"],
  ] as const)("%s: %s = 2025-06-15..%s", (sentence, text, to) => {
    expect(findTimes(sentence, JUNE)[0]).toEqual(expect.objectContaining({ text, from: "2025-06-15", to }));
  });
});

describe("findTimes: a lunar month alone is the next one with a forecast word or modal, the last one else", () => {
  const JUNE = "2025-06-15";
  it.each([
    // a modal or forecast word after it, as for 春节 alone: the next one (腊月 2026-01-19..02-16, 正月 2026-02-17..03-18)
    ["腊月订单会多三成", "腊月", "2026-01-19", "2026-02-16"],
    ["正月里客流会到两万人次", "正月", "2026-02-17", "2026-03-18"],
    ["腊月的时候销量会翻一倍", "腊月", "2026-01-19", "2026-02-16"],
    ["预计腊月二十三前后到货", "腊月二十三前后", "2026-02-10", "2026-02-10"],
    ["春节的时候销量会翻一倍", "春节", "2026-02-17", "2026-02-17"],
    // negatives: a past aspect or no cue: the last one; a year of its own
    ["腊月卖了两万件", "腊月", "2024-12-31", "2025-01-28"],
    ["去年腊月卖了两万件", "去年腊月", "2024-12-31", "2025-01-28"],
    ["今年正月卖了两万件", "今年正月", "2025-01-29", "2025-02-27"],
    ["春节卖了两万件", "春节", "2025-01-29", "2025-01-29"],
    ["腊月一般能卖两万件", "腊月", "2024-12-31", "2025-01-28"],
    ["正月的功能性饮料卖得好", "正月", "2025-01-29", "2025-02-27"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, JUNE)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
});

describe("findTimes audit leftovers3: an old time with 多 or 几 in its count (一万多年前, 十几万年前)", () => {
  it.each([
    ["一万多年前人类开始种地", "一万多年前", null, null, "year"],
    ["十几万年前的智人", "十几万年前", null, null, "year"],
    ["三万多年前的壁画", "三万多年前", null, null, "year"],
    ["一百多万年前的石器", "一百多万年前", null, null, "year"],
    // negatives: a time after the year 1 stays resolved, as before
    ["两千多年前孔子说", "两千多年前", "0016-01-01", "0025-12-31", "year"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to, grain) => {
    expect(findTimes(sentence, "2025-06-15")).toEqual([expect.objectContaining({ text, from, to, grain })]);
  });
  it.each(["有一万多年的历史", "一万多人"])("%s: no time", (sentence) => {
    expect(findTimes(sentence, "2025-06-15")).toEqual([]);
  });
});

describe("findTimes audit life: N年后 with a deed done in its clause is a story's time, not one counted from now", () => {
  const DEC = "2025-12-18";
  it.each([
    ["三年后公司被收购了", "三年后"],
    ["两年后我们的营收翻了一倍", "两年后"],
    ["那年我二十三岁，三年后我欠了两百万", "三年后"],
    ["五年以后我又回过一次老家", "五年以后"],
  ] as const)("%s: %s has no date", (sentence, text) => {
    expect(findTimes(sentence, DEC)).toEqual([expect.objectContaining({ text, from: null, to: null })]);
  });
  it.each([
    // near-misses: what will be, a forecast word before the 了, and the other offsets keep their dates
    ["三年后我们会上市", "三年后", "2028-01-01", "2028-12-31"],
    ["三年后营收会翻一倍", "三年后", "2028-01-01", "2028-12-31"],
    ["三年后我们可能就上市了", "三年后", "2028-01-01", "2028-12-31"],
    ["三年前我欠了两百万", "三年前", "2022-01-01", "2022-12-31"],
    ["再过三年我就五十岁了", "再过三年", "2028-01-01", "2028-12-31"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, DEC)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
});

describe("audit formats: 今年晚些时候 dates a forecast up to the year's end", () => {
  it.each([
    ["这些交换机将在今年晚些时候上市", "今年晚些时候", "2025-12-18", "2025-12-31", "year"],
    ["Newton今年稍晚时候会开源", "今年稍晚时候", "2025-12-18", "2025-12-31", "year"],
    ["明年晚些时候会推出", "明年晚些时候", "2026-07-01", "2026-12-31", "half"],
    // near-misses: earlier in the year stays an open span of the past
    ["今年早些时候发布了", "今年早些时候", "2025-01-01", "2025-12-18", "open"],
  ] as const)("%s", (sentence, text, from, to, grain) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([expect.objectContaining({ text, from, to, grain })]);
  });
});

describe("audit space: a bare month with 会 right after it is the next one (三月份会首飞 said in December)", () => {
  const DEC = "2025-12-18";
  it.each([
    ["三月份会首飞", "三月份", "2026-03-01", "2026-03-31"],
    ["四月中旬会进行静态点火试验", "四月中旬", "2026-04-11", "2026-04-20"],
    ["七月份会推出新品", "七月份", "2026-07-01", "2026-07-31"],
    // near-misses: 会 of a word (会议), a habit, a deed done and no cue keep this year's month
    ["三月份的会议上说卖了三万台", "三月份", "2025-03-01", "2025-03-31"],
    ["每年三月会发布新品", "三月", "2025-03-01", "2025-03-31"],
    ["三月份已经发射了两次 所以会很忙", "三月份", "2025-03-01", "2025-03-31"],
    ["三月份首飞", "三月份", "2025-03-01", "2025-03-31"],
    ["三月份开了发布会", "三月份", "2025-03-01", "2025-03-31"],
    // a 会 before the month may tell what was to come then, long past: this year's
    ["这部片子会2月14号在北美上映", "2月14号", "2025-02-14", "2025-02-14"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, DEC)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
});

describe("audit presser: a part alone after a year alone ahead of the anchor is that year's; 提到 is no until", () => {
  it.each([
    ["展望2026年，我们预计全年交付量将达到75万到80万辆", "全年", "2026-01-01", "2026-12-31"],
    ["对于明年，公司预计全年营收增长20%左右", "全年", "2026-01-01", "2026-12-31"],
    ["2026年，一季度交付预计在12万辆左右", "一季度", "2026-01-01", "2026-03-31"],
    ["您刚才提到全年交付58.6万辆", "全年", "2025-01-01", "2025-12-31"],
    ["我注意到明年的预算增加了", "明年", "2026-01-01", "2026-12-31"],
    // near-misses: a past year alone leaves a part alone the anchor's year; a deadline's 到 stays until
    ["去年营收100亿，全年毛利率20%", "全年", "2025-01-01", "2025-12-31"],
    ["今年营收增长两成，全年毛利率20%", "全年", "2025-01-01", "2025-12-31"],
    ["这个项目会持续到2027年", "到2027年", "2025-12-18", "2027-12-31"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR).find((t) => t.text === text)).toEqual(
      expect.objectContaining({ text, from, to }),
    );
  });
  it("a year alone ahead dates the part alone in its own sentence only", () => {
    const carry = { year: null as number | null };
    findTimes("明年，我们预计全年毛利率在20%上下", ANCHOR, carry);
    expect(findTimes("上半年我们卖了三十万辆", ANCHOR, carry)[0]).toEqual(
      expect.objectContaining({ text: "上半年", from: "2025-01-01", to: "2025-06-30" }),
    );
  });
});

describe("audit srtpod: a league's acronym glued before a time lets it be read", () => {
  it.each([
    ["CBA三年内要把联赛收入做到三十亿", "三年内", "2025-12-18", "2028-12-31"],
    ["NBA明年要扩军", "明年", "2026-01-01", "2026-12-31"],
    ["CBA2026年要把收入做到三十亿", "2026年", "2026-01-01", "2026-12-31"],
    ["NBA十二月要开始季中赛", "十二月", "2025-12-01", "2025-12-31"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
  // near-misses: a version's letters before a number still block it (GPT5年内: 年内 alone)
  it.each([
    ["A三年内要", []],
    ["GPT5年内会出来", ["年内"]],
  ] as const)("%s", (sentence, want) => {
    expect(findTimes(sentence, ANCHOR).map((t) => t.text)).toEqual(want);
  });
});

describe("audit edu: grades and weekends of school talk", () => {
  it.each([
    // a grade before the year or the time spent in it, a caption space between allowed
    "初二 那年 他成绩下滑了五十分",
    "初二那一年成绩下滑了五十分",
    "初三的时候他开始学奥数",
    // a habit's modal right after a bare 周末: every weekend
    "孩子周末也要上课",
    "孩子 周末 都要 去补课",
    "孩子周末都在补课",
  ])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });

  // near-misses: a lunar day after 大年 stays one; a weekend pointed at, or with a subject before the modal, stays
  it.each([
    ["大年初二的时候我们回老家", "大年初二"],
    ["初二那天回娘家", "初二"],
  ])("%s: the lunar day %s stays", (sentence, text) => {
    expect(findTimes(sentence, ANCHOR).map((m) => m.text)).toEqual([text]);
  });
  it.each([
    ["这个周末也要上课", "这个周末", "2025-12-20"],
    ["下个周末也要上课", "下个周末", "2025-12-27"],
    ["周末我们也要开会", "周末", "2025-12-20"],
  ])("%s: %s from %s", (sentence, text, from) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from }));
  });
});

describe("findTimes: a countdown to a holiday with no year (离春节还有三十天) is the next one", () => {
  it.each([
    ["离春节还有三十天", "春节", "2026-02-17", "2026-02-17"],
    ["距离国庆只剩两周了", "国庆", "2026-10-01", "2026-10-07"],
    ["距春节不到一个月了", "春节", "2026-02-17", "2026-02-17"],
    // negatives: no 离 before it, or no 还有 after it in its clause
    ["春节还有三十万人在岗", "春节", "2025-01-29", "2025-01-29"],
    ["离春节那几天销量翻了一倍", "春节", "2025-01-29", "2025-01-29"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
});

describe("audit law: a day alone after a verb of detention is a term, no date", () => {
  it.each([
    ["他被行政拘留5日", []],
    ["拘留了10日", []],
    // near-misses: a day alone elsewhere, and a full date, stay dates
    ["5日拘留了三个人", ["5日"]],
    ["他是12月5日被拘留的", ["12月5日"]],
  ] as const)("%s", (sentence, want) => {
    expect(findTimes(sentence, ANCHOR).map((t) => t.text)).toEqual(want);
  });
});

describe("audit weather: a forecast's window in hours", () => {
  // hours after a window marker are a span of whole days from the anchor, rounded up
  it.each([
    ["未来24小时 部分地区降雨量将超过一百毫米", "未来24小时", "2025-12-18", "2025-12-19"],
    ["未来二十四小时 有大雨", "未来二十四小时", "2025-12-18", "2025-12-19"],
    ["未来48小时内将有暴雨", "未来48小时内", "2025-12-18", "2025-12-20"],
    ["过去24小时 降雨量达到八十毫米", "过去24小时", "2025-12-17", "2025-12-18"],
  ])("%s: %s is %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
  // near-misses: hours after no window marker stay durations
  it.each(["三个小时后 雨就停了", "这两个小时 雨下得很大", "连续工作了三十六个小时"])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });
});

describe("findTimes: a day alone in Chinese numerals from 十一 up with 日 is the anchor month's", () => {
  it.each([
    ["截至十九日 全市累计降雨三百毫米", "截至十九日", "2025-12-18", "2025-12-19"],
    ["降雨将持续到二十一日", "到二十一日", "2025-12-18", "2025-12-21"],
    ["他在二十一日当天卖了三百台", "二十一日", "2025-12-21", "2025-12-21"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
  // negatives: a count of days under 十一, a sum in yen, 号 alone
  it.each(["休息了三日", "十日之后再说", "二十日元", "他穿二十一号球衣"])("%s: no day alone", (sentence) => {
    expect(findTimes(sentence, ANCHOR).some((t) => /^[十二三]+[一二三四五六七八九]?日$/.test(t.text))).toBe(false);
  });
});

describe("audit travel: holidays of tourism talk", () => {
  // the Qingming, Labour Day, Dragon Boat and Mid-Autumn holidays said as periods, with or without a year
  it.each([
    ["清明假期 接待游客五十万人次", "清明假期", "2025-04-04", "2025-04-06"],
    ["清明节期间 订单量翻了两番", "清明节期间", "2025-04-04", "2025-04-06"],
    ["明年清明假期 预计接待游客五十万人次", "明年清明假期", "2026-04-04", "2026-04-06"],
    ["劳动节期间接待游客五十万人次", "劳动节期间", "2025-05-01", "2025-05-05"],
    ["端午期间 客流增长了两成", "端午期间", "2025-05-31", "2025-06-02"],
    ["十一期间高速公路免费通行", "十一期间", "2025-10-01", "2025-10-08"],
  ])("%s: %s is %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
  // near-misses: 清明 alone stays unread (it may be last year's or next); a weekend with 基本上 is every weekend, one
  // pointed at stays this week's
  it.each(["清明节前后 订单量翻了两番", "周末基本上是满房 平日入住率也有六七成"])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });
  it("这个周末基本上都订满了: this week's", () => {
    expect(findTimes("这个周末基本上都订满了", ANCHOR)[0]).toEqual(
      expect.objectContaining({ text: "这个周末", from: "2025-12-20" }),
    );
  });
});

describe("findTimes: a day alone with 号 before a part of the day or a bound, or after 到 at its clause's end", () => {
  it.each([
    ["十九号晚上有暴雨", "十九号", "2025-12-19", "2025-12-19"],
    ["19号晚上有暴雨", "19号", "2025-12-19", "2025-12-19"],
    ["降雨持续到二十一号", "到二十一号", "2025-12-18", "2025-12-21"],
    ["我们25号之前会发货五千台", "25号之前", "2025-12-18", "2025-12-25"],
  ] as const)("%s: %s = %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
  // negatives: a jersey, a metro line, a label, a number after 到 with a noun after it
  it.each(["他穿23号球衣", "从1号线换到3号线", "他是3号", "这个23号选手表现很好"])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });
});

describe("audit farm: the farm year's seasons", () => {
  it.each([
    ["明年开春打算再扩两百亩", "明年开春", "2026-02-01", "2026-04-30"],
    ["今年秋收减产了两成", "今年秋收", "2025-09-01", "2025-10-31"],
    ["今年麦收的时候下了一场雨", "今年麦收", "2025-05-01", "2025-06-30"],
    ["明年春耕的时候把地平整好", "明年春耕", "2026-03-01", "2026-05-31"],
  ])("%s: %s is %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
  // near-misses: a season with no year may be any year's
  it.each(["秋收的时候减产了两成", "开春以后就好了"])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });
});

describe("realestate audit: a noun of a length before a within span bounds that length", () => {
  it.each(["去化周期十二个月以内", "交付周期三个月以内", "工期两年以内"])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });
  // near-miss: a deadline of an event stays a window from now
  it("我们十二个月以内会上市: 2025-12-18..2026-12-31", () => {
    expect(findTimes("我们十二个月以内会上市", ANCHOR)[0]).toEqual(
      expect.objectContaining({ text: "十二个月以内", from: "2025-12-18", to: "2026-12-31" }),
    );
  });
});

describe("airlines audit: 要到 closing its clause is not until then; a festival's forecast across a caption break", () => {
  it.each([
    ["我觉得要到2026年下半年", "2026年下半年", "2026-07-01", "2026-12-31"],
    ["我觉得要到明年吧", "明年", "2026-01-01", "2026-12-31"],
    // a forecast cue on the next caption line looks to the next 春运
    ["春运四十天\n我们预计运送旅客一千二百万人次", "春运", "2026-02-02", "2026-03-13"],
  ])("%s: %s is %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
  // near-misses: more said after 要到 keeps the deadline; a past habit on the next line keeps the last 春运; two breaks
  // end the reach
  it.each([
    ["预计要到2026年底能恢复到九成", "到2026年底", "2025-12-18", "2026-12-31"],
    ["春运四十天\n以前我们一般运送旅客一千万人次", "春运", "2025-01-14", "2025-02-22"],
    ["春运四十天。\n我们预计运送旅客一千二百万人次", "春运", "2025-01-14", "2025-02-22"],
  ])("%s: %s is %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
});

describe("telecom audit: 要 or 等 a caption space before 到 says not until then", () => {
  it.each([
    ["我觉得 可能 要 到 2027年 下半年 吧", "2027年 下半年", "2027-07-01", "2027-12-31"],
    ["我觉得 要 到 明年 吧", "明年", "2026-01-01", "2026-12-31"],
    ["要 等 到 2027年 才 行", "2027年", "2027-01-01", "2027-12-31"],
    // near-misses: with no 要 before it, or more said after the time, 到 keeps its deadline
    ["我们 到 2027年 下半年 用户 要 翻一番", "到 2027年 下半年", "2025-12-18", "2027-12-31"],
    ["要 到 2026年底 能 恢复 到 九成", "到 2026年底", "2025-12-18", "2026-12-31"],
  ])("%s: %s is %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
});

describe("stocks audit: a time word right after a stock code, and a half or a quarter after a bare year", () => {
  it.each([
    ["宁德时代300750上半年净利润同比增长33%", "上半年", "2025-01-01", "2025-06-30"],
    ["腾讯00700明年的目标价是520港元", "明年", "2026-01-01", "2026-12-31"],
    ["中芯国际688981一季度营收增长20%", "一季度", "2025-01-01", "2025-03-31"],
    ["2025上半年营收增长33%", "2025上半年", "2025-01-01", "2025-06-30"],
    ["2026下半年会降息", "2026下半年", "2026-07-01", "2026-12-31"],
    ["2025一季度营收增长20%", "2025一季度", "2025-01-01", "2025-03-31"],
    ["2026第二季度会降息", "2026第二季度", "2026-04-01", "2026-06-30"],
  ])("%s: %s is %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
  // near-misses: a count of halves after a classifier, and a short bare number, name no time
  it.each(["三个上半年", "3明年"])("%s: no time", (sentence) => {
    expect(findTimes(sentence, ANCHOR)).toEqual([]);
  });
});

describe("stocks audit: 年内 before a record or a move done is the year so far", () => {
  it.each([
    ["融资余额创下年内新高", "年内", "2025-01-01", "2025-12-18"],
    ["股价创年内新低", "年内", "2025-01-01", "2025-12-18"],
    // what the year has done so far
    ["沪指年内累计上涨15%", "年内", "2025-01-01", "2025-12-18"],
    ["年内已经降息三次", "年内", "2025-01-01", "2025-12-18"],
    ["沪指年内涨了15%", "年内", "2025-01-01", "2025-12-18"],
    // near-misses: 年内 of what is to come stays the rest of the year
    ["年内有望降息", "年内", "2025-12-18", "2025-12-31"],
    ["今年内会上线", "今年内", "2025-12-18", "2025-12-31"],
  ])("%s: %s is %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
});

describe("pasttime audit: a month alone then an event told as past stays this year's", () => {
  it.each([
    // an event, then a verb of its report, before the future cue of what it said (要)
    ["7月份政治局会议 提出要扩大内需 投资增长5%", "7月份", "2025-07-01", "2025-07-31"],
    ["7月份 政治局会议 强调 要 稳就业", "7月份", "2025-07-01", "2025-07-31"],
    ["3月份的财报显示 今年要增长两成", "3月份", "2025-03-01", "2025-03-31"],
    // a verb of the event made an attribute by 的
    ["7月份公布的数据显示 出口还会增长5%", "7月份", "2025-07-01", "2025-07-31"],
    ["5月份出台的政策 还会 继续 执行", "5月份", "2025-05-01", "2025-05-31"],
    // near-misses: a modal or 要 before the event's verb, a future cue before the month, or 发布的时候 (a time to come)
    // keep the next one
    ["7月份 会议 会 提出 新目标 增长5%", "7月份", "2026-07-01", "2026-07-31"],
    ["7月份 要 召开 的 会议 会 定 增长5%", "7月份", "2026-07-01", "2026-07-31"],
    ["7月份 我们 会 发布 新 产品", "7月份", "2026-07-01", "2026-07-31"],
    ["我们会在7月份的发布会上宣布", "7月份", "2026-07-01", "2026-07-31"],
    ["7月份 发布的时候 会 降价 两成", "7月份", "2026-07-01", "2026-07-31"],
  ])("%s: %s is %s..%s", (sentence, text, from, to) => {
    expect(findTimes(sentence, ANCHOR)[0]).toEqual(expect.objectContaining({ text, from, to }));
  });
});
