import { describe, expect, it } from "vitest";
import { LUMBAR_ONLY, aboveLumbar } from "../../content/spinal-region";

describe("aboveLumbar", () => {
  it.each([["C5-6"], ["C7-T1"], ["T4"], ["T10-11"], ["C3-4", "C4-5"]])("is true for %s", (...levels) =>
    expect(aboveLumbar(levels)).toBe(true),
  );
  it.each([["L4-5"], ["T12-L1"], ["L5-S1"], ["S1"], ["C5-6", "L4-5"]])("is false for %s", (...levels) =>
    expect(aboveLumbar(levels)).toBe(false),
  );
  it("is false without a level: nothing says the finding is not lumbar", () =>
    expect(aboveLumbar([])).toBe(false));
  it("never includes a warning sign", () => {
    for (const id of ["cauda-equina-syndrome", "saddle-numbness", "foot-drop", "bilateral-leg-symptoms"])
      expect(LUMBAR_ONLY.has(id)).toBe(false);
  });
});
