import type { Settings } from "../utils/storage/settings-schema";
import { siteMatches } from "../utils/storage/settings-rules";
import { isPaused } from "../utils/storage/settings-schema";

export interface SiteControlsProps {
  host: string;
  settings: Settings;
  onChange: (next: Settings) => void;
  onOpenPanel: () => void;
}

/** The remembered switches: pause on this site, highlights on or off, and the side panel. */
export function SiteControls({ host, settings, onChange, onOpenPanel }: SiteControlsProps) {
  const paused = isPaused(settings, host);
  const togglePause = () =>
    onChange({
      ...settings,
      pausedSites: paused
        ? settings.pausedSites.filter((site) => !siteMatches(site, host))
        : [...settings.pausedSites, host],
    });
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
          onChange={(e) => onChange({ ...settings, highlights: e.currentTarget.checked })}
        />
        Highlight terms on pages
      </label>
      <button type="button" onClick={onOpenPanel}>
        Open the side panel
      </button>
    </section>
  );
}
