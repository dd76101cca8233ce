// Report words are matched the way radiologists write them (issue 12): levels before or after, sides,
// zones, grades, "disc" and "disk", and abbreviations. Each phrase below is our own, in report style.
import { describe, expect, it } from "vitest";
import { compilePath } from "../../content/matching/compile-path";
import { loadEntries } from "../../scripts/load-content";

// The full pass alone (step 2 of the matching path): several report words are contextual, and under the
// context rule a one-line text without an anchor would show nothing, so "not found" could never fail.
const { matcher } = compilePath(loadEntries());
const ids = matcher.vocabulary.concepts.map((c) => c.id);
/** The concept of the first match, and the text it covers. */
const firstMatch = (text: string): [string, string] | undefined => {
  const m = matcher.findAll(text)[0];
  return m && [ids[m.concept], text.slice(m.start, m.end)];
};

const FOUND: Array<[text: string, concept: string, covered: string]> = [
  ["L4-5: broad-based disc protrusion.", "disc-protrusion", "broad-based disc protrusion"],
  ["L4-5 broad-based disc protrusion.", "disc-protrusion", "L4-5 broad-based disc protrusion"],
  [
    "There is a left paracentral disk protrusion at L5-S1.",
    "disc-protrusion",
    "left paracentral disk protrusion at L5-S1",
  ],
  ["Small right subarticular protrusion.", "disc-protrusion", "Small right subarticular protrusion"],
  ["L4/L5 left paracentral extrusion.", "disc-extrusion", "L4/L5 left paracentral extrusion"],
  ["A sequestered fragment has migrated caudally.", "disc-extrusion", "sequestered fragment"],
  ["Posterior annular fissure at L4-L5.", "annular-fissure", "Posterior annular fissure at L4-L5"],
  ["Moderate bilateral facet arthropathy.", "facet-arthropathy", "Moderate bilateral facet arthropathy"],
  [
    "Ligamentum flavum hypertrophy at L3-4.",
    "ligamentum-flavum-thickening",
    "Ligamentum flavum hypertrophy at L3-4",
  ],
  ["Disc osteophyte complex.", "osteophytes", "Disc osteophyte complex"],
  ["Modic type 1 endplate changes at L5-S1.", "modic-changes", "Modic type 1 endplate changes at L5-S1"],
  ["Disc desiccation at L4-5 and L5-S1.", "disc-desiccation", "Disc desiccation at L4-5"],
  ["Mild loss of disc height.", "disc-desiccation", "loss of disc height"],
  ["Schmorl's node at L2.", "schmorls-node", "Schmorl's node at L2"],
  ["The disc indents the ventral thecal sac.", "thecal-sac", "indents the ventral thecal sac"],
  [
    "It abuts the traversing left L5 nerve root.",
    "nerve-root-contact",
    "abuts the traversing left L5 nerve root",
  ],
  ["Displacing the S1 nerve root.", "nerve-root-contact", "Displacing the S1 nerve root"],
  ["Incidental Tarlov cyst at S2.", "tarlov-cyst", "Incidental Tarlov cyst at S2"],
  ["HNP at L4-5.", "disc-herniation", "HNP at L4-5"],
  ["Moderate NFN on the left.", "spinal-stenosis", "Moderate NFN"],
  ["Left LRS at L4-5.", "spinal-stenosis", "Left LRS"],
  ["DDD at L5-S1.", "degenerative-changes", "DDD at L5-S1"],
  // Verbs with the root's side, course and level, with or without an article, in full or as "NR".
  [
    "Compressing the exiting right L4 nerve root.",
    "nerve-root-compression",
    "Compressing the exiting right L4 nerve root",
  ],
  ["It impinges upon the left S1 root.", "nerve-root-compression", "impinges upon the left S1 root"],
  ["Compresses traversing R L5 NR.", "nerve-root-compression", "Compresses traversing R L5 NR"],
  ["Reduced T2 signal in the L3/4 disc.", "disc-desiccation", "Reduced T2 signal in the L3/4 disc"],
  ["All the disc spaces are narrowed.", "disc-desiccation", "disc spaces are narrowed"],
  ["Moderate degenerative change at L5-S1.", "degenerative-changes", "degenerative change at L5-S1"],
  [
    "Narrowing of the right L4/5 exit foramen.",
    "spinal-stenosis",
    "Narrowing of the right L4/5 exit foramen",
  ],
  ["Sev R LRS.", "spinal-stenosis", "Sev R LRS"],
  ["Facet OA at L4-5.", "facet-arthropathy", "Facet OA"],
  ["Grade 1 anterolithesis.", "spondylolisthesis", "anterolithesis"],
  ["Low back and right thigh pain.", "low-back-pain", "Low back and right thigh pain"],
];

const NOT_FOUND: Array<[text: string, concept: string, why: string]> = [
  ["C5-6 disc osteophyte complex.", "osteophytes", "a neck level"],
  ["C6-7 disc protrusion.", "disc-protrusion", "a neck level"],
  ["Abutting the exiting C6 nerve root.", "nerve-root-contact", "a neck root"],
  ["Cervical facet arthropathy.", "facet-arthropathy", "the neck"],
  ["Uncovertebral osteophytes.", "osteophytes", "joints found only in the neck"],
  ["Bone spur on the heel.", "osteophytes", "a foot"],
  ["Severe dehydration needs fluids.", "disc-desiccation", "the body losing water"],
  ["Disc heights are maintained.", "disc-desiccation", "a normal disc"],
  ["Narrowing of the foramen magnum.", "spinal-stenosis", "the opening at the base of the skull"],
  ["Loss of T2 signal in the spinal cord.", "disc-desiccation", "the cord, not a disc"],
];

describe("report words", () => {
  it.each(FOUND)("%s → %s", (text, concept, covered) => {
    expect(firstMatch(text)).toEqual([concept, covered]);
  });

  it.each(NOT_FOUND)("%s is not %s (%s)", (text, concept) => {
    expect(matcher.findAll(text).map((m) => ids[m.concept])).not.toContain(concept);
  });
});
