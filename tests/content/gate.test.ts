// The gate is the only part of the matching path every page pays for, and the only part that decides
// alone: where it stays shut, nothing is loaded and nothing is shown. So every anchor form, in every
// spelling the scan accepts, must open it; and a real page with none of our words must leave it shut.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anchorForms, parseScanForm } from "../../content/matching/compile";
import { compilePath } from "../../content/matching/compile-path";
import { findConcepts } from "../../content/matching/find-concepts";
import { parseForm, toPattern, type Item } from "../../content/matching/form-grammar";
import { gateWords } from "../../content/matching/gate-words";
import { SHARED, entries } from "./load";

const path = compilePath(entries);
/** Enough to cover every alternative of our longest forms many times over; beyond it, every nth is kept. */
const MAX_SAMPLES = 2000;

/** Page text for each reading of a parsed form, written here rather than by the gate's own expander. */
function samples(seq: readonly Item[], separator: string): string[] {
  let out = [""];
  for (const item of seq) {
    if (item.k === "c") out = out.map((s) => s + item.c);
    else if (item.k === "sep") out = out.map((s) => s + separator);
    else if (item.k === "gap") out = out.map((s) => `${s} really `);
    else if (item.k === "level") out = out.flatMap((s) => [`${s}l5`, `${s}l4-5`, `${s}s1`]);
    else {
      const alts = item.alts.flatMap((alt) => samples(alt, separator));
      out = out.flatMap((s) => (item.opt ? ["", ...alts] : alts).map((a) => s + a));
    }
    if (out.length > MAX_SAMPLES) out = out.filter((_, i) => i % Math.ceil(out.length / MAX_SAMPLES) === 0);
  }
  return out;
}

const formText = (form: string | { form: string }) => (typeof form === "string" ? form : form.form);
const cases = entries.flatMap((entry) =>
  anchorForms(entry).map((form) => [entry.id, formText(form)] as const),
);

describe("the gate", () => {
  it("covers the anchor forms of every concept that is not contextual", () => {
    const covered = new Set(cases.map(([id]) => id));
    const standAlone = entries.filter((e) => e.specificity !== "contextual").map((e) => e.id);
    expect(standAlone.length).toBeGreaterThan(30);
    expect([...covered].sort()).toEqual(standAlone.sort());
  });

  it.each(cases)("%s: opens on every spelling of “%s”", (_, text) => {
    const tree = parseScanForm(text); // with its spelling variants (content/matching/spelling-variants.ts)
    const spellings = [...samples(tree, " "), ...samples(tree, "-")];
    for (const spelling of spellings)
      for (const page of [`I read that ${spelling} here.`, `Notes: ${spelling}s, ${spelling}'s.`])
        expect(path.gate.opens(page), page).toBe(true);
    // The samples are real readings of the form, as the full pass's own pattern for it reads them.
    const reading = new RegExp(`^(?:${toPattern(tree)})$`);
    for (const spelling of spellings) expect(reading.test(spelling), spelling).toBe(true);
  });

  it("opens on the spelling variants of a word, not only the way a writer listed it", () => {
    for (const page of ["a herniated disk", "a spinal tumor", "a lumbar diskectomy"]) {
      expect(findConcepts(path, page).length, page).toBeGreaterThan(0);
      expect(path.gate.opens(page), page).toBe(true);
    }
  });
});

describe("the gate's words", () => {
  it("are a word every spelling needs, not the first words of optional modifiers", () => {
    const form =
      "(small |large |tiny )?(left |right )?(central|focal|lateral) (disc )?extrusion (at|of) {level}";
    expect(gateWords(parseForm(form))).toEqual(["extrusion"]);
  });

  it("are the rarest word of each spelling where that beats the words of any one part", () => {
    expect(gateWords(parseForm("(sciatic nerve|piriformis) (pain|syndrome)"))?.sort()).toEqual([
      "piriformis",
      "sciatic",
    ]);
  });
});

// Real NIH pages (MedQuAD, shared/corpora; CC BY 4.0): nobody on this project wrote them.
const CORPUS = join(SHARED, "corpora", "medquad", "medquad-answers.jsonl");
const medquad = readFileSync(CORPUS, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; focus: string; qa: Array<{ a: string }> });
const textOf = (doc: { qa: Array<{ a: string }> } | undefined) => doc?.qa.map((qa) => qa.a).join("\n") ?? "";

describe("a page with none of our words", () => {
  // A page about a disorder of the urea cycle.
  const doc = medquad.find((d) => d.id === "3_GHR_QA/0000189");
  const text = textOf(doc);

  it("is a long real text that the full pass finds nothing in", () => {
    expect(doc?.focus).toBe("citrullinemia");
    expect(text.length).toBeGreaterThan(5000);
    expect(path.matcher.findAll(text)).toEqual([]);
  });

  it("keeps the gate shut, so the vocabulary is never loaded for it", () => {
    expect(path.gate.opens(text)).toBe(false);
    expect(findConcepts(path, text)).toEqual([]);
  });

  it("opens the gate once one anchor form is added to it", () => {
    expect(path.gate.opens(`${text}\nSome people with it also have sciatica.`)).toBe(true);
  });

  it("is one of many health pages the gate keeps shut (each one spared loading the vocabulary)", () => {
    const shut = medquad.filter((d) => !path.gate.opens(textOf(d))).length;
    // 1,293 of 5,486 when written; 752 when a form's gate words were its first words past 4096 spellings.
    expect(shut / medquad.length).toBeGreaterThan(0.2);
  });
});
