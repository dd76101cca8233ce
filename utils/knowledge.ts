import summaries from "virtual:sciatica-lens/summaries";
import type { ConceptSummary } from "../content/knowledge-types";
import type { Category } from "../content/schema";

// Names, summaries and search terms: small enough for the popup to open fast. Full entries (sections
// and sources) are in utils/knowledge-full.ts, which only the side panel loads.

export { summaries };

const byId = new Map(summaries.concepts.map((c) => [c.id, c]));

export const conceptById = (id: string): ConceptSummary | undefined => byId.get(id);

/** Red flags first: they are what a reader must not miss. */
export const CATEGORY_ORDER: readonly Category[] = [
  "red-flag",
  "symptom",
  "condition",
  "cause",
  "treatment",
  "care",
];

export const CATEGORY_LABELS: Record<Category, string> = {
  "red-flag": "Get checked urgently",
  condition: "Conditions",
  cause: "Possible causes",
  symptom: "Symptoms",
  treatment: "Treatments",
  care: "Tests and self-care",
};

/** What one concept of the category is: the kind chip on the card, the Explain page and an entry. */
export const CATEGORY_KIND: Record<Category, string> = {
  "red-flag": "Warning sign",
  condition: "Condition",
  cause: "Possible cause",
  symptom: "Symptom",
  treatment: "Treatment",
  care: "Test or self-care",
};
