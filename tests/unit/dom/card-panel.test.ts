// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { cardPanel } from "../../../entrypoints/scanner.content/card/card-panel";
import { CATEGORY_ICON_PATHS, CATEGORY_ICON_VIEWBOX } from "../../../components/category-icons";
import type { Category } from "../../../content/ids";
import type { CardContent } from "../../../utils/protocol/background";

const SVG_NS = "http://www.w3.org/2000/svg";
// The background's side (utils/card-content.ts sends each category's paths) is in ../card-content.test.ts;
// here, what the page script makes of the content it is sent.
const contentFor = (
  category: Category,
  icon: readonly string[] = CATEGORY_ICON_PATHS[category],
): CardContent => ({
  id: "sciatica",
  name: "Sciatica",
  kind: `Kind of ${category}`,
  category,
  icon,
  redFlag: category === "red-flag",
  summary: "A summary.",
  caveat: "A caveat (Someone 2020)",
  warning: category === "red-flag" ? "Get help now." : null,
});
const noActions = {
  more: () => Promise.resolve(null),
  addNote: () => Promise.resolve(true),
  hide: null,
  close: () => undefined,
};

describe("the in-page card's kind chip", () => {
  it("draws the category's own icon from the content the background sends, beside the kind's word", () => {
    const categories = Object.keys(CATEGORY_ICON_PATHS) as Category[];
    expect(categories.length).toBe(6);
    for (const category of categories) {
      const content = contentFor(category);
      const chip = cardPanel(content, noActions).querySelector(".kind")!;
      const svgs = chip.querySelectorAll("svg");
      expect(svgs.length).toBe(1);
      const svg = svgs[0];
      expect(svg.namespaceURI).toBe(SVG_NS);
      expect(svg.getAttribute("viewBox")).toBe(CATEGORY_ICON_VIEWBOX);
      expect(svg.getAttribute("aria-hidden")).toBe("true");
      expect(svg.getAttribute("class")).toBe("cat-icon");
      const paths = [...svg.children];
      expect(paths.every((p) => p.namespaceURI === SVG_NS && p.localName === "path")).toBe(true);
      expect(paths.map((p) => p.getAttribute("d"))).toEqual(CATEGORY_ICON_PATHS[category]);
      // The icon comes first and the chip's text is the kind's word alone, so it is never told by icon alone.
      expect(chip.firstChild).toBe(svg);
      expect(chip.textContent).toBe(content.kind);
    }
  });

  it("puts path data in attributes only: markup in it never becomes elements", () => {
    const content = contentFor("symptom", ['M0 0"/><script>alert(1)</script><path d="']);
    const card = cardPanel(content, noActions);
    expect(card.querySelectorAll("script").length).toBe(0);
    expect(card.querySelector(".kind svg path")!.getAttribute("d")).toBe(content.icon[0]);
  });
});
