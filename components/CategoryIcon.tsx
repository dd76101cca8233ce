import type { Category } from "../content/schema";
import { CATEGORY_ICON_PATHS, CATEGORY_ICON_VIEWBOX } from "./category-icons";

/** The category's icon, decorative: the text beside it always names the category too. */
export function CategoryIcon({ category }: { category: Category }) {
  return (
    <svg
      class={`cat-icon cat-icon--${category}`}
      viewBox={CATEGORY_ICON_VIEWBOX}
      aria-hidden="true"
      focusable="false"
    >
      {CATEGORY_ICON_PATHS[category].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
