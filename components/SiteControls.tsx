import type { Settings } from "../utils/storage/settings-schema";
import { isPaused, siteMatches } from "../utils/storage/settings-rules";

export interface SiteControlsProps {
  host: string;
  settings: Settings;
  /** Applies an edit to the latest stored settings. */
  onChange: (change: (current: Settings) => Settings) => void;
  onOpenPanel: () => void;
}

/** The remembered switches: pause on this site, highlights on or off, and the side panel. */
export function SiteControls({ host, settings, onChange, onOpenPanel }: SiteControlsProps) {
  const paused = isPaused(settings, host);
  // Resuming removes every entry that covers this site (its own, a parent domain's, or a "name.*" one).
  const togglePause = () =>
    onChange((current) => ({
      ...current,
      pausedSites: isPaused(current, host)
        ? current.pausedSites.filter((site) => !siteMatches(site, host))
        : [...current.pausedSites, host],
    }));
  return (
    <section class="controls" aria-label="Settings for this page">
      {host && (
        <label class="switch">
          <input type="checkbox" checked={paused} onChange={togglePause} />
          Pause Sciatica Lens on {host}
        </label>
      )}
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.highlights}
          onChange={(e) => {
            const highlights = e.currentTarget.checked;
            onChange((current) => ({ ...current, highlights }));
          }}
        />
        Highlight terms on pages
      </label>
      <button type="button" onClick={onOpenPanel}>
        Open the side panel
      </button>
    </section>
  );
}
