import { describe, expect, it } from "vitest";
import { normalizeText, toOriginalSpan } from "../../content/matching/normalize";

describe("normalizeText", () => {
  it("lower-cases ASCII without an offset map", () => {
    expect(normalizeText("Sciatica L5-S1")).toEqual({ text: "sciatica l5-s1", starts: null, ends: null });
  });

  it.each([
    ["Lasègue", "lasegue"],
    ["sciat\u00adica", "sciatica"],
    ["sci\u200bat\u200dica", "sciatica"],
    ["L4\u2013L5", "l4-l5"],
    ["L5\u2014S1", "l5-s1"],
    ["disc\u2019s", "disc's"],
    ["low\u00a0back", "low back"],
    ["\uff33ciatica", "sciatica"],
    ["\u0130", "i"],
    ["e\u0301", "e"],
  ])("folds %j to %j", (input, output) => {
    expect(normalizeText(input).text).toBe(output);
  });

  it("maps normalised spans back to the original text", () => {
    const original = "Her\u00adniated “disc” in L4–L5";
    const n = normalizeText(original);
    const start = n.text.indexOf("herniated");
    const [from, to] = toOriginalSpan(n, start, start + "herniated".length);
    expect(original.slice(from, to)).toBe("Her\u00adniated");
    const level = n.text.indexOf("l4-l5");
    const [a, b] = toOriginalSpan(n, level, level + 5);
    expect(original.slice(a, b)).toBe("L4–L5");
  });

  it("keeps astral characters whole", () => {
    const original = "😭 sciatica";
    const n = normalizeText(original);
    const start = n.text.indexOf("sciatica");
    expect(original.slice(...toOriginalSpan(n, start, start + 8))).toBe("sciatica");
  });
});
