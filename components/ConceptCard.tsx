import type { ConceptSummary } from "../content/knowledge-types";
import { CATEGORY_LABELS } from "../utils/knowledge";
import { CategoryIcon } from "./CategoryIcon";

/** One concept as a small card: name, category, summary, and "Explain". */
export function ConceptCard({
  concept,
  onExplain,
}: {
  concept: ConceptSummary;
  onExplain?: (id: string) => void;
}) {
  return (
    <li class={`concept concept--${concept.category} cat--${concept.category}`} data-result={concept.id}>
      <div class="concept__head">
        <span class="concept__name">{concept.name}</span>
        <span class={`chip cat--${concept.category}`}>
          <CategoryIcon category={concept.category} />
          {CATEGORY_LABELS[concept.category]}
        </span>
      </div>
      <p class="concept__summary">{concept.summary}</p>
      {onExplain && (
        <div class="concept__actions">
          <button type="button" onClick={() => onExplain(concept.id)} aria-label={`Explain ${concept.name}`}>
            Explain
          </button>
        </div>
      )}
    </li>
  );
}
