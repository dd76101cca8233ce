import { CategoryIcon } from "../../components/CategoryIcon";
import { CATEGORIES } from "../../content/ids";
import { CATEGORY_LABELS } from "../../utils/knowledge";

const MEANING: Record<(typeof CATEGORIES)[number], string> = {
  "red-flag": "A sign to get checked quickly. Wavy red underline and a warning triangle.",
  condition: "A named problem, such as a slipped disc.",
  cause: "Something that can lead to sciatica.",
  symptom: "Something you may feel.",
  treatment: "Something that may help, with how good the evidence is.",
  care: "Tests, scans and things you can do yourself.",
};

/** What each colour and icon means: the same on the page, the card, the popup and the side panel. */
export function CategoryLegend() {
  return (
    <section aria-labelledby="legend-title">
      <h2 id="legend-title">What the colours and icons mean</h2>
      <ul class="legend">
        {CATEGORIES.map((category) => (
          <li key={category} class={`legend__item cat--${category}`}>
            <span class="chip">
              <CategoryIcon category={category} />
              {category === "red-flag" ? "Warning sign" : CATEGORY_LABELS[category]}
            </span>
            <span class={`legend__sample legend__sample--${category}`} aria-hidden="true">
              term
            </span>
            <span class="legend__meaning">{MEANING[category]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
