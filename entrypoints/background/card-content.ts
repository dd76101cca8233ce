import type { Category } from "../../content/ids";
import type { ConceptSummary } from "../../content/knowledge-types";
import { NOT_A_DIAGNOSIS, redFlagAction } from "../../content/red-flag-action";
import { conceptById, summaries } from "../../utils/knowledge";
import type { CardContent } from "../../utils/protocol/background";

const KIND: Record<Category, string> = {
  "red-flag": "Warning sign",
  condition: "Condition",
  cause: "Possible cause",
  symptom: "Symptom",
  treatment: "Treatment",
  care: "Test or self-care",
};

/** What to do about a warning sign: its own checklist item, or that of a related one (foot drop → weakness). */
function warningFor(concept: ConceptSummary, locale: string): string {
  const items = summaries.redFlags;
  const item =
    items.find((i) => i.concept === concept.id) ??
    concept.related.map((id) => items.find((i) => i.concept === id)).find((i) => i !== undefined);
  return item
    ? redFlagAction(item, locale)
    : `This can be a warning sign. Contact a doctor today. ${NOT_A_DIAGNOSIS}`;
}

/** The in-page card's text for a concept; the page script never bundles the knowledge base. */
export function cardContent(id: string, locale: string): CardContent | null {
  const concept = conceptById(id);
  if (!concept) return null;
  const redFlag = concept.category === "red-flag";
  return {
    id,
    name: concept.name,
    kind: KIND[concept.category],
    category: concept.category,
    redFlag,
    summary: concept.summary,
    caveat: concept.caveat,
    warning: redFlag ? warningFor(concept, locale) : null,
  };
}
