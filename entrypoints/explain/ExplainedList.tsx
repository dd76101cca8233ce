import { CategoryIcon } from "../../components/CategoryIcon";
import { cardContent } from "../../utils/card-content";
import { conceptById } from "../../utils/knowledge";
import type { Region } from "../../content/emergency";
import type { ExplainedConcept } from "./explain-text";

export interface ExplainedListProps {
  concepts: readonly ExplainedConcept[];
  region: Region;
}

/**
 * The glossary of an explained text: warning signs first, with what to do as the popup and card say it,
 * then every other concept in the order the text names it, with the level and side found with it.
 */
export function ExplainedList({ concepts, region }: ExplainedListProps) {
  return (
    <ol class="glossary" aria-label="Terms in your text">
      {concepts.map((c) => {
        const concept = conceptById(c.id);
        const card = cardContent(c.id, region);
        if (!concept || !card) return null;
        return (
          <li key={c.id} data-concept={c.id} class={`term term--${c.category}`}>
            <div class="term__head">
              <h3 class="term__name">{concept.name}</h3>
              {/* The kind as the popup, the side panel and the card show it: its icon, colour and word. */}
              <span class={`chip cat--${c.category}`}>
                <CategoryIcon category={c.category} />
                {card.kind}
              </span>
            </div>
            {c.where.length > 0 && (
              <p class="term__where" data-testid="where">
                Found {c.where.join("; ")}
              </p>
            )}
            {card.warning && (
              <div class="term__warning" role="note" aria-label={`What to do about ${concept.name}`}>
                <strong>Get checked urgently</strong>
                <p>{card.warning}</p>
              </div>
            )}
            <p class="term__summary">{concept.summary}</p>
            <p class="term__caveat">
              <b>Evidence: </b>
              {concept.caveat}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
