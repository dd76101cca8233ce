import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importCycles, importGraph, type ImportGraph } from "../../scripts/lib/import-graph";

// No module of the extension imports itself round a loop (type-only imports included): each piece of
// state has one owner that others call, never a pair that reach into each other.

const ROOT = join(import.meta.dirname, "../..");
const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe("the import cycle finder", () => {
  it("finds a loop of two modules, and one of three, and nothing in a chain", () => {
    const graph = graphOf({
      "a.ts": ["b.ts"],
      "b.ts": ["a.ts", "c.ts"],
      "c.ts": ["d.ts"],
      "d.ts": ["e.ts"],
      "e.ts": ["c.ts"],
      "f.ts": ["a.ts"],
    });
    expect(importCycles(graph)).toEqual([
      ["a.ts", "b.ts"],
      ["c.ts", "d.ts", "e.ts"],
    ]);
    expect(importCycles(graphOf({ "a.ts": ["b.ts"], "b.ts": ["c.ts"], "c.ts": [] }))).toEqual([]);
  });

  it("finds a module that imports itself", () => {
    expect(importCycles(graphOf({ "a.ts": ["a.ts"] }))).toEqual([["a.ts"]]);
  });

  it("counts type-only imports as edges, and leaves out stylesheets, packages and virtual modules", () => {
    const graph = importGraph(ROOT, ["entrypoints/scanner.content"]);
    // lens.ts imports Lifetime as a type only, and the bundled gate from a virtual module.
    const lens = graph.get("entrypoints/scanner.content/lens.ts")!;
    expect(lens).toContain("entrypoints/scanner.content/page-context.ts");
    expect(lens.every((path) => path.endsWith(".ts"))).toBe(true);
    // card-view.ts imports its stylesheet with "?inline" beside its modules.
    const view = graph.get("entrypoints/scanner.content/card/card-view.ts")!;
    expect(view).toContain("entrypoints/scanner.content/text-segments.ts");
    expect(view.some((path) => path.includes(".css"))).toBe(false);
    expect(graph.size).toBeGreaterThan(20);
  });
});

describe("the extension's own modules", () => {
  it("have no import cycle under entrypoints/, utils/, components/ and content/", () => {
    const graph = importGraph(ROOT, ["entrypoints", "utils", "components", "content"]);
    expect(graph.size).toBeGreaterThan(100);
    expect(importCycles(graph)).toEqual([]);
  });
});
