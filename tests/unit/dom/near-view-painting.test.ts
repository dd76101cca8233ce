// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FindingStore, type Finding } from "../../../entrypoints/scanner.content/findings";
import { HighlightPainter } from "../../../entrypoints/scanner.content/highlights";

// Only blocks on or near the screen are painted: the browser rebuilds every registered range after any
// change of the page, so a long busy page must not keep thousands registered. The observer is driven by
// the test, as the browser would drive it while the reader scrolls.

class FakeObserver {
  static last: FakeObserver | null = null;
  readonly targets = new Set<Element>();
  constructor(readonly callback: (entries: Array<Partial<IntersectionObserverEntry>>) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element): void {
    this.targets.add(el);
  }
  unobserve(el: Element): void {
    this.targets.delete(el);
  }
  disconnect(): void {
    this.targets.clear();
  }
  report(el: Element, near: boolean): void {
    const rect = { width: 100, height: 20 } as DOMRectReadOnly;
    this.callback([{ target: el, isIntersecting: near, boundingClientRect: rect }]);
  }
}

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

let registry: Map<string, FakeHighlight>;
beforeEach(() => {
  registry = new Map();
  vi.stubGlobal("IntersectionObserver", FakeObserver);
  vi.stubGlobal("Highlight", FakeHighlight);
  vi.stubGlobal("CSS", { highlights: registry });
  document.body.innerHTML = `<p id="a">sciatica here</p><p id="b">and sciatica there</p>`;
});
afterEach(() => vi.unstubAllGlobals());

function findingIn(id: string, contextual = false): { block: Element; finding: Finding } {
  const block = document.getElementById(id)!;
  const text = block.firstChild!;
  // happy-dom has no StaticRange; a plain object has the same fields.
  const range = {
    startContainer: text,
    startOffset: 0,
    endContainer: text,
    endOffset: 8,
  } as unknown as StaticRange;
  return { block, finding: { concept: 0, category: "condition", contextual, range } };
}

const painted = () => [...(registry.get("sciatica-lens-underline-condition") ?? [])];

describe("painting only what is near the view", () => {
  it("paints new blocks at once, unpaints those first reported far, and follows the reader", () => {
    const store = new FindingStore();
    const painter = new HighlightPainter(store);
    const a = findingIn("a");
    const b = findingIn("b");
    painter.update([...store.add(a.block, [a.finding]), ...store.add(b.block, [b.finding])], []);
    const observer = FakeObserver.last!;
    expect([...observer.targets]).toEqual([a.block, b.block]);
    expect(painted()).toEqual([a.finding.range, b.finding.range]);
    observer.report(a.block, true);
    observer.report(b.block, false);
    expect(painted()).toEqual([a.finding.range]);
    observer.report(b.block, true);
    observer.report(a.block, false);
    expect(painted()).toEqual([b.finding.range]);
    // Findings are still known (for the popup, the card and "Show me") wherever they are.
    expect([...store.visible()]).toHaveLength(2);
    expect(painter.painting).toBe(true);
  });

  it("adds a new finding in a block already near at once, without waiting for the observer", () => {
    const store = new FindingStore();
    const painter = new HighlightPainter(store);
    const a = findingIn("a");
    painter.update(store.add(a.block, [a.finding]), []);
    FakeObserver.last!.report(a.block, true);
    const again = findingIn("a");
    painter.update(store.add(a.block, [again.finding]), []);
    expect(painted()).toEqual([a.finding.range, again.finding.range]);
  });

  it("stops watching a block whose findings are gone once the scan is idle, but not during it", () => {
    const store = new FindingStore();
    const painter = new HighlightPainter(store);
    const a = findingIn("a");
    painter.update(store.add(a.block, [a.finding]), []);
    const observer = FakeObserver.last!;
    observer.report(a.block, true);
    painter.update([], store.removeWithin(a.block));
    expect(painted()).toEqual([]);
    expect(observer.targets.has(a.block)).toBe(true); // a rescan that finds it again keeps its place
    painter.settle();
    expect(observer.targets.has(a.block)).toBe(false);
  });

  it("keeps contextual findings off until the page has an anchor, near or far", () => {
    const store = new FindingStore();
    const painter = new HighlightPainter(store);
    const a = findingIn("a", true);
    painter.update(store.add(a.block, [a.finding]), []);
    FakeObserver.last!.report(a.block, true);
    expect(painted()).toEqual([]);
    const b = findingIn("b");
    painter.update(store.add(b.block, [b.finding]), []); // an anchor elsewhere: a rebuild shows a
    FakeObserver.last!.report(b.block, false); // ... far away, so only a stays painted
    expect(painted()).toEqual([a.finding.range]);
  });

  it("stops observing everything when disposed", () => {
    const store = new FindingStore();
    const painter = new HighlightPainter(store);
    const a = findingIn("a");
    painter.update(store.add(a.block, [a.finding]), []);
    FakeObserver.last!.report(a.block, true);
    painter.dispose();
    expect(FakeObserver.last!.targets.size).toBe(0);
    expect(registry.size).toBe(0);
  });
});
