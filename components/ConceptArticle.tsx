import { useContext } from "preact/hooks";
import { SourceCitation } from "./SourceCitation";
import { fillUrgentDirectives } from "../content/red-flag-action";
import type { ConceptView } from "../content/knowledge-types";
import { SECTION_TITLES, type SectionKey } from "../content/schema";
import { conceptById, summaries } from "../utils/knowledge";
import { RegionContext } from "./region-context";
import { knowledge } from "../utils/knowledge-full";
import { SafeHtml } from "./SafeHtml";

const ORDER: SectionKey[] = ["plainEnglish", "whyItMatters", "evidence", "whenToGetHelp"];

/** A concept's full entry: every section, its sources as readable citations, related concepts. */
export function ConceptArticle({ concept, onOpen }: { concept: ConceptView; onOpen?: (id: string) => void }) {
  const region = useContext(RegionContext);
  return (
    <article class={`entry entry--${concept.category}`} data-entry={concept.id} aria-labelledby="entry-title">
      <h2 id="entry-title">{concept.name}</h2>
      <p class="entry__summary">{concept.summary}</p>
      {ORDER.filter((key) => concept.sections[key]).map((key) => (
        <section key={key} class={`entry__section entry__section--${key}`}>
          <h3>{SECTION_TITLES[key]}</h3>
          <SafeHtml html={fillUrgentDirectives(concept.sections[key]!, summaries.urgentSigns, region)} />
        </section>
      ))}
      {concept.related.length > 0 && (
        <section class="entry__related">
          <h3>Related</h3>
          <ul>
            {concept.related.map((id) => (
              <li key={id}>
                <button type="button" class="link-button" onClick={() => onOpen?.(id)}>
                  {conceptById(id)?.name ?? id}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="entry__sources">
        <h3>Sources</h3>
        <ol>
          {concept.sources.map((key) => {
            const source = knowledge.sources[key];
            if (!source) return null;
            return (
              <li key={key} data-source={key}>
                <SourceCitation citation={source.citation} url={source.url} />
              </li>
            );
          })}
        </ol>
      </section>
      <p class="entry__reviewed">Last reviewed: {concept.lastReviewed}</p>
    </article>
  );
}
