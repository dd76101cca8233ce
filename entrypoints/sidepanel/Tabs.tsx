import { SECTIONS, panelId, tabId, type SectionId } from "./sections";
import { TabIcon } from "./TabIcon";

/**
 * The panel's sections as tabs (the WAI-ARIA tabs pattern): Tab reaches the current one, arrow keys,
 * Home and End move between them and show each at once.
 */
export function Tabs({ current, onChange }: { current: SectionId; onChange: (id: SectionId) => void }) {
  const move = (event: KeyboardEvent) => {
    const index = SECTIONS.findIndex((s) => s.id === current);
    const last = SECTIONS.length - 1;
    const next =
      event.key === "ArrowRight"
        ? (index + 1) % SECTIONS.length
        : event.key === "ArrowLeft"
          ? (index + last) % SECTIONS.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : -1;
    if (next < 0) return;
    event.preventDefault();
    onChange(SECTIONS[next].id);
    document.getElementById(tabId(SECTIONS[next].id))?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label="Side panel sections" onKeyDown={move}>
      {SECTIONS.map((s) => (
        <button
          key={s.id}
          type="button"
          role="tab"
          id={tabId(s.id)}
          class="tabs__tab"
          aria-selected={s.id === current}
          aria-controls={panelId(s.id)}
          tabIndex={s.id === current ? 0 : -1}
          onClick={() => onChange(s.id)}
        >
          <TabIcon section={s.id} />
          <span class="tabs__label">{s.label}</span>
        </button>
      ))}
    </div>
  );
}
