import type { SectionId } from "./sections";

// One 16x16 line icon per section, so the tabs stay short enough to sit on one line; the label is
// always shown beside it (the icon is decorative).
const PATHS: Record<SectionId, readonly string[]> = {
  // An "i" in a circle: plain-English explanations.
  explain: ["M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13Z", "M8 7.2v4", "M8 4.8v.2"],
  // A flag.
  "red-flags": ["M3.5 14.5v-13", "M3.5 2.5h8.5l-2 3 2 3H3.5"],
  // A calendar page.
  appointment: ["M2.5 3.5h11v10h-11Z", "M2.5 6.5h11", "M5.5 2v3", "M10.5 2v3"],
  // A line going down over time: pain easing.
  progress: ["M2 2v12h12", "M4.5 5.5 7 9l2.5-1.5 3.5 3.5"],
  // A page with an arrow out of it: print, copy or save.
  "take-away": ["M9.5 2.5h-6v11h9V7", "M8 8l6-6", "M10.5 2H14v3.5"],
};

export function TabIcon({ section }: { section: SectionId }) {
  return (
    <svg class="cat-icon tabs__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {PATHS[section].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
