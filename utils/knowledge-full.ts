import knowledge from "virtual:sciatica-lens/knowledge";
import type { ConceptView } from "../content/knowledge-types";

/** Every entry with its sections and sources, for the side panel. */
export { knowledge };

const byId = new Map(knowledge.concepts.map((c) => [c.id, c]));

export const entryById = (id: string): ConceptView | undefined => byId.get(id);
