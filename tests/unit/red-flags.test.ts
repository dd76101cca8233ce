import { describe, expect, it } from "vitest";
import { emergencyRoute } from "../../content/emergency";
import { NOT_A_DIAGNOSIS, redFlagAction } from "../../content/red-flag-action";
import { loadRedFlags } from "../../scripts/load-content";

describe("emergency route from the browser locale", () => {
  it.each([
    ["en-GB", "999", /A&E/],
    ["en-US", "911", /emergency room/],
    ["fr-FR", "112", /112/],
    ["de-AT", "112", /112/],
    ["en-AU", "000", /000/],
    ["ja-JP", null, /local emergency number/],
    ["en", null, /local emergency number/],
    [undefined, null, /local emergency number/],
    ["garbage!!", null, /local emergency number/],
  ])("%s → %s", (locale, number, action) => {
    const route = emergencyRoute(locale);
    expect(route.number).toBe(number);
    expect(route.action).toMatch(action);
  });
});

describe("the red-flag checklist", () => {
  const items = loadRedFlags();

  it("covers the article's five urgent signs and cauda equina's pattern", () => {
    const concepts = new Set(items.map((i) => i.concept));
    for (const id of [
      "progressive-weakness",
      "saddle-numbness",
      "bladder-bowel-changes",
      "severe-unrelenting-pain",
      "systemic-warning-signs",
      "cauda-equina-syndrome",
    ]) {
      expect(concepts.has(id), id).toBe(true);
    }
    expect(items.some((i) => /both legs/i.test(i.question))).toBe(true);
  });

  it("asks questions the user answers about themselves, and names no phone number itself", () => {
    for (const item of items) {
      expect(item.question.trim().endsWith("?"), item.id).toBe(true);
      expect(item.action, item.id).not.toMatch(/\b(999|911|112|000)\b/);
    }
  });

  it("every action names the route for the region and says it is not a diagnosis", () => {
    for (const item of items) {
      const uk = redFlagAction(item, "en-GB");
      expect(uk).toMatch(/999/);
      expect(uk).toContain(NOT_A_DIAGNOSIS);
      expect(redFlagAction(item, "en-US")).toMatch(/911/);
      expect(redFlagAction(item, "pt-BR")).toMatch(/local emergency number/);
    }
  });
});
