import { useEffect, useState } from "preact/hooks";
import { DEFAULT_SETTINGS, settingsItem, type Settings } from "../../utils/storage/settings";
import { NotesOverview } from "./NotesOverview";

export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    return settingsItem.watch(setSettings);
  }, []);
  const save = (next: Settings) => void settingsItem.setValue(next);

  return (
    <main class="options">
      <h1>Sciatica Lens options</h1>
      <label>
        <input
          type="checkbox"
          checked={settings.highlights}
          onChange={(e) => save({ ...settings, highlights: e.currentTarget.checked })}
        />{" "}
        Highlight terms on pages
      </label>
      <h2>Paused sites</h2>
      {settings.pausedSites.length === 0 ? (
        <p>Sciatica Lens is not paused on any site.</p>
      ) : (
        <ul>
          {settings.pausedSites.map((site) => (
            <li key={site}>
              {site}{" "}
              <button
                type="button"
                onClick={() =>
                  save({ ...settings, pausedSites: settings.pausedSites.filter((s) => s !== site) })
                }
                aria-label={`Resume on ${site}`}
              >
                Resume
              </button>
            </li>
          ))}
        </ul>
      )}
      <NotesOverview />
    </main>
  );
}
