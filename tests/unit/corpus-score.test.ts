import { describe, expect, it } from "vitest";
import { CorpusScore, pageLabel, precisionOf, recallOf, scoreText } from "../../scripts/lib/corpus-score";

// The one scorer of the labelled pages and reports, on texts small enough to count by hand.

describe("scoring one text against its label", () => {
  it("counts a must found, a must missed, a may found, a stray and a mustNot", () => {
    const label = { must: ["sciatica", "foot-drop"], may: ["mri-scan"], mustNot: ["discectomy"] };
    const found = new Set(["sciatica", "mri-scan", "tens", "discectomy"]);
    expect(scoreText(label, found)).toEqual({
      missed: ["foot-drop"],
      wrong: ["tens", "discectomy"],
      forbidden: ["discectomy"],
    });
  });

  it("takes a label without mustNot (the hostile pages' older labels)", () => {
    expect(scoreText({ must: [], may: [] }, new Set(["x"]))).toEqual({
      missed: [],
      wrong: ["x"],
      forbidden: [],
    });
  });
});

describe("scoring a corpus", () => {
  it("adds up all ids and the warning signs apart, with a line for each text that went wrong", () => {
    const score = new CorpusScore((id) => id === "saddle-numbness");
    score.add("a.html", { must: ["sciatica", "saddle-numbness"], may: [] }, new Set(["sciatica"]));
    score.add(
      "b.html",
      { must: ["sciatica"], may: ["numbness"], mustNot: ["saddle-numbness"] },
      new Set(["sciatica", "numbness", "saddle-numbness"]),
    );
    score.add("c.html", { must: ["tens"], may: [] }, new Set(["tens"]));
    expect(score.texts).toBe(3);
    expect(score.all).toEqual({ found: 3, missed: 1, wrong: 1, forbidden: 1 });
    expect(score.red).toEqual({ found: 0, missed: 1, wrong: 1, forbidden: 1 });
    expect(recallOf(score.all)).toBe(0.75);
    expect(precisionOf(score.all)).toBe(0.75);
    expect(score.problems).toEqual([
      "a.html: missed [saddle-numbness] wrongly found []",
      "b.html: missed [] wrongly found [saddle-numbness] (labelled mustNot: [saddle-numbness])",
    ]);
    expect(score.summary()).toBe(
      "recall 0.750, precision 0.750 (3 found as labelled, 1 missed, 1 found wrongly, 1 of them labelled mustNot)",
    );
  });

  it("calls a corpus with nothing to find and nothing found perfect", () => {
    const score = new CorpusScore();
    score.add("empty.html", { must: [], may: ["sciatica"] }, new Set());
    expect([recallOf(score.all), precisionOf(score.all)]).toEqual([1, 1]);
    expect(score.problems).toEqual([]);
  });
});

describe("a labelled page's label", () => {
  it("is read from its expected script, and a page without one is an error", () => {
    const html = `<head><script type="application/json" id="expected">{"must": ["sciatica"], "may": [], "mustNot": ["tens"]}</script></head>`;
    expect(pageLabel(html)).toEqual({ must: ["sciatica"], may: [], mustNot: ["tens"] });
    expect(() => pageLabel("<p>sciatica</p>", "bare.html")).toThrow(/bare.html has no/);
  });
});
