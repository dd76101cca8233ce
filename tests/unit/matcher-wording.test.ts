// The matcher on real sentence shapes (issue 18): words inserted inside a phrase ({gap}), quote marks,
// possessives, a form that needs (or must not have) certain words nearby, and two true concepts on
// one span.
import { describe, expect, it } from "vitest";
import { compileVocabulary } from "../../content/matching/compile";
import { createMatcher } from "../../content/matching/matcher";
import { entry } from "./vocabulary-helpers";

const matcher = createMatcher(
  compileVocabulary([
    entry("sciatica", ["sciatica"]),
    entry("disc-herniation", ["slipped disc", "herniated disc"]),
    entry("mckenzie-method", ["mckenzie('s)? method"]),
    entry("bladder-bowel-changes", ["(bladder|bowel) control"], { category: "red-flag" }),
    entry("saddle-numbness", ["numbness {gap}(around|under) (your |my )?(bottom|bum)"], {
      category: "red-flag",
    }),
    entry("leg-weakness", ["weakness in (one|both) legs", "leg weakness"], { category: "symptom" }),
    entry(
      "progressive-weakness",
      ["leg weakness that is getting worse", "in both legs that is getting worse"],
      {
        category: "red-flag",
      },
    ),
    entry("bilateral-leg-symptoms", ["weakness in both legs"], { category: "red-flag" }),
    entry("epidural-steroid-injection", [
      { form: "epidural", near: "(steroid|injection)", farFrom: "(labour|birth)" },
    ]),
  ]),
);

const find = (text: string) =>
  matcher.findAll(text).map((m) => [matcher.vocabulary.concepts[m.concept].id, text.slice(m.start, m.end)]);

describe("matcher on real wording", () => {
  it("keeps separators plain: a coordinated word needs its own alternative or a {gap}", () => {
    expect(find("changes to your bladder or bowel control")).toEqual([
      ["bladder-bowel-changes", "bowel control"],
    ]);
  });

  it("lets {gap} take up to three inserted words, and no more", () => {
    expect(find("numbness around or under your bottom")).toEqual([
      ["saddle-numbness", "numbness around or under your bottom"],
    ]);
    expect(find("the numbness is slowly spreading under my bum")).toEqual([
      ["saddle-numbness", "numbness is slowly spreading under my bum"],
    ]);
    expect(find("numbness in my feet, which is not at all around my bottom")).toEqual([]);
  });

  it("reads through quote marks around a word, a possessive the form allows, and ALL-CAPS", () => {
    expect(find(`a "slipped" disc, a ‘slipped’ disc, a “herniated” disc`).map(([id]) => id)).toEqual([
      "disc-herniation",
      "disc-herniation",
      "disc-herniation",
    ]);
    expect(find("McKenzie's method, MCKENZIE’S METHOD")).toEqual([
      ["mckenzie-method", "McKenzie's method"],
      ["mckenzie-method", "MCKENZIE’S METHOD"],
    ]);
    expect(find("don't 'sciatica' me")).toEqual([["sciatica", "sciatica"]]);
  });

  it("counts a form with `near` and `farFrom` only in the right company", () => {
    expect(find("I had an epidural with a steroid for my back")).toEqual([
      ["epidural-steroid-injection", "epidural"],
    ]);
    expect(find("I had an epidural")).toEqual([]);
    expect(find("an epidural injection during labour")).toEqual([]);
  });

  it("gives one span two concepts when both are true symptoms or signs", () => {
    expect(find("leg weakness that is getting worse")).toEqual([
      ["progressive-weakness", "leg weakness that is getting worse"],
      ["leg-weakness", "leg weakness"],
    ]);
    // A sign may start inside another and reach further.
    expect(find("weakness in both legs that is getting worse")).toEqual([
      ["leg-weakness", "weakness in both legs"],
      ["bilateral-leg-symptoms", "weakness in both legs"],
      ["progressive-weakness", "in both legs that is getting worse"],
    ]);
    // Other kinds still take the longest form only.
    expect(find("herniated disc")).toEqual([["disc-herniation", "herniated disc"]]);
  });
});

describe("a form whose word another form lists in the plural", () => {
  // "(fevers|fever) and chills" files a key "fevers"; the prefilter used to take that longer key at
  // "fevers" and never try the plain "fever" form there, though "fever" matches "fevers" by its ending.
  const plural = createMatcher(
    compileVocabulary([
      entry("systemic-warning-signs", ["fever", "(fevers|fever) and chills"], { category: "red-flag" }),
      entry("opioids", ["opioid", { form: "opioids", near: "(addiction|dependence)" }]),
    ]),
  );
  const found = (text: string) =>
    plural.findAll(text).map((m) => [plural.vocabulary.concepts[m.concept].id, text.slice(m.start, m.end)]);

  it("tries the singular word's forms at the plural too", () => {
    expect(found("I have had fevers all week")).toEqual([["systemic-warning-signs", "fevers"]]);
    expect(found("fevers and chills")).toEqual([["systemic-warning-signs", "fevers and chills"]]);
    expect(found("he takes opioids")).toEqual([["opioids", "opioids"]]);
  });

  it("files the plural key under the singular one and leaves it out of the prefilter", () => {
    expect(plural.vocabulary.keys["fever"]).toHaveLength(2);
    expect(new RegExp(plural.vocabulary.prefilter["f"], "y").exec("fevers")?.[1]).toBe("fever");
  });
});
