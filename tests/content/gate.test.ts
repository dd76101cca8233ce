// The gate is the only part of the matching path every page pays for, and the only part that decides
// alone: where it stays shut, nothing is loaded and nothing is shown. So every anchor form, in every
// spelling the scan accepts, must open it; and a real page with none of our words must leave it shut.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { anchorForms, parseScanForm } from "../../content/matching/compile";
import { compilePath } from "../../content/matching/compile-path";
import { findConcepts } from "../../content/matching/find-concepts";
import { toPattern, type Item } from "../../content/matching/form-grammar";
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
    for (const page of ["a herniated disk", "a spinal tumor", "paresthesia in the foot", "sciatica"])
      expect(path.gate.opens(page), page).toBe(true);
  });
});

describe("a page with none of our words", () => {
  // A real NIH page (MedQuAD, shared/corpora; CC BY 4.0) about a liver enzyme disorder.
  const CORPUS = join(SHARED, "corpora", "medquad", "medquad-answers.jsonl");
  const DOC_ID = "3_GHR_QA/0000189";
  const doc = readFileSync(CORPUS, "utf8")
    .split("\n")
    .filter((line) => line.includes(`"${DOC_ID}"`))
    .map((line) => JSON.parse(line) as { id: string; focus: string; qa: Array<{ a: string }> })
    .find((d) => d.id === DOC_ID);
  const text = doc?.qa.map((qa) => qa.a).join("\n") ?? "";

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
});
