// Every cue in data/zh/cues.yaml carries an example sentence; each example must find its own cue, so a cue that the
// matcher can never see (shadowed by a notCues word, mistyped) fails here.
import { describe, expect, it } from "vitest";
import { cueData, cueGroups, findCues } from "../src/recognize/cues.js";

const examples = cueGroups.flatMap((group) => cueData[group].map((c) => [group, c.word, c.example] as const));

describe("each cue finds itself in its example", () => {
  it.each(examples)("%s %s: %s", (group, word, example) => {
    expect(findCues(example).some((c) => c.group === group && c.word === word)).toBe(true);
  });
});

describe("a cue next to a word that only contains it", () => {
  it.each([
    ["要是价格涨了20%怎么办", "要是"],
    ["主要是成本，要是价格再涨20%就亏了", "要是"],
  ])("%s keeps %s", (text, word) => {
    expect(findCues(text).some((c) => c.group === "hypothetical" && c.word === word)).toBe(true);
  });
});

describe("words that contain a cue without being one", () => {
  it.each([
    ["这是一个很好的机会", "prediction"],
    ["他参加了一个会议", "prediction"],
    ["社会会慢慢形成共识", "prediction"],
    ["这说明了问题", "attribution"],
    ["最近几年发展很快", "prediction"],
    ["主要是成本上涨了20%", "hypothetical"],
    ["增长主要是海外市场带来的", "hypothetical"],
    ["最重要是用户增长了20%", "hypothetical"],
    ["我们需要是收入增长20%", "hypothetical"],
  ])("%s", (text, group) => {
    const hits = findCues(text).filter((c) => c.group === group);
    // 社会会: the second 会 is the cue, the first belongs to 社会
    expect(
      hits.every((h) => !(text.slice(h.start - 1, h.end) === "社会" || text.slice(h.start, h.end + 1) === "会议")),
    ).toBe(true);
    if (text !== "社会会慢慢形成共识") expect(hits).toEqual([]);
  });
});
