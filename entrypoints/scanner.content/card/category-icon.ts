import { CATEGORY_ICON_PATHS, CATEGORY_ICON_VIEWBOX } from "../../../components/category-icons";
import type { Category } from "../../../content/schema";

const SVG_NS = "http://www.w3.org/2000/svg";

/** The category's icon for the card, built with createElementNS (never from markup); decorative. */
export function categoryIcon(category: Category): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", CATEGORY_ICON_VIEWBOX);
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("class", "icon");
  for (const d of CATEGORY_ICON_PATHS[category]) {
    const path = document.createElementNS(SVG_NS, "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}
