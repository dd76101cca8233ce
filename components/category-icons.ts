import type { Category } from "../content/schema";

// One small 16x16 line icon per category, as SVG path data only: the Preact views draw them from here, and
// the in-page card gets them from the background with the rest of its content (utils/card-content.ts) and
// draws them with createElementNS, never from HTML strings (the page script does not bundle this file).
// Shapes differ as well as colours, so no category is told apart by colour alone.
export const CATEGORY_ICON_PATHS: Record<Category, readonly string[]> = {
  // A warning triangle with an exclamation mark.
  "red-flag": ["M8 1.8 15 14.2H1Z", "M8 6v4", "M8 11.9v.2"],
  // A circle with a cross: a named condition.
  condition: ["M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13Z", "M8 5v6", "M5 8h6"],
  // A link of a chain: something that leads to something else.
  cause: [
    "M6.5 9.5 9.5 6.5",
    "M7 4.5 8.5 3a2.5 2.5 0 0 1 3.5 3.5L10.5 8",
    "M9 11.5 7.5 13A2.5 2.5 0 0 1 4 9.5L5.5 8",
  ],
  // A lightning bolt: what is felt.
  symptom: ["M9 1.5 3.5 9H8l-1 5.5L12.5 7H8Z"],
  // A pill.
  treatment: [
    "M3.2 8.8a2.8 2.8 0 0 1 0-4L4.8 3.2a2.8 2.8 0 0 1 4 4L7.2 8.8a2.8 2.8 0 0 1-4 0Z",
    "M4 4l4 4",
    "M10 10.5h4.5",
    "M10 13.5h4.5",
  ],
  // A clipboard with a tick: tests and self-care.
  care: ["M4 2.5h8v12H4Z", "M6 1.5h4v2H6Z", "M5.8 9 7.5 10.7 10.5 7"],
};

export const CATEGORY_ICON_VIEWBOX = "0 0 16 16";
