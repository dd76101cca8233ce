import { useState } from "preact/hooks";
import { RegionSelect } from "../../components/RegionSelect";
import { guessRegion, type Region } from "../../content/emergency";

/**
 * Asked once, on the panel's first run: where the user is, so urgent advice names the right number and
 * service. The browser's language only preselects an answer (an en-US browser is common outside the US).
 */
export function RegionFirstRun({ onChoose }: { onChoose: (region: Region) => void }) {
  const [region, setRegion] = useState<Region>(() => guessRegion(navigator.language));
  return (
    <form
      class="region-first-run"
      aria-labelledby="region-first-run-title"
      data-region-first-run
      onSubmit={(e) => {
        e.preventDefault();
        onChoose(region);
      }}
    >
      <h2 id="region-first-run-title" class="section-title">
        Where are you?
      </h2>
      <p>
        So that warning signs name the right emergency number and services. It stays in this browser; change
        it in the options.
      </p>
      <label for="region-first-run-select">Country or region</label>
      <RegionSelect id="region-first-run-select" value={region} onChange={setRegion} />
      <button type="submit">This is where I am</button>
    </form>
  );
}
