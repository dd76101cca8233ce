import { afterEach, describe, expect, it, vi } from "vitest";
import { FindingStore } from "../../entrypoints/scanner.content/findings";
import { HighlightPainter, highlightsSupported } from "../../entrypoints/scanner.content/highlights";

// Where the CSS Custom Highlight API is missing, nothing is painted and nothing throws: the scanner's
// findings still reach the popup and side panel. (tests/e2e/highlight-fallback.spec.ts runs the real
// scanner in Chromium with the API removed from its world.)

afterEach(() => vi.unstubAllGlobals());

const range = {
  startContainer: {},
  startOffset: 0,
  endContainer: {},
  endOffset: 4,
} as unknown as StaticRange;
const finding = { concept: 0, category: "condition" as const, contextual: false, range };

function exercise(): void {
  const store = new FindingStore();
  const painter = new HighlightPainter(store);
  store.add({} as Node, [finding]);
  painter.update([finding], []);
  painter.rebuild();
  painter.settle();
  painter.setStyle("background");
  painter.setShown(false);
  painter.setShown(true);
  painter.register();
  painter.flash(range);
  painter.unregister();
  painter.dispose();
}

describe("highlights where the browser has no Highlight API", () => {
  it("has no CSS object at all (no DOM)", () => {
    vi.stubGlobal("CSS", undefined);
    expect(highlightsSupported()).toBe(false);
    expect(() => exercise()).not.toThrow();
  });

  it("has CSS but no highlight registry", () => {
    vi.stubGlobal("CSS", { supports: () => true });
    vi.stubGlobal("Highlight", undefined);
    expect(highlightsSupported()).toBe(false);
    expect(() => exercise()).not.toThrow();
  });

  it("has a registry but no Highlight constructor", () => {
    const registry = new Map();
    vi.stubGlobal("CSS", { highlights: registry });
    vi.stubGlobal("Highlight", undefined);
    expect(highlightsSupported()).toBe(false);
    expect(() => exercise()).not.toThrow();
    expect(registry.size).toBe(0);
  });
});
