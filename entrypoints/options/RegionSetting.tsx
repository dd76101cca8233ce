import { RegionSelect } from "../../components/RegionSelect";
import { regionOrGuess } from "../../content/emergency";
import type { SettingsProps } from "./DisplaySettings";

/** Where the user is: which emergency number and same-day service every view names. */
export function RegionSetting({ settings, onChange }: SettingsProps) {
  return (
    <section aria-labelledby="region-title">
      <h2 id="region-title">Where you are</h2>
      <p class="hint" id="region-hint">
        Urgent advice names the emergency number and services for this place.
        {settings.region === null && " Not chosen yet: this is your browser's guess."}
      </p>
      <label for="region-select">Country or region</label>{" "}
      <RegionSelect
        id="region-select"
        value={regionOrGuess(settings.region, navigator.language)}
        onChange={(region) => onChange((current) => ({ ...current, region }))}
      />
    </section>
  );
}
