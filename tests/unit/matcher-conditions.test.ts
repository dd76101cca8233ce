// A condition named at the start of a longer phrase keeps its own match: "sciatica in both legs" is
// sciatica as well as the warning sign, "sciatic nerve pain" names the nerve as well as sciatica.
import { describe, expect, it } from "vitest";
import { compileVocabulary } from "../../content/matching/compile";
import { createMatcher } from "../../content/matching/matcher";
import { entry } from "./vocabulary-helpers";

const matcher = createMatcher(
  compileVocabulary([
    entry("sciatica", ["sciatica", "sciatic nerve pain"], { category: "condition" }),
    entry("sciatic-nerve", ["sciatic nerve"], { category: "condition" }),
    entry("bilateral-leg-symptoms", ["sciatica in both legs"], { category: "red-flag" }),
    entry("disc-herniation", ["herniated disc"], { category: "cause" }),
    entry("discectomy", ["herniated disc surgery"], { category: "treatment" }),
  ]),
);

const find = (text: string) =>
  matcher.findAll(text).map((m) => [matcher.vocabulary.concepts[m.concept].id, text.slice(m.start, m.end)]);

describe("conditions inside longer phrases", () => {
  it("keeps a condition that starts a warning sign's words", () => {
    expect(find("sciatica in both legs")).toEqual([
      ["bilateral-leg-symptoms", "sciatica in both legs"],
      ["sciatica", "sciatica"],
    ]);
  });

  it("keeps two conditions that start at the same word", () => {
    expect(find("sciatic nerve pain")).toEqual([
      ["sciatica", "sciatic nerve pain"],
      ["sciatic-nerve", "sciatic nerve"],
    ]);
  });

  it("still gives other kinds only the longest form", () => {
    expect(find("herniated disc surgery")).toEqual([["discectomy", "herniated disc surgery"]]);
  });
});
