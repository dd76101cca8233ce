import knowledge from "virtual:sciatica-lens/knowledge";
import type { ConceptView } from "../content/knowledge-types";
import type { Category } from "../content/schema";

export { knowledge };

const byId = new Map(knowledge.concepts.map((c) => [c.id, c]));

export const conceptById = (id: string): ConceptView | undefined => byId.get(id);

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
