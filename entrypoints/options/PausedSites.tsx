import { useState } from "preact/hooks";
import { SENSITIVE_SITES } from "../../utils/storage/settings-rules";
import type { SettingsProps } from "./DisplaySettings";
import { normaliseSite } from "./site-entry";

/** Sites where Sciatica Lens does nothing at all; sensitive sites (mail, banks, patient portals) start here. */
export function PausedSites({ settings, onChange }: SettingsProps) {
  const [typed, setTyped] = useState("");
  const [error, setError] = useState("");
  const [note, setNote] = useState("");
  const sites = settings.pausedSites;
  const missingDefaults = SENSITIVE_SITES.filter((s) => !sites.includes(s));

  const add = (event: Event) => {
    event.preventDefault();
    const result = normaliseSite(typed);
    if ("error" in result) return setError(result.error);
    setError("");
    setTyped("");
    if (sites.includes(result.site)) return setNote(`${result.site} is already paused.`);
    onChange((current) => ({ ...current, pausedSites: [...new Set([...current.pausedSites, result.site])] }));
    setNote(`Paused on ${result.site}.`);
  };
  const resume = (site: string) => {
    onChange((current) => ({ ...current, pausedSites: current.pausedSites.filter((s) => s !== site) }));
    setNote(`Resumed on ${site}.`);
  };
  const restore = () => {
    onChange((current) => ({
      ...current,
      pausedSites: [...new Set([...current.pausedSites, ...SENSITIVE_SITES])],
    }));
    setNote("The sensitive sites are paused again.");
  };

  return (
    <section aria-labelledby="paused-title">
      <h2 id="paused-title">Paused sites</h2>
      <p>
        On these sites Sciatica Lens reads nothing and marks nothing. It starts paused on webmail, online
        banking and patient portals. A site covers its subdomains; <code>name.*</code> covers that name under
        any domain.
      </p>
      <form class="row" onSubmit={add}>
        <label for="new-site">Pause on a site</label>
        <input
          id="new-site"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="mail.example.com"
          value={typed}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "new-site-error" : undefined}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <button type="submit">Pause</button>
      </form>
      {error && (
        <p id="new-site-error" class="error">
          {error}
        </p>
      )}
      <p class="note" role="status">
        {note}
      </p>
      {sites.length === 0 ? (
        <p>Sciatica Lens is not paused on any site.</p>
      ) : (
        <ul class="site-list" aria-label="Paused sites">
          {sites.map((site) => (
            <li key={site} data-site={site}>
              <span>
                {site}
                {SENSITIVE_SITES.includes(site) && <span class="tag"> (default)</span>}
              </span>
              <button type="button" onClick={() => resume(site)} aria-label={`Resume on ${site}`}>
                Resume
              </button>
            </li>
          ))}
        </ul>
      )}
      {missingDefaults.length > 0 && (
        <button type="button" onClick={restore}>
          Pause the sensitive sites again ({missingDefaults.length} removed)
        </button>
      )}
    </section>
  );
}
