import { conceptById } from "../../utils/knowledge";
import type { SettingsProps } from "./DisplaySettings";

/** "Not this meaning here" choices, per site, each undoable. */
export function HiddenMeanings({ settings, onChange }: SettingsProps) {
  const hosts = Object.keys(settings.hiddenMeanings).filter(
    (host) => settings.hiddenMeanings[host].length > 0,
  );
  const show = (host: string, id: string) =>
    onChange((current) => {
      const rest = (current.hiddenMeanings[host] ?? []).filter((x) => x !== id);
      const hiddenMeanings = { ...current.hiddenMeanings, [host]: rest };
      if (rest.length === 0) delete hiddenMeanings[host];
      return { ...current, hiddenMeanings };
    });
  return (
    <section aria-labelledby="hidden-title">
      <h2 id="hidden-title">Terms you said mean something else</h2>
      {hosts.length === 0 ? (
        <p>
          None. When a marked word means something else on a site, choose “Not this meaning here” on its card,
          and it is no longer marked there.
        </p>
      ) : (
        <ul class="hidden-list">
          {hosts.map((host) => (
            <li key={host} data-host={host}>
              <h3>{host}</h3>
              <ul>
                {settings.hiddenMeanings[host].map((id) => {
                  const name = conceptById(id)?.name ?? id;
                  return (
                    <li key={id} data-hidden={id}>
                      <span>{name}</span>
                      <button
                        type="button"
                        onClick={() => show(host, id)}
                        aria-label={`Mark again: ${name} on ${host}`}
                      >
                        Mark again
                      </button>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
