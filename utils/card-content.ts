import type { ConceptSummary } from "../content/knowledge-types";
import type { Region } from "../content/emergency";
import { NOT_A_DIAGNOSIS, redFlagAction } from "../content/red-flag-action";
import { CATEGORY_KIND, conceptById, summaries } from "./knowledge";
import type { CardContent } from "./protocol/background";
import { CATEGORY_ICON_PATHS } from "../components/category-icons";

/**
 * What to do about a warning sign, from the single source: the first sign listing the concept, or that
 * of a related one. Every red-flag entry is listed by a sign (a content test checks it); the last line
 * is only for an entry added without one, and names no urgency of its own.
 */
function warningFor(concept: ConceptSummary, region: Region): string {
  const items = summaries.redFlags;
  const signOf = (id: string) => items.find((i) => i.concepts.includes(id));
  const item = signOf(concept.id) ?? concept.related.map(signOf).find((i) => i !== undefined);
  return item
    ? redFlagAction(item, region)
    : `This can be a warning sign: see the checklist in the side panel. ${NOT_A_DIAGNOSIS}`;
}

/**
 * The in-page card's text for a concept; the page script never bundles the knowledge base, so the
 * background words the urgent box for the user's region.
 */
export function cardContent(id: string, region: Region): CardContent | null {
  const concept = conceptById(id);
  if (!concept) return null;
  const redFlag = concept.category === "red-flag";
  return {
    id,
    name: concept.name,
    kind: CATEGORY_KIND[concept.category],
    category: concept.category,
    icon: CATEGORY_ICON_PATHS[concept.category],
    redFlag,
    summary: concept.summary,
    caveat: concept.caveat,
    warning: redFlag ? warningFor(concept, region) : null,
  };
}
