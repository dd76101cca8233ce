import { ConceptList } from "../../components/ConceptList";
import { ExplainTextLink } from "../../components/ExplainTextLink";
import { SearchBox } from "../../components/SearchBox";
import { SiteControls } from "../../components/SiteControls";
import { useItem } from "../../components/use-item";
import { UrgentList } from "../../components/UrgentList";
import { regionOrGuess } from "../../content/emergency";
import { pageStatus, usePageTerms } from "../../components/use-page-terms";
import { summaries } from "../../utils/knowledge";
import { openSidePanel } from "../../utils/side-panel";
import { answeredYes, redFlagAnswersItem } from "../../utils/storage/red-flag-answers";
import type { TabSummary } from "../../utils/storage/tab-state";
import type { FirstLook } from "./first-look";
import { usePageReadable } from "./use-page-readable";
import { useSettings } from "../../components/use-settings";
import { useTabSummary } from "../../components/use-tab-summary";

/** The shared status, with what the popup can add: it asks the page first, and has search below. */
function statusText(summary: TabSummary | null, readable: boolean): string {
  if (!readable) {
    return "Sciatica Lens can't read this page. Browsers keep extensions out of their own settings pages, extension stores and built-in PDF viewer. You can still look terms up below.";
  }
  if (!summary || summary.status === "none") return "Looking at this page…";
  const status = pageStatus(summary);
  if (summary.status !== "done") return status;
  if (summary.concepts.length === 0) return `${status} You can still look terms up below.`;
  return summary.concepts.some((c) => c.category === "red-flag")
    ? `${status} See "When to get checked urgently".`
    : status;
}

export interface AppProps {
  /** The tab and its stored state, read before the first render so the findings are in the first frame. */
  first: FirstLook;
}

export function App({ first }: AppProps) {
  const tabId = first.tabId;
  const [settings, saveSettings] = useSettings();
  const [answers] = useItem(redFlagAnswersItem);
  const summary = useTabSummary(tabId, first.state);
  const readable = usePageReadable(tabId, !!summary && summary.status !== "none");
  const { note, setNote, show, addToNotes } = usePageTerms(tabId, summary);
  // Must stay inside the click handler: browsers open side panels only in answer to a user's action.
  const explain = (id?: string) =>
    void openSidePanel(tabId, id).catch(() => setNote("Could not open the side panel in this browser."));

  const concepts = summary?.concepts ?? [];
  return (
    <main class="popup">
      <header class="popup__header">
        <h1>Sciatica Lens</h1>
      </header>
      {/* The one-line summary comes first, then the urgent block, then the terms by category. */}
      <section aria-labelledby="on-page" class="popup__page">
        <div class="popup__summary">
          <h2 id="on-page" class="section-title">
            On this page
          </h2>
          <p class="status" role="status" aria-live="polite">
            {statusText(summary, readable)}
          </p>
        </div>
        <UrgentList
          items={summaries.redFlags}
          region={regionOrGuess(settings.region, navigator.language)}
          mentioned={concepts.filter((c) => c.category === "red-flag").length}
          answeredYes={answers ? answeredYes(summaries.redFlags, answers).length : 0}
        />
        <ConceptList
          concepts={concepts}
          onShow={(id) => void show(id)}
          onExplain={explain}
          onAddToNotes={addToNotes}
        />
        {note && (
          <p class="note" role="status">
            {note}
          </p>
        )}
      </section>
      <SearchBox concepts={summaries.concepts} onExplain={explain} />
      {/* The popup closes once the tab is open, as it would on any click that leaves it. */}
      <ExplainTextLink onOpened={() => window.close()} />
      <SiteControls
        host={summary?.host ?? ""}
        settings={settings}
        onChange={saveSettings}
        onOpenPanel={() => explain()}
      />
    </main>
  );
}
