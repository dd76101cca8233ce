// Wording from real-style pages and reports that was read wrongly: a warning sign in service-leaflet
// words, long-term steroids as an infection risk (not a course of tablets), a bare spinal root named
// without any squeezing, and report shorthand. Sentences are our own.
import { describe, expect, it } from "vitest";
import { compilePath } from "../../content/matching/compile-path";
import { findConcepts } from "../../content/matching/find-concepts";
import { loadEntries } from "../../scripts/load-content";

const path = compilePath(loadEntries());
const ids = path.matcher.vocabulary.concepts.map((c) => c.id);
const conceptsIn = (text: string): Set<string> =>
  new Set(findConcepts(path, text).map((m) => ids[m.concept]));

const FOUND: Array<[string, string]> = [
  ["severe-unrelenting-pain", "Sciatica. Back pain that does not ease when you rest or lie down."],
  ["severe-unrelenting-pain", "Sciatica. My leg pain doesn't get better when I lie down."],
  ["infection-risk", "Sciatica. You take steroid tablets such as prednisolone for a long time."],
  ["oral-steroids", "Sciatica. The GP gave me a short course of steroid tablets."],
  ["nerve-root-compression", "A disc herniation compressing the left L5 nerve root."],
  ["nerve-root-compression", "Sciatica. The cauda equina nerve roots are compressed."],
  ["radiating-leg-pain", "Sciatica. The pain runs from her buttock down the back of the right leg."],
  ["mri-scan", "MR LUMBAR SPINE\nClinical: sciatica."],
  ["decompression-surgery", "Post-operative changes of a left L5 hemilaminotomy."],
  ["disc-desiccation", "There is narrowing of the L4/5 and L5/S1 disc spaces."],
  ["sciatica", "Clinical: sciatica in both legs for two days."],
  ["sciatic-nerve", "Sciatic nerve pain can stop you in your tracks."],
  ["sciatic-nerve", "Sciatica. An irritated sciatic nerve where it passes the muscle."],
  // One phrase, two concepts: the back and the leg.
  ["low-back-pain", "Sciatica. Low back and left leg pain since March."],
  ["radiating-leg-pain", "Sciatica. Low back and left leg pain since March."],
  ["opioids", "Sciatica. He was not given opioids."],
];

const NOT_FOUND: Array<[string, string]> = [
  ["oral-steroids", "Sciatica. You take steroid tablets such as prednisolone for a long time."],
  ["nerve-root-compression", "Sciatica. A small cyst lies at the left S2 root."],
  ["nerve-root-compression", "Sciatica. A protrusion that does not reach the S1 nerve root."],
];

describe("report and warning-sign wording", () => {
  it.each(FOUND)("finds %s in: %s", (concept, text) => {
    expect(conceptsIn(text)).toContain(concept);
  });
  it.each(NOT_FOUND)("does not find %s in: %s", (concept, text) => {
    expect(conceptsIn(text)).not.toContain(concept);
  });
});
