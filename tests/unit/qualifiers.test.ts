import { describe, expect, it } from "vitest";
import { describeQualifier, normalizeLevel, qualifierAt } from "../../content/qualifiers";

/** The qualifier of the first occurrence of `term` in `text`, as the list shows it. */
function near(text: string, term: string): string {
  const start = text.indexOf(term);
  if (start < 0) throw new Error(`"${term}" is not in the text`);
  return describeQualifier(qualifierAt(text, start, start + term.length));
}

describe("normalizeLevel", () => {
  it.each([
    ["L4-5", "L4-5"],
    ["L4/L5", "L4-5"],
    ["L4-L5", "L4-5"],
    ["l4/5", "L4-5"],
    ["L5–S1", "L5-S1"],
    ["L5/S1", "L5-S1"],
    ["L5S1", "L5-S1"],
    ["C5-6", "C5-6"],
    ["T12-L1", "T12-L1"],
    ["L3 to L5", "L3-5"],
    ["L5", "L5"],
    // Dictated with only a space: a pair when the two are neighbours.
    ["L4 5", "L4-5"],
    ["L5 S1", "L5-S1"],
    ["T12 L1", "T12-L1"],
    ["L4 7", "L4"],
    ["L5 4/5", "L5"],
    ["T1 T2", "T1"],
  ])("%s is written %s", (raw, level) => expect(normalizeLevel(raw)).toBe(level));

  it("is null for text without a level", () => expect(normalizeLevel("lumbar")).toBeNull());
});

describe("qualifierAt on report lines", () => {
  it("takes the line's level heading and the side written with the finding", () => {
    const line =
      "L4-5: broad-based disc protrusion with a left paracentral extrusion abutting the traversing L5 nerve root; mild facet arthropathy; moderate left foraminal narrowing.";
    expect(near(line, "extrusion")).toBe("at L4-5, left paracentral");
    // The protrusion's own phrase names no side: the extrusion's side is not lent to it.
    expect(near(line, "disc protrusion")).toBe("at L4-5");
    expect(near(line, "facet arthropathy")).toBe("at L4-5");
    expect(near(line, "foraminal narrowing")).toBe("at L4-5, left foraminal");
  });

  it("finds a level written after the finding, in any of the usual spellings", () => {
    expect(near("There is a disc extrusion at L5–S1 on the right.", "disc extrusion")).toBe(
      "at L5-S1, right",
    );
    expect(near("Small disc bulge at L4/L5.", "disc bulge")).toBe("at L4-5");
    expect(near("Disc desiccation at L4-L5 and L5-S1.", "Disc desiccation")).toBe("at L4-5 and L5-S1");
  });

  it("keeps each sentence's findings to its own level", () => {
    const text = "At L3-4 there is mild disc bulging. At L5-S1 there is a right subarticular protrusion.";
    expect(near(text, "disc bulging")).toBe("at L3-4");
    expect(near(text, "protrusion")).toBe("at L5-S1, right subarticular");
  });

  it("reads a level heading on its own line above the finding, until a blank line", () => {
    const text =
      "L5-S1:\nModic type 1 endplate changes. Bilateral foraminal stenosis.\n\nConclusion: stenosis.";
    expect(near(text, "Modic type 1")).toBe("at L5-S1");
    expect(near(text, "foraminal stenosis")).toBe("at L5-S1, bilateral foraminal");
    expect(near(text, "stenosis.")).toBe("at L5-S1, bilateral foraminal");
    const after = text.lastIndexOf("stenosis");
    expect(describeQualifier(qualifierAt(text, after, after + 8))).toBe("");
  });

  it("does not take a nerve root or an MRI sequence for a level", () => {
    expect(near("Contact with the traversing S1 nerve root.", "Contact")).toBe("");
    expect(near("T2 hyperintense annular fissure.", "annular fissure")).toBe("");
    expect(near("T1 and T2 weighted images show a Tarlov cyst.", "Tarlov cyst")).toBe("");
  });

  it("says a side found without a level in words", () => {
    expect(describeQualifier({ levels: [], side: "bilateral" })).toBe("on both sides");
    expect(describeQualifier({ levels: [], side: "left paracentral" })).toBe("in the left paracentral zone");
    expect(describeQualifier({ levels: ["L4-5"], side: "left" })).toBe("at L4-5, left");
    expect(describeQualifier({ levels: [], side: null })).toBe("");
  });

  it("reads sides in clinic letters but not 'right' in another sense", () => {
    expect(near("She has right-sided sciatica with a positive straight leg raise.", "sciatica")).toBe(
      "on the right",
    );
    expect(near("He has left leg pain from L5 radiculopathy.", "leg pain")).toBe("on the left");
    expect(near("We agreed physiotherapy is the right thing to try first.", "physiotherapy")).toBe("");
    expect(near("Symptoms are bilateral, worse on the left.", "Symptoms")).toBe("on both sides");
  });

  it("finds nothing where nothing is written", () => {
    expect(near("No significant disc herniation.", "disc herniation")).toBe("");
  });
});

describe("qualifierAt on harder lines", () => {
  it("takes the level in the finding's own words, even a nerve root's", () => {
    const text = "Her MRI shows a right L5/S1 disc extrusion, which fits an S1 radiculopathy.";
    expect(near(text, "S1 radiculopathy")).toBe("at S1");
    // The scan is not "at L5-S1, right": what it shows is a phrase of its own.
    expect(near(text, "MRI")).toBe("");
  });

  it("reads a heading naming several levels, and leaves a negated zone out", () => {
    const text =
      "C3-4 and C4-5: Minor disc bulges. No stenosis.\nL3-4: Mild disc bulge without canal or foraminal narrowing.";
    expect(near(text, "disc bulges")).toBe("at C3-4 and C4-5");
    expect(near(text, "stenosis")).toBe("at C3-4 and C4-5");
    expect(near(text, "Mild disc bulge")).toBe("at L3-4");
  });
});

describe("qualifierAt on dictated and templated reports", () => {
  it("reads levels dictated with a space, and not a zone dictated as two words as another zone", () => {
    const text = "L4 5 broad based disc protusion more to the left. Large left para central L5 S1 extrusion.";
    expect(near(text, "disc protusion")).toBe("at L4-5, left");
    expect(near(text, "extrusion")).toBe("at L5-S1, left");
    expect(near("A 4 mm protrusion at L4 7 mm from the midline.", "protrusion")).toBe("at L4");
  });

  it("reads a heading that carries a note in brackets", () => {
    const text =
      "L2-L3: Mild disc bulge.\nL3-L4 (adjacent level): Worse than before. Facet hypertrophy and canal stenosis.";
    expect(near(text, "Facet hypertrophy")).toBe("at L3-4");
    expect(near(text, "canal stenosis")).toBe("at L3-4");
  });

  it("does not take a level written with NR (nerve root) for where the finding is", () => {
    expect(near("Subarticular extrusion compressing the S1 NR.", "Subarticular extrusion")).toBe(
      "in the subarticular zone",
    );
  });
});
