import { describe, expect, it } from "vitest";
import { CONTRACT } from "../../content/concept-contract";
import { renderCaveat } from "../../scripts/knowledge-plugin";
import { byId, entries, readShared, sources } from "./load";

describe("the concept contract", () => {
  it("matches shared/concepts.md", () => {
    const shared = readShared("concepts.md");
    if (shared === null) return; // only the copy in content/ is available on this machine
    const rows = [...shared.matchAll(/^\| ([a-z0-9-]+) \| ([a-z-]+) \| ([a-z]+) \|/gm)]
      .filter((m) => m[1] !== "id")
      .map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual(CONTRACT.map((row) => [...row]));
  });

  it.each(CONTRACT.map((row) => [...row]))(
    "%s exists with category %s and specificity %s",
    (id, category, specificity) => {
      const entry = byId.get(id);
      expect(entry, `content/concepts/${id}.md is missing`).toBeDefined();
      expect(entry!.category).toBe(category);
      expect(entry!.specificity).toBe(specificity);
    },
  );

  it("has unique ids", () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });
});

describe("every entry", () => {
  it.each(entries.map((e) => [e.id, e] as const))("%s has the sections its category needs", (_, e) => {
    if (e.category === "treatment" || e.category === "care") {
      expect(e.sections.evidence, "treatment and care entries say what the evidence says").toBeTruthy();
    }
    if (e.category === "red-flag" || e.category === "symptom") {
      expect(e.sections.whenToGetHelp, "red flags and symptoms say when to get help").toBeTruthy();
    }
  });

  it.each(entries.map((e) => [e.id, e] as const))("%s links only to concepts that exist", (_, e) => {
    for (const id of e.related) expect(byId.has(id), `related "${id}"`).toBe(true);
    expect(e.related).not.toContain(e.id);
  });

  it.each(entries.map((e) => [e.id, e] as const))("%s never promises certainty", (_, e) => {
    const text = [e.summary, e.caveat, ...Object.values(e.sections)].join("\n");
    expect(text).not.toMatch(
      /\bcure[sd]?\b|\bguarantee[sd]?\b|will fix|\bcures\b|miracle|100% (?:safe|effective)/i,
    );
  });

  it.each(entries.map((e) => [e.id, e] as const))(
    "%s has a one-line evidence caveat that names its sources",
    (_, e) => {
      const shown = renderCaveat(e.caveat, sources, e.id);
      expect(shown).not.toMatch(/\[@|\n/);
      expect(shown).toMatch(/\S \(.+\)$/);
      expect(shown.length, "short enough for the card").toBeLessThanOrEqual(240);
    },
  );

  it.each(entries.map((e) => [e.id, e] as const))("%s has a summary of at most 40 words", (_, e) => {
    expect(e.summary.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(40);
  });
});
