import { describe, expect, it } from "vitest";
import { compilePath } from "../../content/matching/compile-path";
import { explainText, explainTextInSlices, piecesOf } from "../../entrypoints/explain/explain-text";
import { entry } from "./vocabulary-helpers";

const path = compilePath([
  entry("sciatica", ["sciatica"]),
  entry("disc-herniation", ["disc (bulge|herniation)", "herniated disc"]),
  entry("spinal-stenosis", ["foraminal (stenosis|narrowing)"]),
  entry("numbness", ["numbness"], { specificity: "contextual", category: "symptom" }),
  entry("saddle-numbness", ["saddle numbness"], { category: "red-flag" }),
]);

describe("explainText", () => {
  it("lists warning signs first, then the rest in reading order, with the level and side of each", () => {
    const text =
      "L4-5: left disc herniation. L5-S1: right foraminal stenosis. Now saddle numbness and sciatica.";
    const { concepts, marks } = explainText(path, text);
    expect(concepts.map((c) => c.id)).toEqual([
      "saddle-numbness",
      "disc-herniation",
      "spinal-stenosis",
      "sciatica",
    ]);
    expect(concepts.find((c) => c.id === "disc-herniation")?.where).toEqual(["at L4-5, left"]);
    expect(concepts.find((c) => c.id === "spinal-stenosis")?.where).toEqual(["at L5-S1, right foraminal"]);
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual([
      "disc herniation",
      "foraminal stenosis",
      "saddle numbness",
      "sciatica",
    ]);
  });

  it("counts each concept once, with every distinct place it was found", () => {
    const text = "Disc bulge at L3-4. Disc bulge at L4-5. Another disc bulge at L4-5.";
    const [bulge] = explainText(path, text).concepts;
    expect(bulge.count).toBe(3);
    expect(bulge.where).toEqual(["at L3-4", "at L4-5"]);
  });

  it("applies the page rule: a contextual term alone is not enough", () => {
    expect(explainText(path, "Some numbness in the toes.").concepts).toEqual([]);
    expect(explainText(path, "Sciatica with numbness.").concepts.map((c) => c.id)).toEqual([
      "sciatica",
      "numbness",
    ]);
  });

  it("leaves a lumbar-only concept out where its level is in the neck, but keeps it elsewhere", () => {
    const text = "C5-6: disc bulge with left foraminal narrowing.\nL4-5: disc bulge.";
    const { concepts, marks } = explainText(path, text);
    expect(concepts.find((c) => c.id === "disc-herniation")?.where).toEqual(["at L4-5"]);
    expect(marks.filter((m) => m.conceptId === "disc-herniation")).toHaveLength(1);
    // Stenosis is not lumbar-only: it stays, with its cervical level.
    expect(concepts.find((c) => c.id === "spinal-stenosis")?.where).toEqual(["at C5-6, left foraminal"]);
  });
});

describe("piecesOf", () => {
  it("cuts the text into plain and marked pieces that join back to the text", () => {
    const text = "A herniated disc and sciatica.";
    const { marks } = explainText(path, text);
    const pieces = piecesOf(text, marks);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.mark).map((p) => p.text)).toEqual(["herniated disc", "sciatica"]);
  });
});

describe("explainTextInSlices", () => {
  it("reads a long text in slices and finds what the whole-text pass finds", async () => {
    const paragraph = "L4-5: left disc herniation with numbness.\n\nNothing else of note here at all.\n";
    const text = "Sciatica.\n\n" + paragraph.repeat(400);
    expect(text.length).toBeGreaterThan(20_000);
    expect(await explainTextInSlices(path, text)).toEqual(explainText(path, text));
  });

  it("keeps the page rule across slices: an anchor in the first slice lets a contextual term count later", async () => {
    const text = "Sciatica.\n\n" + "x ".repeat(5_000) + "\n\nnumbness";
    const ids = (await explainTextInSlices(path, text)).concepts.map((c) => c.id);
    expect(ids).toEqual(["sciatica", "numbness"]);
    expect((await explainTextInSlices(path, "x ".repeat(5_000) + "\n\nnumbness")).concepts).toEqual([]);
  });
});
