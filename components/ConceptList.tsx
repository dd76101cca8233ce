import type { ConceptCount } from "../utils/protocol/background";
import { CATEGORY_LABELS, CATEGORY_ORDER, conceptById } from "../utils/knowledge";
import { CategoryIcon } from "./CategoryIcon";

export interface ConceptListProps {
  concepts: readonly ConceptCount[];
  onShow?: (id: string) => void;
  onExplain?: (id: string) => void;
  /** Adds the concept to "terms I read about" in the user's appointment notes. */
  onAddToNotes?: (id: string) => void;
}

/**
 * Concepts found on a page, grouped by category with red flags first; each item carries data-concept.
 * Each group is a native <details> (open at first) whose summary names the category, its icon and count.
 */
export function ConceptList({ concepts, onShow, onExplain, onAddToNotes }: ConceptListProps) {
  return (
    <div class="concept-groups">
      {CATEGORY_ORDER.map((category) => {
        const items = concepts
          .filter((c) => c.category === category && conceptById(c.id))
          .sort((a, b) => b.count - a.count);
        if (items.length === 0) return null;
        const headingId = `group-${category}`;
        const total = items.reduce((sum, c) => sum + c.count, 0);
        return (
          <details
            key={category}
            open
            class={`concept-group concept-group--${category} cat--${category}`}
            aria-labelledby={headingId}
          >
            <summary>
              {/* The icon is inside the label (it is hidden from the name), so it wraps with the words. */}
              <span id={headingId} class="concept-group__label">
                <CategoryIcon category={category} />
                {CATEGORY_LABELS[category]}
              </span>
              <span class="concept-group__count">
                {items.length} term{items.length === 1 ? "" : "s"}, {total} mention{total === 1 ? "" : "s"}
              </span>
            </summary>
            <ul>
              {items.map((c) => {
                const concept = conceptById(c.id)!;
                return (
                  <li key={c.id} data-concept={c.id} class={`concept concept--${category}`}>
                    <div class="concept__head">
                      <span class="concept__name">{concept.name}</span>
                      <span class="concept__count" aria-label={`${c.count} on this page`}>
                        ×{c.count}
                      </span>
                    </div>
                    <p class="concept__summary">{concept.summary}</p>
                    <div class="concept__actions">
                      {onShow && (
                        <button
                          type="button"
                          onClick={() => onShow(c.id)}
                          aria-label={`Show me ${concept.name} on the page`}
                        >
                          Show me
                        </button>
                      )}
                      {onExplain && (
                        <button
                          type="button"
                          onClick={() => onExplain(c.id)}
                          aria-label={`Explain ${concept.name}`}
                        >
                          Explain
                        </button>
                      )}
                      {onAddToNotes && (
                        <button
                          type="button"
                          onClick={() => onAddToNotes(c.id)}
                          aria-label={`Add ${concept.name} to my notes`}
                        >
                          Add to notes
                        </button>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
