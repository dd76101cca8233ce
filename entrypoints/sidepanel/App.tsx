import { useEffect, useState } from "preact/hooks";
import { ConceptArticle } from "../../components/ConceptArticle";
import { entryById, knowledge } from "../../utils/knowledge-full";
import { panelConceptItem } from "../../utils/side-panel";

/** The concept to show: `?concept=id` when given, otherwise the one last asked for from the popup or page. */
function useShownConcept(): [string | null, (id: string) => void] {
  const fromUrl = new URLSearchParams(location.search).get("concept");
  const [id, setId] = useState<string | null>(fromUrl);
  useEffect(() => {
    if (!fromUrl) void panelConceptItem.getValue().then((value) => value && setId(value));
    return panelConceptItem.watch((value) => value && setId(value));
  }, [fromUrl]);
  return [id, (next) => void panelConceptItem.setValue(next).then(() => setId(next))];
}

export function App() {
  const [id, open] = useShownConcept();
  const concept = id ? entryById(id) : undefined;
  return (
    <main class="panel">
      <h1 class="panel__title">Sciatica Lens</h1>
      {concept ? <ConceptArticle concept={concept} onOpen={open} /> : <p>Choose a term to read about it.</p>}
      <nav aria-label="All terms">
        <h2 class="section-title">All terms</h2>
        <ul class="all-terms">
          {knowledge.concepts.map((c) => (
            <li key={c.id}>
              <button type="button" class="link-button" onClick={() => open(c.id)} aria-current={c.id === id}>
                {c.name}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </main>
  );
}
