// @vitest-environment happy-dom
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SegmentWalk } from "../../../entrypoints/scanner.content/walk";

// Data-driven: each fixture page in tests/fixtures/dom/ carries the segments the walker must read from
// it, in order, as a JSON list in <script id="expected"> (which the walker itself must skip).

const DIR = join(import.meta.dirname, "../../fixtures/dom");

function readSegments(root: Node): { texts: string[]; shadows: ShadowRoot[] } {
  const texts: string[] = [];
  const shadows: ShadowRoot[] = [];
  const walk = new SegmentWalk(
    root,
    { segment: (s) => texts.push(s.text), shadowRoot: (r) => shadows.push(r) },
    (el) => el.shadowRoot,
  );
  // A small budget, so the walk is resumed many times, as the scanner's time slices do.
  while (walk.step(3));
  return { texts, shadows };
}

describe("the text walker on fixture pages", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".html"));
  it.each(files)("%s gives the expected segments", (file) => {
    document.documentElement.innerHTML = readFileSync(join(DIR, file), "utf8").replace(
      /^<!doctype html>\s*<html>|<\/html>\s*$/gi,
      "",
    );
    const expected = JSON.parse(document.getElementById("expected")!.textContent!) as string[];
    expect(readSegments(document.body).texts).toEqual(expected);
  });
});

describe("the text walker", () => {
  it("keeps each segment's text nodes and their offsets, so a match maps back to the page", () => {
    document.body.innerHTML = "<p>My <em>herniated</em> disc</p>";
    const segments: { nodes: Text[]; starts: number[]; text: string }[] = [];
    const walk = new SegmentWalk(
      document.body,
      { segment: (s) => segments.push(s), shadowRoot: () => undefined },
      () => null,
    );
    while (walk.step(100));
    const [segment] = segments;
    expect(segment!.nodes.map((n) => n.data)).toEqual(["My ", "herniated", " disc"]);
    expect(segment!.starts).toEqual([0, 3, 12]);
  });

  it("reports shadow roots and custom elements that may get one later", () => {
    document.body.innerHTML = "<div id=host></div><x-late>later</x-late>";
    const shadow = document.getElementById("host")!.attachShadow({ mode: "open" });
    shadow.innerHTML = "<p>sciatica in a shadow</p>";
    const late: Element[] = [];
    const shadows: ShadowRoot[] = [];
    const walk = new SegmentWalk(
      document.body,
      { segment: () => undefined, shadowRoot: (r) => shadows.push(r), customElement: (el) => late.push(el) },
      (el) => el.shadowRoot,
    );
    while (walk.step(100));
    expect(shadows).toEqual([shadow]);
    expect(late.map((el) => el.localName)).toEqual(["x-late"]);
  });

  it("reads nothing in a designMode document", () => {
    document.body.innerHTML = "<p>sciatica</p>";
    document.designMode = "on";
    try {
      expect(readSegments(document.body).texts).toEqual([]);
    } finally {
      document.designMode = "off";
    }
  });

  it("says when its place was removed from the page", () => {
    document.body.innerHTML = "<p>one</p><p>two</p><p>three</p>";
    const walk = new SegmentWalk(
      document.body,
      { segment: () => undefined, shadowRoot: () => undefined },
      () => null,
    );
    walk.step(3);
    expect(walk.lost).toBe(false);
    document.body.innerHTML = "<p>new</p>";
    expect(walk.lost).toBe(true);
  });
});
