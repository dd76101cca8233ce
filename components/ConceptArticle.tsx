import { useContext } from "preact/hooks";
import { CategoryIcon } from "./CategoryIcon";
import { SourceCitation } from "./SourceCitation";
import { fillUrgentDirectives } from "../content/red-flag-action";
import type { ConceptView } from "../content/knowledge-types";
import { SECTION_TITLES, type SectionKey } from "../content/schema";
import { CATEGORY_KIND, conceptById, summaries } from "../utils/knowledge";
import { RegionContext } from "./region-context";
import { knowledge } from "../utils/knowledge-full";
import { SafeHtml } from "./SafeHtml";
import { EntryContents, type EntryPart } from "./EntryContents";

const ORDER: SectionKey[] = ["plainEnglish", "whyItMatters", "evidence", "whenToGetHelp"];
/** Entries with more written sections than this get a table of contents; shorter ones fit in a glance. */
export const CONTENTS_AFTER = 3;

const partId = (part: string) => `entry-part-${part}`;

/** A concept's full entry: every section, its sources as readable citations, related concepts. */
export function ConceptArticle({ concept, onOpen }: { concept: ConceptView; onOpen?: (id: string) => void }) {
  const region = useContext(RegionContext);
  const written = ORDER.filter((key) => concept.sections[key]);
  const parts: EntryPart[] = [
    ...written.map((key) => ({ id: partId(key), title: SECTION_TITLES[key] })),
    ...(concept.related.length > 0 ? [{ id: partId("related"), title: "Related" }] : []),
    { id: partId("sources"), title: "Sources" },
  ];
  const title = (part: string, text: string) => (
    <h3 id={partId(part)} tabIndex={-1}>
      {text}
    </h3>
  );
  return (
    <article class={`entry entry--${concept.category}`} data-entry={concept.id} aria-labelledby="entry-title">
      <h2 id="entry-title">{concept.name}</h2>
      <p class="entry__kind">
        <span class={`chip cat--${concept.category}`}>
          <CategoryIcon category={concept.category} />
          {CATEGORY_KIND[concept.category]}
        </span>
      </p>
      <p class="entry__summary">{concept.summary}</p>
      {written.length > CONTENTS_AFTER && <EntryContents parts={parts} />}
      {written.map((key) => (
        <section key={key} class={`entry__section entry__section--${key}`}>
          {title(key, SECTION_TITLES[key])}
          <SafeHtml html={fillUrgentDirectives(concept.sections[key]!, summaries.urgentSigns, region)} />
        </section>
      ))}
      {concept.related.length > 0 && (
        <section class="entry__related">
          {title("related", "Related")}
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
        {title("sources", "Sources")}
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
