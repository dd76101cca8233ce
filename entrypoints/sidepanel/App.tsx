import type { JSX } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { RegionContext } from "../../components/region-context";
import { useItem } from "../../components/use-item";
import { regionOrGuess } from "../../content/emergency";
import { summaries } from "../../utils/knowledge";
import { settingsItem } from "../../utils/storage/settings";
import { answeredYes } from "../../utils/storage/red-flag-answers";
import { AppointmentSection } from "./AppointmentSection";
import { ExplainSection } from "./ExplainSection";
import { PrintSummary } from "./PrintSummary";
import { PrintView } from "./PrintView";
import { ProgressSection } from "./ProgressSection";
import { RecoveredNotice } from "../../components/RecoveredNotice";
import { RedFlagBanner } from "./RedFlagBanner";
import { RedFlagsSection } from "./RedFlagsSection";
import { RegionFirstRun } from "./RegionFirstRun";
import { panelId, SECTIONS, tabId, type SectionId } from "./sections";
import { TakeAwaySection } from "./TakeAwaySection";
import { Tabs } from "./Tabs";
import { useActiveTabId } from "./use-active-tab";
import { useNotes } from "./use-notes";
import { useRecovered } from "../../components/use-recovered";
import { useShownConcept } from "./use-shown-concept";

export function App() {
  const params = new URLSearchParams(location.search);
  return params.get("view") === "print" ? <PrintView autoprint={params.has("autoprint")} /> : <Panel />;
}

function Panel() {
  const locale = navigator.language;
  const [section, setSection] = useState<SectionId>("explain");
  // Each section keeps its own scroll position, as separate pages would.
  const body = useRef<HTMLElement>(null);
  const scrolled = useRef<Partial<Record<SectionId, number>>>({});
  const select = (next: SectionId) => {
    if (body.current) scrolled.current[section] = body.current.scrollTop;
    setSection(next);
  };
  useLayoutEffect(() => {
    if (body.current) body.current.scrollTop = scrolled.current[section] ?? 0;
  }, [section]);
  const [conceptId, openConcept] = useShownConcept(() => select("explain"));
  const tab = useActiveTabId();
  const recovered = useRecovered();
  const n = useNotes(locale);
  const [settings, updateSettings] = useItem(settingsItem);
  const region = regionOrGuess(settings?.region ?? null, locale);
  const yes = n.redFlags ? answeredYes(summaries.redFlags, n.redFlags) : [];

  const explain = (id: string) => {
    openConcept(id);
    select("explain");
  };
  const toRedFlags = () => {
    select("red-flags");
    document.getElementById(tabId("red-flags"))?.focus();
  };

  const content: Record<SectionId, () => JSX.Element> = {
    explain: () => <ExplainSection conceptId={conceptId} tabId={tab} onOpen={explain} />,
    "red-flags": () => (
      <RedFlagsSection
        items={summaries.redFlags}
        answers={n.redFlags}
        onAnswer={n.updateRedFlags}
        onExplain={explain}
      />
    ),
    appointment: () => (
      <AppointmentSection
        appointment={n.appointment}
        update={n.updateAppointment}
        onExplain={explain}
        onRedFlags={toRedFlags}
      />
    ),
    progress: () => (
      <ProgressSection log={n.progress} update={n.updateProgress} locale={locale} onRedFlags={toRedFlags} />
    ),
    "take-away": () => <TakeAwaySection notes={n.notes} summary={n.summary} />,
  };

  return (
    <RegionContext.Provider value={region}>
      <div class="panel">
        {/* Outside the scrolling part: the warning and the sections stay in view whatever is scrolled. */}
        <header class="panel__top">
          <h1 class="panel__title">Sciatica Lens</h1>
          <RedFlagBanner yes={yes} onReview={toRedFlags} />
          <Tabs current={section} onChange={select} />
        </header>
        <main class="panel__body" ref={body}>
          {/* Asked once, before the sections: it decides which number every urgent sentence names. It is
              at the top of the scrolling part, not in the fixed top, which it would fill at 200% zoom. */}
          {settings?.region === null && (
            <RegionFirstRun onChoose={(chosen) => void updateSettings((s) => ({ ...s, region: chosen }))} />
          )}
          <RecoveredNotice list={recovered} />
          {SECTIONS.map((s) => (
            <section
              key={s.id}
              id={panelId(s.id)}
              role="tabpanel"
              aria-labelledby={tabId(s.id)}
              tabIndex={0}
              hidden={s.id !== section}
              class="panel__section"
            >
              {content[s.id]()}
            </section>
          ))}
        </main>
        {n.summary && <PrintSummary summary={n.summary} className="print-only" />}
      </div>
    </RegionContext.Provider>
  );
}
