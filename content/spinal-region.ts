// A cervical report's "disc bulges at C3-4" is not the lumbar disc herniation the knowledge base
// explains, nor is it sciatica. The matcher reads words, not anatomy; where the level written with a
// finding says "neck or upper back", the Explain list leaves out the concepts that by their definition
// (shared/concepts.md) are about the low back and legs. Warning signs are never left out.

/** Concepts defined as being about the low back, the sciatic nerve or the legs. */
export const LUMBAR_ONLY: ReadonlySet<string> = new Set([
  "sciatica",
  "sciatic-nerve",
  "low-back-pain",
  "disc-herniation",
  "radiating-leg-pain",
  "straight-leg-raise",
  "piriformis-syndrome",
  "neurogenic-claudication",
]);

/** C1-C7 and T1-T11 (as in "C5-6", "T4", "C7-T1"); "T12-L1" reaches the lumbar spine. */
const ABOVE_LUMBAR = /^(?:C\d+(?:-(?:C?\d+|T\d+))?|T(?:\d|1[01])(?:-T?(?:\d|1[01]))?)$/;

/** True when levels were found and every one is in the neck or upper back. */
export function aboveLumbar(levels: readonly string[]): boolean {
  return levels.length > 0 && levels.every((level) => ABOVE_LUMBAR.test(level));
}
